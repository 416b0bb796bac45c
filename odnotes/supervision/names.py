"""Who may be named in free text, and how each of their names is recognised.

Each word of every name a person is known by is looked for on its own (a
first name, a surname alone, one part of "Anna-Liisa" or "Nowak-Kowalska"),
in every form :mod:`odnotes.supervision.inflection` knows, and with or
without its diacritics. Initials are known too, so "K. said" can be replaced.
A word shared by two people (a family's surname) is known with both labels;
the de-identifier then uses a neutral one.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import cached_property

from odnotes.supervision.inflection import MAX_ENDING, Stem, fold, initial_stems, keys, stems

# Titles before a name, in the four languages; they are dropped from names and
# make the word after them a name for certain ("Dr Berg", "Frau Berg", "pani Nowak").
TITLES = frozenset(
    {"dr", "mr", "mrs", "ms", "miss", "mx", "prof", "sir", "dame", "rev", "frau", "herr",
     "herrn", "pan", "pani", "pana", "panu", "panem", "panie", "pania", "rouva", "herra",
     "tohtori", "neiti"}
)  # fmt: skip
_PART = re.compile(r"[^\s\-‐‑–]+")


@dataclass(frozen=True)
class NamedEntity:
    """Someone (or somewhere) that may be named in the text, and the label that replaces them.

    ``word_forms`` false: forms that are also common words are not looked for
    (used for people of networks not in the export, whose "Will" or "Rose"
    would otherwise be asked about in every network).
    """

    label: str
    names: tuple[str, ...]
    place: bool = False
    word_forms: bool = True

    @cached_property
    def words(self) -> list[str]:
        """:func:`name_words` of the names (asked for twice in every export)."""
        return name_words(self.names)


def name_variants(names: Iterable[str]) -> list[str]:
    """Every form a name may take: whole, each part (titles dropped), other names."""
    found: dict[str, str] = {}
    for name in names:
        whole = " ".join(name.split())
        if not whole:
            continue
        found.setdefault(whole.casefold(), whole)
        parts = [p for p in whole.split() if p.casefold().rstrip(".") not in TITLES]
        for part in parts:
            part = part.strip(".,")
            if len(part) >= 2:
                found.setdefault(part.casefold(), part)
        if len(parts) > 1:
            joined = " ".join(parts)
            found.setdefault(joined.casefold(), joined)
    return list(found.values())


def name_words(names: Iterable[str]) -> list[str]:
    """The single words of the names, hyphenated ones whole and in parts, titles dropped."""
    found: dict[str, str] = {}
    for name in names:
        for word in name.split():
            word = word.strip(".,;:()\"'“”")
            if word.casefold().rstrip(".") in TITLES:
                continue
            pieces = _PART.findall(word)
            for piece in [word, *pieces] if len(pieces) > 1 else pieces:
                if len(piece) >= 2 and any(c.isalpha() for c in piece):
                    found.setdefault(fold(piece), piece)
    return list(found.values())


@dataclass(frozen=True)
class NameMatch:
    """A word of the text that is a form of a known name."""

    labels: frozenset[str]
    ending: str
    language: str
    place: bool


class NameIndex:
    """Look-up from a word of the text to the people (or places) it may name."""

    def __init__(self, entities: Iterable[NamedEntity], is_word: Callable[[str], bool]) -> None:
        self._stems: dict[str, list[tuple[Stem, NamedEntity]]] = defaultdict(list)
        self._initials: dict[str, set[str]] = defaultdict(set)
        self._prefixes: dict[str, set[str]] = defaultdict(set)
        # A vault's people share first names and surnames: each word's forms are made once
        # (here only: a cache kept beyond this index would keep names after the vault locks).
        forms: dict[str, tuple[bool, list[tuple[str, tuple[Stem, ...]]]]] = {}
        for entity in entities:
            for word in entity.words:
                known = forms.get(word)
                if known is None:
                    known = forms[word] = (is_word(word), [(k, stems(k)) for k in keys(word)])
                common, word_keys = known
                if common and not entity.word_forms:
                    continue
                for key, key_stems in word_keys:
                    for stem in key_stems:
                        self._stems[stem.text].append((stem, entity))
                    if len(key) >= 4 and not common:
                        self._prefixes[key].add(entity.label)
                if not entity.place and word[:1].isupper():
                    self._initials[word[0]].add(entity.label)
        for letter, labels in self._initials.items():
            for stem in initial_stems(letter):
                self._stems[stem.text] += [(stem, NamedEntity(label, ())) for label in labels]
        # Most words of a text share no first two letters with any name: one look-up, not ten.
        self._heads = {stem[:2] for stem in self._stems}

    def match(self, word: str) -> NameMatch | None:
        """The name ``word`` is a form of, trying its last letters as an ending."""
        key = fold(word)
        if key[:2] not in self._heads:
            return None
        for cut in range(len(key), max(len(key) - MAX_ENDING, 1) - 1, -1):
            found = self._stems.get(key[:cut])
            if not found:
                continue
            ending = key[cut:]
            hits = [(stem, entity) for stem, entity in found if ending in stem.endings]
            if hits:
                return NameMatch(
                    frozenset(entity.label for _, entity in hits),
                    word[cut:] if len(word) == len(key) else ending,
                    hits[0][0].language,
                    all(entity.place for _, entity in hits),
                )
        return None

    def initial(self, letter: str) -> frozenset[str]:
        """Labels of the people with a name that starts with ``letter`` (upper case)."""
        return frozenset(self._initials.get(letter, ()))

    def prefix(self, word: str) -> frozenset[str]:
        """Labels of names that ``word`` starts with, plus a few more letters ("Maijoineen")."""
        key = fold(word)
        for extra in range(1, 5):
            labels = self._prefixes.get(key[:-extra])
            if labels:
                return frozenset(labels)
        return frozenset()
