"""The review step: what still looks like a name, before anything is written.

The de-identifier asks about two kinds of word: forms of a listed name that
may be ordinary words (a lower-case "will" where someone is called Will), and
capitalised words that may name someone nobody listed (a surname, a street,
a school; see :mod:`odnotes.supervision.analysis` for when). Each word is
listed once with every place it occurs, so the practitioner answers once per
word: replace it, or accept it as not a name.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from odnotes.supervision.analysis import LOOKS_LIKE_A_NAME, NEUTRAL_SUGGESTION
from odnotes.supervision.deidentify import Flag, Span
from odnotes.supervision.outline import Rendered


@dataclass
class ReviewWord:
    """A word that may still be a name, with every place it occurs in the review text."""

    word: str
    reason: str
    suggestion: str
    occurrences: list[tuple[int, int]] = field(default_factory=list)


@dataclass
class Review:
    """The de-identified text as it will be written, its replacements, and the words to check."""

    text: str
    spans: list[Span]
    words: list[ReviewWord]

    @property
    def clear(self) -> bool:
        """Nothing left that looks like a name."""
        return not self.words


def review_of(rendered: Rendered) -> Review:
    """Group the de-identifier's questions by word, in order of first appearance."""
    found: dict[str, ReviewWord] = {}
    for flag in rendered.flags:
        entry = found.setdefault(flag.word, ReviewWord(flag.word, flag.reason, flag.suggestion))
        entry.occurrences.append((flag.start, flag.end))
    for entry in found.values():
        entry.occurrences = sorted(set(entry.occurrences))
    ordered = sorted(found.values(), key=lambda w: w.occurrences[0])
    return Review(rendered.text, rendered.spans, ordered)


__all__ = ["LOOKS_LIKE_A_NAME", "NEUTRAL_SUGGESTION", "Flag", "Review", "ReviewWord", "review_of"]
