"""Practitioner identities, their public cards, and the safety number colleagues compare."""

from __future__ import annotations

import json
import re
from datetime import UTC, datetime
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from odnotes.errors import InvalidRecord
from odnotes.exchange import InvalidCard, PractitionerIdentity, parse_card, read_card, write_card
from odnotes.exchange.card import MAX_CARD_BYTES
from odnotes.exchange.fingerprint import card_digits, safety_number
from odnotes.model import PractitionerRole
from tests.odnotes.fuzzing import fuzz_settings
from tests.odnotes.mutations import mutated_bytes
from tests.odnotes.strategies import words

ANNA_ID = "11111111-1111-4111-8111-111111111111"
BEN_ID = "22222222-2222-4222-8222-222222222222"
WHEN = datetime(2026, 3, 1, 9, 0, tzinfo=UTC)


@pytest.fixture(scope="module")
def anna() -> PractitionerIdentity:
    return PractitionerIdentity.generate(ANNA_ID, at=WHEN)


@pytest.fixture(scope="module")
def ben() -> PractitionerIdentity:
    return PractitionerIdentity.generate(BEN_ID, at=WHEN)


def test_an_identity_round_trips_through_bytes_for_the_vault(anna: PractitionerIdentity) -> None:
    again = PractitionerIdentity.from_bytes(anna.to_bytes())
    assert again == anna
    assert again.card_id == anna.card_id and again.age_recipient == anna.age_recipient
    message = b"a message"
    assert anna.card("Anna", PractitionerRole.NURSE).verify(message, again.sign(message))


def test_an_identity_never_shows_its_secret_keys(anna: PractitionerIdentity) -> None:
    shown = repr(anna) + str(anna)
    assert anna.age_identity not in shown and "AGE-SECRET" not in shown
    assert anna.signing_seed.hex() not in shown and ANNA_ID in shown


def test_each_identity_is_new(anna: PractitionerIdentity, ben: PractitionerIdentity) -> None:
    assert anna.card_id != ben.card_id and anna.signing_key != ben.signing_key
    assert re.fullmatch(r"[0-9a-f]{32}", anna.card_id)


@pytest.mark.parametrize(
    ("change", "field"),
    [
        (lambda d: d.pop("signing_key"), "identity.signing_key: is missing"),
        (lambda d: d.update(signing_key="00"), "identity.signing_key: must be 32 bytes"),
        (lambda d: d.update(age_identity="AGE-SECRET-KEY-1XYZ"), "age key is unreadable"),
        (lambda d: d.update(version=2), "newer OD Notes"),
        (lambda d: d.update(format="other"), "not an OD Notes practitioner identity"),
        (lambda d: d.update(extra=1), "does not know"),
    ],
)
def test_a_damaged_identity_is_refused_by_field(
    anna: PractitionerIdentity, change: object, field: str
) -> None:
    data = anna.to_plain()
    change(data)  # type: ignore[operator]
    with pytest.raises(InvalidRecord, match=re.escape(field)):
        PractitionerIdentity.from_plain(data)
    with pytest.raises(InvalidRecord, match="not readable JSON"):
        PractitionerIdentity.from_bytes(b"\xff")


def test_a_card_round_trips_and_holds_only_public_keys(
    anna: PractitionerIdentity, tmp_path: Path
) -> None:
    card = anna.card("Anna Virtanen-Łukasik", PractitionerRole.PEER_PRACTITIONER, WHEN)
    path = write_card(tmp_path / "anna.odcard", card)
    assert read_card(path) == card == parse_card(card.to_bytes())
    text = path.read_text(encoding="utf-8")
    assert "Anna Virtanen-Łukasik" in text  # readable, not escaped
    assert anna.age_identity not in text and anna.signing_seed.hex() not in text
    assert card.card_id == anna.card_id
    assert path.stat().st_mode & 0o777 == 0o600


def test_a_card_parses_whatever_its_layout(anna: PractitionerIdentity) -> None:
    card = anna.card("Anna", PractitionerRole.NURSE, WHEN)
    squeezed = json.dumps(card.to_plain(), separators=(",", ":")).encode()
    assert parse_card(b"\xef\xbb\xbf" + squeezed.replace(b",", b",\r\n")) == card


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("name", "Anna Mallory"),
        ("role", "psychiatrist"),
        ("practitioner_id", BEN_ID),
        ("created_at", "2027-01-01T00:00:00+00:00"),
    ],
)
def test_an_edited_card_is_refused(anna: PractitionerIdentity, field: str, value: str) -> None:
    data = anna.card("Anna", PractitionerRole.NURSE, WHEN).to_plain()
    data[field] = value
    with pytest.raises(InvalidCard, match="changed after it was made"):
        parse_card(json.dumps(data).encode())


def test_a_card_with_someone_elses_key_is_refused(
    anna: PractitionerIdentity, ben: PractitionerIdentity
) -> None:
    data = anna.card("Anna", PractitionerRole.NURSE, WHEN).to_plain()
    data["age_recipient"] = ben.age_recipient  # Mallory swaps in a key she can read
    with pytest.raises(InvalidCard, match="changed after it was made"):
        parse_card(json.dumps(data).encode())


@pytest.mark.parametrize(
    ("blob", "message"),
    [
        (b"", "not an OD Notes practitioner card"),
        (b"\x00\x01binary", "not an OD Notes practitioner card"),
        (b"[1, 2]", "not an OD Notes practitioner card"),
        (b'{"format": "odnotes-interchange"}', "not an OD Notes practitioner card"),
        (b'{"format": "odnotes-practitioner-card", "version": 9}', "newer OD Notes"),
        (b" " * (MAX_CARD_BYTES + 1), "too large"),
    ],
)
def test_what_is_not_a_card_is_refused_plainly(blob: bytes, message: str) -> None:
    with pytest.raises(InvalidCard, match=message):
        parse_card(blob)


@pytest.mark.parametrize(
    ("change", "field"),
    [
        (lambda d: d.pop("name"), "card.name: is missing"),
        (lambda d: d.update(name=""), "name: cannot be empty"),
        (lambda d: d.update(name="x" * 201), "at most 200"),
        (lambda d: d.update(name="a\x07b"), "control characters"),
        (lambda d: d.update(role="wizard"), "card.role"),
        (lambda d: d.update(age_recipient="age1notakey"), "card.age_recipient"),
        (lambda d: d.update(signing_key="zz"), "card.signing_key"),
        (lambda d: d.update(signature="00" * 10), "card.signature"),
        (lambda d: d.update(version="1"), "version is unreadable"),
        (lambda d: d.update(practitioner_id="Anna"), "card.practitioner_id: must be an id"),
        (lambda d: d.update(created_at="yesterday"), "card.created_at"),
        (lambda d: d.update(created_at="2026-03-01T11:00:00+02:00"), "must be written in UTC"),
        (lambda d: d.update(note="hi"), "does not know"),
    ],
)
def test_a_malformed_card_is_refused_naming_the_field(
    anna: PractitionerIdentity, change: object, field: str
) -> None:
    data = anna.card("Anna", PractitionerRole.NURSE, WHEN).to_plain()
    change(data)  # type: ignore[operator]
    with pytest.raises(InvalidCard, match=re.escape(field)) as refused:
        parse_card(json.dumps(data).encode())
    assert "ask your colleague to export it again" in str(refused.value)


def test_a_card_file_too_large_is_refused_before_it_is_read(tmp_path: Path) -> None:
    big = tmp_path / "big.odcard"
    big.write_bytes(b"{" + b" " * (50 * 1024 * 1024))
    with pytest.raises(InvalidCard, match="too large"):
        read_card(big)
    with pytest.raises(InvalidCard, match="could not be read"):
        read_card(tmp_path / "missing.odcard")


def test_a_card_needs_a_name(anna: PractitionerIdentity) -> None:
    with pytest.raises(InvalidRecord, match="name: cannot be empty"):
        anna.card("  ", PractitionerRole.NURSE)


@given(damage=st.data())
@fuzz_settings(120)
def test_any_damage_to_a_card_is_refused_or_harmless(damage: st.DataObject) -> None:
    identity = PractitionerIdentity.generate(ANNA_ID, at=WHEN)
    card = identity.card("Anna", PractitionerRole.NURSE, WHEN)
    blob = damage.draw(mutated_bytes(card.to_bytes()))
    try:
        parsed = parse_card(blob)
    except InvalidCard:
        return
    assert parsed == card  # only layout changed (whitespace): the very same card


def test_the_safety_number_is_twelve_groups_of_five_digits_the_same_on_both_laptops(
    anna: PractitionerIdentity, ben: PractitionerIdentity
) -> None:
    mine = anna.card("Anna", PractitionerRole.NURSE, WHEN)
    theirs = ben.card("Ben", PractitionerRole.PSYCHOLOGIST, WHEN)
    number = safety_number(mine, theirs)
    assert str(number) == str(safety_number(theirs, mine))
    assert len(number.groups) == 12 and all(re.fullmatch(r"\d{5}", g) for g in number.groups)
    assert len(number.lines()) == 3
    assert str(number).replace(" ", "") in (
        card_digits(mine) + card_digits(theirs),
        card_digits(theirs) + card_digits(mine),
    )


def test_the_safety_number_changes_with_either_key_but_not_with_a_renamed_card(
    anna: PractitionerIdentity, ben: PractitionerIdentity
) -> None:
    mine = anna.card("Anna", PractitionerRole.NURSE, WHEN)
    theirs = ben.card("Ben", PractitionerRole.PSYCHOLOGIST, WHEN)
    mallory = PractitionerIdentity.generate(BEN_ID, at=WHEN).card("Ben", PractitionerRole.NURSE)
    assert str(safety_number(mine, mallory)) != str(safety_number(mine, theirs))
    renamed = ben.card("Ben B.", PractitionerRole.PSYCHOLOGIST, WHEN)
    assert str(safety_number(mine, renamed)) == str(safety_number(mine, theirs))


def test_pairing_with_ones_own_card_is_refused(anna: PractitionerIdentity) -> None:
    card = anna.card("Anna", PractitionerRole.NURSE, WHEN)
    with pytest.raises(InvalidCard, match="your own practitioner card"):
        safety_number(card, card)


@given(name=words)
@fuzz_settings(30)
def test_any_name_a_person_can_type_makes_a_card(name: str) -> None:
    identity = PractitionerIdentity.generate(ANNA_ID, at=WHEN)
    if len(name) <= 200:
        card = identity.card(name, PractitionerRole.OTHER, WHEN)
        assert parse_card(card.to_bytes()) == card
