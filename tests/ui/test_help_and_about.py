"""Help menu (user guide on F1, shortcuts on Ctrl+/), About box, recent vaults, versions."""

from __future__ import annotations

import re
import sqlite3
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage, QPixmap, QTextDocument
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

import main as entry
from odnotes import __version__
from odnotes.crypto import TEST_POLICY, fast_test_params
from odnotes.vault import FORMAT_VERSION, Vault
from ui.about import about_text, show_about
from ui.dialogs.shortcuts import ShortcutsDialog
from ui.dialogs.unlock import UnlockDialog
from ui.help import UserGuideDialog, docs_dir, guide_path
from ui.launcher import Launcher
from ui.main_window import MainWindow
from ui.menus import fill_recent_menu
from ui.settings import Settings
from ui.vault_options import VaultOptions


def _vault_file(path: Path) -> Path:
    vault, _ = Vault.create(
        path, "a passphrase for tests", kdf=fast_test_params(), policy=TEST_POLICY
    )
    vault.close()
    return path


def test_user_guide_renders_with_its_screenshots(qtbot: QtBot) -> None:
    dialog = UserGuideDialog()
    qtbot.addWidget(dialog)
    document = dialog.browser.document()
    assert "Write up your first meeting" in document.toPlainText()
    names = re.findall(r"!\[[^\]]*\]\(([^)]+)\)", guide_path().read_text(encoding="utf-8"))
    assert len(names) >= 6
    for name in names:
        image = document.resource(QTextDocument.ResourceType.ImageResource, name)
        assert isinstance(image, (QImage, QPixmap)) and not image.isNull(), name
    html = document.toHtml()
    assert 'width="720"' in html  # the wide screenshots are scaled to fit


def test_a_missing_guide_says_so_plainly(qtbot: QtBot, tmp_path: Path) -> None:
    dialog = UserGuideDialog(path=tmp_path / "user-guide.md")
    qtbot.addWidget(dialog)
    assert "missing from this installation" in dialog.browser.toPlainText()


def test_f1_opens_the_guide_and_ctrl_slash_the_shortcuts(qtbot: QtBot, window: MainWindow) -> None:
    assert "F1" in [s.toString() for s in window.menu_actions["user_guide"].shortcuts()]
    assert [s.toString() for s in window.menu_actions["shortcuts"].shortcuts()] == ["Ctrl+/"]
    qtbot.keyClick(window, Qt.Key.Key_F1)
    guide = window.findChild(UserGuideDialog)
    assert guide is not None and guide.isVisible()
    qtbot.keyClick(window, Qt.Key.Key_Slash, Qt.KeyboardModifier.ControlModifier)
    shortcuts = [d for d in window.findChildren(ShortcutsDialog) if d.isVisible()]
    assert len(shortcuts) == 1
    assert ("Ctrl+K, Ctrl+F", "Search everything") in shortcuts[0].texts()
    shortcuts[0].close()
    guide.close()


def test_about_shows_version_licence_and_vault_format(qtbot: QtBot, window: MainWindow) -> None:
    text = about_text("/home/someone/.config/OD Notes/odnotes.ini")
    assert __version__ in text
    assert "GPL-3.0-or-later" in text
    assert f"Vault format version: {FORMAT_VERSION}" in text
    box = show_about(window, window.settings.file_name)
    qtbot.addWidget(box)
    assert box.isVisible() and "GPL-3.0-or-later" in box.text()
    box.close()


def test_open_recent_lists_other_vaults_and_opens_the_chosen_one(
    qtbot: QtBot, tmp_path: Path, settings: Settings, options: VaultOptions, window: MainWindow
) -> None:
    other = _vault_file(tmp_path / "Other team.odvault")
    settings.add_recent_vault(window.session.vault.path)
    settings.add_recent_vault(other)
    menu = next(
        a.menu() for a in window.menuBar().actions()[0].menu().actions() if a.menu() is not None
    )
    fill_recent_menu(window, menu)
    entries = [a for a in menu.actions() if a.isEnabled()]
    assert [a.text() for a in entries] == ["&1  Other team.odvault"]
    with qtbot.waitSignal(window.open_vault) as chosen:
        entries[0].trigger()
    assert chosen.args == [other.resolve()]


def test_choosing_a_recent_vault_closes_this_one_and_asks_for_the_other(
    qtbot: QtBot, tmp_path: Path, settings: Settings, options: VaultOptions
) -> None:
    first = _vault_file(tmp_path / "First.odvault")
    second = _vault_file(tmp_path / "Second.odvault")
    launcher = Launcher(settings, options)
    launcher.start(first)
    dialog = launcher.dialog
    assert isinstance(dialog, UnlockDialog)
    qtbot.addWidget(dialog)
    dialog.form.passphrase.setText("a passphrase for tests")
    with qtbot.waitSignal(launcher.window_opened, timeout=10_000):
        dialog.form.unlock_button.click()
    window = launcher.window
    assert isinstance(window, MainWindow)  # not given to qtbot: the launcher deletes it
    # Qt quits when the last visible window closes (pytest-qt runs no app.exec() to show it):
    # something else must already be on screen when the vault's window goes.
    on_screen_at_close: list[list[str]] = []
    window.closed.connect(
        lambda: on_screen_at_close.append(
            [w.windowTitle() for w in QApplication.topLevelWidgets() if w.isVisible()]
        )
    )
    session = window.session
    window.open_vault.emit(second)
    qtbot.waitUntil(
        lambda: isinstance(launcher.dialog, UnlockDialog) and launcher.dialog is not dialog
    )
    assert len(on_screen_at_close) == 1
    assert any("Second" in title for title in on_screen_at_close[0]), on_screen_at_close
    assert launcher.dialog.isVisible()
    assert "Second" in launcher.dialog.windowTitle()
    assert not session.vault.is_unlocked
    # The closed window is deleted, not kept hidden with its vault's records until exit.
    qtbot.waitUntil(lambda: not shiboken6.isValid(window))
    assert launcher.window is None
    launcher.dialog.close()


def test_double_clicked_vault_opens_its_unlock_dialog(
    qtbot: QtBot, tmp_path: Path, settings: Settings, options: VaultOptions
) -> None:
    """The desktop file runs ``odnotes %f``: the path may contain spaces."""
    path = _vault_file(tmp_path / "Team notes 2026.odvault")
    args = entry.parse_args([str(path), "-platform", "offscreen"])
    assert args.vault == path and args.smoke_test is False
    launcher = Launcher(settings, options)
    launcher.start(args.vault)
    assert isinstance(launcher.dialog, UnlockDialog)
    qtbot.addWidget(launcher.dialog)
    assert "Team notes 2026" in launcher.dialog.windowTitle()
    launcher.dialog.close()


def test_a_vault_from_a_newer_version_gets_a_clear_message(
    qtbot: QtBot, tmp_path: Path, settings: Settings, options: VaultOptions
) -> None:
    path = _vault_file(tmp_path / "Future.odvault")
    with sqlite3.connect(path) as conn:
        conn.execute(f"PRAGMA user_version = {FORMAT_VERSION + 1}")
    conn.close()
    launcher = Launcher(settings, options)
    launcher.start(path)
    box = launcher.dialog
    assert isinstance(box, QMessageBox)
    qtbot.addWidget(box)
    assert "newer version of OD Notes" in box.text()
    assert "please update OD Notes" in box.text()
    box.close()


def test_smoke_flag_is_parsed() -> None:
    assert entry.parse_args(["--smoke-test"]).smoke_test is True


@pytest.mark.parametrize("name", ["user-guide.md", "screenshots"])
def test_docs_are_where_the_bundle_expects_them(name: str) -> None:
    assert (docs_dir() / name).exists()
