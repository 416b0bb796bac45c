"""Text copied from the app is cleared after the delay, unless replaced meanwhile."""

from __future__ import annotations

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QLineEdit
from pytestqt.qtbot import QtBot

from ui.clipboard import CLEAR_AFTER_MS, ClipboardGuard


def test_default_delay_is_thirty_seconds() -> None:
    assert CLEAR_AFTER_MS == 30_000


def test_copied_text_is_cleared_after_the_delay(qtbot: QtBot) -> None:
    field = QLineEdit("Maija said this")
    qtbot.addWidget(field)
    field.show()
    field.activateWindow()
    field.setFocus()
    qtbot.waitUntil(lambda: QGuiApplication.focusWindow() is not None, timeout=2_000)
    guard = ClipboardGuard(clear_after_ms=150)
    field.selectAll()
    field.copy()
    clipboard = QGuiApplication.clipboard()
    assert clipboard.text() == "Maija said this"
    qtbot.waitUntil(lambda: clipboard.text() == "", timeout=2_000)
    del guard


def test_clipboard_left_alone_if_something_else_was_copied(qtbot: QtBot) -> None:
    field = QLineEdit("from the app")
    qtbot.addWidget(field)
    field.show()
    field.activateWindow()
    qtbot.waitUntil(lambda: QGuiApplication.focusWindow() is not None, timeout=2_000)
    guard = ClipboardGuard(clear_after_ms=150)
    field.selectAll()
    field.copy()
    guard._copied = "from the app"
    clipboard = QGuiApplication.clipboard()
    guard._clipboard.dataChanged.disconnect(guard._on_changed)
    clipboard.setText("something the user copied elsewhere")
    qtbot.wait(300)
    assert clipboard.text() == "something the user copied elsewhere"
