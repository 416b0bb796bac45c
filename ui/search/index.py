"""Search everything the vault holds, in decrypted memory only.

No SQLite FTS or any other index is written: FTS would store clinical text
unencrypted. The in-memory index is :mod:`odnotes.search`; this module turns
its hits into the rows the search window shows. Each hit says where it lives
(network, meeting, section, item) so the result opens the exact place.
"""

from __future__ import annotations

from dataclasses import dataclass

from odnotes.search import SearchHit as CoreHit
from odnotes.search import SearchIndex, fold, vault_index
from odnotes.vault import Vault
from ui.models.meetings import title_at


@dataclass(frozen=True)
class SearchHit:
    """One place where the words were found."""

    network_id: str
    network_name: str
    kind: str  # "network", "person", "practitioner" or an editor section name
    text: str
    meeting_id: str = ""
    meeting_title: str = ""
    item_id: str = ""

    @property
    def section(self) -> str:
        """The editor section to show, or an empty string for network-level hits."""
        return self.kind if self.meeting_id else ""


def _hit(found: CoreHit) -> SearchHit:
    return SearchHit(
        found.network_id,
        found.network_name,
        found.kind,
        found.text,
        found.meeting_id,
        title_at(found.starts_at) if found.starts_at else "",
        found.item_id,
    )


def search(source: Vault | SearchIndex, query: str, limit: int = 200) -> list[SearchHit]:
    """Every place matching all words of ``query``: names first, then meetings newest first.

    Pass the window's :class:`SearchIndex` to search at typing speed; a bare
    vault is indexed for this one search.
    """
    index = vault_index(source) if isinstance(source, Vault) else source
    return [_hit(found) for found in index.search(query, limit)]


__all__ = ["SearchHit", "SearchIndex", "fold", "search"]
