"""For the clinical record: copied through the clipboard guard, a short form, saved if asked."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, Qt, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QApplication,
    QDialogButtonBox,
    QFileDialog,
    QMessageBox,
    QPushButton,
    QWidget,
)
from pytestqt.qtbot import QtBot

from odnotes.continuity import in_order
from odnotes.model import Meeting, Network
from odnotes.recordnote import record_note
from tests.odnotes.summary_helpers import pdf_text
from tests.ui.test_accessibility import unnamed_controls
from ui.clipboard import ClipboardGuard
from ui.dialogs.preferences import PreferencesDialog
from ui.editor import MeetingEditor
from ui.main_window import MainWindow
from ui.network.record_number_dialog import RecordNumberDialog
from ui.recordnote import RecordNoteDialog
from ui.settings import Settings

TEAM_ONLY = "Team only, not shared with the network"
CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


def meetings_of(window: MainWindow) -> list[Meeting]:
    """The demo's meetings, oldest first (two finalised, then a draft)."""
    return in_order(window.session.vault.all(Meeting))


def select_meeting(window: MainWindow, meeting: Meeting) -> None:
    """Select ``meeting`` in the Meetings tab of the network page."""
    page = window.workspace.page  # type: ignore[union-attr]
    assert page is not None
    page.show_tab("meetings")
    view = page.meetings.view
    for row in range(view.model().rowCount()):
        view.selectRow(row)
        if page.meetings.selected_meeting_id() == meeting.id:
            return
    raise AssertionError("meeting not listed")


def open_note(qtbot: QtBot, window: MainWindow, meeting: Meeting) -> RecordNoteDialog:
    """Select the meeting and press Ctrl+Shift+C; the dialog that opens."""
    select_meeting(window, meeting)
    window.activateWindow()  # a dialog before may have had the focus (no window manager here)
    qtbot.waitUntil(window.isActiveWindow, timeout=2_000)
    qtbot.keyClick(window, Qt.Key.Key_C, CTRL_SHIFT)  # the note is made off the GUI thread

    def shown() -> list[RecordNoteDialog]:
        return [d for d in window.findChildren(RecordNoteDialog) if d.isVisible()]

    qtbot.waitUntil(lambda: bool(shown()), timeout=10_000)
    dialogs = shown()
    assert len(dialogs) == 1
    qtbot.waitExposed(dialogs[0])
    return dialogs[0]


def saved_as(
    qtbot: QtBot,
    dialog: RecordNoteDialog,
    button: QPushButton,
    chosen: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> Path:
    """Click a Save button, choose ``chosen`` in the file dialog; where the note was saved."""
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(chosen), ""))
    with qtbot.waitSignal(dialog.saved, timeout=20_000) as saved:
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    return Path(saved.args[0])


def on_next_modal(act: Callable[[QWidget], None]) -> None:
    """Run ``act`` on the next modal dialog once it shows (call before what opens it)."""

    def poll() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None or not dialog.isVisible():
            QTimer.singleShot(20, poll)
            return
        act(dialog)

    QTimer.singleShot(0, poll)


def test_the_note_is_copied_from_a_finalised_meeting_and_the_clipboard_cleared(
    qtbot: QtBot, window: MainWindow
) -> None:
    window.clipboard = ClipboardGuard(clear_after_ms=400, parent=window)
    meeting = meetings_of(window)[1]
    dialog = open_note(qtbot, window, meeting)
    text = dialog.text()
    assert text == record_note(window.session.vault, meeting.id).text
    assert text.startswith("NETWORK MEETING (OPEN DIALOGUE)") and TEAM_ONLY in text
    assert dialog.text_view.toPlainText() == text
    locale = QLocale()
    assert (
        f"{locale.toString(len(text))} characters, within your limit of {locale.toString(4000)}"
        in dialog.count.text()
    )
    assert not dialog.short_choice.isEnabled()  # the full note fits
    with qtbot.waitSignal(dialog.copied) as copied:
        qtbot.mouseClick(dialog.copy_button, Qt.MouseButton.LeftButton)
    assert copied.args == [len(text)]
    clipboard = QGuiApplication.clipboard()
    assert clipboard.text() == text
    assert "cleared after 1 second unless you copy something else" in dialog.status.text()
    qtbot.waitUntil(lambda: clipboard.text() == "", timeout=3_000)


def test_enter_copies_and_the_app_guard_clears_after_thirty_seconds(
    qtbot: QtBot, window: MainWindow
) -> None:
    dialog = open_note(qtbot, window, meetings_of(window)[0])
    qtbot.keyClick(dialog.copy_button, Qt.Key.Key_Return)
    assert QGuiApplication.clipboard().text() == dialog.text()
    assert "cleared after 30 seconds" in dialog.status.text()
    window.lock()  # locking clears it at once, and closes the dialog
    assert QGuiApplication.clipboard().text() == ""
    qtbot.waitUntil(lambda: not window.findChildren(RecordNoteDialog), timeout=3_000)


def test_a_draft_is_not_offered_and_says_why(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    said: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *a: said.append(text))
    select_meeting(window, meetings_of(window)[2])
    qtbot.keyClick(window, Qt.Key.Key_C, CTRL_SHIFT)
    qtbot.waitUntil(lambda: bool(said), timeout=10_000)
    assert len(said) == 1 and "still a draft" in said[0]
    assert not window.findChildren(RecordNoteDialog)


def test_over_the_limit_the_short_form_is_offered_first_and_the_full_note_kept(
    qtbot: QtBot, window: MainWindow, settings: Settings
) -> None:
    meeting = meetings_of(window)[1]
    full = record_note(window.session.vault, meeting.id).text
    settings.set_record_note_limit(len(full) - 30)
    dialog = open_note(qtbot, window, meeting)
    assert dialog.short_choice.isChecked() and dialog.short_choice.isEnabled()
    short = dialog.text()
    assert len(short) <= len(full) - 30 and "Short form, to fit" in short
    assert dialog.text_view.toPlainText() == short
    assert "The short form is" in dialog.count.text() and "the full note is" in dialog.count.text()
    qtbot.mouseClick(dialog.full_choice, Qt.MouseButton.LeftButton)
    assert dialog.text() == full == dialog.text_view.toPlainText()
    assert "over your limit" in dialog.count.text()
    qtbot.mouseClick(dialog.copy_button, Qt.MouseButton.LeftButton)
    assert QGuiApplication.clipboard().text() == full


def test_saving_as_text_adds_the_suffix_and_never_replaces_without_asking(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    dialog = open_note(qtbot, window, meetings_of(window)[1])
    chosen = tmp_path / "for the record"
    target = saved_as(qtbot, dialog, dialog.text_button, chosen, monkeypatch)
    assert target == tmp_path / "for the record.txt"
    assert target.read_text(encoding="utf-8") == dialog.text()
    assert oct(target.stat().st_mode & 0o777) == "0o600"
    target.write_text("something else", encoding="utf-8")
    asked: list[str] = []

    def refuse(_parent: object, _title: str, text: str, *_a: object) -> QMessageBox.StandardButton:
        asked.append(text)
        return QMessageBox.StandardButton.No

    monkeypatch.setattr(QMessageBox, "question", refuse)
    qtbot.mouseClick(dialog.text_button, Qt.MouseButton.LeftButton)
    assert asked == ["for the record.txt is already there. Replace it?"]
    assert target.read_text(encoding="utf-8") == "something else"


def test_saving_as_pdf_runs_in_the_background_with_the_full_note(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    dialog = open_note(qtbot, window, meetings_of(window)[1])
    chosen = tmp_path / "attach.pdf"
    assert saved_as(qtbot, dialog, dialog.pdf_button, chosen, monkeypatch) == chosen
    text = pdf_text(chosen.read_bytes())
    assert "Network meeting (Open Dialogue)" in text and TEAM_ONLY in text
    assert "Saved as attach.pdf." in dialog.status.text()
    assert sorted(p.name for p in tmp_path.iterdir() if p.suffix == ".pdf") == ["attach.pdf"]


def test_the_record_number_is_written_on_the_network_page_and_reaches_the_note(
    qtbot: QtBot, window: MainWindow
) -> None:
    page = window.workspace.page  # type: ignore[union-attr]
    assert page is not None

    def type_number(dialog: QWidget) -> None:
        assert isinstance(dialog, RecordNumberDialog)
        dialog.number.selectAll()
        qtbot.keyClicks(dialog.number, "  RX 204 7781 ")
        qtbot.keyClick(dialog.number, Qt.Key.Key_Return)

    on_next_modal(type_number)
    qtbot.mouseClick(page.record_number_button, Qt.MouseButton.LeftButton)
    network = window.session.vault.get(Network, page.network_id)
    assert network.record_number == "RX 204 7781"
    qtbot.waitUntil(lambda: "record number RX 204 7781" in page.header.text(), timeout=2_000)
    dialog = open_note(qtbot, window, meetings_of(window)[0])
    assert "Record number: RX 204 7781" in dialog.text()
    assert dialog.no_number.isHidden()


def test_a_cancelled_record_number_changes_nothing(qtbot: QtBot, window: MainWindow) -> None:
    page = window.workspace.page  # type: ignore[union-attr]
    assert page is not None

    def cancel(dialog: QWidget) -> None:
        assert isinstance(dialog, RecordNumberDialog)
        qtbot.keyClicks(dialog.number, "QZ 1")
        qtbot.keyClick(dialog.number, Qt.Key.Key_Escape)

    before = window.session.vault.get(Network, page.network_id).record_number
    assert before == "RVT 204 7781"  # the demo's
    on_next_modal(cancel)
    qtbot.mouseClick(page.record_number_button, Qt.MouseButton.LeftButton)
    assert window.session.vault.get(Network, page.network_id).record_number == before


def test_the_limit_is_set_in_preferences(qtbot: QtBot, settings: Settings) -> None:
    dialog = PreferencesDialog(settings)
    qtbot.addWidget(dialog)
    assert dialog.record_limit.value() == 4_000
    dialog.record_limit.selectAll()
    qtbot.keyClicks(dialog.record_limit, "2500")
    ok = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    assert settings.record_note_limit() == 2_500
    settings.set_record_note_limit(10)
    assert settings.record_note_limit() == 200


def test_every_control_can_be_named_by_a_screen_reader(qtbot: QtBot, window: MainWindow) -> None:
    dialog = open_note(qtbot, window, meetings_of(window)[1])
    assert unnamed_controls(dialog) == []
    number = RecordNumberDialog("")
    qtbot.addWidget(number)
    assert unnamed_controls(number) == []
    page = window.workspace.page  # type: ignore[union-attr]
    assert page is not None and unnamed_controls(page) == []


def test_the_toolbar_button_copies_the_finalised_meeting_and_the_clipboard_is_cleared(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("ui.workspace.meeting_editor_class", lambda: MeetingEditor)
    window.clipboard = ClipboardGuard(clear_after_ms=300, parent=window)
    first, second, draft = in_order(window.session.vault.all(Meeting))
    editor = window.open_meeting(draft.id)
    assert isinstance(editor, MeetingEditor)
    assert editor.record_button.isHidden()  # a draft is not put into the record
    editor = window.open_meeting(second.id)
    assert isinstance(editor, MeetingEditor)
    assert not editor.record_button.isHidden()
    assert "Ctrl+Shift+C" in editor.record_button.toolTip()
    qtbot.mouseClick(editor.record_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: any(d.isVisible() for d in window.findChildren(RecordNoteDialog)))
    (dialog,) = [d for d in window.findChildren(RecordNoteDialog) if d.isVisible()]
    assert "Not shared with the network: 1 item" in dialog.text()
    qtbot.mouseClick(dialog.copy_button, Qt.MouseButton.LeftButton)
    clipboard = QGuiApplication.clipboard()
    assert clipboard.text() == dialog.text()
    qtbot.waitUntil(lambda: clipboard.text() == "", timeout=3_000)


def test_without_a_record_number_the_dialog_says_where_to_add_it(
    qtbot: QtBot, window: MainWindow
) -> None:
    vault = window.session.vault
    network = vault.all(Network)[0]
    network.record_number = ""
    vault.save(network)
    dialog = open_note(qtbot, window, meetings_of(window)[1])
    assert not dialog.no_number.isHidden() and "Record number…" in dialog.no_number.text()
    assert "Record number:" not in dialog.text()
