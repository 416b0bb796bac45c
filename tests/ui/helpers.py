"""Small helpers shared by the shell's tests."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import TypeVar

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QWidget
from pytestqt.qtbot import QtBot

from odnotes.vault import Vault
from ui.dialogs.recovery_unlock import RecoveryUnlockDialog
from ui.dialogs.unlock import UnlockDialog
from ui.launcher import Launcher
from ui.main_window import MainWindow
from ui.operations import in_flight
from ui.session import Session
from ui.settings import Settings
from ui.vault_options import VaultOptions


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


def settled(qtbot: QtBot, timeout: int = 30_000) -> None:
    """Wait until no operation runs in the background (a preview rendering, a note being made)."""
    qtbot.waitUntil(lambda: in_flight() == 0, timeout=timeout)


W = TypeVar("W", bound=QWidget)


def rendered(qtbot: QtBot, widget: W) -> W:
    """``widget`` (a summary preview) once what it started in the background is done."""
    qtbot.addWidget(widget)
    settled(qtbot)
    return widget


def flush_deletes() -> None:
    """Run pending deleteLater calls."""
    from PySide6.QtCore import QCoreApplication, QEvent

    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    QApplication.processEvents()


def wait_unlocked(qtbot: QtBot, window: MainWindow) -> None:
    """Wait for background key derivation to finish and the workspace to be rebuilt.

    After unlocking, the network and meetings that were open are read again off
    the GUI thread; this waits until they are back on screen too.
    """
    qtbot.waitUntil(lambda: window.workspace is not None, timeout=10_000)
    qtbot.waitUntil(
        lambda: window.workspace is None or not window.workspace.reading, timeout=10_000
    )


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
    window.menu_actions["new_network"].trigger()


def unlock_dialog_for(qtbot: QtBot, launcher: Launcher, vault_path: Path) -> UnlockDialog:
    """Start the launcher on a vault file; its unlock dialog, closed after the test."""
    launcher.start(vault_path)
    dialog = launcher.dialog
    assert isinstance(dialog, UnlockDialog)
    qtbot.addWidget(dialog)
    return dialog


def window_over(
    qtbot: QtBot, vault: Vault, settings: Settings, options: VaultOptions
) -> MainWindow:
    """A shown main window over ``vault``, closed after the test."""
    window = MainWindow(Session(vault, 5), settings, options=options)
    qtbot.addWidget(window)
    window.show()
    return window


def recover_with_key(
    qtbot: QtBot, dialog: RecoveryUnlockDialog, recovery_key: str, new_passphrase: str
) -> None:
    """Type the recovery key, then the new passphrase twice, pressing Enter after each step."""
    qtbot.keyClicks(dialog.key, recovery_key)
    qtbot.keyClick(dialog.key, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.pages.currentIndex() == 1, timeout=10_000)
    qtbot.keyClicks(dialog.new_passphrase.first, new_passphrase)
    qtbot.keyClicks(dialog.new_passphrase.second, new_passphrase)
    qtbot.keyClick(dialog.new_passphrase.second, Qt.Key.Key_Return)
