"""Run by test_crash_recovery in a subprocess: write in a meeting, autosave, then die hard."""

from __future__ import annotations

import os
import signal
import sys

from PySide6.QtWidgets import QApplication

import ui.workspace
from odnotes.crypto import TEST_POLICY
from odnotes.vault import Vault
from tests.ui.fake_editor import FakeMeetingEditor
from ui.main_window import MainWindow
from ui.session import Session
from ui.settings import Settings


def main(vault_path: str, settings_path: str, passphrase: str, meeting_id: str) -> None:
    """Open the meeting, type, let the editor autosave, then SIGKILL this process."""
    app = QApplication([])
    ui.workspace.meeting_editor_class = lambda: FakeMeetingEditor  # type: ignore[assignment]
    vault = Vault.open(vault_path, policy=TEST_POLICY)
    vault.unlock(passphrase)
    window = MainWindow(Session(vault, 5), Settings(settings_path))
    window.show()
    window.open_meeting(meeting_id)  # the network is read in the background first
    while window.workspace.current_editor() is None:
        app.processEvents()
    editor = window.workspace.current_editor()
    editor.purpose.setPlainText("Typed before the power went out.")
    editor.save_now()  # what the real editor's autosave timer does
    app.processEvents()
    sys.stdout.write("saved\n")
    sys.stdout.flush()
    os.kill(os.getpid(), signal.SIGKILL)


if __name__ == "__main__":
    main(*sys.argv[1:5])
