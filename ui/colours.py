"""Colours drawn by hand (the network map, the practice chart, the review highlights).

Tints are mixed from the palette, so they follow a light or dark theme.
"""

from __future__ import annotations

from PySide6.QtGui import QColor


def mix(base: QColor, accent: QColor, amount: float) -> QColor:
    """An opaque colour ``amount`` (0 to 1) of the way from ``base`` to ``accent``."""
    return QColor(
        round(base.red() + (accent.red() - base.red()) * amount),
        round(base.green() + (accent.green() - base.green()) * amount),
        round(base.blue() + (accent.blue() - base.blue()) * amount),
    )
