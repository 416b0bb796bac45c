"""Font size and colour scheme: follow the system unless the user chose otherwise."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QGuiApplication
from PySide6.QtWidgets import QApplication


def apply_font(points: int) -> None:
    """Set the base font size for every window (widgets follow the application font)."""
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        return
    font = QFont(app.font())
    font.setPointSize(points)
    app.setFont(font)


def apply_theme(theme: str) -> None:
    """``system`` follows the desktop's light/dark setting; ``light``/``dark`` force one."""
    app = QGuiApplication.instance()
    if not isinstance(app, QGuiApplication):
        return
    hints = app.styleHints()
    if not hasattr(hints, "setColorScheme"):  # Qt < 6.8 always follows the system
        return
    scheme = {
        "light": Qt.ColorScheme.Light,
        "dark": Qt.ColorScheme.Dark,
    }.get(theme, Qt.ColorScheme.Unknown)
    hints.setColorScheme(scheme)
