"""The whole first-launch flow through real dialogs, then people, locking and unlocking."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QFileDialog
from pytestqt.qtbot import QtBot

from odnotes.model import Network, Person, Practitioner
from tests.ui.helpers import new_network, unlock_dialog_for, wait_unlocked
from ui.dialogs.create_vault import CreateVaultDialog
from ui.dialogs.recovery_key import RecoveryKeyDialog
from ui.dialogs.welcome import WelcomeDialog
from ui.launcher import Launcher
from ui.main_window import MainWindow
from ui.settings import Settings
from ui.vault_options import VaultOptions

PASSPHRASE = "willow kettle orbit lantern"


def create_through_dialogs(
    qtbot: QtBot, launcher: Launcher, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> MainWindow:
    """Welcome -> Create -> recovery key (saved) -> main window."""
    launcher.start()
    welcome = launcher.dialog
    assert isinstance(welcome, WelcomeDialog)
    qtbot.addWidget(welcome)
    qtbot.mouseClick(welcome.create_button, Qt.MouseButton.LeftButton)
    create = launcher.dialog
    assert isinstance(create, CreateVaultDialog)
    qtbot.addWidget(create)
    create.path.setText(str(tmp_path / "Team vault"))
    qtbot.keyClicks(create.passphrase.first, PASSPHRASE)
    qtbot.keyClicks(create.passphrase.second, PASSPHRASE)
    assert create.passphrase.meter.format() in ("Good", "Strong")
    qtbot.mouseClick(create.create_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: isinstance(launcher.dialog, RecoveryKeyDialog), timeout=10_000)
    keep = launcher.dialog
    assert isinstance(keep, RecoveryKeyDialog)
    qtbot.addWidget(keep)
    assert not keep.continue_button.isEnabled()
    saved_to = tmp_path / "recovery.txt"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(saved_to), ""))
    keep.save_key()
    assert keep.key_label.text() in saved_to.read_text(encoding="utf-8")
    keep.reject()  # Escape is refused until the key is confirmed as kept
    assert keep.isVisible()
    keep.kept.setChecked(True)
    with qtbot.waitSignal(launcher.window_opened, timeout=15_000) as opened:
        qtbot.mouseClick(keep.continue_button, Qt.MouseButton.LeftButton)
    window = opened.args[0]
    assert isinstance(window, MainWindow)
    qtbot.addWidget(window)
    return window


def test_create_vault_add_people_lock_by_idle_unlock(
    qtbot: QtBot,
    tmp_path: Path,
    settings: Settings,
    options: VaultOptions,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    launcher = Launcher(settings, options)
    window = create_through_dialogs(qtbot, launcher, tmp_path, monkeypatch)
    vault = window.session.vault
    assert vault.path == tmp_path / "Team vault.odvault"
    assert window.windowTitle() == "Team vault — OD Notes"

    new_network(qtbot, window, "Aino")
    assert window.windowTitle() == "Aino — Team vault — OD Notes"
    page = window.workspace.page  # type: ignore[union-attr]
    assert page is not None
    people = page.people
    qtbot.keyClicks(people.member_name, "Aino")
    people.member_kind.setCurrentIndex(people.member_kind.findText("person at the centre"))
    qtbot.keyClick(people.member_name, Qt.Key.Key_Return)
    qtbot.keyClicks(people.member_name, "Veikko")
    qtbot.keyClick(people.member_name, Qt.Key.Key_Return)
    qtbot.keyClicks(people.practitioner_name, "Riikka Salo")
    qtbot.keyClick(people.practitioner_name, Qt.Key.Key_Return)
    assert sorted(p.name for p in people.members.objects()) == ["Aino", "Veikko"]
    assert [p.name for p in people.practitioners.objects()] == ["Riikka Salo"]
    network = vault.all(Network)[0]
    assert len(network.practitioner_ids) == 1

    window.session.set_idle_minutes(0.003)  # about 180 ms
    qtbot.waitUntil(lambda: window.session.is_locked, timeout=5_000)
    window.session.set_idle_minutes(5)  # so a slow machine does not lock again mid-check
    assert window.workspace is None
    assert window.windowTitle() == "Team vault (locked) — OD Notes"

    window.lock_screen.form.passphrase.setText(PASSPHRASE)
    window.lock_screen.form.submit()
    wait_unlocked(qtbot, window)
    assert window.workspace is not None
    assert window.workspace.network_id() == network.id
    assert window.windowTitle() == "Aino — Team vault — OD Notes"
    names = sorted(p.name for p in window.workspace.page.people.members.objects())  # type: ignore[union-attr]
    assert names == ["Aino", "Veikko"]
    assert [p.name for p in vault.all(Practitioner)] == ["Riikka Salo"]
    assert {p.name for p in vault.all(Person)} == {"Aino", "Veikko"}

    window.close()
    assert settings.open_session() is None
    assert settings.recent_vaults() == [str(vault.path)]


def test_wrong_passphrase_then_backoff_then_right(
    qtbot: QtBot, tmp_path: Path, settings: Settings, options: VaultOptions
) -> None:
    vault, _ = options.create(tmp_path / "Locked.odvault", PASSPHRASE)
    vault.close()
    launcher = Launcher(settings, options)
    dialog = unlock_dialog_for(qtbot, launcher, tmp_path / "Locked.odvault")
    form = dialog.form
    assert "Locked" in dialog.windowTitle()
    for _ in range(4):
        form.passphrase.setText("not it at all")
        form.submit()
        qtbot.waitUntil(lambda: not form.is_busy(), timeout=5_000)
    assert "does not unlock this vault" in form.error.text()
    assert "try again in 1 s" in form.error.text()
    assert not form.unlock_button.isEnabled()
    qtbot.waitUntil(form.unlock_button.isEnabled, timeout=3_000)
    form.passphrase.setText(PASSPHRASE)
    with qtbot.waitSignal(launcher.window_opened, timeout=10_000) as opened:
        form.submit()
    window = opened.args[0]
    qtbot.addWidget(window)
    assert not window.session.is_locked
    window.close()


def test_vault_in_use_is_refused_with_a_clear_message(
    qtbot: QtBot, tmp_path: Path, settings: Settings, options: VaultOptions
) -> None:
    vault, _ = options.create(tmp_path / "Busy.odvault", PASSPHRASE)
    try:
        launcher = Launcher(settings, options)
        launcher.start(tmp_path / "Busy.odvault")
        box = launcher.dialog
        assert box is not None
        qtbot.addWidget(box)
        assert "already open in another OD Notes window" in box.text()  # type: ignore[attr-defined]
        box.close()
        assert isinstance(launcher.dialog, WelcomeDialog)
        qtbot.addWidget(launcher.dialog)
    finally:
        vault.close()


def test_demo_vault_opens_and_is_labelled_fictional(
    qtbot: QtBot, settings: Settings, options: VaultOptions
) -> None:
    launcher = Launcher(settings, options)
    launcher.start()
    welcome = launcher.dialog
    assert isinstance(welcome, WelcomeDialog)
    qtbot.addWidget(welcome)
    assert "fictional" in welcome.demo_button.text()
    with qtbot.waitSignal(launcher.window_opened, timeout=10_000) as opened:
        qtbot.mouseClick(welcome.demo_button, Qt.MouseButton.LeftButton)
    window = opened.args[0]
    qtbot.addWidget(window)
    assert "fictional" in window.windowTitle()
    assert QApplication.activeModalWidget() is None, "the busy notice must not stay up"
    assert [n.name for n in window.session.vault.all(Network)] == ["Maija"]
    window.close()
    assert options.demo_path.is_file()
