"""After a whole session of the app, no clinical words are left where they should not be.

Create a vault through the dialogs, start a network, write a meeting in the
real editor, preview its summary, export it for supervision, lock, quit.
Then: no distinctive string in the temp folder, the settings file, the data
folder, any log or stderr; and while locked, no widget shows any of them.
"""

from __future__ import annotations

import tempfile
from datetime import datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QAbstractListModel, QModelIndex
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
)
from pytestqt.qtbot import QtBot

from odnotes.model import Meeting, Person, PersonKind
from tests.ui.helpers import flush_deletes, new_network, settled
from tests.ui.test_first_launch import create_through_dialogs
from ui.launcher import Launcher
from ui.settings import Settings
from ui.summary import SummaryPreviewDialog
from ui.supervision import SupervisionExportDialog
from ui.supervision.models import ACCEPT
from ui.vault_options import VaultOptions

NETWORK = "Xanthippe Quillfeather"
PERSON = "Zebulon Ørstedsson"
TYPED = "marmalade-submarine-7731 外部公開しないでください"
DISTINCTIVE = [NETWORK, PERSON, "marmalade-submarine-7731", "外部公開しないでください"]


def widget_texts() -> str:
    """Everything any live widget could show: labels, fields, buttons, lists, titles."""
    parts: list[str] = []
    for widget in QApplication.allWidgets():
        parts.append(widget.windowTitle())
        parts.append(widget.toolTip())
        if isinstance(widget, QLabel | QLineEdit | QAbstractButton):
            parts.append(widget.text())
        elif isinstance(widget, QPlainTextEdit | QTextEdit):
            parts.append(widget.toPlainText())
        elif isinstance(widget, QComboBox):
            parts += [widget.itemText(i) for i in range(widget.count())]
        elif isinstance(widget, QAbstractItemView) and widget.model() is not None:
            model = widget.model()
            root = QModelIndex()
            rows = model.rowCount(root)
            columns = 1 if isinstance(model, QAbstractListModel) else model.columnCount(root)
            for row in range(rows):
                for column in range(columns):
                    parts.append(str(model.index(row, column).data() or ""))
    return "\n".join(parts)


def assert_absent_from_files(folder: Path, skip: set[Path]) -> list[Path]:
    searched = []
    for path in folder.rglob("*"):
        if not path.is_file() or any(s == path or s in path.parents for s in skip):
            continue
        data = path.read_bytes()
        searched.append(path)
        for text in DISTINCTIVE:
            for encoding in ("utf-8", "utf-16-le"):
                assert text.encode(encoding) not in data, f"{text!r} in {path}"
    return searched


def test_a_whole_session_leaves_no_clinical_words_behind(
    qtbot: QtBot,
    tmp_path: Path,
    settings: Settings,
    options: VaultOptions,
    monkeypatch: pytest.MonkeyPatch,
    capfd: pytest.CaptureFixture[str],
) -> None:
    temp = tmp_path / "system-temp"
    temp.mkdir()
    monkeypatch.setenv("TMPDIR", str(temp))
    monkeypatch.setattr(tempfile, "tempdir", str(temp))
    from ui.editor import MeetingEditor

    monkeypatch.setattr("ui.workspace.meeting_editor_class", lambda: MeetingEditor)

    # Create a vault, a network, a person and a meeting.
    window = create_through_dialogs(qtbot, Launcher(settings, options), tmp_path, monkeypatch)
    vault = window.session.vault
    new_network(qtbot, window, NETWORK)
    assert window.workspace is not None
    network_id = window.workspace.network_id()
    person = Person(network_id, PERSON, PersonKind.FAMILY, relationship="brother")
    meeting = Meeting(network_id, datetime(2031, 7, 19, 10, 0))
    meeting.present = [person.id]
    vault.save_many([person, meeting])

    # Write in the real editor.
    editor = window.open_meeting(meeting.id)
    assert isinstance(editor, MeetingEditor)
    editor.show_section("purpose")
    editor.sections["purpose"].text_box.insertPlainText(TYPED)  # type: ignore[attr-defined]
    editor.save_now()
    assert vault.get(Meeting, meeting.id).purpose.text == TYPED

    # Preview the summary, then export for supervision into a folder.
    window.menu_actions["meeting_summary"].trigger()
    settled(qtbot)
    preview = next(w for w in window.side_windows._open if isinstance(w, SummaryPreviewDialog))
    assert preview.page_model.rowCount() >= 1
    window.menu_actions["supervision"].trigger()
    export = next(w for w in window.side_windows._open if isinstance(w, SupervisionExportDialog))
    out = tmp_path / "usb"
    out.mkdir()
    export.folder.setText(str(out))
    export.drafts.setChecked(True)  # the meeting is a draft; drafts are left out by default
    with qtbot.waitSignal(export.review_shown, timeout=20_000):
        export.start_review()
    export.words.answer_all(ACCEPT)
    with qtbot.waitSignal(export.review_shown, timeout=20_000):
        export.apply_answers()
    with qtbot.waitSignal(export.exported) as written:
        export.write()
    assert written.args[0]

    # Lock: nothing decrypted is shown by any widget.
    assert TYPED in widget_texts()
    window.lock()
    flush_deletes()
    shown = widget_texts()
    for text in DISTINCTIVE:
        assert text not in shown, f"{text!r} still shown after locking"

    # Quit.
    window.close()
    flush_deletes()

    searched = assert_absent_from_files(tmp_path, skip={vault.path, out, tmp_path / "recovery.txt"})
    assert any(p.suffix == ".ini" for p in searched), "the settings file was not searched"
    captured = capfd.readouterr()
    for text in DISTINCTIVE:
        assert text not in captured.err and text not in captured.out
