"""The bundled Unicode font for every PDF, and which characters it cannot draw.

DejaVu Sans covers Latin (Łukasz, Päivi, Zoë, Øyvind, Ümit, Ğ), Greek,
Cyrillic, Arabic and Hebrew (shaped by :mod:`odnotes.pdfbidi`). Text in
scripts it lacks is reported to the user, never printed as empty boxes.
"""

from __future__ import annotations

import functools
import unicodedata

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from odnotes.resources import resource_path

REGULAR = "ODSans"
BOLD = "ODSans-Bold"
ITALIC = "ODSans-Italic"


@functools.cache
def register_fonts() -> str:
    """Register the family with reportlab once; returns the regular font's name."""
    pdfmetrics.registerFont(TTFont(REGULAR, str(resource_path("fonts/DejaVuSans.ttf"))))
    pdfmetrics.registerFont(TTFont(BOLD, str(resource_path("fonts/DejaVuSans-Bold.ttf"))))
    pdfmetrics.registerFont(TTFont(ITALIC, str(resource_path("fonts/DejaVuSans-Oblique.ttf"))))
    addMapping(REGULAR, 0, 0, REGULAR)
    addMapping(REGULAR, 1, 0, BOLD)
    addMapping(REGULAR, 0, 1, ITALIC)
    addMapping(REGULAR, 1, 1, BOLD)
    return REGULAR


@functools.cache
def _covered() -> frozenset[int]:
    register_fonts()
    font = pdfmetrics.getFont(REGULAR)
    return frozenset(font.face.charToGlyph)


def missing_characters(text: str) -> set[str]:
    """Characters of ``text`` the bundled font cannot draw (spaces and controls ignored)."""
    covered = _covered()
    return {
        char
        for char in text
        if ord(char) not in covered
        and not char.isspace()
        and unicodedata.category(char) not in {"Cc", "Cf", "Mn"}
    }
