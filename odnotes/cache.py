"""The decrypted live records of an unlocked vault, decoded as they are first read.

Unlocking authenticates every row, but turning a caseload's meetings into
objects is most of its time, and the networks list needs none of them; so
meetings wait as authenticated plain data until a screen reads them.
"""

from __future__ import annotations

import contextlib
import gc
from collections.abc import Callable, Iterator

from odnotes.errors import DamagedRecord
from odnotes.model import Meeting, Record
from odnotes.rows import Unsealed, decode

# Finds the newest revision older than the given one that authenticates and decodes.
Fallback = Callable[[str, int], tuple[Record, Unsealed] | None]

# Kinds decoded into objects only when first read.
LAZY_KINDS = frozenset({Meeting.KIND})


@contextlib.contextmanager
def collector_paused() -> Iterator[None]:
    """Pause the cyclic garbage collector while decoding many fresh, acyclic records.

    Its full passes grow with the heap, which made unlocking super-linear.
    """
    collecting = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if collecting:
            gc.enable()


class LiveRecords:
    """Live records by id; the ones not decoded yet, and those found damaged."""

    def __init__(self, fallback: Fallback | None = None) -> None:
        self.decoded: dict[str, Record] = {}
        self.waiting: dict[str, Unsealed] = {}
        self.damaged: list[DamagedRecord] = []
        self._fallback = fallback

    def add(self, sealed: Unsealed) -> None:
        """Keep an authenticated live revision: decoded now, or when first read."""
        if sealed.kind in LAZY_KINDS:
            self.waiting[sealed.record_id] = sealed
        else:
            self.decoded[sealed.record_id] = decode(sealed)

    def get(self, record_id: str) -> Record | None:
        """The live record, decoding it now if it was waiting."""
        sealed = self.waiting.pop(record_id, None)
        if sealed is not None:
            try:
                self.decoded[record_id] = decode(sealed)
            except DamagedRecord as damage:
                self.damaged.append(damage)
                older = self._fallback(record_id, damage.revision) if self._fallback else None
                if older is not None:
                    self.decoded[record_id] = older[0]
        return self.decoded.get(record_id)

    def damaged_ids(self) -> set[str]:
        """Records with at least one damaged revision (shown at their newest intact one)."""
        return {damage.record_id for damage in self.damaged}

    def of_kind(self, cls: type[Record], network_id: str | None = None) -> list[Record]:
        """Every live record of a kind (of one network, if given), decoding what waits."""
        if cls.KIND in LAZY_KINDS:
            wanted = [
                rid
                for rid, sealed in self.waiting.items()
                if sealed.kind == cls.KIND
                and (network_id is None or sealed.plain.get("network_id") == network_id)
            ]
            with collector_paused():
                for rid in wanted:
                    self.get(rid)
        found = [r for r in self.decoded.values() if type(r) is cls]
        if network_id is not None:
            found = [r for r in found if getattr(r, "network_id", None) == network_id]
        return found

    def put(self, record: Record) -> None:
        """A record just saved (the caller's copy is kept, never the caller's object)."""
        self.waiting.pop(record.id, None)
        self.decoded[record.id] = record

    def remove(self, record_id: str) -> None:
        """A record just deleted."""
        self.waiting.pop(record_id, None)
        self.decoded.pop(record_id, None)
