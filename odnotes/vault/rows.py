"""A record revision as a stored row and back (format 2): sealing, opening, checking.

A row's associated data binds the format, vault, network, kind, record id,
revision, writer and the digest of the revision before it, so a ciphertext
moved to another record, network, revision or vault, or a revision that does
not follow the one stored before it, fails authentication.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from odnotes import crypto
from odnotes.codec import from_plain, to_plain
from odnotes.errors import DamagedRecord, InvalidRecord
from odnotes.model import RECORD_TYPES, Network, Record
from odnotes.vault.keys import VAULT_WIDE

# Column order of ``SELECT * FROM records`` (and of an inserted row).
RECORD_ID, REVISION, GROUP, KIND, WRITER, NONCE, CIPHERTEXT, DIGEST = range(8)
COLUMNS = "record_id, revision, network_id, kind, writer, nonce, ciphertext, digest"
ROW_TYPES = (str, int, str, str, str, bytes, bytes, bytes)

Row = tuple[str, int, str, str, str, bytes, bytes, bytes]


def malformed(row: Sequence[Any]) -> bool:
    """A row whose columns no longer have their stored types (the file is damaged)."""
    return len(row) != len(ROW_TYPES) or any(
        type(value) is not t for value, t in zip(row, ROW_TYPES, strict=False)
    )


def group_of(record: Record) -> str:
    """The group (network) whose key seals ``record``: a network is its own group."""
    if isinstance(record, Network):
        return record.id
    network_id = getattr(record, "network_id", None)
    return network_id if isinstance(network_id, str) else VAULT_WIDE


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
    group: str = VAULT_WIDE
    rev_id: str = ""
    extra: dict[str, Any] = field(default_factory=dict)


def decode(sealed: Unsealed) -> Record:
    """The record object of an authenticated revision."""
    try:
        # Authenticated rows were validated before they were sealed.
        return from_plain(RECORD_TYPES[sealed.kind], sealed.plain, trusted=True)
    except (ValueError, KeyError, TypeError, InvalidRecord, RecursionError):
        raise DamagedRecord(
            sealed.record_id, sealed.kind, sealed.revision, "its content could not be read"
        ) from None


_ENVELOPE_KEYS = {"saved_at", "deleted", "record", "rev"}


class RowCipher:
    """Seals records into rows and opens rows into records for one vault."""

    def __init__(self, vault_id: str) -> None:
        self.vault_id = vault_id

    def associated(
        self, group: str, kind: str, record_id: str, revision: int, writer: str, previous: bytes
    ) -> bytes:
        """The associated data of one row (``previous``: the digest of the row before it)."""
        return crypto.canonical(
            ["odnotes/2", self.vault_id, group, kind, record_id, revision, writer, previous.hex()]
        )

    def seal(
        self,
        key: bytes,
        record: Record,
        revision: int,
        writer: str,
        previous: bytes,
        *,
        deleted: bool,
        saved_at: str,
    ) -> Row:
        """The row to insert for ``record`` as revision ``revision``."""
        plain = to_plain(record)
        return self.seal_plain(
            key,
            plain,
            record.KIND,
            group_of(record),
            revision,
            writer,
            previous,
            deleted=deleted,
            saved_at=saved_at,
        )

    def seal_plain(
        self,
        key: bytes,
        plain: dict[str, Any],
        kind: str,
        group: str,
        revision: int,
        writer: str,
        previous: bytes,
        *,
        deleted: bool,
        saved_at: str,
        rev_id: str = "",
        extra: dict[str, Any] | None = None,
    ) -> Row:
        """The row for a record already in plain form (an upgrade or a received revision)."""
        envelope: dict[str, Any] = dict(extra or {})
        envelope.update(
            saved_at=saved_at, deleted=deleted, rev=rev_id or str(uuid.uuid4()), record=plain
        )
        plaintext = json.dumps(envelope, ensure_ascii=False, separators=(",", ":")).encode()
        record_id = plain["id"]
        ad = self.associated(group, kind, record_id, revision, writer, previous)
        nonce, ciphertext = crypto.seal(key, plaintext, ad)
        digest = crypto.digest(nonce, ciphertext)
        return (record_id, revision, group, kind, writer, nonce, ciphertext, digest)

    def unseal(self, key: bytes, row: Sequence[Any], previous: bytes) -> Unsealed:
        """Authenticate a row and parse its envelope, leaving the record as plain data.

        Decoding into objects is the slow part of reading a network, so the
        vault does it for the records a screen actually reads.
        """
        rid, revision, group, kind = row[RECORD_ID], row[REVISION], row[GROUP], row[KIND]

        def damaged(reason: str) -> DamagedRecord:
            return DamagedRecord(str(rid), str(kind), int(revision or 0), reason)

        if malformed(row):
            raise damaged("its stored row is malformed (the file is damaged)")
        ad = self.associated(group, kind, rid, revision, row[WRITER], previous)
        plaintext = crypto.unseal(key, row[NONCE], row[CIPHERTEXT], ad)
        if plaintext is None:
            raise damaged("it failed authentication (changed, moved or out of order)")
        if kind not in RECORD_TYPES:
            raise damaged("its kind is unknown to this version of OD Notes")
        try:
            envelope = json.loads(plaintext)
            plain = envelope["record"]
            saved_at = datetime.fromisoformat(envelope["saved_at"])
            deleted = envelope["deleted"]
            rev_id = envelope.get("rev", "")
            same = isinstance(plain, dict) and plain.get("id") == rid
        except (ValueError, KeyError, TypeError, AttributeError, RecursionError):
            raise damaged("its content could not be read") from None
        if not same or not isinstance(deleted, bool) or not isinstance(rev_id, str):
            raise damaged("it belongs to another record")
        extra = {k: v for k, v in envelope.items() if k not in _ENVELOPE_KEYS}
        return Unsealed(
            rid, kind, revision, row[WRITER], saved_at, deleted, plain, group, rev_id, extra
        )

    @staticmethod
    def digest_matches(row: Sequence[Any]) -> bool:
        """The recorded digest is the digest of the stored nonce and ciphertext."""
        return bool(crypto.digest(row[NONCE], row[CIPHERTEXT]) == row[DIGEST])
