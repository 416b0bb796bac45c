"""The short form of the note: every heading and decision, the voices shortened to fit.

A record system's text box may hold only a few thousand characters. The
short form keeps the whole note except what people said (their views,
reflections, responses and corrections): each of those longer than a common
length is cut at a word and ends in :data:`CUT`, and the note says at the
top whose words were shortened. The common length is the longest that fits
the practitioner's limit, found by halving (a bounded number of renders, so
the work stays linear in the note's length). When even the shortest form is
over the limit it is still offered, and says so.
"""

from __future__ import annotations

import dataclasses
from collections import Counter
from dataclasses import dataclass

from odnotes.pdftext import cut_point
from odnotes.recordnote.content import VoiceBlock
from odnotes.recordnote.plaintext import note_text
from odnotes.recordnote.words import ENGLISH, Translator, numbered
from odnotes.summary.document import SummaryDocument

CUT = " [\u2026]"
SHORTEST = 60
"""No voice is cut shorter than this many characters, however long the note."""


@dataclass(frozen=True)
class ShortForm:
    """The short note, its text, what was cut, and whether it is within the limit."""

    document: SummaryDocument
    text: str
    shortened: tuple[VoiceBlock, ...]
    limit: int

    @property
    def fits(self) -> bool:
        """The text is within the limit."""
        return len(self.text) <= self.limit


def cut(text: str, length: int) -> str:
    """``text`` ended at a word within ``length`` characters, then :data:`CUT`."""
    text = text.strip()
    if len(text) <= length:
        return text
    end = cut_point(text, length)
    return text[:end].rstrip(" ,;:-\u2013\u2014\n") + CUT


def voices(document: SummaryDocument) -> list[VoiceBlock]:
    """What people said in the note, in order."""
    return [b for s in document.sections for b in s.blocks if isinstance(b, VoiceBlock)]


def short_form(document: SummaryDocument, limit: int, tr: Translator = ENGLISH) -> ShortForm:
    """The longest short form within ``limit`` characters (or the shortest, if none is)."""
    longest = max((len(v.text.strip()) for v in voices(document)), default=0)
    best = _at(document, max(longest, SHORTEST), limit, tr)
    if best.fits:
        return best
    low, high = SHORTEST, longest - 1  # the longest length that fits lies in here, if any
    best = _at(document, SHORTEST, limit, tr)
    if not best.fits:
        return best
    while low < high:
        middle = (low + high + 1) // 2
        tried = _at(document, middle, limit, tr)
        if tried.fits:
            low, best = middle, tried
        else:
            high = middle - 1
    return best


def _at(document: SummaryDocument, length: int, limit: int, tr: Translator) -> ShortForm:
    """The document with every voice cut to ``length`` characters, and its text."""
    shortened: list[VoiceBlock] = []
    sections = []
    for section in document.sections:
        blocks = []
        for block in section.blocks:
            if isinstance(block, VoiceBlock) and len(block.text.strip()) > length:
                shortened.append(block)
                block = dataclasses.replace(block, text=cut(block.text, length))
            blocks.append(block)
        sections.append(dataclasses.replace(section, blocks=blocks))
    notice = shortened_notice(shortened, limit, tr)
    intro = "\n\n".join(t for t in (notice, document.intro) if t)
    short = dataclasses.replace(document, sections=sections, intro=intro)
    return ShortForm(short, note_text(short, tr), tuple(shortened), limit)


def shortened_notice(shortened: list[VoiceBlock], limit: int, tr: Translator = ENGLISH) -> str:
    """The note's own line saying what the short form cut (empty when nothing was)."""
    if not shortened:
        return ""
    views = list(dict.fromkeys(v.owner for v in shortened if v.kind == "view"))
    parts = []
    if views:
        parts.append(
            tr.ngettext("the view of %(names)s", "the views of %(names)s", len(views))
            % {"names": tr.join(views)}
        )
    kinds = Counter(v.kind for v in shortened)
    if kinds["reflection"]:
        n = kinds["reflection"]
        parts.append(numbered(tr, tr.ngettext("%(n)s reflection", "%(n)s reflections", n), n))
    if kinds["response"]:
        n = kinds["response"]
        parts.append(numbered(tr, tr.ngettext("%(n)s response", "%(n)s responses", n), n))
    if kinds["correction"]:
        n = kinds["correction"]
        parts.append(numbered(tr, tr.ngettext("%(n)s correction", "%(n)s corrections", n), n))
    return tr.gettext(
        "Short form, to fit %(limit)s characters: %(what)s shortened, each ending in "
        "%(mark)s. The full note is kept in OD Notes."
    ) % {"limit": tr.number(limit), "what": tr.join(parts), "mark": CUT.strip()}
