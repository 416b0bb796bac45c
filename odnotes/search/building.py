"""Filling a search index from a vault: every network read once, off the GUI thread.

The pass reads each network's newest revisions as plain data through a
connection of its own, without building record objects and without keeping
the records, so an index of a whole caseload costs little more than
decrypting it. The index then follows every save.
"""

from __future__ import annotations

import weakref
from collections.abc import Callable

from odnotes.errors import VaultLocked
from odnotes.model import RECORD_TYPES, Meeting, Network, Person, Practitioner, Record
from odnotes.search.index import SearchIndex
from odnotes.vault import Change, Vault

SEARCHED_KINDS: tuple[type[Record], ...] = (Network, Person, Practitioner, Meeting)
"""The record kinds with searched fields: names, and the meetings' writing."""

Report = Callable[[int, int], None]
"""Called with (meetings indexed, meetings in the vault) as the pass goes."""


def _searched(kind: str) -> type[Record] | None:
    cls = RECORD_TYPES.get(kind)
    return cls if cls in SEARCHED_KINDS else None


def index_vault(
    vault: Vault,
    index: SearchIndex,
    report: Report | None = None,
    cancelled: Callable[[], bool] = lambda: False,
) -> SearchIndex:
    """Read every network into ``index``; safe on a worker thread. Stops if cancelled."""
    with vault.reader() as reader:
        network_ids = reader.network_ids()
        index.total_meetings = reader.meeting_count()
        index.complete = False
        done = 0
        for group in ["", *network_ids]:
            if cancelled():
                return index
            try:
                live = reader.read(group)
            except VaultLocked:
                return index
            for sealed in live.values():
                cls = _searched(sealed.kind)
                if cls is not None:
                    index.add_plain(cls, sealed.plain, sealed.revision)
                    done += cls is Meeting
            if report is not None:
                report(done, index.total_meetings)
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
    """A complete index of an unlocked vault that follows its saves (built here and now)."""
    index = SearchIndex()
    follow_saves(vault, index)
    return index_vault(vault, index)
