"""reportlab's Paragraph, read without its markup parser and laid out once per width.

Every PDF the core writes is mostly paragraphs, and most of their time was
reportlab's: parsing each paragraph's markup with an HTML parser; laying the
same paragraph out again at the same width (a page's frame and a
``keepWithNext`` group each ask), and both parts of a paragraph split at a
page break again; measuring each word again wherever it recurs; and, in a
paragraph with two fonts (a bold name, then what was said), comparing the
fonts of each pair of words with ``_rl_accel.sameFrag``, which costs about
7 µs a call in reportlab 5 (it looks up attributes a fragment does not have,
raising and swallowing an error for each).

The pages are unchanged: the fragments are the ones reportlab's parser makes
of the markup :mod:`odnotes.pdftext` writes, the lines are the ones
reportlab breaks and they are drawn by reportlab (tests compare fragments,
lines and the PDF bytes with reportlab's own). The words measured inside
:func:`measured_once` are forgotten with the document.
"""

from __future__ import annotations

import contextlib
import re
import threading
from collections.abc import Iterator
from typing import Any

from reportlab.lib.fonts import ps2tt, tt2ps
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Paragraph
from reportlab.platypus import paragraph as rl_paragraph
from reportlab.platypus.paragraph import cleanBlockQuotedText, textTransformFrags
from reportlab.platypus.paraparser import ParaFrag

from odnotes.pdffonts import EMOJI

# The only markup odnotes.pdftext writes: bold, the emoji font, line breaks, escapes.
_TAG = re.compile(f'(<b>|</b>|<font name="{EMOJI}">|</font>|<br/>|&amp;|&lt;|&gt;)')
_ENTITIES = {"&amp;": "&", "&lt;": "<", "&gt;": ">"}
_ANY_MARKUP = re.compile("[<&]")

# What ``sameFrag`` compares (reportlab.lib.rl_accel; its Python fallback reads the same).
_COMPARED = ("fontName", "fontSize", "textColor", "rise", "us_lines", "link", "backColor", "nobr")
_NEVER_JOINED = ("cbDefn", "lineBreak")
_ABSENT = object()  # an attribute a fragment lacks differs from one set to None


def same_frag(first: Any, second: Any) -> bool:
    """Whether two fragments can be drawn as one run (the answer ``sameFrag`` gives, sooner).

    A fragment holding an inline image or a line break is never joined; an
    attribute one fragment lacks and the other has (even as None) differs.
    """
    one, two = first.__dict__, second.__dict__
    if any(key in one or key in two for key in _NEVER_JOINED):
        return False
    mine = [one.get(key, _ABSENT) for key in _COMPARED]
    return mine == [two.get(key, _ABSENT) for key in _COMPARED]


_document = threading.local()  # the widths measured for the document being laid out here


def word_width(text: str, font: str, size: float, encoding: str = "utf8") -> float:
    """``stringWidth`` for reportlab's line breaking: once per word inside :func:`measured_once`."""
    widths: dict[tuple[str, str, float, str], float] | None = getattr(_document, "widths", None)
    if widths is None:
        return stringWidth(text, font, size, encoding)  # type: ignore[no-any-return]
    key = (text, font, size, encoding)
    width = widths.get(key)
    if width is None:
        width = widths[key] = stringWidth(text, font, size, encoding)
    return width


@contextlib.contextmanager
def measured_once() -> Iterator[None]:
    """Lay out one document measuring each distinct word once (in this thread).

    The words measured are notes' words: they are forgotten when the
    document is done, never kept for the next one.
    """
    if getattr(_document, "widths", None) is not None:  # already inside a document
        yield
        return
    _document.widths = {}
    try:
        yield
    finally:
        del _document.widths


def use_faster_paths() -> None:
    """Have reportlab's line breaking use :func:`same_frag` and :func:`word_width`."""
    rl_paragraph.sameFrag = same_frag
    rl_paragraph.stringWidth = word_width


def _para_frag(style: ParagraphStyle) -> dict[str, Any]:
    """What reportlab's parser starts a paragraph with (``ParaParser._initial_frag``)."""
    font, bold, italic = ps2tt(style.fontName)
    return {
        "rise": 0,
        "greek": 0,
        "link": [],
        "fontName": font,
        "bold": bold,
        "italic": italic,
        "fontSize": style.fontSize,
        "textColor": style.textColor,
        "us_lines": [],
        "__tag__": "para",
    }


def _text_frag(state: dict[str, Any], text: str) -> ParaFrag:
    frag = ParaFrag(**state)
    frag.fontName = tt2ps(state["fontName"], state["bold"], state["italic"])
    frag.text = text
    return frag


def fragments(text: str, style: ParagraphStyle) -> list[ParaFrag] | None:
    """The fragments reportlab's parser makes of our markup ``text``; None for other markup.

    ``text`` is already cleaned as reportlab cleans it (runs of spaces made one).
    Each piece of text between tags and each escaped character is a fragment
    of its own, as the parser makes them.
    """
    frags: list[ParaFrag] = []
    stack = [_para_frag(style)]
    for piece in _TAG.split(text):
        if not piece:
            continue
        if piece in _ENTITIES:
            frags.append(_text_frag(stack[-1], _ENTITIES[piece]))
        elif piece == "<b>":
            stack.append({**stack[-1], "__tag__": "b", "bold": 1})
        elif piece == "<br/>":
            state = {**stack[-1], "__tag__": "br", "lineBreak": True, "text": ""}
            frags.append(_text_frag(state, ""))
        elif piece.startswith("<font"):
            font, bold, italic = ps2tt(EMOJI)
            stack.append(
                {**stack[-1], "__tag__": "font", "fontName": font, "bold": bold, "italic": italic}
            )
        elif piece in ("</b>", "</font>"):
            if len(stack) < 2 or stack.pop()["__tag__"] != piece[2:-1]:
                return None
        elif _ANY_MARKUP.search(piece):
            return None  # markup this module does not read: leave it to reportlab
        else:
            frags.append(_text_frag(stack[-1], piece))
    if len(stack) != 1:
        return None
    textTransformFrags(frags, style)
    return frags


def laid_paragraph(markup: str, style: ParagraphStyle, bullet: str | None = None) -> Paragraph:
    """A paragraph of :mod:`odnotes.pdftext`'s markup, as reportlab would read it, sooner."""
    text = cleanBlockQuotedText(markup)
    return LaidParagraph(text, style, bulletText=bullet, frags=fragments(text, style))


class LaidParagraph(Paragraph):  # type: ignore[misc]
    """A reportlab Paragraph that breaks its lines again only for a new width.

    reportlab asks a paragraph for its size several times at one width (to
    keep a heading with what follows, then to place it in the frame); the
    lines depend on the width alone, so the lines broken the first time are
    kept. A split (a page break) hands each part its share of the lines
    where reportlab would break the same words into the same lines again
    (:meth:`split`); reportlab drops the lines when a paragraph does not fit.
    """

    _laid: tuple[float, tuple[float, float]] | None = None

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        """The paragraph's size at ``availWidth`` (reportlab's name for laying out)."""
        if self._laid and self._laid[0] == availWidth and "blPara" in self.__dict__:
            return self._laid[1]
        before = self.__dict__.get("blPara")
        size: tuple[float, float] = super().wrap(availWidth, availHeight)
        if self.__dict__.get("blPara") is not before:  # laid out (not when there is no width)
            self._laid = (availWidth, size)
        return size

    def split(self, availWidth: float, availHeight: float) -> list[Any]:  # noqa: N803
        """Two paragraphs at a line boundary for a page break, each keeping its lines.

        reportlab breaks both parts' words into lines again, greedily and at
        the same width, which gives the lines they had: here they keep them.
        Only plain lines are handed on (one font, no word split or hyphenated
        in them); any other paragraph's parts are laid out by reportlab.
        """
        laid = self._laid is not None and self._laid[0] == availWidth
        whole = self.__dict__.get("blPara")
        parts: list[Any] = super().split(availWidth, availHeight)
        if laid and whole is not None and len(parts) == 2 and _plain(whole, self.style):
            first, rest = parts
            count = len(first.blPara.lines)
            _keep_lines(first, whole, whole.lines[:count], availWidth, list(self._wrapWidths))
            later = availWidth - self.style.leftIndent - self.style.rightIndent
            _keep_lines(rest, whole, whole.lines[count:], availWidth, [later, later])
        return parts


def _plain(lines: Any, style: ParagraphStyle) -> bool:
    """Lines reportlab breaks the same way again from any line's start."""
    return (
        lines.kind == 0
        and type(lines.lines) is list
        and not style.wordWrap
        and not style.endDots
        and getattr(style, "autoLeading", "") in ("", "off")
        and all(type(word) is str for _, words in lines.lines for word in words)
    )


def _keep_lines(part: Any, whole: Any, lines: list[Any], width: float, widths: list[float]) -> None:
    """What laying ``part`` out at ``width`` would set: its lines, size and line widths."""
    if not isinstance(part, LaidParagraph):
        return
    part.blPara = whole.clone(lines=lines)
    part.width = width
    part.height = len(lines) * part.style.leading
    part._wrapWidths = widths
    part._laid = (width, (width, part.height))


# Installed on import: every paragraph of ours is laid out through this module.
use_faster_paths()
