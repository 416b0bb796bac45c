"""The vault dialogs: strength, refusals, recovery-key unlock, printing, damage notice."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrinter
from pytestqt.qtbot import QtBot

from odnotes.vault import Vault
from tests.conftest import PASSPHRASE
from ui.dialogs.create_vault import CreateVaultDialog
from ui.dialogs.damaged import DamagedVaultDialog, vault_problems
from ui.dialogs.recovery_key import print_sheet
from ui.dialogs.recovery_unlock import RecoveryUnlockDialog
from ui.dialogs.strength import estimate
from ui.vault_options import VaultOptions


@pytest.mark.parametrize(
    ("passphrase", "score"),
    [
        ("short", 0),
        ("password123", 1),
        ("aaaaaaaaaaaa", 1),
        ("Tr0ub4dor&3x", 3),
        ("willow kettle orbit lantern", 4),
    ],
)
def test_strength_estimate(passphrase: str, score: int) -> None:
    assert estimate(passphrase).score == score


def test_create_refuses_mismatch_and_existing_file(
    qtbot: QtBot, tmp_path: Path, options: VaultOptions
) -> None:
    dialog = CreateVaultDialog(options)
    qtbot.addWidget(dialog)
    dialog.path.setText(str(tmp_path / "v.odvault"))
    dialog.passphrase.first.setText("one two three four")
    dialog.passphrase.second.setText("one two three five")
    qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)
    assert "not the same" in dialog.error.text()
    (tmp_path / "v.odvault").write_bytes(b"")
    dialog.passphrase.second.setText("one two three four")
    dialog.submit()
    assert "already exists" in dialog.error.text()
    assert dialog.vault is None


def test_forgot_passphrase_unlocks_with_recovery_key_and_sets_a_new_one(
    qtbot: QtBot, new_vault: tuple[Vault, str]
) -> None:
    vault, recovery_key = new_vault
    vault.lock()
    dialog = RecoveryUnlockDialog(vault)
    qtbot.addWidget(dialog)
    dialog.key.setText("ABCDE-" * 7 + "ABCDE")
    qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.error.isHidden(), timeout=5_000)
    assert "has a typo in it" in dialog.error.text()
    assert not vault.is_unlocked
    dialog.key.setText(recovery_key.lower())
    qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.pages.currentIndex() == 1, timeout=5_000)
    assert vault.is_unlocked
    dialog.new_passphrase.first.setText("a brand new passphrase")
    dialog.new_passphrase.second.setText("a brand new passphrase")
    with qtbot.waitSignal(dialog.accepted, timeout=5_000):
        qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)
    vault.lock()
    vault.unlock("a brand new passphrase")
    assert vault.is_unlocked
    with pytest.raises(Exception, match="does not unlock"):
        vault.lock()
        vault.unlock(PASSPHRASE)


def test_recovery_sheet_prints(qtbot: QtBot, tmp_path: Path) -> None:
    printer = QPrinter()
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "sheet.pdf"))
    print_sheet(printer, "Team <vault>", "AAAAA-BBBBB")
    assert (tmp_path / "sheet.pdf").read_bytes().startswith(b"%PDF")


def test_damaged_vault_notice_lists_problems(qtbot: QtBot, demo_vault: tuple) -> None:  # type: ignore[type-arg]
    vault, _ = demo_vault
    from odnotes.errors import DamagedRecord

    vault.damaged = [DamagedRecord("abc", "meeting", 2, "it failed authentication")]
    vault.integrity_ok = False
    dialog = DamagedVaultDialog(vault)
    qtbot.addWidget(dialog)
    assert dialog.problems.count() == 2
    assert vault_problems(vault)[1].startswith("meeting abc (revision 2) is damaged")
