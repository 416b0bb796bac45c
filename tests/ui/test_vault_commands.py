"""Back up, restore, change passphrase and the recovery key, from the File menu (issue 12, item 17).

The same core functions and messages as ``odnotes backup``, ``restore``,
``passwd`` and ``recover`` (``tests/odnotes/test_cli.py``), typed into the
real dialogs.
"""

from __future__ import annotations

from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit, QMessageBox
from pytestqt.qtbot import QtBot

from odnotes.errors import WrongPassphrase
from odnotes.vault import Vault, open_unlocked
from tests.conftest import PASSPHRASE
from tests.ui.helpers import recover_with_key, wait_unlocked, window_over
from ui.dialogs.change_passphrase import ChangePassphraseDialog
from ui.dialogs.recovery_unlock import RecoveryUnlockDialog
from ui.dialogs.vault_copies import BackupDialog, RestoreDialog
from ui.main_window import MainWindow
from ui.settings import Settings
from ui.vault_options import VaultOptions

NEW_PASSPHRASE = "amber lichen harbour seven"


def retype(qtbot: QtBot, field: QLineEdit, text: str) -> None:
    field.setFocus()
    field.selectAll()
    qtbot.keyClick(field, Qt.Key.Key_Delete)
    qtbot.keyClicks(field, text)


def opened(window: MainWindow, kind: type) -> object:
    found = [d for d in window.findChildren(kind) if d.isVisible()]
    assert len(found) == 1, f"{kind.__name__} did not open"
    return found[0]


def test_file_menu_has_the_vault_commands(window: MainWindow) -> None:
    file_menu = window.menuBar().actions()[0].menu()
    texts = [a.text().replace("&", "") for a in file_menu.actions()]
    for text in (
        "Back up the vault…",
        "Restore a backup…",
        "Change passphrase…",
        "Unlock with the recovery key…",
    ):
        assert text in texts
    assert not window.menu_actions["recovery_unlock"].isEnabled(), "only needed while locked"
    window.lock()
    assert not window.menu_actions["backup"].isEnabled()
    assert not window.menu_actions["change_passphrase"].isEnabled()
    assert window.menu_actions["restore"].isEnabled()
    assert window.menu_actions["recovery_unlock"].isEnabled()


def test_backup_writes_a_verified_copy_and_never_overwrites(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    window.menu_actions["backup"].trigger()
    dialog = opened(window, BackupDialog)
    assert isinstance(dialog, BackupDialog)
    target = tmp_path / "usb" / "Team backup.odvault"
    target.parent.mkdir()
    retype(qtbot, dialog.path, str(target))
    qtbot.keyClick(dialog.path, Qt.Key.Key_Return)
    assert dialog.busy.is_running(), "a visible wait while the copy is checked"
    qtbot.waitUntil(dialog.outcome.isVisible, timeout=10_000)
    assert dialog.outcome.text() == f"Backup written to {target} and verified."
    copy = open_unlocked(target, PASSPHRASE, readonly=True, policy=window.options.policy)
    try:
        assert copy.verify().ok
    finally:
        copy.close()
    qtbot.keyClick(dialog.close_button, Qt.Key.Key_Return)
    assert not dialog.isVisible()
    assert window.notice.text() == f"Backup written to {target} and verified."

    before = target.read_bytes()
    window.menu_actions["backup"].trigger()
    again = opened(window, BackupDialog)
    assert isinstance(again, BackupDialog)
    retype(qtbot, again.path, str(target))
    qtbot.keyClick(again.path, Qt.Key.Key_Return)
    qtbot.waitUntil(again.error.isVisible, timeout=10_000)
    assert "already exists; OD Notes never writes over it" in again.error.text()
    assert target.read_bytes() == before


@pytest.fixture
def backup_file(window: MainWindow, tmp_path: Path) -> Path:
    path = tmp_path / "Team backup.odvault"
    window.session.vault.backup(path)
    return path


def test_restore_makes_a_new_vault_and_offers_to_open_it(
    qtbot: QtBot, window: MainWindow, backup_file: Path, tmp_path: Path
) -> None:
    taken = tmp_path / "Taken.odvault"
    taken.write_bytes(b"someone else's vault")
    window.menu_actions["restore"].trigger()
    dialog = opened(window, RestoreDialog)
    assert isinstance(dialog, RestoreDialog)
    qtbot.keyClicks(dialog.backup, str(backup_file))
    assert dialog.target.text() == str(tmp_path / "Team backup restored.odvault")
    retype(qtbot, dialog.target, str(taken))
    qtbot.keyClicks(dialog.passphrase, PASSPHRASE)
    qtbot.keyClick(dialog.passphrase, Qt.Key.Key_Return)
    assert "never writes over a vault" in dialog.error.text()
    assert taken.read_bytes() == b"someone else's vault"

    retype(qtbot, dialog.target, str(tmp_path / "Restored"))
    assert dialog.error.isHidden()
    dialog.passphrase.setFocus()
    qtbot.keyClick(dialog.passphrase, Qt.Key.Key_Return)
    assert dialog.busy.is_running()
    qtbot.waitUntil(dialog.outcome.isVisible, timeout=10_000)
    restored = tmp_path / "Restored.odvault"
    source = open_unlocked(backup_file, PASSPHRASE, readonly=True, policy=window.options.policy)
    try:
        records = source.verify().records  # what odnotes restore reports
    finally:
        source.close()
    assert dialog.outcome.text() == f"Restored {records} records to {restored}; verified."
    assert dialog.open_button.isVisible() and dialog.open_button.isDefault()
    with qtbot.waitSignal(window.open_vault) as chosen:
        qtbot.mouseClick(dialog.open_button, Qt.MouseButton.LeftButton)
    assert chosen.args == [restored]
    copy = open_unlocked(restored, PASSPHRASE, readonly=True, policy=window.options.policy)
    try:
        assert copy.verify().ok
    finally:
        copy.close()


def test_restore_with_the_wrong_passphrase_says_so_and_writes_nothing(
    qtbot: QtBot, window: MainWindow, backup_file: Path, tmp_path: Path
) -> None:
    window.menu_actions["restore"].trigger()
    dialog = opened(window, RestoreDialog)
    assert isinstance(dialog, RestoreDialog)
    qtbot.keyClicks(dialog.backup, str(backup_file))
    qtbot.keyClicks(dialog.passphrase, "not the passphrase")
    qtbot.keyClick(dialog.passphrase, Qt.Key.Key_Return)
    qtbot.waitUntil(dialog.error.isVisible, timeout=10_000)
    assert "does not unlock" in dialog.error.text()
    assert not (tmp_path / "Team backup restored.odvault").exists()
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith(".")) == []


def test_change_passphrase_checks_the_current_one_first(qtbot: QtBot, window: MainWindow) -> None:
    vault = window.session.vault
    window.menu_actions["change_passphrase"].trigger()
    dialog = opened(window, ChangePassphraseDialog)
    assert isinstance(dialog, ChangePassphraseDialog)
    qtbot.keyClicks(dialog.current, "not the passphrase")
    qtbot.keyClicks(dialog.new.first, NEW_PASSPHRASE)
    qtbot.keyClicks(dialog.new.second, NEW_PASSPHRASE)
    qtbot.keyClick(dialog.new.second, Qt.Key.Key_Return)
    assert dialog.busy.is_running()
    qtbot.waitUntil(dialog.error.isVisible, timeout=10_000)
    assert "does not unlock this vault" in dialog.error.text()
    open_unlocked(vault.path, PASSPHRASE, readonly=True, policy=window.options.policy).close()

    retype(qtbot, dialog.current, PASSPHRASE)
    with qtbot.waitSignal(dialog.accepted, timeout=10_000):
        qtbot.keyClick(dialog.current, Qt.Key.Key_Return)
    assert window.notice.text() == "The passphrase was changed."
    open_unlocked(vault.path, NEW_PASSPHRASE, readonly=True, policy=window.options.policy).close()
    with pytest.raises(WrongPassphrase):
        open_unlocked(vault.path, PASSPHRASE, readonly=True, policy=window.options.policy)


def test_the_demo_keeps_its_passphrase(
    qtbot: QtBot, settings: Settings, options: VaultOptions
) -> None:
    window = window_over(qtbot, options.open_demo(), settings, options)
    window.menu_actions["change_passphrase"].trigger()
    box = opened(window, QMessageBox)
    assert isinstance(box, QMessageBox)
    assert "fictional demo network" in box.text()
    assert not window.findChildren(ChangePassphraseDialog)
    box.close()


def test_unlock_with_the_recovery_key_from_the_file_menu(
    qtbot: QtBot, new_vault: tuple[Vault, str], settings: Settings, options: VaultOptions
) -> None:
    vault, recovery_key = new_vault
    window = window_over(qtbot, vault, settings, options)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=2_000)  # shortcuts go to the active window
    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert window.session.is_locked
    window.menu_actions["recovery_unlock"].trigger()
    dialog = opened(window, RecoveryUnlockDialog)
    assert isinstance(dialog, RecoveryUnlockDialog)
    recover_with_key(qtbot, dialog, recovery_key, NEW_PASSPHRASE)
    wait_unlocked(qtbot, window)
    assert window.notice.text() == "The vault has a new passphrase. Your recovery key still works."
    assert not window.menu_actions["recovery_unlock"].isEnabled()
    vault.lock()
    vault.unlock(NEW_PASSPHRASE)
    assert vault.is_unlocked


def test_locking_closes_the_passphrase_dialog_with_what_was_typed(
    qtbot: QtBot, window: MainWindow
) -> None:
    window.menu_actions["change_passphrase"].trigger()
    dialog = opened(window, ChangePassphraseDialog)
    assert isinstance(dialog, ChangePassphraseDialog)
    qtbot.keyClicks(dialog.current, PASSPHRASE)
    qtbot.keyClicks(dialog.new.first, NEW_PASSPHRASE)
    window.session.set_idle_minutes(0.003)  # then the idle lock, about 180 ms later
    qtbot.waitUntil(lambda: window.session.is_locked, timeout=5_000)
    window.session.set_idle_minutes(5)
    qtbot.waitUntil(lambda: not shiboken6.isValid(dialog), timeout=2_000)  # and what was typed
