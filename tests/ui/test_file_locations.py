"""Where vaults and saved files go (issue 12, item 7).

The default vault path works on an account without a documents folder, a
changed path clears the last error, and every file dialog opens in the
documents folder or the last folder used, never in the source checkout.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog
from pytestqt.qtbot import QtBot

from ui.dialogs.create_vault import CreateVaultDialog
from ui.dialogs.file_dialogs import in_source_checkout, start_dir
from ui.dialogs.recovery_key import RecoveryKeyDialog
from ui.dialogs.welcome import WelcomeDialog
from ui.launcher import Launcher
from ui.settings import Settings
from ui.vault_options import VaultOptions

PASSPHRASE = "willow kettle orbit lantern"
CHECKOUT = Path(__file__).resolve().parents[2]


def type_passphrases(qtbot: QtBot, dialog: CreateVaultDialog) -> None:
    qtbot.keyClicks(dialog.passphrase.first, PASSPHRASE)
    qtbot.keyClicks(dialog.passphrase.second, PASSPHRASE)


def test_default_path_works_when_there_is_no_documents_folder(
    qtbot: QtBot, documents: Path, options: VaultOptions
) -> None:
    assert not documents.exists()
    dialog = CreateVaultDialog(options)
    qtbot.addWidget(dialog)
    assert Path(dialog.path.text()) == documents / "OD Notes.odvault"
    type_passphrases(qtbot, dialog)
    with qtbot.waitSignal(dialog.accepted, timeout=10_000):
        qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)
    assert dialog.error.isHidden()
    assert (documents / "OD Notes.odvault").is_file()
    assert dialog.vault is not None
    dialog.vault.close()
    second = CreateVaultDialog(options)
    qtbot.addWidget(second)
    assert Path(second.path.text()) == documents / "OD Notes 2.odvault", "never the same name"


def test_the_error_goes_when_the_path_changes(
    qtbot: QtBot, tmp_path: Path, options: VaultOptions
) -> None:
    dialog = CreateVaultDialog(options)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.path.selectAll()
    qtbot.keyClicks(dialog.path, str(tmp_path / "no such folder" / "Team"))
    type_passphrases(qtbot, dialog)
    qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)
    assert dialog.error.isVisible()
    assert "does not exist" in dialog.error.text()
    dialog.path.selectAll()
    qtbot.keyClicks(dialog.path, str(tmp_path / "Team"))
    assert dialog.error.isHidden(), "the old error stayed after a valid path was typed"
    with qtbot.waitSignal(dialog.accepted, timeout=10_000):
        qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)
    assert (tmp_path / "Team.odvault").is_file()
    assert dialog.vault is not None
    dialog.vault.close()


def test_file_dialogs_open_in_documents_then_in_the_last_folder_used(
    qtbot: QtBot,
    tmp_path: Path,
    documents: Path,
    settings: Settings,
    options: VaultOptions,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    documents.mkdir()
    asked_in: list[str] = []
    answer = {"path": ""}

    def dialog(_parent: object, _title: str, start: str, _filter: str) -> tuple[str, str]:
        asked_in.append(start)
        return answer["path"], ""

    monkeypatch.setattr(QFileDialog, "getOpenFileName", dialog)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", dialog)
    launcher = Launcher(settings, options)
    launcher.start()
    welcome = launcher.dialog
    assert isinstance(welcome, WelcomeDialog)
    qtbot.addWidget(welcome)
    qtbot.mouseClick(welcome.open_button, Qt.MouseButton.LeftButton)  # cancelled
    assert Path(asked_in[-1]) == documents

    usb = tmp_path / "usb stick"
    usb.mkdir()
    keep = RecoveryKeyDialog("Team", "AAAAA-BBBBB")
    qtbot.addWidget(keep)
    answer["path"] = str(usb / "Team recovery key.txt")
    qtbot.mouseClick(keep.save_button, Qt.MouseButton.LeftButton)
    assert Path(asked_in[-1]) == documents / "Team recovery key.txt"
    assert (usb / "Team recovery key.txt").is_file()

    answer["path"] = ""
    qtbot.mouseClick(welcome.open_button, Qt.MouseButton.LeftButton)
    assert Path(asked_in[-1]) == usb, "the next dialog opens where the last file went"
    settings.sync()
    stored = Path(settings.file_name).read_text(encoding="utf-8")
    assert "recovery key.txt" not in stored, "only the folder is remembered, never a file name"


def test_never_the_source_checkout(documents: Path, settings: Settings) -> None:
    documents.mkdir()
    Launcher(settings, VaultOptions())
    settings.set_last_folder(str(CHECKOUT / "docs"))
    assert in_source_checkout(CHECKOUT / "docs")
    assert start_dir() == documents
    documents.rmdir()
    assert start_dir() == Path.home(), "nothing is made just to browse"
