"""The committed test vectors keep verifying, by OD Notes and by a reader written from the doc.

``independent_*`` below use nothing of ``odnotes``: only the primitives and the
steps ``docs/exchange-format.md`` names, so the doc is precise enough to
implement from.
"""

from __future__ import annotations

import hashlib
import json
import struct
from pathlib import Path
from typing import Any

import pyrage
import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey
from pyrage import x25519

from odnotes.exchange import (
    FileName,
    PractitionerIdentity,
    RefusedFile,
    open_sealed,
    read_card,
    safety_number,
)

HERE = Path(__file__).parent / "vectors"
# The first file has a version 1 payload; the next (sequence + 1) a version 2 one.
SEALED, SEALED_V2 = sorted(HERE.glob("odx-*.odx"))
PAYLOADS = {SEALED: "anna-to-ben.payload.json", SEALED_V2: "anna-to-ben.payload-v2.json"}


def identity(name: str) -> PractitionerIdentity:
    return PractitionerIdentity.from_bytes((HERE / f"{name}.identity.json").read_bytes())


def test_the_cards_and_the_safety_number_still_verify() -> None:
    anna, ben = read_card(HERE / "anna.odcard"), read_card(HERE / "ben.odcard")
    assert (anna.card_id, ben.card_id) == (identity("anna").card_id, identity("ben").card_id)
    assert ben.name == "Ben Łukasik"
    expected = (HERE / "safety-number.txt").read_text().strip()
    assert str(safety_number(anna, ben)) == str(safety_number(ben, anna)) == expected


@pytest.mark.parametrize("sealed", [SEALED, SEALED_V2], ids=["payload-v1", "payload-v2"])
def test_the_sealed_file_still_opens_for_its_recipient_only(sealed: Path) -> None:
    anna, ben = read_card(HERE / "anna.odcard"), read_card(HERE / "ben.odcard")
    blob = sealed.read_bytes()
    got = open_sealed(blob, identity("ben"), {anna.card_id: anna})
    expected = json.loads((HERE / PAYLOADS[sealed]).read_text(encoding="utf-8"))
    assert got.payload.to_plain(got.header) == expected
    if sealed is SEALED:
        assert got.payload.shared_with is None  # written before version 2: it does not say
    else:
        assert got.payload.shared_with == (ben.card_id, "c0ffee00" * 4)
    parts = FileName.parse(sealed.name)
    assert parts is not None and parts.sequence == got.header.sequence
    assert (parts.sender, parts.recipient) == (anna.card_id[:16], ben.card_id[:16])
    with pytest.raises(RefusedFile):
        open_sealed(blob, identity("anna"), {ben.card_id: ben})


# -- a reader from the doc alone -----------------------------------------------------------


def canonical(value: Any) -> bytes:
    return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=True).encode()


def independent_card(path: Path) -> dict[str, Any]:
    card = json.loads(path.read_bytes().decode("utf-8-sig"))
    signed = {k: v for k, v in card.items() if k != "signature"}
    key = Ed25519PublicKey.from_public_bytes(bytes.fromhex(card["signing_key"]))
    key.verify(bytes.fromhex(card["signature"]), b"odnotes-card/1\n" + canonical(signed))
    material = b"odnotes-card-id/1\n" + bytes.fromhex(card["signing_key"])
    card["card_id"] = hashlib.sha256(material + card["age_recipient"].encode()).hexdigest()[:32]
    return dict(card)


def independent_digits(card: dict[str, Any]) -> str:
    key = bytes.fromhex(card["signing_key"]) + card["age_recipient"].encode()
    value = hashlib.sha512(b"\x00\x01" + key + card["practitioner_id"].encode()).digest()
    for _ in range(5200):
        value = hashlib.sha512(value + key).digest()
    return "".join(
        f"{int.from_bytes(value[i : i + 5], 'big') % 100000:05d}" for i in range(0, 30, 5)
    )


def test_an_independent_reader_verifies_the_cards_from_the_doc() -> None:
    anna, ben = independent_card(HERE / "anna.odcard"), independent_card(HERE / "ben.odcard")
    digits = "".join(sorted([independent_digits(anna), independent_digits(ben)]))
    groups = " ".join(digits[i : i + 5] for i in range(0, 60, 5))
    assert groups == (HERE / "safety-number.txt").read_text().strip()


@pytest.mark.parametrize("sealed", [SEALED, SEALED_V2], ids=["payload-v1", "payload-v2"])
def test_an_independent_reader_verifies_the_files_from_the_doc(sealed: Path) -> None:
    anna, ben = independent_card(HERE / "anna.odcard"), independent_card(HERE / "ben.odcard")
    blob = sealed.read_bytes()
    magic, version, header_length = struct.unpack_from(">6sHI", blob, 0)
    assert (magic, version) == (b"ODXCHG", 1)
    header = json.loads(blob[12 : 12 + header_length])
    (length,) = struct.unpack_from(">Q", blob, 12 + header_length)
    start = 12 + header_length + 8
    assert len(blob) == start + length + 64
    assert header["sender"] == anna["card_id"] and header["recipient"] == ben["card_id"]
    recipient = canonical([ben["card_id"], ben["age_recipient"], ben["signing_key"]])
    message = b"odnotes-exchange/1 signature\n" + recipient + b"\n" + blob[: start + length]
    Ed25519PublicKey.from_public_bytes(bytes.fromhex(anna["signing_key"])).verify(
        blob[-64:], message
    )
    secret = json.loads((HERE / "ben.identity.json").read_text())["age_identity"]
    payload = json.loads(
        pyrage.decrypt(blob[start : start + length], [x25519.Identity.from_str(secret)])
    )
    for name in ("file_id", "sender", "recipient", "network_id", "sequence"):
        assert payload[name] == header[name]
    kinds = [r["kind"] for r in payload["revisions"]]
    if payload["version"] == 1:
        assert "shared_with" not in payload
        assert kinds == ["practitioner", "network", "meeting", "meeting"]
    else:
        assert payload["version"] == 2
        assert payload["shared_with"] == sorted(payload["shared_with"])
        assert ben["card_id"] in payload["shared_with"]  # sent to Ben, shared with him
        assert kinds == ["meeting", "meeting"]
    assert payload["revisions"][-1]["parents"] == [{"writer": "copy-anna", "revision": 1}]
    file_hex = header["file_id"].replace("-", "")
    name = (
        f"odx-{anna['card_id'][:16]}-{ben['card_id'][:16]}-{header['sequence']:016d}-{file_hex}.odx"
    )
    assert sealed.name == name
