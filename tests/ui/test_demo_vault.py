"""The demo vault never locks anyone out (issue 12, item 4)."""

from __future__ import annotations

from pathlib import Path

import shiboken6
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from odnotes.model import Network
from tests.ui.helpers import unlock_dialog_for, wait_unlocked
from ui.dialogs.unlock import UnlockDialog
from ui.dialogs.welcome import WelcomeDialog
from ui.launcher import Launcher
from ui.main_window import MainWindow
from ui.settings import Settings
from ui.vault_options import DEMO_PASSPHRASE, VaultOptions


def open_demo_from_welcome(qtbot: QtBot, launcher: Launcher) -> MainWindow:
    launcher.start()
    welcome = launcher.dialog
    assert isinstance(welcome, WelcomeDialog)
    qtbot.addWidget(welcome)
    with qtbot.waitSignal(launcher.window_opened, timeout=10_000) as opened:
        qtbot.mouseClick(welcome.demo_button, Qt.MouseButton.LeftButton)
    window = opened.args[0]
    assert isinstance(window, MainWindow)
    qtbot.addWidget(window)
    return window


def test_demo_lock_screen_tells_the_passphrase_and_enter_unlocks(
    qtbot: QtBot, settings: Settings, options: VaultOptions
) -> None:
    window = open_demo_from_welcome(qtbot, Launcher(settings, options))
    window.session.set_idle_minutes(0.003)  # the idle lock, about 180 ms
    qtbot.waitUntil(lambda: window.session.is_locked, timeout=5_000)
    window.session.set_idle_minutes(5)
    form = window.lock_screen.form
    assert form.hint.isVisible()
    assert DEMO_PASSPHRASE in form.hint.text()
    qtbot.keyClick(form.passphrase, Qt.Key.Key_Return)
    wait_unlocked(qtbot, window)
    assert [n.name for n in window.session.vault.all(Network)] == ["Maija"]
    window.lock()
    assert form.passphrase.text() == DEMO_PASSPHRASE, "ready again for the next lock"
    window.close()


def test_demo_from_open_recent_opens_without_asking(
    qtbot: QtBot, tmp_path: Path, settings: Settings, options: VaultOptions
) -> None:
    demo = options.open_demo()
    demo.close()
    vault, _ = options.create(tmp_path / "Team.odvault", "willow kettle orbit lantern")
    vault.close()
    launcher = Launcher(settings, options)
    unlock = unlock_dialog_for(qtbot, launcher, tmp_path / "Team.odvault")
    assert not unlock.form.hint.isVisible(), "a real vault's passphrase is never hinted"
    unlock.form.passphrase.setText("willow kettle orbit lantern")
    with qtbot.waitSignal(launcher.window_opened, timeout=10_000) as opened:
        qtbot.keyClick(unlock.form.passphrase, Qt.Key.Key_Return)
    team_window = opened.args[0]  # not given to qtbot: switching vaults deletes it
    shown: list[object] = []
    launcher.dialog_shown.connect(shown.append)
    with qtbot.waitSignal(launcher.window_opened, timeout=10_000) as opened:
        team_window.open_vault.emit(options.demo_path)
    demo_window = opened.args[0]
    qtbot.addWidget(demo_window)
    assert not any(isinstance(d, UnlockDialog) for d in shown), "the demo asked for a passphrase"
    assert not demo_window.session.is_locked
    assert "fictional" in demo_window.windowTitle()
    qtbot.waitUntil(lambda: not shiboken6.isValid(team_window))
    demo_window.close()
