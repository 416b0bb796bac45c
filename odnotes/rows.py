"""A record revision as a stored row and back: sealing, opening, and its integrity tag.

The vault's data key never leaves this class's subkeys: the record key for
AES-256-GCM and the MAC key for the whole-vault tag (``docs/vault-format.md``).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from odnotes import crypto
from odnotes.codec import from_plain, to_plain
from odnotes.crypto import IntegrityTag
from odnotes.errors import DamagedRecord, InvalidRecord
from odnotes.model import RECORD_TYPES, Record
from odnotes.revisions import Revision

# The type each stored column must have; a damaged row can come back as NULL or text.
ROW_TYPES = {
    "record_id": str,
    "revision": int,
    "kind": str,
    "writer": str,
    "nonce": bytes,
    "ciphertext": bytes,
    "digest": bytes,
}

Row = tuple[str, int, str, str, bytes, bytes, bytes]


def malformed(row: dict[str, Any]) -> bool:
    """A row whose columns no longer have their stored types (the file is damaged)."""
    return any(name in row and type(row[name]) is not t for name, t in ROW_TYPES.items())


@dataclass(frozen=True)
class Unsealed:
    """An authenticated revision whose record is still plain data (see :func:`decode`)."""

    record_id: str
    kind: str
    revision: int
    writer: str
    saved_at: datetime
    deleted: bool
    plain: dict[str, Any]


def decode(sealed: Unsealed) -> Record:
    """The record object of an authenticated revision."""
    try:
        # Authenticated rows were validated before they were sealed.
        return from_plain(RECORD_TYPES[sealed.kind], sealed.plain, trusted=True)
    except (ValueError, KeyError, TypeError, InvalidRecord):
        raise DamagedRecord(
            sealed.record_id, sealed.kind, sealed.revision, "its content could not be read"
        ) from None


class RowCipher:
    """Seals records into rows and opens rows into records for one unlocked vault."""

    def __init__(self, data_key: bytes, vault_id: str) -> None:
        self.vault_id = vault_id
        self._key = crypto.subkey(data_key, "records", vault_id)
        self.tags = IntegrityTag(crypto.subkey(data_key, "integrity", vault_id))

    def _associated(self, kind: str, record_id: str, revision: int, writer: str) -> bytes:
        return crypto.canonical(["odnotes/1", self.vault_id, kind, record_id, revision, writer])

    def seal(
        self, record: Record, revision: int, writer: str, *, deleted: bool, saved_at: str
    ) -> tuple[Row, int]:
        """The row to insert for ``record`` and its contribution to the integrity tag."""
        envelope = {"saved_at": saved_at, "deleted": deleted, "record": to_plain(record)}
        plaintext = json.dumps(envelope, ensure_ascii=False, separators=(",", ":")).encode()
        nonce, ciphertext = crypto.seal(
            self._key, plaintext, self._associated(record.KIND, record.id, revision, writer)
        )
        row_digest = crypto.digest(nonce, ciphertext)
        tag = self.tags.row(record.id, revision, record.KIND, writer, row_digest)
        return (record.id, revision, record.KIND, writer, nonce, ciphertext, row_digest), tag

    def state(self, count: int, xor: int) -> dict[str, str]:
        """The header's integrity entries for ``count`` rows whose tags XOR to ``xor``."""
        return {
            "integrity_count": str(count),
            "integrity_xor": f"{xor:064x}",
            "integrity_mac": self.tags.state(count, xor).hex(),
        }

    def empty_state(self) -> dict[str, str]:
        """The integrity entries of a vault with no rows yet."""
        return self.state(0, 0)

    def row_tag(self, row: dict[str, Any]) -> int:
        """A stored row's contribution to the integrity tag (from its recorded digest)."""
        return self.tags.row(
            row["record_id"], row["revision"], row["kind"], row["writer"], row["digest"]
        )

    def open(self, row: dict[str, Any]) -> Revision:
        """Authenticate and decode a row; :class:`DamagedRecord` names what is wrong."""
        s = self.unseal(row)
        return Revision(s.record_id, s.kind, s.revision, s.writer, s.saved_at, s.deleted, decode(s))

    def unseal(self, row: dict[str, Any]) -> Unsealed:
        """Authenticate a row and parse its envelope, leaving the record as plain data.

        Decoding into objects is the slow part of unlocking a large vault, so the
        vault may do it later, for the records a screen actually shows.
        """
        rid, kind, revision = row["record_id"], row["kind"], row["revision"]

        def damaged(reason: str) -> DamagedRecord:
            return DamagedRecord(rid, kind, revision, reason)

        if malformed(row):
            raise damaged("its stored row is malformed (the file is damaged)")
        plaintext = crypto.unseal(
            self._key,
            row["nonce"],
            row["ciphertext"],
            self._associated(kind, rid, revision, row["writer"]),
        )
        if plaintext is None:
            raise damaged("it failed authentication (changed, moved or rolled back)")
        if kind not in RECORD_TYPES:
            raise damaged("its kind is unknown to this version of OD Notes")
        try:
            envelope = json.loads(plaintext)
            plain = envelope["record"]
            saved_at = datetime.fromisoformat(envelope["saved_at"])
            deleted = bool(envelope["deleted"])
            same = isinstance(plain, dict) and plain.get("id") == rid
        except (ValueError, KeyError, TypeError):
            raise damaged("its content could not be read") from None
        if not same:
            raise damaged("it belongs to another record")
        return Unsealed(rid, kind, revision, row["writer"], saved_at, deleted, plain)

    def check_digest(self, row: dict[str, Any]) -> None:
        """Raise :class:`DamagedRecord` if the recorded digest is not the ciphertext's."""
        if crypto.digest(row["nonce"], row["ciphertext"]) != row["digest"]:
            raise DamagedRecord(
                row["record_id"],
                row["kind"],
                row["revision"],
                "its ciphertext does not match its recorded digest",
            )
