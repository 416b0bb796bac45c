"""Small helpers shared by the shell's tests."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QWidget
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


def on_next_dialog(act: Callable[[QDialog], None]) -> None:
    """Run ``act`` on the next modal dialog once it shows (call before what opens it)."""
    from PySide6.QtCore import QTimer

    def poll() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, QDialog) or not dialog.isVisible():
            QTimer.singleShot(20, poll)
            return
        try:
            act(dialog)
        finally:
            if dialog.isVisible():
                dialog.reject()  # a failing check must not leave the test waiting

    QTimer.singleShot(0, poll)


def new_network(
    qtbot: QtBot, window: MainWindow, name: str, first_contact: datetime | None = None
) -> None:
    """File > New network…: type the name (and the first contact), then press Enter."""
    from ui.network.network_dialog import NetworkDialog

    def answer(dialog: QDialog) -> None:
        assert isinstance(dialog, NetworkDialog)
        assert dialog.name_edit is not None
        qtbot.keyClicks(dialog.name_edit, name)
        if first_contact is not None:
            dialog.first_contact_edit.set_moment(first_contact)
        qtbot.keyClick(dialog.name_edit, Qt.Key.Key_Return)

    on_next_dialog(answer)
    window.actions["new_network"].trigger()
