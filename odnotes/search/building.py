"""Filling a search index from a vault: every network read once, off the GUI thread.

The pass takes each network's share of the index from the vault's sealed
search cache while that is current (the network has not changed since it
was kept), and otherwise reads the network's newest revisions as plain data
through a connection of its own, without building record objects and
without keeping the records, builds its share, and hands it back to the
vault to keep sealed for the next unlock (in batches, from this pass: never
on the GUI thread, never on a save). The index then follows every save; a
save makes that network's kept share stale, and the next pass rebuilds it.
"""

from __future__ import annotations

import contextlib
import weakref
from collections.abc import Callable

from odnotes.errors import OdNotesError, VaultLocked
from odnotes.model import RECORD_TYPES, Meeting, Network, Person, Practitioner, Record
from odnotes.search.index import SearchIndex
from odnotes.search.layout import from_bytes, to_bytes
from odnotes.search.segment import Segment, build_segment
from odnotes.vault import Change, NetworkReader, Vault

SEARCHED_KINDS: tuple[type[Record], ...] = (Network, Person, Practitioner, Meeting)
"""The record kinds with searched fields: names, and the meetings' writing."""

Report = Callable[[int, int], None]
"""Called with (meetings indexed, meetings in the vault) as the pass goes."""


def _searched(kind: str) -> type[Record] | None:
    cls = RECORD_TYPES.get(kind)
    return cls if cls in SEARCHED_KINDS else None


KEEP_EVERY = 4 << 20
"""Shares built from records are handed to the vault once about this many bytes wait."""


class _Keeper:
    """Shares built in this pass, handed to the vault to seal in batches (memory stays low)."""

    def __init__(self, vault: Vault, keep: bool) -> None:
        self._vault = vault
        self._keep = keep and not vault.readonly
        self._waiting: list[tuple[str, str, bytes]] = []
        self._size = 0

    def add(self, segment: Segment, source: str) -> None:
        """Keep ``segment``, built from the records read at state ``source`` ("": do not)."""
        if not self._keep or not source:
            return  # damaged or untrusted: read from the records again next time
        stored = to_bytes(segment)
        if stored is not None:
            self._waiting.append((segment.network_id, source, stored))
            self._size += len(stored)
            if self._size >= KEEP_EVERY:
                self.flush()

    def close(self) -> None:
        """Hand over what still waits (also when the pass was cancelled)."""
        self.flush()

    def flush(self) -> None:
        """Hand the waiting shares to the vault (which seals them under their networks' keys)."""
        waiting, self._waiting, self._size = self._waiting, [], 0
        try:
            self._vault.keep_search_cache(waiting)
        except OdNotesError:
            self._keep = False  # the cache is derived: the index itself is complete


def _network_segment(
    reader: NetworkReader, network_id: str, keeper: _Keeper, use_cache: bool
) -> Segment:
    """A network's share: the kept one if current, else built from its records (and kept)."""
    stored = reader.cached(network_id) if use_cache else None
    segment = from_bytes(network_id, stored) if stored is not None else None
    if segment is None:
        read = reader.read_group(network_id)
        segment = build_segment(network_id, read.live.values())
        keeper.add(segment, read.source)
    return segment


def index_vault(
    vault: Vault,
    index: SearchIndex,
    report: Report | None = None,
    cancelled: Callable[[], bool] = lambda: False,
    *,
    use_cache: bool = True,
    keep_cache: bool = True,
) -> SearchIndex:
    """Read every network into ``index``; safe on a worker thread. Stops if cancelled.

    ``use_cache=False`` builds every share from the records and keeps none
    (the benchmark's cold build); ``keep_cache=False`` uses what is kept but
    writes nothing (an index built on the GUI thread, which never writes).
    """
    keeper = _Keeper(vault, use_cache and keep_cache)
    with contextlib.closing(keeper), vault.reader() as reader:
        network_ids = reader.network_ids()
        index.total_meetings = reader.meeting_count()
        index.complete = False
        done = 0
        try:
            for sealed in reader.read("").values():  # vault-wide: the practitioners
                cls = _searched(sealed.kind)
                if cls is not None:
                    index.add_plain(cls, sealed.plain, sealed.revision)
            if report is not None:
                report(done, index.total_meetings)
            for network_id in network_ids:
                if cancelled():
                    return index
                segment = _network_segment(reader, network_id, keeper, use_cache)
                index.add_segment(segment)
                done += len(segment.meetings)
                if report is not None:
                    report(done, index.total_meetings)
        except VaultLocked:
            return index
        index.complete = True
    return index


def follow_saves(vault: Vault, index: SearchIndex) -> None:
    """Keep ``index`` up to date with every save (held weakly: dropping the index ends it)."""
    ref = weakref.ref(index)

    def follow(changes: list[Change]) -> None:
        live = ref()
        if live is None or not vault.is_unlocked:
            return
        for change in changes:
            if change.kind == Network.KIND and change.revision == 0:
                live.forget_network(change.record_id)  # deleted for good
                continue
            cls = _searched(change.kind)
            if cls is None:
                continue
            if change.deleted:
                live.update(removed=[change.record_id])
            else:
                live.update([vault.get(cls, change.record_id)], revision=change.revision)

    vault.on_change(follow)


def vault_index(vault: Vault) -> SearchIndex:
    """A complete index of an unlocked vault that follows its saves (built here and now).

    It uses the kept shares but keeps none itself: it may run on the GUI
    thread, and sealing is the background pass's work.
    """
    index = SearchIndex()
    follow_saves(vault, index)
    return index_vault(vault, index, keep_cache=False)
