"""A record revision as a stored row and back (format 2): sealing, opening, checking.

Each row has a local place in its record's history (``seq``: 1, 2, 3 ... in
the order this file stored them) and a name that is the same in every vault
that holds it (``writer`` and ``revision``: the vault copy that saved it and
its number there), and names the revisions it was written on top of
(``parents``), so two practitioners' histories can be merged. The associated
data binds the format, vault, network, kind, record id, seq, revision, writer,
parents and the digest of the row stored before it, so a ciphertext moved to
another record, network, place or vault, or a row that does not follow the
one stored before it, fails authentication.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from odnotes import crypto
from odnotes.codec import from_plain, to_plain
from odnotes.errors import DamagedRecord, InvalidRecord
from odnotes.model import STORED_TYPES, Network, Record
from odnotes.vault.keys import VAULT_WIDE

# Column order of ``SELECT * FROM records`` (and of an inserted row).
RECORD_ID, SEQ, REVISION, WRITER, PARENTS, GROUP, KIND, NONCE, CIPHERTEXT, DIGEST = range(10)
COLUMNS = "record_id, seq, revision, writer, parents, network_id, kind, nonce, ciphertext, digest"
PLACES = ", ".join("?" * 10)
ROW_TYPES = (str, int, int, str, str, str, str, bytes, bytes, bytes)

Row = tuple[str, int, int, str, str, str, str, bytes, bytes, bytes]
Ref = tuple[str, int]
"""A revision's name within its record: (writer, revision)."""


def parents_text(parents: Sequence[Ref]) -> str:
    """The stored form of a row's parents: a JSON list of ``[writer, revision]``, sorted."""
    return json.dumps(sorted([w, r] for w, r in parents), separators=(",", ":"))


def parse_parents(text: object) -> tuple[Ref, ...] | None:
    """The parents of a stored row, or ``None`` if the column is damaged."""
    if text == "[]":  # a record's first revision: most rows of a vault
        return ()
    try:
        data = json.loads(text) if isinstance(text, str) else None
        if not isinstance(data, list) or len(data) > 64:
            return None
        refs = tuple((str(w), int(r)) for w, r in data)
    except (ValueError, TypeError, RecursionError):
        return None
    if not all(isinstance(w, str) and isinstance(r, int) and r >= 1 for w, r in refs):
        return None
    return refs


def malformed(row: Sequence[Any]) -> bool:
    """A row whose columns no longer have their stored types (the file is damaged)."""
    return tuple(map(type, row)) != ROW_TYPES


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
    seq: int
    writer: str
    saved_at: datetime
    deleted: bool
    plain: dict[str, Any]
    group: str = VAULT_WIDE
    revision: int = 0
    parents: tuple[Ref, ...] = ()
    author: str = ""
    open_conflicts: tuple[Any, ...] = ()
    extra: dict[str, Any] = field(default_factory=dict)

    @property
    def ref(self) -> Ref:
        """This revision's name within its record."""
        return (self.writer, self.revision)


def decode(sealed: Unsealed) -> Record:
    """The record object of an authenticated revision."""
    try:
        # Authenticated rows were validated before they were sealed.
        return from_plain(STORED_TYPES[sealed.kind], sealed.plain, trusted=True)
    except (ValueError, KeyError, TypeError, InvalidRecord, RecursionError):
        raise DamagedRecord(
            sealed.record_id, sealed.kind, sealed.seq, "its content could not be read"
        ) from None


_ENVELOPE_KEYS = {"saved_at", "deleted", "record", "author", "open_conflicts"}


class RowCipher:
    """Seals records into rows and opens rows into records for one vault."""

    def __init__(self, vault_id: str) -> None:
        self.vault_id = vault_id

    def associated(self, row: Sequence[Any], previous: bytes) -> bytes:
        """The associated data of a row (``previous``: the digest of the row stored before it)."""
        return crypto.canonical(
            [
                "odnotes/2",
                self.vault_id,
                row[GROUP],
                row[KIND],
                row[RECORD_ID],
                row[SEQ],
                row[REVISION],
                row[WRITER],
                row[PARENTS],
                previous.hex(),
            ]
        )

    def seal(
        self,
        key: bytes,
        record: Record,
        place: tuple[int, int, str, Sequence[Ref]],
        previous: bytes,
        *,
        deleted: bool,
        saved_at: str,
        author: str = "",
    ) -> Row:
        """The row for ``record`` at ``place`` = (seq, revision, writer, parents)."""
        return self.seal_plain(
            key,
            to_plain(record),
            record.KIND,
            group_of(record),
            place,
            previous,
            deleted=deleted,
            saved_at=saved_at,
            author=author,
        )

    def seal_plain(
        self,
        key: bytes,
        plain: dict[str, Any],
        kind: str,
        group: str,
        place: tuple[int, int, str, Sequence[Ref]],
        previous: bytes,
        *,
        deleted: bool,
        saved_at: str,
        author: str = "",
        open_conflicts: Sequence[Any] = (),
    ) -> Row:
        """The row for a record already in plain form (an upgrade or a received revision)."""
        seq, revision, writer, parents = place
        envelope: dict[str, Any] = {
            "saved_at": saved_at,
            "deleted": deleted,
            "author": author,
            "open_conflicts": list(open_conflicts),
            "record": plain,
        }
        plaintext = json.dumps(envelope, ensure_ascii=False, separators=(",", ":")).encode()
        columns = (plain["id"], seq, revision, writer, parents_text(parents), group, kind)
        nonce, ciphertext = crypto.seal(key, plaintext, self.associated(columns, previous))
        return (*columns, nonce, ciphertext, crypto.digest(nonce, ciphertext))

    def unseal(self, key: bytes, row: Sequence[Any], previous: bytes) -> Unsealed:
        """Authenticate a row and parse its envelope, leaving the record as plain data.

        Decoding into objects is the slow part of reading a network, so the
        vault does it for the records a screen actually reads.
        """
        rid, seq, kind = row[RECORD_ID], row[SEQ], row[KIND]

        def damaged(reason: str) -> DamagedRecord:
            return DamagedRecord(str(rid), str(kind), seq if isinstance(seq, int) else 0, reason)

        if malformed(row):
            raise damaged("its stored row is malformed (the file is damaged)")
        parents = parse_parents(row[PARENTS])
        if parents is None:
            raise damaged("its stored row is malformed (the file is damaged)")
        plaintext = crypto.unseal(key, row[NONCE], row[CIPHERTEXT], self.associated(row, previous))
        if plaintext is None:
            raise damaged("it failed authentication (changed, moved or out of order)")
        if kind not in STORED_TYPES:
            raise damaged("its kind is unknown to this version of OD Notes")
        try:
            envelope = json.loads(plaintext)
            plain = envelope["record"]
            saved_at = datetime.fromisoformat(envelope["saved_at"])
            deleted = envelope["deleted"]
            author = envelope.get("author", "")
            conflicts = envelope.get("open_conflicts", [])
            same = isinstance(plain, dict) and plain.get("id") == rid
        except (ValueError, KeyError, TypeError, AttributeError, RecursionError):
            raise damaged("its content could not be read") from None
        if not same or not isinstance(deleted, bool) or not isinstance(author, str):
            raise damaged("it belongs to another record")
        if not isinstance(conflicts, list):
            raise damaged("its content could not be read")
        extra = {k: v for k, v in envelope.items() if k not in _ENVELOPE_KEYS}
        return Unsealed(
            rid,
            kind,
            seq,
            row[WRITER],
            saved_at,
            deleted,
            plain,
            row[GROUP],
            row[REVISION],
            parents,
            author,
            tuple(conflicts),
            extra,
        )

    @staticmethod
    def digest_matches(row: Sequence[Any]) -> bool:
        """The recorded digest is the digest of the stored nonce and ciphertext."""
        return bool(crypto.digest(row[NONCE], row[CIPHERTEXT]) == row[DIGEST])
