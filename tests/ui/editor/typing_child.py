"""Run by the crash test: open the editor, type into it, then wait to be killed.

Usage: ``python -m tests.ui.editor.typing_child VAULT MEETING_ID TEXT``. Prints
``TYPED`` once the last key was pressed and never saves on purpose: only the
editor's own autosave can store the text before the SIGKILL arrives.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from odnotes.crypto import TEST_POLICY
from odnotes.vault import Vault
from tests.conftest import PASSPHRASE
from ui.editor import MeetingEditor


def main(vault_path: str, meeting_id: str, text: str) -> None:
    """Type ``text`` at the end of the purpose box, report, then idle until killed."""
    app = QApplication([])
    vault = Vault.open(vault_path, policy=TEST_POLICY)
    vault.unlock(PASSPHRASE)
    editor = MeetingEditor(vault, meeting_id)
    editor.resize(1366, 768)
    editor.show()
    editor.activateWindow()

    def type_text() -> None:
        box = editor.sections["purpose"].text_box  # type: ignore[attr-defined]
        box.setFocus()
        QTest.keyClick(box, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
        QTest.keyClicks(box, text)
        print("TYPED", flush=True)

    QTimer.singleShot(100, type_text)
    app.exec()


if __name__ == "__main__":
    main(*sys.argv[1:4])
