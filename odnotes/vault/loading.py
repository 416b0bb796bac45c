"""Reading a group's rows (one network, or the vault-wide records) into live revisions.

Shared by the vault's own cache and by readers on other threads (the search
index), which read without keeping anything. A record's history is a graph:
each row names its parents in a plaintext column, so its *heads* (rows no
other row names as a parent) are known before anything is decrypted.

- One head (every record that only this vault wrote): the newest row that
  authenticates, was written by a copy this vault knows, and follows the row
  stored before it is the live one, so one damaged revision never hides a
  record.
- Several heads (two practitioners saved the same record on two laptops): the
  live record is merged from the whole history by the exchange's rule
  (:func:`odnotes.exchange.history.live_state`), the same on every laptop;
  where both changed one field it is a conflict, kept for the practitioner.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from itertools import groupby
from typing import Any

from odnotes.errors import DamagedRecord
from odnotes.vault.file import VaultFile
from odnotes.vault.integrity import Group, Integrity
from odnotes.vault.rows import (
    COLUMNS,
    DIGEST,
    GROUP,
    KIND,
    PARENTS,
    RECORD_ID,
    REVISION,
    SEQ,
    WRITER,
    Ref,
    RowCipher,
    Unsealed,
    malformed,
    parse_parents,
)


@dataclass(frozen=True)
class Head:
    """Where a record's next revision goes: after its newest stored row, above every number."""

    seq: int
    digest: bytes
    kind: str
    group: str
    top: int = 0  # the highest revision number held, from any writer
    heads: tuple[Ref, ...] = ()  # the revisions the next save is written on top of


@dataclass
class Read:
    """What reading some rows found."""

    live: dict[str, Unsealed] = field(default_factory=dict)
    heads: dict[str, Head] = field(default_factory=dict)
    damaged: list[DamagedRecord] = field(default_factory=list)
    conflicts: dict[str, tuple[Any, ...]] = field(default_factory=dict)
    intact: bool = True  # the group's level-1 tag matched (always True for partial reads)


UNKNOWN_WRITER = "it was written by a copy of this vault that this file has never known"


def heads_of(rows: Sequence[Sequence[Any]]) -> tuple[Ref, ...]:
    """The revisions of one record that no other stored revision names as a parent."""
    if len(rows) == 1:  # most records: one revision (the loop below, without its lists)
        row = rows[0]
        if malformed(row):
            return ()
        ref = (row[WRITER], row[REVISION])
        return () if ref in (parse_parents(row[PARENTS]) or ()) else (ref,)
    refs: list[Ref] = []
    named: set[Ref] = set()
    for row in rows:
        if malformed(row):
            continue
        refs.append((row[WRITER], row[REVISION]))
        named.update(parse_parents(row[PARENTS]) or ())
    return tuple(sorted(ref for ref in refs if ref not in named))


class RowReader:
    """Opens rows with the keys of one unlocked vault."""

    def __init__(
        self,
        cipher: RowCipher,
        integrity: Integrity,
        key_of: Callable[[str], bytes | None],
        writers: Callable[[], set[str]],
    ) -> None:
        self._cipher = cipher
        self._integrity = integrity
        self._key_of = key_of
        self._writers = writers  # asked each time: receiving a colleague's changes adds some

    def open(self, row: Sequence[Any], previous: bytes) -> Unsealed:
        """Authenticate one row whose predecessor's digest is ``previous``."""
        key = self._key_of(row[GROUP]) if isinstance(row[GROUP], str) else None
        if key is None:
            raise DamagedRecord(
                str(row[RECORD_ID]),
                str(row[KIND]),
                row[SEQ] if isinstance(row[SEQ], int) else 0,
                "its network's key is missing or damaged",
            )
        sealed = self._cipher.unseal(key, row, previous)
        if sealed.writer not in self._writers():
            raise DamagedRecord(sealed.record_id, sealed.kind, sealed.seq, UNKNOWN_WRITER)
        return sealed

    def history(self, rows: Sequence[Sequence[Any]]) -> list[Unsealed | DamagedRecord]:
        """Every revision of one record (rows in stored order), each opened or its damage."""
        opened: list[Unsealed | DamagedRecord] = []
        previous = b""
        for row in rows:
            try:
                opened.append(self.open(row, previous))
            except DamagedRecord as damage:
                opened.append(damage)
            previous = row[DIGEST] if isinstance(row[DIGEST], bytes) else b""
        return opened

    def read(self, rows: Iterable[Sequence[Any]], out: Read | None = None) -> Read:
        """Live revisions from rows ordered by record id, then seq."""
        found = out or Read()
        for record_id, grouped in groupby(rows, key=lambda r: r[RECORD_ID]):
            revisions = list(grouped)
            newest = revisions[-1]
            if malformed(newest):
                found.damaged.append(
                    DamagedRecord(str(record_id), str(newest[KIND]), 0, "its row is malformed")
                )
                continue
            heads = heads_of(revisions)
            top = max((r[REVISION] for r in revisions if not malformed(r)), default=0)
            found.heads[record_id] = Head(
                newest[SEQ], newest[DIGEST], newest[KIND], newest[GROUP], top, heads
            )
            if len(heads) > 1:
                self._merged(record_id, revisions, found)
            else:
                self._newest_intact(record_id, revisions, found)
        return found

    def _newest_intact(self, record_id: str, revisions: list[Sequence[Any]], found: Read) -> None:
        for at in range(len(revisions) - 1, -1, -1):
            previous = revisions[at - 1][DIGEST] if at else b""
            previous = previous if isinstance(previous, bytes) else b""
            try:
                opened = self.open(revisions[at], previous)
            except DamagedRecord as damage:
                found.damaged.append(damage)
                continue
            found.live[record_id] = opened
            if opened.open_conflicts:  # carried on by the last save: still open, shown first
                self._carried(record_id, opened, found)
            return

    def _carried(self, record_id: str, opened: Unsealed, found: Read) -> None:
        from odnotes.vault.merging import merged_live

        try:
            found.conflicts[record_id] = merged_live([opened])[1]
        except DamagedRecord as damage:
            found.damaged.append(damage)

    def _merged(self, record_id: str, revisions: list[Sequence[Any]], found: Read) -> None:
        """A record two laptops wrote: merge its whole history, as every laptop does."""
        intact = []
        for opened in self.history(revisions):
            if isinstance(opened, DamagedRecord):
                found.damaged.append(opened)
            else:
                intact.append(opened)
        if not intact:
            return
        from odnotes.vault.merging import merged_live  # the exchange's rule, only when needed

        try:
            live, conflicts = merged_live(intact)
        except DamagedRecord as damage:
            found.damaged.append(damage)
            found.live[record_id] = intact[-1]
            return
        found.live[record_id] = live
        if conflicts:
            found.conflicts[record_id] = conflicts

    def tags_match(self, rows: Sequence[Sequence[Any]], stored: Group | None) -> bool:
        """Whether a group's rows add up to its stored level-1 state."""
        xor, count = 0, 0
        for row in rows:
            count += 1
            if malformed(row):
                return False
            xor ^= self._integrity.stored_row(row)
        return stored is not None and (stored.count, stored.xor) == (count, xor)

    def read_group(self, file: VaultFile, group: str, stored: Group | None) -> Read:
        """Every record of one group, with its level-1 tag checked against ``stored``."""
        rows = file.rows(
            f"SELECT {COLUMNS} FROM records WHERE network_id = ? ORDER BY record_id, seq",
            (group,),
        )
        found = Read(intact=self.tags_match(rows, stored))
        return self.read(rows, found)


__all__ = ["Head", "Read", "RowReader", "heads_of"]
