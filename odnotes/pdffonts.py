"""The bundled fonts of every PDF, which characters they draw, and text set in them.

DejaVu Sans covers Latin (Łukasz, Päivi, Zoë, Øyvind, Ümit, Ğ), Greek,
Cyrillic, Arabic and Hebrew (shaped by :mod:`odnotes.pdfbidi`); Noto Emoji
(monochrome, a subset: see ``resources/fonts/``) draws the emoji DejaVu
lacks, so a name with 🌻 prints as written (in one colour, without skin
tones: emoji are not shaped). Characters no bundled font has (scripts such
as Chinese or Devanagari) print as :data:`MARKER` and are reported to the
user, never as empty boxes.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from xml.sax.saxutils import escape

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics, ttfonts
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
_SKIN_TONES = ("\U0001f3fb", "\U0001f3ff")


_ASTRAL_ENTRY = re.compile(r"^(<[0-9A-F]{2}>) <([0-9A-F]{5,6})>$", re.MULTILINE)


def _utf16_entries(cmap: str) -> str:
    """A ToUnicode map with code points above U+FFFF as UTF-16 (a surrogate pair).

    reportlab writes them as five hex digits, which the PDF format does not
    allow: viewers, screen readers and text extraction then lose every emoji.
    """

    def pair(found: re.Match[str]) -> str:
        utf16 = chr(int(found.group(2), 16)).encode("utf-16-be").hex().upper()
        return f"{found.group(1)} <{utf16}>"

    return _ASTRAL_ENTRY.sub(pair, cmap)


def _patch_to_unicode() -> None:
    original = ttfonts.makeToUnicodeCMap
    if getattr(original, "odnotes_utf16", False):
        return

    def make(fontname: str, subset: list[int]) -> str:
        return _utf16_entries(original(fontname, subset))

    make.odnotes_utf16 = True  # type: ignore[attr-defined]
    ttfonts.makeToUnicodeCMap = make


@functools.cache
def register_fonts() -> str:
    """Register the family and the emoji font with reportlab once; returns the regular name."""
    _patch_to_unicode()
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
        elif _SKIN_TONES[0] <= char <= _SKIN_TONES[1] and current == EMOJI and pieces:
            continue  # unshaped, a skin tone prints as a swatch beside its emoji: leave it out
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
