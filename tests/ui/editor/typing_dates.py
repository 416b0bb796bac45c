"""Clicking into a section of a date or date-time field, as a mouse user does."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QDateTimeEdit
from pytestqt.qtbot import QtBot


def click_into(qtbot: QtBot, field: QDateTimeEdit, text: str, offset: int = 1) -> None:
    """Click inside the first place ``text`` is shown in ``field`` (``offset`` letters in)."""
    line = field.lineEdit()
    shown = line.text()
    start = shown.index(text)
    metrics = line.fontMetrics()
    margins = line.textMargins().left() + line.contentsMargins().left() + 2
    x = margins + metrics.horizontalAdvance(shown[: start + offset])
    qtbot.mouseClick(line, Qt.MouseButton.LeftButton, pos=QPoint(x, line.height() // 2))
    qtbot.wait(20)  # the field selects the section on its next turn


def type_into(qtbot: QtBot, field: QDateTimeEdit, keys: str) -> None:
    """Type ``keys`` into ``field`` (which has the keyboard focus, as after a click)."""
    qtbot.keyClicks(field, keys)


def show_active(qtbot: QtBot, field: QDateTimeEdit) -> None:
    """Show ``field`` in an active window, so a click gives it the keyboard focus."""
    qtbot.addWidget(field)
    field.show()
    field.activateWindow()
    qtbot.waitUntil(field.isActiveWindow, timeout=2000)
