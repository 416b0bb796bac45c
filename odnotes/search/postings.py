"""Which places hold a word: the search index's postings, so a query reads only those places.

Every place of every meeting indexed gets a number: a meeting takes the next
block of numbers, one per place, and keeps the first as its own (a meeting
saved again takes a new block; numbers of meetings changed or forgotten since
stay in the arrays and are ignored). A whole network's segment takes one
block for all its places and keeps its own (local) numbers as they are: each
word only notes where in that segment's numbers its places are, so taking a
segment in costs no Python step per number. A query word matches inside
words ("sleep" finds "sleeping"), so its places are those of every indexed
word that contains it: found in the vocabulary (one string of every distinct
word), not by reading the text.
"""

from __future__ import annotations

from array import array
from collections import deque
from collections.abc import Iterable, Iterator
from itertools import accumulate, repeat
from operator import itemgetter

# Per word: the segments it is in, and where its numbers start in each and how many.
_Spans = tuple["array[int]", "array[int]", "array[int]"]
_SEGMENT, _START, _COUNT = itemgetter(0), itemgetter(1), itemgetter(2)


def _append_each(arrays: Iterable[array[int]], values: Iterable[int]) -> None:
    """``arrays[i].append(values[i])`` for every i, looped in C."""
    deque(map(array.append, arrays, values), maxlen=0)


def note_place(table: dict[str, array[int]], words: Iterable[str], number: int) -> None:
    """Record that place ``number`` holds each of ``words`` (its distinct folded words)."""
    for word in words:
        found = table.get(word)
        if found is None:
            table[word] = array("I", (number,))
        else:
            found.append(number)


class Postings:
    """Word → numbers of the places it occurs in (live or not).

    Numbers are 32-bit (4 bytes each: the postings of 30,000 meetings take
    about 40 MB): room for four billion places, which a session that saves
    every meeting of a vault a thousand times over does not reach.
    """

    def __init__(self) -> None:
        self._places: dict[str, array[int]] = {}
        self._spans: dict[str, _Spans] = {}
        self._segments: list[tuple[int, array[int]]] = []  # (first number, local numbers)
        self._next = 0

    def add(self, places: Iterable[Iterable[str]]) -> int:
        """A new meeting's places, each as its distinct folded words; returns its first number."""
        first = number = self._next
        for words in places:
            note_place(self._places, words, number)
            number += 1
        self._next = number
        return first

    def add_segment(
        self, words: list[str], counts: array[int], numbers: array[int], places: int
    ) -> int:
        """A segment's ``places`` places (its words' local numbers, word after word, as
        ``counts`` says); returns the number its place 0 takes."""
        first = self._next
        self._next += places
        segment = len(self._segments)
        self._segments.append((first, numbers))
        spans = self._spans
        for word in set(words).difference(spans):
            spans[word] = (array("I"), array("I"), array("I"))
        entries = list(map(spans.__getitem__, words))
        starts = accumulate(counts, initial=0)
        _append_each(map(_SEGMENT, entries), repeat(segment, len(words)))
        _append_each(map(_START, entries), starts)  # one more start than words: zip stops
        _append_each(map(_COUNT, entries), counts)
        return first

    def _matching(self, word: str, vocabulary: str) -> Iterator[str]:
        """Every indexed word containing ``word``.

        ``vocabulary`` is every distinct indexed word, each between newlines.
        """
        at = vocabulary.find(word)
        while at != -1:
            start = vocabulary.rfind("\n", 0, at) + 1
            end = vocabulary.find("\n", at)
            yield vocabulary[start:end]
            at = vocabulary.find(word, end)

    def size(self, word: str, vocabulary: str) -> int:
        """About how many places hold ``word`` (a place counted once per matching word)."""
        total = 0
        for each in self._matching(word, vocabulary):
            total += len(self._places.get(each, ()))
            spans = self._spans.get(each)
            if spans is not None:
                total += sum(spans[2])
        return total

    def holding_all(self, words: list[str], vocabulary: str) -> set[int]:
        """Numbers of the places with, for each of ``words``, a word containing it.

        Inside each segment that holds every word, its local numbers are
        intersected first; only the places left are numbered (a common word's
        places are never all offset).
        """
        found = self._single(words[0], vocabulary)
        for word in words[1:]:
            if not found:
                break
            found &= self._single(word, vocabulary)  # a set in C: cheaper than reading
        spans = []
        for word in words:
            by_segment = self._segment_spans(word, vocabulary)
            if not by_segment:
                return found
            spans.append(by_segment)
        segments = self._segments
        for segment in set(spans[0]).intersection(*spans[1:]):
            first, numbers = segments[segment]
            local: set[int] | None = None
            for by_segment in spans:
                here: set[int] = set()
                for start, count in by_segment[segment]:
                    here.update(numbers[start : start + count])
                local = here if local is None else local & here
                if not local:
                    break
            if local:
                found.update(map(first.__add__, local))
        return found

    def _single(self, word: str, vocabulary: str) -> set[int]:
        """The numbers of places added one meeting at a time with a word containing ``word``."""
        found: set[int] = set()
        for each in self._matching(word, vocabulary):
            found.update(self._places.get(each, ()))
        return found

    def _segment_spans(self, word: str, vocabulary: str) -> dict[int, list[tuple[int, int]]]:
        """Segment → where in its numbers are the places of every word containing ``word``."""
        matches = [
            self._spans[each] for each in self._matching(word, vocabulary) if each in self._spans
        ]
        if len(matches) == 1:  # most words: one indexed word, one span per segment (C loops)
            segments, starts, counts = matches[0]
            spans = map(list, zip(zip(starts, counts, strict=True), strict=True))
            return dict(zip(segments, spans, strict=True))
        by_segment: dict[int, list[tuple[int, int]]] = {}
        for segments, starts, counts in matches:
            for segment, start, count in zip(segments, starts, counts, strict=True):
                by_segment.setdefault(segment, []).append((start, count))
        return by_segment
