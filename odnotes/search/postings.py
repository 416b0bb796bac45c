"""Which places hold a word: the search index's postings, so a query reads only those places.

Every place of every meeting indexed gets a number: a meeting takes the next
block of numbers, one per place, and keeps the first as its own (a meeting
saved again takes a new block; numbers of meetings changed or forgotten since
stay in the arrays and are ignored). Each distinct folded word keeps the
numbers of the places it occurs in, as a compact array. A query word matches
inside words ("sleep" finds "sleeping"), so its places are those of every
indexed word that contains it: found in the vocabulary (one string of every
distinct word), not by reading the text.
"""

from __future__ import annotations

from array import array
from collections.abc import Iterable, Iterator


class Postings:
    """Word → numbers of the places it occurs in (live or not).

    Numbers are 32-bit (4 bytes each: the postings of 30,000 meetings take
    about 40 MB): room for four billion places, which a session that saves
    every meeting of a vault a thousand times over does not reach.
    """

    def __init__(self) -> None:
        self._places: dict[str, array[int]] = {}
        self._next = 0

    def add(self, places: Iterable[Iterable[str]]) -> int:
        """A new meeting's places, each as its distinct folded words; returns its first number."""
        first = number = self._next
        table = self._places
        for words in places:
            for word in words:
                found = table.get(word)
                if found is None:
                    table[word] = array("I", (number,))
                else:
                    found.append(number)
            number += 1
        self._next = number
        return first

    def _arrays(self, word: str, vocabulary: str) -> Iterator[array[int]]:
        """The places of every indexed word containing ``word``.

        ``vocabulary`` is every distinct indexed word, each between newlines.
        """
        table = self._places
        at = vocabulary.find(word)
        while at != -1:
            start = vocabulary.rfind("\n", 0, at) + 1
            end = vocabulary.find("\n", at)
            numbers = table.get(vocabulary[start:end])
            if numbers is not None:
                yield numbers
            at = vocabulary.find(word, end)

    def size(self, word: str, vocabulary: str) -> int:
        """About how many places hold ``word`` (a place counted once per matching word)."""
        return sum(len(numbers) for numbers in self._arrays(word, vocabulary))

    def holding(self, word: str, vocabulary: str) -> set[int]:
        """Numbers of the places with a word containing ``word``."""
        found: set[int] = set()
        for numbers in self._arrays(word, vocabulary):
            found.update(numbers)
        return found
