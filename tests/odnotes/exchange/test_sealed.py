"""Sealed exchange files: what they carry, and every refusal (with nothing taken from the file)."""

from __future__ import annotations

import json
import struct
from datetime import UTC, datetime

import pytest
from hypothesis import given
from hypothesis import strategies as st

from odnotes.crypto import canonical
from odnotes.exchange import (
    Header,
    PractitionerCard,
    PractitionerIdentity,
    Refusal,
    RefusedFile,
    Seen,
    SharedRevision,
    next_sequence,
    open_sealed,
    read_header,
    seal,
)
from odnotes.exchange.payload import Payload
from odnotes.exchange.sealed import MAGIC, SealedFile, signed_message
from odnotes.model import Meeting, Network, Practitioner, PractitionerRole, Purpose, Voice
from tests.odnotes.fuzzing import fuzz_settings
from tests.odnotes.mutations import mutated_bytes

NETWORK = "dddddddd-dddd-4ddd-8ddd-dddddddddddd"
OTHER_NETWORK = "eeeeeeee-eeee-4eee-8eee-eeeeeeeeeeee"
WHEN = datetime(2026, 3, 2, 12, 0, tzinfo=UTC)
IDS = {
    "anna": "11111111-1111-4111-8111-111111111111",
    "ben": "22222222-2222-4222-8222-222222222222",
    "mallory": "99999999-9999-4999-8999-999999999999",
}
PEOPLE = {name: PractitionerIdentity.generate(pid, at=WHEN) for name, pid in IDS.items()}
CARDS = {name: who.card(name.title(), PractitionerRole.NURSE, WHEN) for name, who in PEOPLE.items()}


def revisions(network_id: str = NETWORK) -> list[SharedRevision]:
    network = Network("Maija's network", datetime(2026, 3, 1, 9, 0), id=network_id)
    meeting = Meeting(
        network_id=network_id,
        starts_at=datetime(2026, 3, 2, 10, 0),
        purpose=Purpose(id="cccccccc-cccc-4ccc-8ccc-000000000001"),
        voices=[
            Voice(
                "aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaaa",
                "Ich möchte wieder schlafen.",
                id="cccccccc-cccc-4ccc-8ccc-000000000002",
            )
        ],
        id="cccccccc-cccc-4ccc-8ccc-000000000003",
    )
    team = Practitioner("Anna", PractitionerRole.NURSE, id=IDS["anna"])
    common = {"writer": "copy-anna", "author": IDS["anna"], "saved_at": WHEN}
    return [
        SharedRevision.of_record(record, revision=1, **common)  # type: ignore[arg-type]
        for record in (network, meeting, team)
    ]


def sealed(sequence: int = 5, sender: str = "anna", recipient: str = "ben") -> SealedFile:
    return seal(
        PEOPLE[sender],
        CARDS[recipient],
        NETWORK,
        sequence,
        revisions(),
        {NETWORK: {"copy-ben": 3}},
        at=WHEN,
    )


ONE_FILE = sealed()


def paired(*names: str) -> dict[str, PractitionerCard]:
    return {CARDS[n].card_id: CARDS[n] for n in names}


def open_as_ben(blob: bytes, seen: Seen | None = None) -> object:
    return open_sealed(blob, PEOPLE["ben"], paired("anna"), lambda s, n: seen or Seen())


def refused(blob: bytes, reason: Refusal, seen: Seen | None = None) -> str:
    with pytest.raises(RefusedFile) as caught:
        open_as_ben(blob, seen)
    assert caught.value.reason is reason, str(caught.value)
    return str(caught.value)


def test_a_sealed_file_carries_revisions_and_acknowledgements_to_its_recipient() -> None:
    file = sealed()
    got = open_sealed(file.blob, PEOPLE["ben"], paired("anna"))
    assert got.header == file.header and not got.duplicate
    assert (got.header.sender, got.header.recipient) == (
        CARDS["anna"].card_id,
        CARDS["ben"].card_id,
    )
    assert got.header.network_id == NETWORK and got.header.sequence == 5
    assert list(got.payload.revisions) == revisions()
    assert got.payload.acknowledged == {NETWORK: {"copy-ben": 3}}
    assert read_header(file.blob) == file.header


def test_the_file_reveals_no_clinical_text() -> None:
    blob = sealed().blob
    for words in ("Maija", "schlafen", "Anna", "copy-anna"):
        assert words.encode() not in blob


def test_a_file_seen_twice_is_harmless() -> None:
    file = sealed()
    got = open_as_ben(file.blob, Seen(file.header.sequence, file.header.file_id))
    assert got.duplicate is True


def test_a_replayed_older_file_is_refused() -> None:
    message = refused(sealed(sequence=5).blob, Refusal.REPLAYED, Seen(7, "some-other-file"))
    assert "older than one already received" in message
    # Same number, different file: also a replay, not a duplicate.
    refused(sealed(sequence=7).blob, Refusal.REPLAYED, Seen(7, "some-other-file"))


def test_a_newer_file_is_taken_after_older_ones() -> None:
    got = open_as_ben(sealed(sequence=8).blob, Seen(7, "some-other-file"))
    assert got.duplicate is False


def test_a_file_for_another_practitioner_is_refused() -> None:
    message = refused(sealed(recipient="mallory").blob, Refusal.WRONG_RECIPIENT)
    assert "for another practitioner" in message


def test_a_file_from_someone_not_paired_is_refused() -> None:
    message = refused(sealed(sender="mallory").blob, Refusal.UNPAIRED_SENDER)
    assert "not paired" in message and "safety number" in message


def test_a_forged_signature_is_refused() -> None:
    file = sealed()
    forged = file.blob[:-64] + PEOPLE["mallory"].sign(signed_message(CARDS["ben"], file.blob[:-64]))
    assert "does not match the colleague it names" in refused(forged, Refusal.FORGED)


def test_a_file_re_signed_by_another_paired_colleague_is_refused() -> None:
    """Mallory (paired with Ben) re-addresses Anna's file as hers and signs it herself."""
    file = sealed()
    header = file.header.to_plain() | {"sender": CARDS["mallory"].card_id}
    header_bytes = canonical(header)
    _, _, length = struct.unpack_from(">6sHI", file.blob)
    rest = file.blob[12 + length : -64]
    body = struct.pack(">6sHI", MAGIC, 1, len(header_bytes)) + header_bytes + rest
    signature = PEOPLE["mallory"].sign(signed_message(CARDS["ben"], body))
    with pytest.raises(RefusedFile) as caught:
        open_sealed(body + signature, PEOPLE["ben"], paired("anna", "mallory"))
    assert caught.value.reason is Refusal.DAMAGED
    assert "does not match its header" in str(caught.value)


def test_a_signature_made_for_another_recipient_does_not_verify() -> None:
    """Age does not sign: the signature binds the recipient's keys, so it cannot be reused."""
    file = sealed()
    assert CARDS["anna"].verify(signed_message(CARDS["ben"], file.blob[:-64]), file.blob[-64:])
    assert not CARDS["anna"].verify(
        signed_message(CARDS["mallory"], file.blob[:-64]), file.blob[-64:]
    )


@pytest.mark.parametrize("where", ["header", "ciphertext", "signature"])
def test_altered_bytes_are_refused(where: str) -> None:
    blob = bytearray(sealed().blob)
    _, _, length = struct.unpack_from(">6sHI", blob)
    at = {"header": 12 + length - 10, "ciphertext": 12 + length + 8 + 200, "signature": -5}[where]
    blob[at] ^= 0x01
    with pytest.raises(RefusedFile) as caught:
        open_as_ben(bytes(blob))
    assert caught.value.reason in (Refusal.FORGED, Refusal.DAMAGED)


def test_a_truncated_file_is_refused_at_every_length() -> None:
    blob = sealed().blob
    for cut in [1, 3, 6, 11, 12, 40, len(blob) // 2, len(blob) - 65, len(blob) - 1]:
        message = refused(blob[:cut], Refusal.TRUNCATED)
        assert "cut short" in message and "read again at the next sync" in message


def test_trailing_garbage_is_refused() -> None:
    message = refused(sealed().blob + b"\n", Refusal.TRAILING_DATA)
    assert "extra data after its end" in message


def test_what_is_not_an_exchange_file_is_refused() -> None:
    assert "not an OD Notes exchange file" in refused(b"hello", Refusal.NOT_EXCHANGE)
    refused(b"", Refusal.TRUNCATED)  # an empty file still being written


def test_a_newer_format_asks_for_an_update() -> None:
    blob = bytearray(sealed().blob)
    blob[6:8] = (2).to_bytes(2, "big")
    assert "newer OD Notes" in refused(bytes(blob), Refusal.NEWER_FORMAT)


def test_a_huge_header_length_is_damage_not_an_allocation() -> None:
    blob = bytearray(sealed().blob)
    blob[8:12] = (2**31).to_bytes(4, "big")
    refused(bytes(blob), Refusal.DAMAGED)


def test_revisions_of_another_network_are_never_sealed_nor_taken() -> None:
    with pytest.raises(ValueError, match="one network only"):
        seal(PEOPLE["anna"], CARDS["ben"], NETWORK, 1, revisions(OTHER_NETWORK), {})
    header = Header("f" * 8 + "-ffff-4fff-8fff-" + "f" * 12, "a" * 32, "b" * 32, NETWORK, 1, WHEN)
    plain = Payload(tuple(revisions(OTHER_NETWORK)), {}).to_plain(header)
    with pytest.raises(RefusedFile, match="belongs to another network"):
        Payload.from_plain(json.loads(json.dumps(plain)), header)


def test_an_invalid_record_inside_is_refused_naming_the_field_not_the_text() -> None:
    header = sealed().header
    plain = Payload(tuple(revisions()), {}).to_plain(header)
    plain["revisions"][1]["data"]["voices"][0]["text"] = "secret words\x07"
    with pytest.raises(RefusedFile) as caught:
        Payload.from_plain(plain, header)
    assert "revisions[1].data.voices[0].text" in str(caught.value)
    assert "secret" not in str(caught.value)


def test_the_sequence_always_moves_forward() -> None:
    assert next_sequence(0, WHEN) == int(WHEN.timestamp() * 1000)
    restored = next_sequence(10**15, WHEN)  # a counter ahead of the clock
    assert restored == 10**15 + 1
    assert next_sequence(5) > 5


@given(damage=st.data())
@fuzz_settings(150)
def test_any_damage_is_refused_and_nothing_is_taken(damage: st.DataObject) -> None:
    blob = ONE_FILE.blob
    changed = damage.draw(mutated_bytes(blob))
    if changed == blob:
        return
    with pytest.raises(RefusedFile):
        open_as_ben(changed)
