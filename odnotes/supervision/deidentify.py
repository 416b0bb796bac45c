"""Replacing names, contact details and dates inside free text, and saying exactly where.

A listed name is replaced in every form it takes (inflected, possessive,
without its diacritics, one part of it, its initial), except where it may be
an ordinary word. For a name that is also a common word (Joy, Will, Rose,
Anna in Finnish), the text decides: capitalised in the middle of a sentence,
or after a title, it is the name; after "a" or "the", or inflected in lower
case, it is the word; in lower case otherwise, or at the start of a sentence
when the same word is also written in lower case somewhere in the notes, it
is asked about. Capitalised words that may name someone nobody listed are
asked about too. Every replacement and question carries its span in the
output, for highlighting in the review screen.

The text is searched once (:mod:`odnotes.supervision.analysis`); the
practitioner's answers are applied when the text is drawn, so answering the
review redraws the export without searching it again.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace
from datetime import date

from odnotes.supervision.analysis import (
    SHARED_NAME_LABEL,
    Analyser,
    Found,
    at_sentence_start,
)
from odnotes.supervision.common_words import is_common_word
from odnotes.supervision.dates import RelativeDates
from odnotes.supervision.names import NamedEntity, NameIndex, name_variants

__all__ = [
    "SHARED_NAME_LABEL",
    "DeidText",
    "Deidentifier",
    "Flag",
    "NamedEntity",
    "ReviewChoices",
    "Span",
    "at_sentence_start",
    "name_variants",
]
# Word boundaries by letters: "Anna2" and "anna_b" still contain the word, "Annabel" does not.
_NOT_AFTER_LETTER = r"(?<![^\W\d_])"
_NOT_BEFORE_LETTER = r"(?![^\W\d_])"


@dataclass(frozen=True)
class Span:
    """A piece of output text that was put there by the export, not typed by anyone.

    ``kind`` is ``name``, ``date``, ``contact``, ``chosen`` (the practitioner's
    replacement) or ``label`` (a structural label such as a voice's speaker).
    ``original`` is kept in memory for the review screen's tooltip and is never
    written.
    """

    start: int
    end: int
    kind: str
    original: str = field(default="", repr=False)

    def shifted(self, offset: int) -> Span:
        """The same span ``offset`` characters later."""
        return replace(self, start=self.start + offset, end=self.end + offset)


@dataclass(frozen=True)
class Flag:
    """A word left in place that may still be a name: ``reason`` and a suggested label."""

    start: int
    end: int
    word: str
    reason: str
    suggestion: str

    def shifted(self, offset: int) -> Flag:
        """The same flag ``offset`` characters later."""
        return replace(self, start=self.start + offset, end=self.end + offset)


@dataclass
class ReviewChoices:
    """The practitioner's answers in the review: replace a word, or accept it as not a name.

    ``version`` counts changes, so text drawn before an answer is drawn again.
    """

    chosen: dict[str, str] = field(default_factory=dict)
    accepted: set[str] = field(default_factory=set)
    version: int = field(default=0, compare=False)

    def changed(self) -> None:
        """Call after changing ``chosen`` or ``accepted``."""
        self.version += 1


_Drawn = tuple[str, list[Span], list["Flag"]]


class DeidText:
    """De-identified text with every replacement's span and every flag, drawn on demand."""

    __slots__ = ("source", "_found", "_owner", "_drawn", "_drawn_at")

    def __init__(
        self, source: str, found: list[Found] | None = None, owner: Deidentifier | None = None
    ) -> None:
        self.source = source
        self._found = found or []
        self._owner = owner
        self._drawn: _Drawn = (source, [], [])
        self._drawn_at: object = None

    def _current(self) -> _Drawn:
        if self._owner is None:
            return self._drawn
        state = self._owner.state()
        if self._drawn_at != state:
            self._drawn = self._owner.draw(self.source, self._found)
            self._drawn_at = state
        return self._drawn

    @property
    def text(self) -> str:
        """The text as it will be written."""
        return self._current()[0]

    @property
    def spans(self) -> list[Span]:
        """Where the export put words in (names, dates, chosen replacements)."""
        return self._current()[1]

    @property
    def flags(self) -> list[Flag]:
        """Words still to be answered."""
        return self._current()[2]

    def __str__(self) -> str:
        return self.text

    def __repr__(self) -> str:
        """The de-identified text only (never the words as typed)."""
        return f"DeidText({self.text!r})"


class Deidentifier:
    """Rewrites free text for one network's export: names to labels, dates to relative days.

    ``choices`` holds the practitioner's answers (replace a word, accept it);
    ``chosen``/``accepted`` are a shorthand for a fresh :class:`ReviewChoices`.
    """

    def __init__(
        self,
        entities: Iterable[NamedEntity],
        dates: RelativeDates,
        *,
        choices: ReviewChoices | None = None,
        chosen: Mapping[str, str] | None = None,
        accepted: Iterable[str] = (),
    ) -> None:
        self.dates = dates
        self.choices = choices or ReviewChoices(dict(chosen or {}), set(accepted))
        self.analyser = Analyser(NameIndex(entities, is_common_word), dates)
        self._pattern: tuple[int, re.Pattern[str] | None] = (-1, None)

    def text(self, text: str, near: date) -> DeidText:
        """``text`` de-identified; dates without a year are read as near ``near``."""
        if not text.strip():
            return DeidText(text)
        return DeidText(text, self.analyser.analyse(text, near), self)

    def state(self) -> tuple[int, int]:
        """What drawn text depends on besides its own words: answers and lower-case uses."""
        return self.choices.version, len(self.analyser.lowercase_forms)

    def decide(self, found: Found) -> str:
        """``replace``, ``ask`` or ``leave`` one piece, from what the whole export shows."""
        facts = found.facts
        if found.kind == "word":
            return "ask"
        if facts is None or facts.decisive or not facts.word_like:
            return "replace"
        if facts.capital:
            if facts.at_start:
                return "ask" if facts.form in self.analyser.lowercase_forms else "replace"
            return "ask" if facts.determiner and not facts.inflected else "replace"
        return "leave" if facts.inflected or facts.determiner else "ask"

    def draw(self, source: str, pieces: list[Found]) -> _Drawn:
        """The text with every decided replacement made and every open question flagged."""
        chosen, accepted = self.choices.chosen, self.choices.accepted
        edits: list[tuple[int, int, str, str]] = []
        flags: list[tuple[int, int, str, str]] = []
        for piece in pieces:
            action = self.decide(piece)
            word = source[piece.start : piece.end]
            if action == "replace":
                text = piece.replacement
                if piece.kind == "name":
                    text = _sentence_case(text, source, piece.start)
                edits.append((piece.start, piece.end, text, piece.kind))
            elif action == "ask" and word in chosen:
                edits.append((piece.start, piece.end, chosen[word], "chosen"))
            elif action == "ask" and word not in accepted:
                flags.append((piece.start, piece.end, piece.reason, piece.suggestion))
        pattern = self._chosen_pattern()
        if pattern is not None:
            for match in pattern.finditer(source):
                key = match.group(0)
                edits.append((match.start(), match.end(), self._chosen_text(key), "chosen"))
        return _apply(source, edits, flags)

    def _chosen_pattern(self) -> re.Pattern[str] | None:
        """Chosen words: exact case for common words, any case for the rest."""
        version, pattern = self._pattern
        if version == self.choices.version:
            return pattern
        parts = []
        for word in sorted(self.choices.chosen, key=len, reverse=True):
            body = r"\s+".join(re.escape(part) for part in word.split())
            parts.append(body if is_common_word(word) else f"(?i:{body})")
        pattern = (
            re.compile(f"{_NOT_AFTER_LETTER}(?:{'|'.join(parts)}){_NOT_BEFORE_LETTER}")
            if parts
            else None
        )
        self._pattern = (self.choices.version, pattern)
        return pattern

    def _chosen_text(self, word: str) -> str:
        chosen = self.choices.chosen
        if word in chosen:
            return chosen[word]
        folded = word.casefold()
        return next(v for k, v in chosen.items() if k.casefold() == folded)


def _sentence_case(label: str, text: str, start: int) -> str:
    if at_sentence_start(text, start) and label[:1].islower():
        return label[:1].upper() + label[1:]
    return label


def _apply(
    text: str,
    edits: list[tuple[int, int, str, str]],
    flags: list[tuple[int, int, str, str]],
) -> _Drawn:
    """Apply non-overlapping edits (earliest, then longest wins) and map flags to output."""
    chosen_edits: list[tuple[int, int, str, str]] = []
    for edit in sorted(edits, key=lambda e: (e[0], -(e[1] - e[0]))):
        if chosen_edits and edit[0] < chosen_edits[-1][1]:
            continue
        chosen_edits.append(edit)
    out: list[str] = []
    spans: list[Span] = []
    position = 0
    shift = 0
    shifts: list[tuple[int, int]] = []  # (input index, cumulative shift after it)
    for start, end, replacement, kind in chosen_edits:
        out.append(text[position:start])
        out_start = start + shift
        out.append(replacement)
        spans.append(Span(out_start, out_start + len(replacement), kind, text[start:end]))
        shift += len(replacement) - (end - start)
        shifts.append((end, shift))
        position = end
    out.append(text[position:])
    result: list[Flag] = []
    seen: set[tuple[int, int]] = set()
    edit_index = 0
    for start, end, reason, suggestion in sorted(flags):
        while edit_index < len(chosen_edits) and chosen_edits[edit_index][1] <= start:
            edit_index += 1
        if edit_index < len(chosen_edits) and chosen_edits[edit_index][0] < end:
            continue
        offset = shifts[edit_index - 1][1] if edit_index else 0
        if (start, end) not in seen:
            seen.add((start, end))
            result.append(Flag(start + offset, end + offset, text[start:end], reason, suggestion))
    return "".join(out), spans, result
