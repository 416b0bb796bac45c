"""The review step: what still looks like a name, before anything is written.

Two kinds of word are listed. Words the de-identifier left in place because
they may or may not be a name (a lower-case "will" where someone is called
Will), and capitalised words in the middle of a sentence that are not common
English words (a surname nobody recorded, a street, a school). Each word is
listed once with every place it occurs, so the practitioner answers once per
word: replace it, or accept it as not a name.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from odnotes.supervision.common_words import is_common_word
from odnotes.supervision.deidentify import Flag, Span, at_sentence_start
from odnotes.supervision.outline import Rendered

_WORD = re.compile(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*")
_POSSESSIVE = re.compile(r"['’]s$")
LOOKS_LIKE_A_NAME = "capitalised mid-sentence and not a common word"
NEUTRAL_SUGGESTION = "[a name]"


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


def _bare(word: str) -> str:
    return _POSSESSIVE.sub("", word)


def review_of(rendered: Rendered, accepted: set[str]) -> Review:
    """Group the de-identifier's flags and the name-like words in the free text by word."""
    taken = [(s.start, s.end) for s in rendered.spans]
    found: dict[str, ReviewWord] = {}
    for flag in rendered.flags:
        _add(found, flag.word, flag.reason, flag.suggestion, (flag.start, flag.end))
    suspicious: set[str] = set()
    words = [(m, region) for region in rendered.free_regions for m in _words_in(rendered, region)]
    for match, _ in words:
        word = _bare(match.group(0))
        if _inside(match.start(), taken) or word in accepted or word in found:
            continue
        if _looks_like_name(word) and not at_sentence_start(rendered.text, match.start()):
            suspicious.add(word)
    for match, _ in words:
        word = _bare(match.group(0))
        if word in suspicious and not _inside(match.start(), taken):
            span = (match.start(), match.start() + len(word))
            _add(found, word, LOOKS_LIKE_A_NAME, NEUTRAL_SUGGESTION, span)
    ordered = sorted(found.values(), key=lambda w: w.occurrences[0])
    return Review(rendered.text, rendered.spans, ordered)


def _words_in(rendered: Rendered, region: tuple[int, int]) -> list[re.Match[str]]:
    start, end = region
    return list(_WORD.finditer(rendered.text, start, end))


def _looks_like_name(word: str) -> bool:
    if len(word) < 2 or not word[0].isupper():
        return False
    return not is_common_word(word)


def _inside(position: int, spans: list[tuple[int, int]]) -> bool:
    return any(start <= position < end for start, end in spans)


def _add(
    found: dict[str, ReviewWord], word: str, reason: str, suggestion: str, span: tuple[int, int]
) -> None:
    entry = found.setdefault(word, ReviewWord(word, reason, suggestion))
    if span not in entry.occurrences:
        entry.occurrences.append(span)
        entry.occurrences.sort()


__all__ = ["Flag", "Review", "ReviewWord", "review_of"]
