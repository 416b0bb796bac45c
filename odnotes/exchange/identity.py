"""A practitioner's own key pairs: age X25519 to receive sealed files, Ed25519 to sign them.

The identity is secret. It is kept only inside the practitioner's vault, as an
encrypted record (``to_bytes`` gives what the vault seals); nothing in the
exchange writes it anywhere else, and its ``repr`` shows no key. Colleagues
only ever see the public half, in a :class:`~odnotes.exchange.card.PractitionerCard`.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import datetime
from functools import cached_property
from typing import Any, NoReturn

import pyrage
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from pyrage import x25519

from odnotes.errors import InvalidRecord
from odnotes.exchange import shapes
from odnotes.exchange.card import PractitionerCard, card_id_of, signed_card
from odnotes.model import PractitionerRole, utc_now

FORMAT = "odnotes-identity"
VERSION = 1
_FIELDS = {"format", "version", "practitioner_id", "age_identity", "signing_key", "created_at"}


def _refuse(message: str) -> NoReturn:
    raise InvalidRecord("identity", message)


@dataclass(frozen=True)
class PractitionerIdentity:
    """One practitioner's secret keys, bound to their practitioner record.

    The public halves are derived once per object (a sync asks for them often).
    """

    practitioner_id: str
    age_identity: str = field(repr=False)
    signing_seed: bytes = field(repr=False)
    created_at: datetime

    @classmethod
    def generate(cls, practitioner_id: str, at: datetime | None = None) -> PractitionerIdentity:
        """Fresh key pairs for ``practitioner_id``."""
        seed = Ed25519PrivateKey.generate().private_bytes_raw()
        return cls(practitioner_id, str(x25519.Identity.generate()), seed, at or utc_now())

    @cached_property
    def age_recipient(self) -> str:
        """The public age recipient (``age1…``) colleagues seal files to."""
        return str(x25519.Identity.from_str(self.age_identity).to_public())

    @cached_property
    def signing_key(self) -> bytes:
        """The 32-byte Ed25519 public key colleagues check signatures with."""
        return (
            Ed25519PrivateKey.from_private_bytes(self.signing_seed).public_key().public_bytes_raw()
        )

    @cached_property
    def card_id(self) -> str:
        """The id of this identity's card (names sender and recipient in files)."""
        return card_id_of(self.signing_key, self.age_recipient)

    def sign(self, message: bytes) -> bytes:
        """An Ed25519 signature over ``message``."""
        return Ed25519PrivateKey.from_private_bytes(self.signing_seed).sign(message)

    def decrypt(self, sealed: bytes) -> bytes:
        """Open an age file sealed to this identity (``pyrage.DecryptError`` if not)."""
        return pyrage.decrypt(sealed, [x25519.Identity.from_str(self.age_identity)])

    def card(
        self, name: str, role: PractitionerRole, at: datetime | None = None
    ) -> PractitionerCard:
        """The public card to give colleagues, self-signed so nobody can edit it."""
        return signed_card(
            self.practitioner_id,
            name,
            role,
            self.age_recipient,
            self.signing_key,
            at or utc_now(),
            self.sign,
        )

    def to_plain(self) -> dict[str, Any]:
        """JSON-able form, for the vault to store encrypted (never write it in plain)."""
        return {
            "format": FORMAT,
            "version": VERSION,
            "practitioner_id": self.practitioner_id,
            "age_identity": self.age_identity,
            "signing_key": self.signing_seed.hex(),
            "created_at": shapes.iso(self.created_at),
        }

    @classmethod
    def from_plain(cls, data: Any) -> PractitionerIdentity:
        """Parse what :meth:`to_plain` wrote; a damaged identity is refused, naming the field."""
        data = shapes.fields(data, _FIELDS, _refuse, "identity")
        if data["format"] != FORMAT:
            _refuse("this is not an OD Notes practitioner identity")
        if data["version"] != VERSION:
            _refuse("was written by a newer OD Notes; please update")
        age_identity = shapes.text(data, "age_identity", _refuse, "identity")
        try:
            x25519.Identity.from_str(age_identity)
        except pyrage.IdentityError:
            _refuse("its age key is unreadable")
        return cls(
            shapes.ident(data, "practitioner_id", _refuse, "identity"),
            age_identity,
            shapes.hex_bytes(data, "signing_key", 32, _refuse, "identity"),
            shapes.moment(data, "created_at", _refuse, "identity"),
        )

    def to_bytes(self) -> bytes:
        """Canonical JSON bytes of :meth:`to_plain`."""
        return json.dumps(self.to_plain(), sort_keys=True, separators=(",", ":")).encode()

    @classmethod
    def from_bytes(cls, blob: bytes) -> PractitionerIdentity:
        """Parse what :meth:`to_bytes` wrote."""
        try:
            data = json.loads(blob)
        except (UnicodeDecodeError, ValueError):
            _refuse("is not readable JSON")
        return cls.from_plain(data)
