"""One save, planned before its transaction: rows, new network keys, the new integrity state.

Everything is computed first and written in one ``BEGIN IMMEDIATE``
transaction; only once it has committed does the vault take the new state,
so a refused write changes nothing in memory either.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass, replace
from datetime import datetime
from typing import TYPE_CHECKING, Any

from odnotes.codec import to_plain
from odnotes.model import Record
from odnotes.vault.header import Header
from odnotes.vault.integrity import Group
from odnotes.vault.keys import VaultKeys, key_digest
from odnotes.vault.loading import Head
from odnotes.vault.rows import COLUMNS, PLACES, Row, RowCipher, group_of

if TYPE_CHECKING:
    from odnotes.exchange.revision import SharedRevision


@dataclass(frozen=True)
class Received:
    """A revision another vault wrote, as it is stored here (the exchange verified it)."""

    record_id: str
    kind: str
    revision: int
    writer: str
    author: str
    saved_at: datetime
    deleted: bool
    data: dict[str, Any]
    parent_refs: tuple[tuple[str, int], ...] = ()
    conflicts_plain: tuple[Any, ...] = ()

    @classmethod
    def from_shared(cls, revision: SharedRevision) -> Received:
        """A revision the exchange verified, as the vault stores it."""
        return cls(
            revision.record_id,
            revision.kind,
            revision.revision,
            revision.writer,
            revision.author,
            revision.saved_at,
            revision.deleted,
            revision.data,
            tuple((p.writer, p.revision) for p in revision.parents),
            tuple(c.to_plain() for c in revision.open_conflicts),
        )


class Batch:
    """The rows of one save and what they change."""

    def __init__(
        self,
        cipher: RowCipher,
        keys: VaultKeys,
        header: Header,
        writer: str,
        heads: dict[str, Head],
    ) -> None:
        self._cipher = cipher
        self._keys = keys
        self._header = header
        self._writer = writer
        self._stored_heads = heads
        self._pending: dict[str, Head] = {}
        self._groups: dict[str, Group] = {}
        self._new_keys: list[tuple[str, bytes, bytes]] = []
        self.rows: list[Row] = []
        self.heads: list[Head] = []
        self.new_groups: set[str] = set()
        self.writers: set[str] = set()  # writers of received revisions, accepted from now on
        self._after: Header | None = None

    def _group_state(self, group: str) -> Group:
        if group in self._groups:
            return self._groups[group]
        stored = self._header.state.groups.get(group)
        if stored is None:  # a network new in this save: its own key, stored wrapped
            nonce, wrapped = self._keys.new_network(group)
            self._new_keys.append((group, nonce, wrapped))
            self.new_groups.add(group)
            stored = Group(key_digest=key_digest(nonce, wrapped))
        self._groups[group] = replace(stored)
        return self._groups[group]

    def add(
        self,
        record: Record,
        *,
        deleted: bool,
        saved_at: str,
        author: str = "",
        open_conflicts: tuple[object, ...] = (),
        parents: tuple[tuple[str, int], ...] | None = None,
    ) -> None:
        """Seal ``record`` as its next revision: numbered above every revision held, written
        on top of every head (so a save settles a merge), open conflicts carried on.

        ``parents`` (a save based on an older revision) puts it on top of those instead: the
        heads it is not written on stay heads, and the record is their merge."""
        group = group_of(record)
        state = self._group_state(group)
        head = self._pending.get(record.id) or self._stored_heads.get(record.id)
        seq, revision = (head.seq + 1, head.top + 1) if head else (1, 1)
        stays: tuple[tuple[str, int], ...] = ()
        if parents is None:
            parents = head.heads if head else ()
        elif head is not None:
            stays = tuple(ref for ref in head.heads if ref not in parents)
        previous = head.digest if head else b""
        key = self._keys.records_key(group)
        if key is None:
            raise ValueError("no key for the record's network")  # refused by the vault before
        row = self._cipher.seal_plain(
            key,
            to_plain(record),
            record.KIND,
            group,
            (seq, revision, self._writer, parents),
            previous,
            deleted=deleted,
            saved_at=saved_at,
            author=author,
            open_conflicts=open_conflicts,
        )
        state.count += 1
        state.xor ^= self._header.integrity.stored_row(row)
        new_head = Head(
            seq,
            row[-1],
            record.KIND,
            group,
            revision,
            tuple(sorted((*stays, (self._writer, revision)))),
        )
        self._pending[record.id] = new_head
        self.rows.append(row)
        self.heads.append(new_head)

    def add_received(self, revision: Received, group: str) -> None:
        """Store a revision another vault wrote, under its own name (never renumbered)."""
        state = self._group_state(group)
        head = self._pending.get(revision.record_id) or self._stored_heads.get(revision.record_id)
        seq = head.seq + 1 if head else 1
        key = self._keys.records_key(group)
        if key is None:
            raise ValueError("no key for the record's network")
        row = self._cipher.seal_plain(
            key,
            revision.data,
            revision.kind,
            group,
            (seq, revision.revision, revision.writer, revision.parent_refs),
            head.digest if head else b"",
            deleted=revision.deleted,
            saved_at=revision.saved_at.isoformat(),
            author=revision.author,
            open_conflicts=revision.conflicts_plain,
        )
        state.count += 1
        state.xor ^= self._header.integrity.stored_row(row)
        top = max(head.top if head else 0, revision.revision)
        new_head = Head(seq, row[-1], revision.kind, group, top, head.heads if head else ())
        self._pending[revision.record_id] = new_head
        self.rows.append(row)
        self.heads.append(new_head)
        self.writers.add(revision.writer)

    def write(self, conn: sqlite3.Connection) -> None:
        """Insert everything, inside the caller's transaction."""
        self._after = self._header.after(self._groups, self._header.writers | self.writers)
        conn.executemany("INSERT INTO keys VALUES (?, ?, ?)", self._new_keys)
        conn.executemany(f"INSERT INTO records ({COLUMNS}) VALUES ({PLACES})", self.rows)
        conn.executemany(
            "INSERT OR REPLACE INTO groups VALUES (?, ?, ?)",
            [(g, s.count, f"{s.xor:064x}") for g, s in self._groups.items()],
        )
        self._after.write(conn)

    def abandon(self) -> None:
        """The transaction failed: forget the keys made for new networks."""
        for group, _nonce, _wrapped in self._new_keys:
            self._keys.forget(group)

    def commit(self) -> None:
        """The transaction committed: the header takes the new state."""
        if self._after is not None:
            self._header.adopt(self._after)
