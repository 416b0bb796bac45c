"""Reading a group's rows (one network, or the vault-wide records) into authenticated revisions.

Shared by the vault's own cache and by readers on other threads (the search
index), which read without keeping anything. One damaged revision never hides
a record: the newest revision that authenticates, was written by a copy this
vault knows, and follows the revision stored before it, is the live one.
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
    RECORD_ID,
    REVISION,
    RowCipher,
    Unsealed,
    malformed,
)


@dataclass(frozen=True)
class Head:
    """A record's newest stored revision, intact or not: where its next revision goes."""

    revision: int
    digest: bytes
    kind: str
    group: str


@dataclass
class Read:
    """What reading some rows found."""

    live: dict[str, Unsealed] = field(default_factory=dict)
    heads: dict[str, Head] = field(default_factory=dict)
    damaged: list[DamagedRecord] = field(default_factory=list)
    intact: bool = True  # the group's level-1 tag matched (always True for partial reads)


UNKNOWN_WRITER = "it was written by a copy of this vault that this file has never known"


class RowReader:
    """Opens rows with the keys of one unlocked vault."""

    def __init__(
        self,
        cipher: RowCipher,
        integrity: Integrity,
        key_of: Callable[[str], bytes | None],
        writers: set[str],
    ) -> None:
        self._cipher = cipher
        self._integrity = integrity
        self._key_of = key_of
        self._writers = writers

    def _tag(self, row: Sequence[Any]) -> int:
        return self._integrity.stored_row(row)

    def open(self, row: Sequence[Any], previous: bytes) -> Unsealed:
        """Authenticate one row whose predecessor's digest is ``previous``."""
        key = self._key_of(row[GROUP]) if isinstance(row[GROUP], str) else None
        if key is None:
            raise DamagedRecord(
                str(row[RECORD_ID]),
                str(row[KIND]),
                int(row[REVISION] or 0),
                "its network's key is missing or damaged",
            )
        sealed = self._cipher.unseal(key, row, previous)
        if sealed.writer not in self._writers:
            raise DamagedRecord(sealed.record_id, sealed.kind, sealed.revision, UNKNOWN_WRITER)
        return sealed

    def history(self, rows: Sequence[Sequence[Any]]) -> list[Unsealed | DamagedRecord]:
        """Every revision of one record (rows oldest first), each opened or its damage."""
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
        """Live revisions from rows ordered by record id, then revision."""
        found = out or Read()
        for record_id, grouped in groupby(rows, key=lambda r: r[RECORD_ID]):
            revisions = list(grouped)
            newest = revisions[-1]
            if malformed(newest):
                found.damaged.append(
                    DamagedRecord(
                        str(record_id), str(newest[KIND]), 0, "its stored row is malformed"
                    )
                )
                continue
            found.heads[record_id] = Head(
                newest[REVISION], newest[DIGEST], newest[KIND], newest[GROUP]
            )
            for at in range(len(revisions) - 1, -1, -1):
                previous = revisions[at - 1][DIGEST] if at else b""
                previous = previous if isinstance(previous, bytes) else b""
                try:
                    found.live[record_id] = self.open(revisions[at], previous)
                    break
                except DamagedRecord as damage:
                    found.damaged.append(damage)
        return found

    def tags_match(self, rows: Sequence[Sequence[Any]], stored: Group | None) -> bool:
        """Whether a group's rows add up to its stored level-1 state."""
        xor, count = 0, 0
        for row in rows:
            count += 1
            if malformed(row):
                return False
            xor ^= self._tag(row)
        return stored is not None and (stored.count, stored.xor) == (count, xor)

    def read_group(self, file: VaultFile, group: str, stored: Group | None) -> Read:
        """Every record of one group, with its level-1 tag checked against ``stored``."""
        rows = file.rows(
            f"SELECT {COLUMNS} FROM records WHERE network_id = ? ORDER BY record_id, revision",
            (group,),
        )
        found = Read(intact=self.tags_match(rows, stored))
        return self.read(rows, found)
