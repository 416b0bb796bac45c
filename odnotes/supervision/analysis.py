"""Finding what in a piece of free text may identify someone, once per text.

The result is a list of :class:`Found` pieces: a service's identifiers (the
network's record number, however it was spaced), dates and contact details to
replace, words that are forms of a listed name (with the facts needed to tell
the name from an ordinary word), initials, and capitalised words that may be
names nobody listed. What becomes of each is decided when the text is drawn
(:mod:`odnotes.supervision.deidentify`), from the practitioner's answers, so
answering the review never searches the text again.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, replace
from datetime import date

from odnotes.i18n import N_
from odnotes.supervision import common_words
from odnotes.supervision.contacts import find_contacts
from odnotes.supervision.dates import RelativeDates, find_dates
from odnotes.supervision.identifiers import Patterns, find_identifiers
from odnotes.supervision.inflection import ENGLISH, fold, rendered_ending
from odnotes.supervision.labels import RELATIONSHIP_WORDS
from odnotes.supervision.names import TITLES, NameIndex, NameMatch

SHARED_NAME_LABEL = N_("[a name]")
LOOKS_LIKE_A_NAME = "capitalised and not a common word"
CAPITALISED_MID_SENTENCE = "capitalised in the middle of a sentence"
MAY_BE_AN_INITIAL = "may be someone's initial"
NEUTRAL_SUGGESTION = SHARED_NAME_LABEL

TOKEN = re.compile(r"[^\W\d_]+(?:[-‐'’:][^\W\d_]+)*")
_OPENERS = "\"'“‘«»„([{-–—*•"
_SENTENCE = re.compile(r"[^.!?…\n]+")
# Words before a noun in English and German: after one, a name that is also a
# word ("a rose", "die Rose") is the word.
_DETERMINERS = frozenset(
    {"a", "an", "the", "this", "these", "those", "my", "your", "his", "its", "our", "their",
     "some", "any", "no", "every", "each", "much", "such",
     "der", "die", "das", "den", "dem", "des", "ein", "eine", "einen", "einem", "einer",
     "eines", "kein", "keine", "meine", "deine", "seine", "ihre", "unsere", "viel", "viele"}
)  # fmt: skip
# Capitalised words that never name anyone: English months and weekdays, "I".
_NEVER_NAMES = frozenset(
    {"january", "february", "march", "april", "may", "june", "july", "august", "september",
     "october", "november", "december", "monday", "tuesday", "wednesday", "thursday",
     "friday", "saturday", "sunday", "mondays", "tuesdays", "wednesdays", "thursdays",
     "fridays", "saturdays", "sundays", "i", "i'm", "i'll", "i've", "i'd", "ok", "okay"}
)  # fmt: skip


def at_sentence_start(text: str, index: int) -> bool:
    """Whether the word at ``index`` begins a sentence, line or quotation."""
    i = index - 1
    while i >= 0:
        char = text[i]
        if char == "\n":
            return True
        if char.isspace() or char in _OPENERS:
            i -= 1
            continue
        return char in ".!?:;…"
    return True


@dataclass(frozen=True)
class NameFacts:
    """What decides whether a word that is a listed name is used as the name."""

    form: str
    word_like: bool
    capital: bool
    at_start: bool
    determiner: bool
    inflected: bool
    decisive: bool


@dataclass(frozen=True)
class Found:
    """One piece of the text to replace or to ask about.

    ``kind``: ``identifier`` (a record number), ``date``, ``contact``, ``name``
    (a listed name: ``facts`` says how sure), or ``word`` (may be a name nobody
    listed: always asked about).
    """

    start: int
    end: int
    kind: str
    replacement: str
    reason: str = ""
    suggestion: str = ""
    facts: NameFacts | None = None
    labels: frozenset[str] = frozenset()
    ending: str = ""


def label_for(labels: frozenset[str], shared: str = SHARED_NAME_LABEL) -> str:
    """One person's label, or the neutral ``shared`` one for a word two people share."""
    return next(iter(labels)) if len(labels) == 1 else shared


class Analyser:
    """Finds the pieces of one network's texts; ``lowercase_forms`` grows as texts are read."""

    def __init__(self, index: NameIndex, dates: RelativeDates, identifiers: Patterns = ()) -> None:
        self.index = index
        self.dates = dates
        self.identifiers = identifiers
        # The export's language: only the words put in, never what is found.
        self.tr = dates.tr
        self.shared = dates.tr.gettext(SHARED_NAME_LABEL)
        self.lowercase_forms: set[str] = set()
        self._common: dict[str, bool] = {}

    def is_common(self, word: str) -> bool:
        """Memoised for this export only (the words come from the notes).

        A hyphenated word is common when its parts are ("E-Mail", "Steuer-ID").
        """
        found = self._common.get(word)
        if found is None:
            parts = [p for p in re.split(r"[-‐]", word) if len(p) >= 2]
            if parts and re.search(r"[-‐]", word):
                found = all(common_words.is_common_word(p) for p in parts)
            else:
                found = common_words.is_common_word(word)
            self._common[word] = found
        return found

    def analyse(self, text: str, near: date) -> list[Found]:
        """Every piece of ``text`` to replace or ask about, in order."""
        found = [
            Found(start, end, "identifier", label)
            for start, end, label in find_identifiers(text, self.identifiers)
        ]
        numbers = [(f.start, f.end) for f in found]  # a record number is never read as a date
        found += [
            Found(d.start, d.end, "date", self.dates.found(d))
            for d in find_dates(text, near)
            if not (d.word and self.index.match(text[d.start : d.end]))
            and not any(d.start < e and s < d.end for s, e in numbers)
        ]
        found += [
            Found(c.start, c.end, "contact", self.tr.gettext(c.replacement))
            for c in find_contacts(text, [(f.start, f.end) for f in found])
        ]
        taken = sorted((f.start, f.end) for f in found)
        starts = [s for s, _ in taken]
        words = _Words(text, self)
        for match in TOKEN.finditer(text):
            start, end = match.span()
            at = bisect_right(starts, start) - 1
            if at >= 0 and taken[at][1] > start:
                continue
            found += words.pieces(match)
        found.sort(key=lambda f: (f.start, -f.end))
        return _merged(text, found, self.shared)


class _Words:
    """The word-by-word part of one text's analysis."""

    def __init__(self, text: str, analyser: Analyser) -> None:
        self.text = text
        self.analyser = analyser
        self.index = analyser.index
        self._languages: dict[int, str] = {}
        self._sentences = [m.span() for m in _SENTENCE.finditer(text)]
        self._starts = [start for start, _ in self._sentences]

    def pieces(self, match: re.Match[str]) -> list[Found]:
        word, start = match.group(0), match.start()
        named = self.index.match(word)
        if named:
            return [self._name(word, start, named)]
        if any(c in word for c in "-‐"):
            parts = [
                self._name(p.group(0), start + p.start(), hit)
                for p in re.finditer(r"[^-‐]+", word)
                if (hit := self.index.match(p.group(0)))
            ]
            if parts:
                return parts
        if len(word) == 1:
            return self._initial(word, start)
        return self._unknown(word, start)

    def _name(self, word: str, start: int, named: NameMatch) -> Found:
        end = start + len(word)
        if self.text[end : end + 1] in ("'", "’") and not self.text[end + 1 : end + 2].isalpha():
            end += 1  # "Jonas' Zimmer", "the Hales' kitchen": the apostrophe goes with the name
            named = NameMatch(named.labels, "'s", ENGLISH, named.place)
        label = label_for(named.labels, self.analyser.shared)
        bare = word[: len(word) - len(named.ending)] if named.ending else word
        capital = bare[:1].isupper()
        before = self._word_before(start)
        title = before is not None and before[0].casefold().rstrip(".") in TITLES
        # An ordinary word of the sentence's own language ("anna" in Finnish, "will" in
        # English); "tuomas" in an English sentence is only ever the name.
        language = (self._language(start),)
        after_determiner = before is not None and before[0].casefold() in _DETERMINERS
        # An inflected form is a word only if the form itself is ("same" from Sam), not
        # because its stem is ("abban" from Abba); a possessive goes by its stem.
        possessive = named.ending in ("'s", "’s", "'", "’")
        facts = NameFacts(
            form=fold(word),
            word_like=common_words.in_list(word, language)
            or (possessive and common_words.in_list(bare, language)),
            capital=capital,
            at_start=at_sentence_start(self.text, start),
            # "a rose", "die Rose"; in English a capital after "the" is still a name ("the Hales").
            determiner=after_determiner and (not capital or language[0] == "de"),
            inflected=bool(named.ending.strip("'’")),
            decisive=title and not named.place,
        )
        if facts.word_like and not capital:
            self.analyser.lowercase_forms.add(facts.form)
        if title and before is not None and not named.place:
            start = before[1]
        ending = rendered_ending(named.ending, named.language)
        reason = (
            f"could be the name of {label}" if not named.place else "could be a place named here"
        )
        return Found(start, end, "name", label + ending, reason, label, facts, named.labels, ending)

    def _word_before(self, start: int) -> tuple[str, int] | None:
        """The word just before ``start`` (same sentence, spaces only between) and its start."""
        i = start - 1
        while i >= 0 and self.text[i] in " \u00a0":
            i -= 1
        if i < 0 or i == start - 1:
            return None
        end = i + 1
        if self.text[i] == ".":
            i -= 1
        while i >= 0 and (self.text[i].isalpha()):
            i -= 1
        word = self.text[i + 1 : end]
        return (word, i + 1) if word.strip(".") else None

    def _initial(self, letter: str, start: int) -> list[Found]:
        """ "K. said": an initial, replaced when it can only be one of the listed people."""
        text, end = self.text, start + 1
        if not letter.isupper() or end >= len(text) or text[end] != ".":
            return []
        if start > 0 and (text[start - 1] == "." or text[start - 1].isalpha()):
            return []  # "e.g.", "U.K."
        after = text[end + 1 : end + 40]
        if after and not after[0].isspace():
            return []
        following = TOKEN.search(after)
        next_word = following.group(0) if following and following.start() <= 2 else ""
        labels = self.index.initial(letter)
        then_lower = next_word[:1].islower()
        then_name = bool(next_word) and (
            self.index.match(next_word) is not None or len(next_word) == 1
        )
        if labels and (then_lower or then_name):
            label = label_for(labels, self.analyser.shared)
            return [Found(start, end + 1, "name", label, "", label, _SURE, labels)]
        if labels or then_lower or (next_word and not self.analyser.is_common(next_word)):
            return [Found(start, end + 1, "word", "", MAY_BE_AN_INITIAL, self.analyser.shared)]
        return []

    def _unknown(self, word: str, start: int) -> list[Found]:
        """A capitalised word that may name someone nobody listed."""
        if len(word) < 2 or not word[0].isupper():
            return []
        bare = word[:-2] if word.endswith(("'s", "’s")) else word
        folded = bare.casefold()
        if folded in _NEVER_NAMES or folded in RELATIONSHIP_WORDS or folded.rstrip(".") in TITLES:
            return []
        if bare.isupper() and len(bare) <= 5 and common_words.in_list(bare):
            return []  # GP, NHS, TV
        end = start + len(bare)
        prefix = self.index.prefix(bare)
        common = self.analyser.is_common(bare)
        if prefix and not common:
            label = label_for(prefix, self.analyser.shared)
            reason = f"may be a form of the name of {label}"
            return [Found(start, end, "word", "", reason, label)]
        if not common:
            return [Found(start, end, "word", "", LOOKS_LIKE_A_NAME, self.analyser.shared)]
        if not at_sentence_start(self.text, start) and self._language(start) != "de":
            return [Found(start, end, "word", "", CAPITALISED_MID_SENTENCE, self.analyser.shared)]
        return []

    def _language(self, position: int) -> str:
        """The language of the sentence around ``position``, guessed from its words."""
        number = bisect_right(self._starts, position) - 1
        if number not in self._languages:
            start, end = self._sentences[number] if number >= 0 else (0, len(self.text))
            words = TOKEN.findall(self.text, start, end)
            self._languages[number] = common_words.sentence_language(words)
        return self._languages[number]


_SURE = NameFacts("", False, True, False, False, False, True)


def _merged(text: str, found: list[Found], shared: str) -> list[Found]:
    """Adjacent names of one person become one piece: "Anna Lindqvist" -> "Mother"."""
    out: list[Found] = []
    for piece in found:
        last = out[-1] if out else None
        if (
            last is not None
            and piece.kind == last.kind == "name"
            and last.end < piece.start
            and text[last.end : piece.start].strip(" \u00a0") == ""
            and "\n" not in text[last.end : piece.start]
            and _together(last, piece)
        ):
            out[-1] = _join(last, piece, shared)
            continue
        out.append(piece)
    return out


def _together(a: Found, b: Found) -> bool:
    return bool(a.labels & b.labels)


def _join(a: Found, b: Found, shared: str) -> Found:
    labels = a.labels & b.labels
    label = label_for(labels, shared)
    facts = replace(a.facts or _SURE, decisive=True)
    return Found(a.start, b.end, "name", label + b.ending, b.reason, label, facts, labels, b.ending)
