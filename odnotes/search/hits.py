"""What the search index holds per meeting, and what a search returns.

A meeting's places are kept in columns (``MeetingPlaces``) and become a
``SearchHit`` only when a hit is shown, so an index of 30,000 meetings keeps
tuples of strings (which the collector stops tracking), not an object per place.
"""

from __future__ import annotations

from array import array
from dataclasses import dataclass
from datetime import datetime

from odnotes.search.folding import fold


@dataclass(frozen=True)
class SearchHit:
    """One place where all the words were found.

    ``kind`` is "network", "person", "practitioner" or the editor section of a
    meeting ("people", "purpose", "voices", "reflections", "decisions",
    "uncertainties", "next", "corrections"), as the fields declare it.
    """

    network_id: str
    network_name: str
    kind: str
    text: str
    meeting_id: str = ""
    starts_at: datetime | None = None
    item_id: str = ""
    query: str = ""

    def snippet(self, width: int = 160) -> str:
        """The words around the first match, on one line, at most ``width`` characters."""
        flat = " ".join(self.text.split())
        if len(flat) <= width:
            return flat
        words = fold(self.query).split()
        folded = fold(flat)
        at = folded.find(words[0]) if words and len(folded) == len(flat) else 0
        start = max(0, min(at - width // 3, len(flat) - width))
        piece = flat[start : start + width]
        return ("…" if start else "") + piece + ("…" if start + width < len(flat) else "")


# One place: (network id, kind or section, text, meeting id, meeting time, item id).
Place = tuple[str, str, str, str, str, str]


@dataclass(slots=True)
class MeetingPlaces:
    """One meeting's places, in columns (a hit's tuple is made only when it is shown)."""

    record_id: str
    network_id: str
    starts_at: str  # ISO wall-clock time: sorts as it reads
    sections: tuple[str, ...]  # tuples of strings: the collector stops tracking them
    texts: tuple[str, ...]
    item_ids: tuple[str, ...]
    folded: str  # the places' folded texts, joined by NUL (which stored text never holds)
    serial: int  # the number of its first place in the postings
    lengths: array[int]  # the length of each place's folded text

    def place(self, at: int) -> Place:
        """Its place ``at`` (counted from its first)."""
        return (
            self.network_id,
            self.sections[at],
            self.texts[at],
            self.record_id,
            self.starts_at,
            self.item_ids[at],
        )
