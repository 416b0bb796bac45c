"""Two app windows and the command line on one vault: one writer, refused clearly, nothing lost.

The first window holds the writer lock; a second launcher (a second app
instance in the same process takes the same OS lock a second process would)
is refused with the "already open" message; a second process writing
through the CLI is refused too; the read-only CLI ``verify`` and ``list``
work while the app holds the vault; and every save made meanwhile is there
after the window closes.
"""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import datetime
from pathlib import Path

from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from odnotes.crypto import TEST_POLICY
from odnotes.interchange import export_json
from odnotes.model import Meeting, Network, Purpose
from odnotes.vault import open_unlocked
from tests.conftest import PASSPHRASE
from ui.launcher import Launcher
from ui.main_window import MainWindow
from ui.settings import Settings
from ui.vault_options import VaultOptions

ROOT = Path(__file__).resolve().parents[2]


def cli(*args: str | Path) -> subprocess.CompletedProcess[str]:
    env = os.environ | {"ODNOTES_TEST_FAST_KDF": "1", "ODNOTES_PASSPHRASE": PASSPHRASE}
    return subprocess.run(
        [sys.executable, "-m", "odnotes", *map(str, args)],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        stdin=subprocess.DEVNULL,
        timeout=60,
    )


def test_second_window_and_cli_writer_are_refused_readers_work_nothing_lost(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, settings: Settings, options: VaultOptions
) -> None:
    vault = window.session.vault
    network = vault.all(Network)[0]

    # A second app instance opening the same vault is refused with a clear message.
    second = Launcher(Settings(tmp_path / "second.ini"), options)
    second.open_path(vault.path)
    refusal = second.dialog
    assert isinstance(refusal, QMessageBox)
    qtbot.addWidget(refusal)
    assert "already open in another OD Notes window or program" in refusal.text()
    assert "Maija" not in refusal.text()
    refusal.done(0)

    # The app keeps writing while the others knock.
    meeting = Meeting(
        network.id, datetime(2027, 2, 1, 9, 0), purpose=Purpose(text="Written in window one.")
    )
    vault.save(meeting)

    # A CLI writer (another process) is refused, changes nothing, and says why.
    source = tmp_path / "other.json"
    export_json(vault, source)
    refused = cli("import-json", vault.path, source)
    assert refused.returncode == 1
    assert "already open in another OD Notes window or program" in refused.stderr
    assert "Traceback" not in refused.stderr

    # Readers are welcome while the app holds the vault, and see the latest save.
    verified = cli("verify", vault.path)
    assert verified.returncode == 0, verified.stderr
    assert "Everything is intact." in verified.stdout
    listed = cli("list", vault.path)
    assert listed.returncode == 0 and meeting.id in listed.stdout

    # Nothing was lost: close the window (it saves and releases the lock), then reopen.
    path = vault.path
    window.close()
    qtbot.waitUntil(lambda: not window.isVisible(), timeout=5_000)
    reopened = open_unlocked(path, PASSPHRASE, policy=TEST_POLICY)
    try:
        assert reopened.get(Meeting, meeting.id).purpose.text == "Written in window one."
        assert reopened.verify().ok
    finally:
        reopened.close()
