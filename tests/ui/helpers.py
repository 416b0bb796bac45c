"""Small helpers shared by the shell's tests."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from ui.main_window import MainWindow


def visible_texts(root: QWidget) -> str:
    """Every piece of text a widget tree shows (labels, fields, titles, table cells)."""
    from PySide6.QtWidgets import QAbstractItemView, QLabel, QLineEdit, QPlainTextEdit

    parts = [root.windowTitle()]
    for widget in root.findChildren(QWidget):
        if isinstance(widget, QLabel | QLineEdit):
            parts.append(widget.text())
        elif isinstance(widget, QPlainTextEdit):
            parts.append(widget.toPlainText())
        elif isinstance(widget, QAbstractItemView) and widget.model() is not None:
            model = widget.model()
            for row in range(model.rowCount()):
                for column in range(model.columnCount()):
                    parts.append(str(model.index(row, column).data() or ""))
    return "\n".join(parts)


def flush_deletes() -> None:
    """Run pending deleteLater calls."""
    from PySide6.QtCore import QCoreApplication, QEvent

    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    QApplication.processEvents()


def wait_unlocked(qtbot: QtBot, window: MainWindow) -> None:
    """Wait for background key derivation to finish and the workspace to be rebuilt."""
    qtbot.waitUntil(lambda: window.workspace is not None, timeout=10_000)
