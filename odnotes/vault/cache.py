"""The decrypted live records of an unlocked vault, by network, decoded as they are first read.

Only the networks that have been opened are here (and the networks list and
the vault-wide records); turning a meeting into objects waits until a screen
reads it, since that is most of the time of reading a network.
"""

from __future__ import annotations

import contextlib
import gc
from collections.abc import Callable, Iterator

from odnotes.errors import DamagedRecord
from odnotes.model import Meeting, Record
from odnotes.vault.rows import Unsealed, decode, group_of

# Kinds decoded into objects only when first read.
LAZY_KINDS = frozenset({Meeting.KIND})

# Finds the newest revision older than the given one that authenticates and decodes.
Fallback = Callable[[str, int], tuple[Record, Unsealed] | None]


@contextlib.contextmanager
def collector_paused() -> Iterator[None]:
    """Pause the cyclic garbage collector while decoding many fresh, acyclic records.

    Its full passes grow with the heap, which made loading super-linear.
    """
    collecting = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if collecting:
            gc.enable()


class LiveRecords:
    """Live records by group and id; some still waiting to be decoded."""

    def __init__(self, fallback: Fallback | None = None) -> None:
        self._groups: dict[str, dict[str, Record | Unsealed]] = {}
        self._where: dict[str, str] = {}
        self.damaged: list[DamagedRecord] = []
        self._fallback = fallback

    def add(self, sealed: Unsealed) -> None:
        """Keep an authenticated live revision: decoded now, or when first read."""
        entry: Record | Unsealed = sealed if sealed.kind in LAZY_KINDS else decode(sealed)
        self._groups.setdefault(sealed.group, {})[sealed.record_id] = entry
        self._where[sealed.record_id] = sealed.group

    def _decoded(self, record_id: str, entry: Record | Unsealed) -> Record | None:
        if not isinstance(entry, Unsealed):
            return entry
        group = self._groups[entry.group]
        try:
            record = decode(entry)
        except DamagedRecord as damage:
            self.damaged.append(damage)
            older = self._fallback(record_id, damage.revision) if self._fallback else None
            if older is None:
                del group[record_id]
                del self._where[record_id]
                return None
            record = older[0]
        group[record_id] = record
        return record

    def get(self, record_id: str) -> Record | None:
        """The live record, decoding it now if it was waiting."""
        where = self._where.get(record_id)
        if where is None:
            return None
        return self._decoded(record_id, self._groups[where][record_id])

    def __contains__(self, record_id: str) -> bool:
        return record_id in self._where

    def __len__(self) -> int:
        return len(self._where)

    def of_kind(self, cls: type[Record], group: str | None = None) -> list[Record]:
        """Every live record of a kind (in one group, if given), decoding what waits."""
        groups = [self._groups.get(group, {})] if group is not None else self._groups.values()
        found: list[Record] = []
        with collector_paused():
            for members in groups:
                for record_id, entry in list(members.items()):
                    kind = entry.kind if isinstance(entry, Unsealed) else entry.KIND
                    if kind != cls.KIND:
                        continue
                    record = self._decoded(record_id, entry)
                    if isinstance(record, cls):
                        found.append(record)
        return found

    def put(self, record: Record) -> None:
        """A record just saved (the caller's copy is kept, never the caller's object)."""
        group = group_of(record)
        self._groups.setdefault(group, {})[record.id] = record
        self._where[record.id] = group

    def remove(self, record_id: str) -> None:
        """A record just deleted."""
        group = self._where.pop(record_id, None)
        if group is not None:
            self._groups[group].pop(record_id, None)

    def drop_group(self, group: str) -> None:
        """Forget every record of a group (a network deleted for good)."""
        for record_id in self._groups.pop(group, {}):
            self._where.pop(record_id, None)

    def damaged_ids(self) -> set[str]:
        """Records with at least one damaged revision (shown at their newest intact one)."""
        return {damage.record_id for damage in self.damaged}
