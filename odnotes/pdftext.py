"""Typed text as PDF paragraphs the layout can break, however long a paragraph is.

reportlab lays a paragraph out again from its first remaining word each time
it splits it across a page, so one paragraph of a megabyte took minutes
(quadratic in its length). Long text is cut here into pieces of at most
:data:`CHUNK` characters, each its own flowable, set so that they read as
one paragraph; the cuts fall at line breaks, sentence ends or spaces where
there are any. Nothing is lost: the pieces joined are the text.

A paragraph holding Arabic or Hebrew is cut the same way, and each piece is
a :class:`~odnotes.pdfbidi.ShapedParagraph` in the direction of the whole
paragraph, so shaped text is linear in its length too.
"""

from __future__ import annotations

import functools
import unicodedata
from collections.abc import Sequence

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable

from odnotes.pdfbidi import ShapedParagraph, has_rtl, is_rtl_paragraph
from odnotes.pdffonts import BOLD, EMOJI, REGULAR, font_runs, markup
from odnotes.pdfparagraph import laid_paragraph

# Far less than a page at any size we print, so a page break re-lays at most this much.
CHUNK = 1500

Run = tuple[str, bool]
"""A piece of text and whether it is set in bold."""

_SENTENCE_ENDS = (". ", "! ", "? ", "; ", ".\u201d ", "\u3002")


def _is_joined(text: str, at: int) -> bool:
    """A cut at ``at`` would part a mark, joiner or selector from its character."""
    if at <= 0 or at >= len(text):
        return False
    after, before = text[at], text[at - 1]
    return (
        unicodedata.category(after).startswith("M")
        or after in "\u200d\ufe0e\ufe0f"
        or before == "\u200d"
        or "\U0001f3fb" <= after <= "\U0001f3ff"  # skin-tone modifiers
    )


def cut_point(text: str, limit: int) -> int:
    """Where to end the first piece of ``text`` so it has at most ``limit`` characters.

    The latest line break, else sentence end, else space in the second half
    of the window; else a hard cut that parts no character from its marks.
    Always at least 1, so every piece has something in it.
    """
    if len(text) <= limit:
        return len(text)
    low = limit // 2
    for ends in (("\n",), _SENTENCE_ENDS, (" ", "\t")):
        best = max((_latest(text, end, low, limit) for end in ends), default=0)
        if best:
            return best
    at = limit
    while at > max(low, 1) and _is_joined(text, at):
        at -= 1
    return max(at, 1)


def _latest(text: str, end: str, low: int, limit: int) -> int:
    """The latest cut just after ``end`` within ``text[low:limit]`` that parts nothing; or 0."""
    high = limit
    while (at := text.rfind(end, low, high)) >= 0:
        if not _is_joined(text, at + len(end)):
            return at + len(end)
        high = at + len(end) - 1
    return 0


def split_text(text: str, size: int = CHUNK) -> list[str]:
    """``text`` in pieces of at most ``size`` characters; ``"".join`` gives it back."""
    pieces = []
    start = 0
    while len(text) - start > size:
        end = start + cut_point(text[start : start + size + 1], size)
        pieces.append(text[start:end])
        start = end
    pieces.append(text[start:])
    return pieces


def split_runs(runs: Sequence[Run], size: int = CHUNK) -> list[list[Run]]:
    """Runs in groups of at most about ``size`` characters, each run cut where it must be."""
    groups: list[list[Run]] = [[]]
    room = size
    for text, bold in runs:
        start = 0
        while len(text) - start > room:
            if room < size // 4 and groups[-1]:  # too little left: start afresh
                groups.append([])
                room = size
                continue
            end = start + cut_point(text[start : start + room + 1], room)
            groups[-1].append((text[start:end], bold))
            start = end
            groups.append([])
            room = size
        if start < len(text):
            groups[-1].append((text[start:], bold))
            room -= len(text) - start
    return [group for group in groups if group]


def runs_markup(runs: Sequence[Run]) -> str:
    """Paragraph markup for runs of typed text (escaped; emoji in their font)."""
    return "".join(f"<b>{markup(text)}</b>" if bold else markup(text) for text, bold in runs)


@functools.lru_cache(maxsize=256)
def _continued(style: ParagraphStyle, first: bool, last: bool) -> ParagraphStyle:
    """``style`` for one piece of a paragraph: no space between the pieces."""
    return ParagraphStyle(
        f"{style.name}-{'first' if first else 'more'}-{'last' if last else 'more'}",
        parent=style,
        spaceBefore=style.spaceBefore if first else 0,
        spaceAfter=style.spaceAfter if last else 0,
        firstLineIndent=style.firstLineIndent if first else 0,
    )


def font_pieces(runs: Sequence[Run], style: ParagraphStyle) -> list[tuple[str, str]]:
    """Runs as ``(text, font)`` pieces for shaping: bold or the style's font, emoji in theirs."""
    return [
        (piece, (BOLD if bold else style.fontName) if face == REGULAR else EMOJI)
        for text, bold in runs
        for piece, face in font_runs(text)
    ]


def _piece(
    group: Sequence[Run], style: ParagraphStyle, bullet: str | None, rtl: bool | None
) -> Flowable:
    """One piece: a reportlab Paragraph, or shaped when the paragraph has right-to-left text."""
    if rtl is None:
        return laid_paragraph(runs_markup(group), style, bullet)
    return ShapedParagraph(font_pieces(group, style), style, bullet or "", rtl=rtl)


def paragraphs(
    runs: Sequence[Run], style: ParagraphStyle, bullet: str | None = None
) -> list[Flowable]:
    """One paragraph of runs as flowables; a long one as several that read as one."""
    runs = [(text, bold) for text, bold in runs if text]
    whole = "".join(text for text, _ in runs)
    rtl = is_rtl_paragraph(whole) if has_rtl(whole) else None
    groups = split_runs(runs)
    if len(groups) <= 1:
        return [_piece(groups[0] if groups else [], style, bullet, rtl)]
    last = len(groups) - 1
    flowables: list[Flowable] = []
    for i, group in enumerate(groups):
        text, bold = group[-1]
        if i < last and text.endswith("\n"):  # the break between pieces is that line break
            group = [*group[:-1], (text[:-1], bold)]
        flowables.append(
            _piece(group, _continued(style, i == 0, i == last), bullet if i == 0 else None, rtl)
        )
    return flowables


def text_paragraphs(text: str, style: ParagraphStyle) -> list[Flowable]:
    """Plain typed text as one paragraph (see :func:`paragraphs`)."""
    return paragraphs([(text, False)], style)
