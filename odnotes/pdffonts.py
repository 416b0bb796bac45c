"""The bundled fonts of every PDF, which characters they draw, and text set in them.

DejaVu Sans covers Latin (Łukasz, Päivi, Zoë, Øyvind, Ümit, Ğ), Greek and
Cyrillic; Noto Emoji (monochrome, a subset: see ``resources/fonts/``) draws
the emoji DejaVu lacks, so a name with 🌻 prints as written. Characters no
bundled font has (scripts such as Chinese or Devanagari) print as
:data:`MARKER` and are reported to the user, never as empty boxes.
"""

from __future__ import annotations

import functools
import unicodedata
from xml.sax.saxutils import escape

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas

from odnotes.resources import resource_path

REGULAR = "ODSans"
BOLD = "ODSans-Bold"
ITALIC = "ODSans-Italic"
EMOJI = "ODEmoji"
MARKER = "\ufffd"

# Invisible characters that only shape their neighbours (joiners, variation
# selectors, direction marks): never a reason for the marker.
_SILENT = {"Cc", "Cf"}


@functools.cache
def register_fonts() -> str:
    """Register the family and the emoji font with reportlab once; returns the regular name."""
    pdfmetrics.registerFont(TTFont(REGULAR, str(resource_path("fonts/DejaVuSans.ttf"))))
    pdfmetrics.registerFont(TTFont(BOLD, str(resource_path("fonts/DejaVuSans-Bold.ttf"))))
    pdfmetrics.registerFont(TTFont(ITALIC, str(resource_path("fonts/DejaVuSans-Oblique.ttf"))))
    pdfmetrics.registerFont(TTFont(EMOJI, str(resource_path("fonts/NotoEmoji-Subset.ttf"))))
    addMapping(REGULAR, 0, 0, REGULAR)
    addMapping(REGULAR, 1, 0, BOLD)
    addMapping(REGULAR, 0, 1, ITALIC)
    addMapping(REGULAR, 1, 1, BOLD)
    for bold in (0, 1):  # one weight of emoji, inside bold or italic text too
        for italic in (0, 1):
            addMapping(EMOJI, bold, italic, EMOJI)
    return REGULAR


@functools.cache
def _cmap(font: str) -> frozenset[int]:
    register_fonts()
    return frozenset(pdfmetrics.getFont(font).face.charToGlyph)


def _font_for(char: str) -> str | None:
    """``REGULAR``, ``EMOJI``, or None when no bundled font draws ``char``."""
    code = ord(char)
    if code in _cmap(REGULAR) or char.isspace():
        return REGULAR
    if code in _cmap(EMOJI):
        return EMOJI
    return REGULAR if unicodedata.category(char) in _SILENT else None


def missing_characters(text: str) -> set[str]:
    """Characters of ``text`` no bundled font can draw (spaces and invisible marks ignored)."""
    text_font = _cmap(REGULAR)
    return {
        char
        for char in set(text)
        if ord(char) not in text_font and not char.isspace() and _font_for(char) is None
    }


def font_runs(text: str) -> list[tuple[str, str]]:
    """``text`` as ``(piece, font)`` runs; what no font draws is already the marker."""
    text_font = _cmap(REGULAR)
    if text_font.issuperset(map(ord, set(text))):
        return [(text, REGULAR)] if text else []
    runs: list[tuple[str, str]] = []
    pieces: list[str] = []
    current = REGULAR
    for char in text:
        font = REGULAR if ord(char) in text_font else _font_for(char)
        if font is None:
            if unicodedata.category(char).startswith("M") and pieces[-1:] == [MARKER]:
                continue  # a mark on a letter that is already the marker
            font, char = REGULAR, MARKER
        if font != current:
            if pieces:
                runs.append(("".join(pieces), current))
                pieces = []
            current = font
        pieces.append(char)
    if pieces:
        runs.append(("".join(pieces), current))
    return runs


def printable(text: str) -> str:
    """``text`` with what no bundled font draws replaced by the marker."""
    return "".join(piece for piece, _ in font_runs(text))


def markup(text: str) -> str:
    """Typed text made safe for a reportlab Paragraph: escaped, emoji in their font.

    ``<b>`` or ``&amp;`` in a note prints literally; line breaks are kept.
    """
    parts = []
    for piece, font in font_runs(text):
        safe = escape(piece).replace("\n", "<br/>")
        parts.append(safe if font == REGULAR else f'<font name="{font}">{safe}</font>')
    return "".join(parts)


def text_width(text: str, font: str, size: float) -> float:
    """How wide ``text`` is on one line in ``font``, emoji in theirs."""
    return float(
        sum(
            pdfmetrics.stringWidth(piece, font if face == REGULAR else face, size)
            for piece, face in font_runs(text)
        )
    )


def draw_text(canvas: Canvas, x: float, y: float, text: str, font: str, size: float) -> None:
    """Draw one line at ``(x, y)`` on a canvas, switching to the emoji font where needed."""
    for piece, face in font_runs(text):
        name = font if face == REGULAR else face
        canvas.setFont(name, size)
        canvas.drawString(x, y, piece)
        x += pdfmetrics.stringWidth(piece, name, size)
