"""The in-memory search index: folded text of every place, searched with ``str.find`` in C.

No SQLite FTS or any other on-disk index: it would store clinical text
unencrypted. Every piece of writing is folded once (case and accents away)
and the pieces are joined into one string in the order hits are shown (names
first, then meetings newest first). A query first checks each word against
the vocabulary of every word indexed, so a word that is nowhere costs one
scan of the vocabulary, not of the caseload; then it walks the occurrences of
its rarest-looking word and checks the other words inside that one place only.

The index may be filled from another thread (the background build after
unlocking) while it is searched: every method takes one lock, and it says how
much of the vault is indexed so far.
"""

from __future__ import annotations

import threading
from bisect import bisect_right
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from odnotes.model import Meeting, Network, Person, Practitioner, Record
from odnotes.search.folding import fold
from odnotes.search.texts import (
    meeting_places,
    plain_meeting_places,
    plain_record_text,
    record_text,
)


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
_Place = tuple[str, str, str, str, str, str]


@dataclass
class _Meeting:
    network_id: str
    starts_at: str  # ISO wall-clock time: sorts as it reads
    places: list[tuple[_Place, str]]  # each place with its folded text


class SearchIndex:
    """Folded text of every network, person, practitioner and meeting, in memory only.

    Build it after unlocking (:func:`odnotes.search.index_vault`, in the
    background) and drop it, or :meth:`clear` it, on lock: it holds decrypted text.
    """

    def __init__(self, records: Iterable[Record] = ()) -> None:
        self._lock = threading.RLock()
        self.clear()
        self.update(records)

    def clear(self) -> None:
        """Forget everything (on lock)."""
        with self._lock:
            self._networks: dict[str, tuple[str, str, tuple[str, ...]]] = {}
            self._people: dict[str, tuple[str, str]] = {}
            self._practitioners: dict[str, str] = {}
            self._meetings: dict[str, _Meeting] = {}
            self._revisions: dict[str, int] = {}
            self._places: list[_Place] = []
            self._starts: list[int] = []
            self._corpus = ""
            self._vocabulary: set[str] = set()
            self._words = ""
            self._words_dirty = True
            self._dirty = True
            self.total_meetings = 0
            self.complete = True

    # -- filling ---------------------------------------------------------------

    def _newer(self, record_id: str, revision: int) -> bool:
        """Whether ``revision`` may replace what is indexed (a later save always wins)."""
        if revision and self._revisions.get(record_id, 0) > revision:
            return False
        self._revisions[record_id] = revision
        self._dirty = True
        return True

    def _add_meeting(
        self, record_id: str, network_id: str, starts_at: str, places: list[tuple[str, str, str]]
    ) -> None:
        folded = [
            ((network_id, section, text, record_id, starts_at, item_id), fold(text))
            for section, item_id, text in places
            if text
        ]
        for _place, words in folded:
            self._vocabulary.update(words.split())
        self._words_dirty = True
        self._meetings[record_id] = _Meeting(network_id, starts_at, folded)

    def update(
        self, records: Iterable[Record] = (), removed: Iterable[str] = (), revision: int = 0
    ) -> None:
        """Take new or changed records (objects), and forget removed ids."""
        with self._lock:
            for record in records:
                if not self._newer(record.id, revision):
                    continue
                if isinstance(record, Meeting):
                    self._add_meeting(
                        record.id,
                        record.network_id,
                        record.starts_at.isoformat(),
                        meeting_places(record),
                    )
                else:
                    self._add_name(type(record), record.id, record_text(record), record)
            for record_id in removed:
                self._forget(record_id)

    def add_plain(self, kind: type[Record], plain: dict[str, Any], revision: int) -> None:
        """Take one record in its plain form (as the vault decrypted it)."""
        with self._lock:
            record_id = plain["id"]
            if not self._newer(record_id, revision):
                return
            if kind is Meeting:
                self._add_meeting(
                    record_id,
                    plain["network_id"],
                    plain["starts_at"],
                    plain_meeting_places(plain),
                )
            else:
                self._add_name(kind, record_id, plain_record_text(kind, plain), plain)

    def _add_name(self, kind: type[Record], record_id: str, text: str, source: Any) -> None:
        def get(name: str) -> Any:
            return source[name] if isinstance(source, dict) else getattr(source, name)

        if kind is Network:
            self._networks[record_id] = (get("name"), text, tuple(get("practitioner_ids")))
        elif kind is Person:
            self._people[record_id] = (get("network_id"), text)
        elif kind is Practitioner:
            self._practitioners[record_id] = text
        else:
            return
        for word in fold(text).split():
            self._vocabulary.add(word)
        self._words_dirty = True

    def _forget(self, record_id: str) -> None:
        for table in (self._meetings, self._networks, self._people, self._practitioners):
            if table.pop(record_id, None) is not None:
                self._dirty = True

    def forget_network(self, network_id: str) -> None:
        """Drop a network and everything in it (deleted for good)."""
        with self._lock:
            self._networks.pop(network_id, None)
            for table in (self._meetings, self._people):
                for record_id in [k for k, v in table.items() if _network_of(v) == network_id]:
                    del table[record_id]
            self._dirty = True

    # -- reading ---------------------------------------------------------------

    @property
    def indexed_meetings(self) -> int:
        """How many meetings are in the index."""
        return len(self._meetings)

    def __len__(self) -> int:
        with self._lock:
            self._refresh()
            return len(self._places)

    def _name_places(self) -> list[_Place]:
        places: list[_Place] = []
        for network_id, (_name, text, _practitioners) in self._networks.items():
            places.append((network_id, "network", text, "", "", ""))
        for person_id, (network_id, text) in self._people.items():
            if network_id in self._networks:
                places.append((network_id, "person", text, "", "", person_id))
        for practitioner_id, text in self._practitioners.items():
            for network_id, (_name, _text, practitioners) in self._networks.items():
                if practitioner_id in practitioners:
                    places.append((network_id, "practitioner", text, "", "", practitioner_id))
        # Names in a steady order whatever order they were indexed in: by network, then
        # networks before people before practitioners, then by name.
        rank = {"network": 0, "person": 1, "practitioner": 2}
        places.sort(
            key=lambda p: (fold(self._networks[p[0]][0]), p[0], rank[p[1]], fold(p[2]), p[5])
        )
        return places

    def _refresh(self) -> None:
        if self._words_dirty:
            self._words = "\n" + "\n".join(self._vocabulary) + "\n"
            self._words_dirty = False
        if not self._dirty:
            return
        places = self._name_places()
        folded = [fold(place[2]) for place in places]
        meetings = sorted(
            (m for m in self._meetings.values() if m.network_id in self._networks),
            key=lambda m: m.starts_at,
            reverse=True,
        )
        for meeting in meetings:
            for place, words in meeting.places:
                places.append(place)
                folded.append(words)
        starts, position = [], 0
        for words in folded:
            starts.append(position)
            position += len(words) + 1
        self._places, self._starts = places, starts
        self._corpus = "\n".join(folded)
        self._dirty = False

    def search(self, query: str, limit: int = 200) -> list[SearchHit]:
        """Places matching every word of ``query`` (names first, then meetings newest first)."""
        words = fold(query).split()
        if not words:
            return []
        with self._lock:
            self._refresh()
            if any(word not in self._words for word in words):
                return []  # some word is in no text at all
            return self._walk(words, query, limit)

    def _walk(self, words: list[str], query: str, limit: int) -> list[SearchHit]:
        # The anchor is the word that appears in the fewest indexed words (the
        # longest on a tie): its occurrences are few, and each is checked on its own.
        anchor = min(words, key=lambda w: (self._words.count(w), -len(w)))
        others = [w for w in words if w != anchor]
        corpus, starts, places = self._corpus, self._starts, self._places
        hits: list[SearchHit] = []
        position = corpus.find(anchor)
        while position != -1 and len(hits) < limit:
            at = bisect_right(starts, position) - 1
            start = starts[at]
            end = starts[at + 1] - 1 if at + 1 < len(starts) else len(corpus)
            if all(corpus.find(word, start, end) != -1 for word in others):
                hits.append(self._hit(places[at], query))
            position = corpus.find(anchor, end)
        return hits

    def _hit(self, place: _Place, query: str) -> SearchHit:
        network_id, kind, text, meeting_id, starts_at, item_id = place
        return SearchHit(
            network_id,
            self._networks[network_id][0],
            kind,
            text,
            meeting_id,
            datetime.fromisoformat(starts_at) if starts_at else None,
            item_id,
            query,
        )


def _network_of(value: object) -> str:
    if isinstance(value, _Meeting):
        return value.network_id
    if isinstance(value, tuple):
        return str(value[0])
    return ""
