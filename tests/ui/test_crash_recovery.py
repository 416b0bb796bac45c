"""After the process is killed, the next launch reopens the draft and says so."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from odnotes.model import Meeting, Network
from odnotes.vault import Vault
from tests.conftest import PASSPHRASE
from tests.ui.fake_editor import FakeMeetingEditor
from ui.dialogs.unlock import UnlockDialog
from ui.launcher import RECOVERED_NOTICE, Launcher
from ui.settings import Settings
from ui.vault_options import VaultOptions

ROOT = Path(__file__).resolve().parents[2]


def test_killed_session_reopens_the_draft_with_a_notice(
    qtbot: QtBot,
    demo_vault: tuple[Vault, Network],
    settings: Settings,
    options: VaultOptions,
) -> None:
    vault, _ = demo_vault
    draft = max(vault.all(Meeting), key=lambda m: m.starts_at)
    path = vault.path
    vault.close()
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT))
    child = subprocess.run(
        [
            sys.executable,
            "-m",
            "tests.ui.crash_child",
            str(path),
            settings.file_name,
            PASSPHRASE,
            draft.id,
        ],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert child.returncode == -9, child.stderr
    assert "saved" in child.stdout

    fresh = Settings(settings.file_name)
    assert fresh.open_session() == (str(path.resolve()), draft.id)
    launcher = Launcher(fresh, options)
    launcher.start()
    dialog = launcher.dialog
    assert isinstance(dialog, UnlockDialog)
    qtbot.addWidget(dialog)
    dialog.form.passphrase.setText(PASSPHRASE)
    with qtbot.waitSignal(launcher.window_opened, timeout=10_000) as opened:
        qtbot.keyClick(dialog.form.passphrase, Qt.Key.Key_Return)
    window = opened.args[0]
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: window.workspace.current_editor() is not None, timeout=5000)
    editor = window.workspace.current_editor()
    assert isinstance(editor, FakeMeetingEditor)
    assert editor.meeting_id() == draft.id
    assert editor.purpose.toPlainText() == "Typed before the power went out."
    assert window.notice.text() == RECOVERED_NOTICE
    window.close()
    assert Settings(settings.file_name).open_session() is None
