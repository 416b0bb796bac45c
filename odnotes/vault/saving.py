"""One save, planned before its transaction: rows, new network keys, the new integrity state.

Everything is computed first and written in one ``BEGIN IMMEDIATE``
transaction; only once it has committed does the vault take the new state,
so a refused write changes nothing in memory either.
"""

from __future__ import annotations

import sqlite3
from dataclasses import replace

from odnotes.model import Record
from odnotes.vault.header import Header
from odnotes.vault.integrity import Group
from odnotes.vault.keys import VaultKeys, key_digest
from odnotes.vault.loading import Head
from odnotes.vault.rows import Row, RowCipher, group_of


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

    def add(self, record: Record, *, deleted: bool, saved_at: str) -> None:
        """Seal ``record`` as its next revision."""
        group = group_of(record)
        state = self._group_state(group)
        head = self._pending.get(record.id) or self._stored_heads.get(record.id)
        revision = head.revision + 1 if head else 1
        previous = head.digest if head else b""
        key = self._keys.records_key(group)
        if key is None:
            raise ValueError("no key for the record's network")  # refused by the vault before
        row = self._cipher.seal(
            key, record, revision, self._writer, previous, deleted=deleted, saved_at=saved_at
        )
        state.count += 1
        state.xor ^= self._header.integrity.stored_row(row)
        new_head = Head(revision, row[-1], record.KIND, group)
        self._pending[record.id] = new_head
        self.rows.append(row)
        self.heads.append(new_head)

    def write(self, conn: sqlite3.Connection) -> None:
        """Insert everything, inside the caller's transaction."""
        self._after = self._header.after(self._groups)
        conn.executemany("INSERT INTO keys VALUES (?, ?, ?)", self._new_keys)
        conn.executemany("INSERT INTO records VALUES (?, ?, ?, ?, ?, ?, ?, ?)", self.rows)
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
