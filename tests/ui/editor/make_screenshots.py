"""Save screenshots of the meeting editor and its dialogs (offscreen) to look at.

Usage: ``QT_QPA_PLATFORM=offscreen python -m tests.ui.editor.make_screenshots OUT_DIR``.
Uses a throwaway demo vault (fictional people) in a temporary folder under OUT_DIR.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from PySide6.QtWidgets import QApplication, QDialog, QWidget

from odnotes.continuity import in_order
from odnotes.crypto import TEST_POLICY, fast_test_params
from odnotes.demo import write_demo
from odnotes.model import Meeting
from odnotes.vault import Vault
from ui.editor import MeetingEditor
from ui.editor.amend_dialog import AmendDialog
from ui.editor.finalise_dialog import FinaliseDialog
from ui.editor.history_dialog import HistoryDialog
from ui.editor.outside_dialog import OutsideDialog
from ui.editor.person_dialog import PersonDialog
from ui.editor.reason_dialog import ReasonDialog


def _save(widget: QWidget, path: Path) -> None:
    widget.show()
    QApplication.processEvents()
    widget.grab().save(str(path))
    print(path)


def main(out: Path) -> None:
    """Write the PNGs into ``out``."""
    app = QApplication.instance() or QApplication([])
    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(dir=out) as scratch:
        vault, _ = Vault.create(
            Path(scratch) / "demo.odvault",
            "screenshots only",
            kdf=fast_test_params(),
            policy=TEST_POLICY,
        )
        network = write_demo(vault)
        meetings = in_order(vault.all(Meeting, network_id=network.id))
        editor = MeetingEditor(vault, meetings[2].id)
        editor.resize(1366, 768)
        _save(editor, out / "editor-1-people.png")
        for number, key in enumerate(
            ("voices", "reflections", "decisions", "uncertainties", "next"), start=2
        ):
            editor.show_section(key)
            _save(editor, out / f"editor-{number}-{key}.png")
        meeting = editor.session.meeting
        dialogs: dict[str, QDialog] = {
            "team-only": ReasonDialog(
                "Keep to the team",
                "Why is Maija's voice kept out of the network's summary? "
                "The summary will say that something was held back.",
                ok_text="Keep to the team",
                parent=editor,
            ),
            "outside": OutsideDialog(meeting.decisions[0], editor),
            "add-person": PersonDialog(vault, network.id, editor),
            "finalise": FinaliseDialog(meeting, editor.directory, [], editor),
            "amend": AmendDialog(meeting, editor.directory, editor),
        }
        amended = next(m for m in meetings if m.amendments)
        dialogs["history"] = HistoryDialog(
            vault.history(amended.id), editor.directory.names(), editor
        )
        for name, dialog in dialogs.items():
            _save(dialog, out / f"dialog-{name}.png")
            dialog.close()
        editor.close()
        vault.close()
    del app


if __name__ == "__main__":
    main(Path(sys.argv[1] if len(sys.argv) > 1 else "screenshots"))
