"""The in-memory search index: folded text of every place, searched with ``str.find`` in C.

No SQLite FTS or any other plain on-disk index: it would store clinical text
unencrypted (what is kept between unlocks is each network's segment, sealed
under its key: :mod:`odnotes.search.segment`). Every piece of writing is
folded once (case and accents away) and the pieces are joined into one
string in the order hits are shown (names first, then meetings newest
first). A query first checks each word against the vocabulary of every word
indexed, so a word that is nowhere costs one scan of the vocabulary, not of
the caseload; then it walks the occurrences of its rarest-looking word and
checks the other words inside that one place only.

The index may be filled from another thread (the background build after
unlocking, a whole network's segment at a time) while it is searched: every
method takes one lock, and it says how much of the vault is indexed so far.
"""

from __future__ import annotations

import threading
from array import array
from bisect import bisect_right
from collections.abc import Iterable
from datetime import datetime
from itertools import accumulate, repeat
from operator import add
from typing import Any

from odnotes.model import Meeting, Network, Person, Practitioner, Record
from odnotes.search.folding import fold
from odnotes.search.hits import MeetingPlaces, Place, SearchHit
from odnotes.search.postings import Postings
from odnotes.search.segment import SEPARATOR, Segment, fold_places
from odnotes.search.texts import (
    meeting_places,
    plain_meeting_places,
    plain_record_text,
    record_text,
)

_SEPARATOR = SEPARATOR
MANY_PLACES = 50_000
"""Past this many places for the rarest word, the text is read in order (hits come soon)."""


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
            self._folds: dict[str, str] = {}  # each name's folded form, folded once
            self._meetings: dict[str, MeetingPlaces] = {}
            self._revisions: dict[str, int] = {}
            self._names: list[Place] = []  # the names' places, in shown order
            self._shown: list[MeetingPlaces] = []  # the meetings with places, in shown order
            self._owner: array[int] = array("I")  # each meeting place's meeting, in _shown
            self._starts: array[int] = array("q")
            self._corpus = ""
            self._postings = Postings()
            self._names_end = 0  # places before this one are names; meetings follow
            self._first: dict[int, tuple[int, int]] = {}  # serial: (first place, count)
            self._bases: array[int] = array("Q")  # every meeting's first place number, in order
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
        kept = [(section, item_id, text) for section, item_id, text in places if text]
        folded = fold_places([text for _section, _item, text in kept])
        pieces = [set(piece.split()) for piece in folded]
        self._vocabulary.update(*pieces)
        self._words_dirty = True
        self._meetings[record_id] = MeetingPlaces(
            record_id,
            network_id,
            starts_at,
            tuple(section for section, _item, _text in kept),
            tuple(text for _section, _item, text in kept),
            tuple(item_id for _section, item_id, _text in kept),
            _SEPARATOR.join(folded),
            self._postings.add(pieces),
            array("q", map(len, folded)),
        )

    def add_segment(self, segment: Segment) -> None:
        """Take a whole network's share at once (built from its records, or kept sealed).

        Every place and word is taken in by slices and C loops: one Python
        step per meeting and per name, none per place number.
        """
        network_id = segment.network_id
        with self._lock:
            first = self._postings.add_segment(
                segment.words, segment.counts, segment.numbers, len(segment.texts)
            )
            for kind, record_id, revision, text, name, team in segment.names:
                if not self._newer(record_id, revision):
                    continue
                if kind == Network.KIND:
                    self._networks[record_id] = (name, text, tuple(team))
                else:
                    self._people[record_id] = (network_id, text)
                self._folded(name)
                self._vocabulary.update(self._folded(text).split())
            sections, texts, item_ids = (
                tuple(column) for column in (segment.sections, segment.texts, segment.item_ids)
            )
            at = 0
            for record_id, revision, starts_at, count in segment.meetings:
                end = at + count
                if self._newer(record_id, revision):
                    folded = segment.folded[at:end]
                    self._meetings[record_id] = MeetingPlaces(
                        record_id,
                        network_id,
                        starts_at,
                        sections[at:end],
                        texts[at:end],
                        item_ids[at:end],
                        _SEPARATOR.join(folded),
                        first + at,
                        array("q", map(len, folded)),
                    )
                at = end
            self._vocabulary.update(segment.words)
            self._words_dirty = True

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
        self._vocabulary.update(self._folded(text).split())
        self._words_dirty = True

    def _folded(self, text: str) -> str:
        """A name's folded form (names are sorted and joined by it at every refresh)."""
        found = self._folds.get(text)
        if found is None:
            found = self._folds[text] = fold(text).replace(_SEPARATOR, " ")
        return found

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
            return len(self._starts)

    def _name_places(self) -> list[Place]:
        places: list[Place] = []
        for network_id, (_name, text, _practitioners) in self._networks.items():
            places.append((network_id, "network", text, "", "", ""))
        for person_id, (network_id, text) in self._people.items():
            if network_id in self._networks:
                places.append((network_id, "person", text, "", "", person_id))
        # Each network's team, looked up (not every practitioner against every network).
        practitioners = self._practitioners
        for network_id, (_name, _text, team) in self._networks.items():
            for practitioner_id in dict.fromkeys(team):
                named = practitioners.get(practitioner_id)
                if named is not None:
                    places.append((network_id, "practitioner", named, "", "", practitioner_id))
        # Names in a steady order whatever order they were indexed in: by network, then
        # networks before people before practitioners, then by name.
        rank = {"network": 0, "person": 1, "practitioner": 2}
        places.sort(
            key=lambda p: (
                self._folded(self._networks[p[0]][0]),
                p[0],
                rank[p[1]],
                self._folded(p[2]),
                p[5],
            )
        )
        return places

    def _refresh(self) -> None:
        if self._words_dirty:
            self._words = "\n" + "\n".join(self._vocabulary) + "\n"
            self._words_dirty = False
        if not self._dirty:
            return
        names = self._name_places()
        folded = [self._folded(place[2]) for place in names]
        self._names_end = len(names)
        meetings = sorted(
            (m for m in self._meetings.values() if m.network_id in self._networks and m.texts),
            key=lambda m: m.starts_at,
            reverse=True,
        )
        first: dict[int, tuple[int, int]] = {}
        lengths = array("q", map(len, folded))
        owner = array("I")
        at = len(names)
        for shown, meeting in enumerate(meetings):
            count = len(meeting.texts)
            first[meeting.serial] = (at, count)
            at += count
            owner.extend(repeat(shown, count))
            folded.append(meeting.folded)
            lengths += meeting.lengths
        self._corpus = _SEPARATOR.join(folded)
        # Each place starts one NUL after the end of the one before (summed in C).
        starts = array("q", accumulate(map(add, lengths, repeat(1)), initial=0))
        starts.pop()
        self._names, self._shown, self._owner = names, meetings, owner
        self._starts, self._first = starts, first
        self._bases = array("Q", sorted(m.serial for m in self._meetings.values()))
        self._dirty = False

    def _place(self, at: int) -> Place:
        """Place ``at`` in shown order: a name, or a meeting's place."""
        if at < self._names_end:
            return self._names[at]
        meeting = self._shown[self._owner[at - self._names_end]]
        return meeting.place(at - self._first[meeting.serial][0])

    def search(self, query: str, limit: int = 200) -> list[SearchHit]:
        """Places matching every word of ``query`` (names first, then meetings newest first).

        Meetings are read only at the places that hold the query's rarest
        words: a word that is nowhere costs a look at the vocabulary, and so
        do words that are each somewhere but never in the same place.
        """
        words = fold(query.replace(_SEPARATOR, " ")).split()
        if not words:
            return []
        with self._lock:
            self._refresh()
            if any(word not in self._words for word in words):
                return []  # some word is in no text at all
            # The anchor is the word that appears in the fewest indexed words (the
            # longest on a tie): its occurrences in a place are found first.
            anchor = min(words, key=lambda w: (self._words.count(w), -len(w)))
            others = [w for w in words if w != anchor]
            hits = self._walk(anchor, others, query, limit, 0, self._names_end)
            places = self._places_holding(words, limit)
            if places is None:  # common words: hits are close together, read in order
                return hits + self._walk(
                    anchor, others, query, limit - len(hits), self._names_end, len(self._starts)
                )
            for at in places:
                if len(hits) >= limit:
                    break
                hits += self._walk(anchor, others, query, 1, at, at + 1)
            return hits

    def _places_holding(self, words: list[str], limit: int) -> list[int] | None:
        """Where (places in shown order) every word may be; ``None`` where reading the text
        in order is quicker: one word in many places (the first ``limit`` come soon), or
        words each in so many places that listing them costs more than reading."""
        postings, vocabulary = self._postings, self._words
        sizes = {word: postings.size(word, vocabulary) for word in words}
        ordered = sorted(words, key=sizes.__getitem__)
        if len(words) == 1 and sizes[ordered[0]] >= 4 * limit:
            return None
        if sizes[ordered[0]] > MANY_PLACES:
            return None
        found = postings.holding_all(ordered, vocabulary)
        if limit * sizes[ordered[0]] < len(found) ** 2:
            # Dense: reading in order meets ``limit`` hits after about limit × size / found
            # places of the rarest word, fewer than putting ``found`` in order would take.
            return None
        bases, first = self._bases, self._first
        shown = []
        for number in found:
            which = bisect_right(bases, number) - 1
            if which < 0:
                continue  # a meeting forgotten since
            base = bases[which]
            at, count = first.get(base, (0, 0))
            if number - base < count:
                shown.append(at + number - base)
        shown.sort()
        return shown

    def _walk(
        self, anchor: str, others: list[str], query: str, limit: int, first: int, stop: int
    ) -> list[SearchHit]:
        """Hits among places ``first`` up to ``stop``, in order."""
        if first >= stop:
            return []
        corpus, starts = self._corpus, self._starts
        end_of = starts[stop] - 1 if stop < len(starts) else len(corpus)
        hits: list[SearchHit] = []
        position = corpus.find(anchor, starts[first], end_of)
        while position != -1 and len(hits) < limit:
            at = bisect_right(starts, position) - 1
            start = starts[at]
            end = starts[at + 1] - 1 if at + 1 < len(starts) else len(corpus)
            if all(corpus.find(word, start, end) != -1 for word in others):
                hits.append(self._hit(self._place(at), query))
            position = corpus.find(anchor, end, end_of)
        return hits

    def _hit(self, place: Place, query: str) -> SearchHit:
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
    if isinstance(value, MeetingPlaces):
        return value.network_id
    if isinstance(value, tuple):
        return str(value[0])
    return ""
