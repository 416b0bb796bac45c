"""The practitioner card: the small public file two colleagues swap to pair.

It holds a name, a role and both public keys, and is signed by its own
Ed25519 key, so nobody can edit it on the way (a changed name or key breaks
the signature). The signature proves only that the card is whole; that it is
*your colleague's* card is what the safety number
(:mod:`odnotes.exchange.fingerprint`) read aloud between you proves.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import datetime
from pathlib import Path
from typing import Any, NoReturn

import pyrage
from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey
from pyrage import x25519

from odnotes.crypto import canonical
from odnotes.errors import InvalidRecord
from odnotes.exchange import shapes
from odnotes.exchange.errors import InvalidCard
from odnotes.files import write_atomic
from odnotes.model import PractitionerRole
from odnotes.model.base import check_text

FORMAT = "odnotes-practitioner-card"
VERSION = 1
SUFFIX = ".odcard"
MAX_CARD_BYTES = 8 * 1024
MAX_NAME = 200
SIGNED_PREFIX = b"odnotes-card/1\n"
_SIGNED = {"format", "version", "practitioner_id", "name", "role", "age_recipient"}
_SIGNED |= {"signing_key", "created_at"}
_AGAIN = "ask your colleague to export it again"


def card_id_of(signing_key: bytes, age_recipient: str) -> str:
    """A card's id: 32 hex digits of SHA-256 over both public keys."""
    material = b"odnotes-card-id/1\n" + signing_key + age_recipient.encode("ascii")
    return hashlib.sha256(material).hexdigest()[:32]


def _refuse(message: str) -> NoReturn:
    raise InvalidCard(f"This practitioner card cannot be used: {message}; {_AGAIN}.")


@dataclass(frozen=True)
class PractitionerCard:
    """A colleague's public identity as they exported it, signature checked."""

    practitioner_id: str
    name: str
    role: PractitionerRole
    age_recipient: str
    signing_key: bytes
    created_at: datetime
    signature: bytes

    @property
    def card_id(self) -> str:
        """Names this card's holder as sender or recipient of exchange files."""
        return card_id_of(self.signing_key, self.age_recipient)

    def recipient(self) -> x25519.Recipient:
        """The age recipient files to this practitioner are sealed to."""
        return x25519.Recipient.from_str(self.age_recipient)

    def verify(self, message: bytes, signature: bytes) -> bool:
        """Whether ``signature`` over ``message`` was made by this card's key."""
        try:
            Ed25519PublicKey.from_public_bytes(self.signing_key).verify(signature, message)
        except (InvalidSignature, ValueError):
            return False
        return True

    def signed_fields(self) -> dict[str, Any]:
        """Everything the self-signature covers (all but the signature)."""
        return {
            "format": FORMAT,
            "version": VERSION,
            "practitioner_id": self.practitioner_id,
            "name": self.name,
            "role": self.role.value,
            "age_recipient": self.age_recipient,
            "signing_key": self.signing_key.hex(),
            "created_at": shapes.iso(self.created_at),
        }

    def to_plain(self) -> dict[str, Any]:
        """The card file's JSON object."""
        return self.signed_fields() | {"signature": self.signature.hex()}

    def to_bytes(self) -> bytes:
        """The card file as readable JSON (signed as canonical JSON, so any layout parses)."""
        text = json.dumps(self.to_plain(), ensure_ascii=False, indent=2, sort_keys=True)
        return (text + "\n").encode()


def signed_card(
    practitioner_id: str,
    name: str,
    role: PractitionerRole,
    age_recipient: str,
    signing_key: bytes,
    created_at: datetime,
    sign: Callable[[bytes], bytes],
) -> PractitionerCard:
    """A new card, signed with ``sign`` (the identity's Ed25519 key)."""
    check_text(name, "name", required=True)
    if len(name) > MAX_NAME:
        raise InvalidRecord("name", f"is longer than {MAX_NAME} characters")
    unsigned = PractitionerCard(
        practitioner_id, name, role, age_recipient, signing_key, created_at, b""
    )
    signature = sign(SIGNED_PREFIX + canonical(unsigned.signed_fields()))
    return replace(unsigned, signature=signature)


def parse_card(blob: bytes) -> PractitionerCard:
    """Check a card file completely: its shape, its keys and its self-signature."""
    if len(blob) > MAX_CARD_BYTES:
        raise InvalidCard(
            f"This file is too large to be a practitioner card (cards are under "
            f"{MAX_CARD_BYTES // 1024} KiB); choose the .odcard file your colleague exported."
        )
    try:
        data = json.loads(blob.decode("utf-8-sig"))
    except (UnicodeDecodeError, ValueError):
        raise InvalidCard(
            "This is not an OD Notes practitioner card; choose the .odcard file your "
            "colleague exported."
        ) from None
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise InvalidCard(
            "This is not an OD Notes practitioner card; choose the .odcard file your "
            "colleague exported."
        )
    version = data.get("version")
    if isinstance(version, int) and not isinstance(version, bool) and version > VERSION:
        raise InvalidCard(
            "This card was made by a newer OD Notes; please update OD Notes to pair with it."
        )
    data = shapes.fields(data, _SIGNED | {"signature"}, _refuse, "card")
    if version != VERSION:
        _refuse("its version is unreadable")
    card = PractitionerCard(
        shapes.ident(data, "practitioner_id", _refuse, "card"),
        _name(data),
        _role(data),
        _age_recipient(data),
        shapes.hex_bytes(data, "signing_key", 32, _refuse, "card"),
        shapes.moment(data, "created_at", _refuse, "card"),
        shapes.hex_bytes(data, "signature", 64, _refuse, "card"),
    )
    if data["created_at"] != shapes.iso(card.created_at):
        _refuse("card.created_at: must be written in UTC, as OD Notes writes it")
    if not card.verify(SIGNED_PREFIX + canonical(card.signed_fields()), card.signature):
        raise InvalidCard(
            f"This practitioner card was changed after it was made (its signature does not "
            f"match), so it cannot be trusted; {_AGAIN}."
        )
    return card


def _name(data: dict[str, Any]) -> str:
    name = shapes.text(data, "name", _refuse, "card", limit=MAX_NAME)
    try:
        check_text(name, "name", required=True)
    except InvalidRecord as error:
        _refuse(f"card.{error}")
    return name


def _role(data: dict[str, Any]) -> PractitionerRole:
    try:
        return PractitionerRole(data["role"])
    except ValueError:
        _refuse("card.role: is not a role this version knows")


def _age_recipient(data: dict[str, Any]) -> str:
    value = shapes.text(data, "age_recipient", _refuse, "card", limit=100)
    try:
        assert value.startswith("age1") and value.isascii()
        x25519.Recipient.from_str(value)
    except (AssertionError, pyrage.RecipientError, ValueError):
        _refuse("card.age_recipient: is not an age X25519 public key")
    return value


def read_card(path: str | Path) -> PractitionerCard:
    """Read and check a card file, refusing anything too large before reading it."""
    try:
        with Path(path).open("rb") as handle:
            blob = handle.read(MAX_CARD_BYTES + 1)
    except OSError as error:
        raise InvalidCard(f"The card file could not be read ({error.strerror}).") from None
    return parse_card(blob)


def write_card(path: str | Path, card: PractitionerCard) -> Path:
    """Write a card file atomically (it is public: no secret is in it)."""
    return write_atomic(path, card.to_bytes(), doing="writing the practitioner card")
