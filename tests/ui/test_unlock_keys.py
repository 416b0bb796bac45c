"""Enter in the unlock dialog does exactly one thing: unlock (issue 12, item 2).

The key goes through the window system's path (``QTest.keyClick`` on the
``QWindow``), as a real keyboard does, so focus moves and default buttons act
as they would on a desktop.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog
from pytestqt.qtbot import QtBot

from odnotes.vault import Vault
from tests.ui.helpers import recover_with_key, unlock_dialog_for, window_over
from ui.dialogs.recovery_unlock import RecoveryUnlockDialog
from ui.launcher import Launcher
from ui.main_window import MainWindow
from ui.settings import Settings
from ui.vault_options import VaultOptions

PASSPHRASE = "willow kettle orbit lantern"


def _recovery_dialogs() -> list[QDialog]:
    return [w for w in QApplication.topLevelWidgets() if isinstance(w, RecoveryUnlockDialog)]


def test_enter_with_the_right_passphrase_only_unlocks(
    qtbot: QtBot, tmp_path: Path, settings: Settings, options: VaultOptions
) -> None:
    vault, _ = options.create(tmp_path / "Team.odvault", PASSPHRASE)
    vault.close()
    launcher = Launcher(settings, options)
    dialog = unlock_dialog_for(qtbot, launcher, tmp_path / "Team.odvault")
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow, timeout=2_000)
    qtbot.keyClicks(dialog.form.passphrase, PASSPHRASE)
    seen: list[str] = []

    def close_recovery() -> None:  # a recovery dialog would run its own loop: note it, close it
        for extra in _recovery_dialogs():
            if extra.isVisible():
                seen.append(extra.windowTitle())
                extra.reject()

    watcher = QTimer()
    watcher.timeout.connect(close_recovery)
    watcher.start(20)
    window_handle = dialog.windowHandle()
    assert window_handle is not None
    with qtbot.waitSignal(launcher.window_opened, timeout=10_000) as opened:
        QTest.keyClick(window_handle, Qt.Key.Key_Return)
    qtbot.wait(100)
    watcher.stop()
    window = opened.args[0]
    qtbot.addWidget(window)
    assert seen == [], "Enter also opened the recovery-key dialog"
    assert not any(d.isVisible() for d in _recovery_dialogs())
    assert not window.session.is_locked
    window.close()


def test_alt_f_on_the_lock_screen_opens_the_file_menu_not_the_recovery_dialog(
    qtbot: QtBot, window: MainWindow
) -> None:
    window.lock()
    handle = window.windowHandle()
    assert handle is not None
    QTest.keyClick(handle, Qt.Key.Key_F, Qt.KeyboardModifier.AltModifier)
    file_menu = window.menuBar().actions()[0].menu()
    qtbot.waitUntil(file_menu.isVisible, timeout=2_000)
    assert not any(d.isVisible() for d in _recovery_dialogs())
    file_menu.close()


def test_forgot_passphrase_on_the_lock_screen_ends_unlocked_with_the_notice(
    qtbot: QtBot, new_vault: tuple[Vault, str], settings: Settings, options: VaultOptions
) -> None:
    vault, recovery_key = new_vault
    window = window_over(qtbot, vault, settings, options)
    window.lock()
    qtbot.mouseClick(window.lock_screen.form.forgot, Qt.MouseButton.LeftButton)
    dialog = next(d for d in _recovery_dialogs() if d.isVisible())
    assert isinstance(dialog, RecoveryUnlockDialog)
    recover_with_key(qtbot, dialog, recovery_key, PASSPHRASE + " again")
    qtbot.waitUntil(lambda: window.workspace is not None, timeout=10_000)
    assert "new passphrase" in window.notice.text()
