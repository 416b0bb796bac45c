"""Hand-drawn colours are mixed from the palette, one helper for every widget."""

from __future__ import annotations

from PySide6.QtGui import QColor

from ui.colours import mix


def test_mix_goes_from_the_base_to_the_accent() -> None:
    base, accent = QColor(0, 100, 200), QColor(200, 100, 0)
    assert mix(base, accent, 0) == base
    assert mix(base, accent, 1) == accent
    assert mix(base, accent, 0.25).getRgb() == (50, 100, 150, 255)
    assert mix(QColor(10, 10, 10, 40), accent, 0).alpha() == 255  # always opaque
