"""A new user's whole first write-up through the real widgets (issue 12).

From the welcome screen: create a vault, a network for a fictional person
(with the time of the first call), its people, a meeting with every section,
finalise it, preview its summary, lock, unlock, and start the second meeting
from the last one, checking at each step what a person would see.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QDialog, QWidget
from pytestqt.qtbot import QtBot

from odnotes.model import Meeting, Network, Stance
from tests.ui.editor.typing_dates import click_into, type_into
from tests.ui.helpers import new_network, on_next_dialog, visible_texts, wait_unlocked
from tests.ui.test_first_launch import PASSPHRASE, create_through_dialogs
from ui.dates import weekday_date_time
from ui.editor import MeetingEditor
from ui.editor.finalise_dialog import FinaliseDialog
from ui.editor.models.attendance import AttendanceModel
from ui.editor.models.earlier_follow_ups import EarlierFollowUpsModel
from ui.editor.models.stances import StanceModel
from ui.editor.sections.decisions import DecisionsSection
from ui.editor.sections.next_meeting import NextMeetingSection
from ui.editor.sections.people import PeopleSection
from ui.editor.sections.purpose import PurposeSection
from ui.editor.sections.reflections import ReflectionsSection
from ui.editor.sections.uncertainties import UncertaintiesSection
from ui.editor.sections.voices import VoicesSection
from ui.launcher import Launcher
from ui.main_window import MainWindow
from ui.network.meeting_time_dialog import MeetingTimeDialog
from ui.settings import Settings
from ui.summary.preview_dialog import SummaryPreviewDialog
from ui.vault_options import VaultOptions

CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None
    return widget


def tick(qtbot: QtBot, view: QWidget, row: int, column: int) -> None:
    """Tick a cell with the space bar, as a keyboard user does."""
    view.setFocus()
    view.setCurrentIndex(view.model().index(row, column))  # type: ignore[attr-defined]
    qtbot.keyClick(view, Qt.Key.Key_Space)


def commit(qtbot: QtBot) -> None:
    """Press Return in a table's cell editor; the view commits on its next turn."""
    editor = focused()
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not editor, timeout=2000)


def activate(qtbot: QtBot, widget: QWidget) -> None:
    widget.activateWindow()
    qtbot.waitUntil(widget.isActiveWindow, timeout=2000)


def add_person(qtbot: QtBot, window: MainWindow, name: str, kind: str) -> None:
    people = window.workspace.page.people  # type: ignore[union-attr]
    qtbot.keyClicks(people.member_name, name)
    people.member_kind.setCurrentIndex(people.member_kind.findText(kind))
    qtbot.keyClick(people.member_name, Qt.Key.Key_Return)


def start_meeting(qtbot: QtBot, window: MainWindow, button: QWidget, hour: str) -> MeetingEditor:
    """Click a "new meeting" button, type the hour it started, press Enter."""
    seen: list[str] = []

    def answer(dialog: QDialog) -> None:
        assert isinstance(dialog, MeetingTimeDialog)
        activate(qtbot, dialog)
        field = dialog.when_edit
        seen.append(field.lineEdit().text())
        click_into(qtbot, field, f"{field.moment():%H}:")
        type_into(qtbot, field, hour)
        qtbot.keyClick(field, Qt.Key.Key_Return)

    on_next_dialog(answer)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert seen, "no dialog asked when the meeting started"
    editor = window.workspace.current_editor()  # type: ignore[union-attr]
    assert isinstance(editor, MeetingEditor)
    editor.session.set_intervals(150, 1000)
    activate(qtbot, window)
    return editor


def write_every_section(qtbot: QtBot, editor: MeetingEditor) -> None:
    directory = editor.directory
    members = [p.name for p in directory.members]
    people = editor.section_of(PeopleSection)
    for name in ("Aino", "Veikko"):
        tick(qtbot, people.members_view, members.index(name), AttendanceModel.PRESENT)
    tick(qtbot, people.members_view, members.index("Helmi"), AttendanceModel.ABSENT)
    assert people.single_note.text().startswith("Tick who facilitated")
    for row in range(2):
        tick(qtbot, people.facilitators_view, row, 0)
    assert not people.single_note.isVisible()

    editor.show_section("purpose")
    qtbot.keyClicks(focused(), "Aino wants to talk about the nights.")
    voices = editor.section_of(VoicesSection)
    qtbot.keyClicks(voices.boxes[0].text_box, "The nights are long and loud.")
    qtbot.keyClicks(voices.boxes[1].text_box, "Worried, and glad we met.")

    qtbot.keyClick(focused(), Qt.Key.Key_R, CTRL_SHIFT)
    qtbot.keyClicks(focused(), "We heard how much the family cares.")
    card = editor.section_of(ReflectionsSection).cards[0]
    responses = [w for w in card.findChildren(QWidget) if type(w).__name__ == "ResponseBox"]
    qtbot.keyClicks(responses[0].text_box, "It felt odd, then kind.")  # type: ignore[attr-defined]

    qtbot.keyClick(focused(), Qt.Key.Key_D, CTRL_SHIFT)
    qtbot.keyClicks(focused(), "Meet again on Thursday at home.")
    decision = editor.section_of(DecisionsSection).cards[0]
    view = decision.stance_view
    for row in (0, 1):
        rect = view.visualRect(view.model().index(row, StanceModel.FIRST_STANCE))
        qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    add = next(
        b
        for b in decision.findChildren(QWidget)
        if b.accessibleName().startswith("Add a follow-up")
    )
    qtbot.mouseClick(add, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(focused(), "Ask Helmi if she would like to come")
    commit(qtbot)

    qtbot.keyClick(focused(), Qt.Key.Key_U, CTRL_SHIFT)
    qtbot.keyClicks(focused(), "Whether moving back home would help.")
    assert editor.section_of(UncertaintiesSection).isVisible()

    editor.show_section("next")
    plan = editor.section_of(NextMeetingSection)
    qtbot.mouseClick(plan.dated, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(plan.note_box, "Bring the bus timetable.")
    assert editor.section_of(PurposeSection).isVisible()


def finalise(qtbot: QtBot, editor: MeetingEditor) -> list[str]:
    """Sign as each facilitator, reading what the dialog says before and after."""
    said: list[str] = []

    def sign(dialog: QWidget) -> None:
        assert isinstance(dialog, FinaliseDialog)
        activate(qtbot, dialog)
        said.append(dialog.when_edit.lineEdit().text())
        said.append(dialog.missing.text())
        for box in dialog.boxes.values():
            qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(8, box.height() // 2))
        said.append(dialog.missing.text() if dialog.missing.isVisible() else "")
        assert dialog.ok_button.isEnabled()
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)

    on_next_dialog(sign)
    qtbot.mouseClick(editor.finalise_button, Qt.MouseButton.LeftButton)
    return said


def test_the_first_hour(
    qtbot: QtBot,
    tmp_path: Path,
    settings: Settings,
    options: VaultOptions,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr("ui.workspace.meeting_editor_class", lambda: MeetingEditor)
    window = create_through_dialogs(qtbot, Launcher(settings, options), tmp_path, monkeypatch)
    vault = window.session.vault
    assert window.windowTitle() == "Team vault — OD Notes"

    # A network for Aino; the first call came yesterday evening.
    called = (datetime.now() - timedelta(days=1)).replace(
        hour=19, minute=40, second=0, microsecond=0
    )
    new_network(qtbot, window, "Aino", called)
    page = window.workspace.page  # type: ignore[union-attr]
    assert page is not None
    assert f"first contact {weekday_date_time(called)}" in page.header.text()
    assert vault.all(Network)[0].first_contact == called

    # Its people: the person at the centre first, then family; two practitioners.
    page.show_tab("people")
    people = page.people
    assert people.member_kind.currentText() == "person at the centre"
    add_person(qtbot, window, "Aino", "person at the centre")
    assert people.member_kind.currentText() == "family"  # not the centre twice
    add_person(qtbot, window, "Veikko", "family")
    add_person(qtbot, window, "Helmi", "friend")
    for name in ("Riikka Salo", "Mikko Laine"):
        qtbot.keyClicks(people.practitioner_name, name)
        qtbot.keyClick(people.practitioner_name, Qt.Key.Key_Return)
    shown = visible_texts(people)
    for words in ("Aino", "Veikko", "Helmi", "person at the centre", "Riikka Salo", "not said"):
        assert words in shown

    # The first meeting, at 10 this morning, every section written.
    page.show_tab("meetings")
    assert not page.meetings.open_button.isEnabled()
    editor = start_meeting(qtbot, window, page.meetings.new_button, "10")
    assert editor.session.meeting.starts_at.hour == 10
    write_every_section(qtbot, editor)
    editor.save_now()
    assert editor.status.text().startswith("Draft. Saved ")

    # Finalise: the time is shown to confirm, and who has not signed is named.
    said = finalise(qtbot, editor)
    assert said[0].endswith(", 10:00")
    assert said[1] == "Riikka Salo and Mikko Laine have not signed yet."
    assert said[2] == ""
    qtbot.waitUntil(lambda: editor.session.meeting.is_final, timeout=5000)
    first = vault.get(Meeting, editor.meeting_id())
    assert first.is_final and len(first.signatures) == 2
    assert first.decisions[0].stance_of(first.present[0]) is Stance.AGREES
    assert not editor.finalise_button.isVisible()

    # The summary, from the meeting's own toolbar.
    activate(qtbot, window)
    qtbot.mouseClick(editor.summary_button, Qt.MouseButton.LeftButton)
    preview = next(w for w in QApplication.topLevelWidgets() if isinstance(w, SummaryPreviewDialog))
    qtbot.waitUntil(lambda: preview.page_model.rowCount() > 0, timeout=10_000)
    assert preview.pdf_bytes().startswith(b"%PDF")
    assert (
        "pages on A4 paper" in preview.status.text() or "page on A4 paper" in preview.status.text()
    )
    preview.close()

    # Lock, and unlock from the lock screen.
    window.menu_actions["lock"].trigger()
    qtbot.waitUntil(lambda: window.session.is_locked, timeout=5000)
    assert window.workspace is None
    window.lock_screen.form.passphrase.setText(PASSPHRASE)
    window.lock_screen.form.submit()
    wait_unlocked(qtbot, window)
    page = window.workspace.page  # type: ignore[union-attr]
    assert page is not None

    # The second meeting from the last one: people expected, not ticked; follow-ups to check.
    page.show_tab("meetings")
    second = start_meeting(qtbot, window, page.meetings.from_last, "11")
    meeting = second.session.meeting
    assert meeting.present == [] and set(meeting.expected) == set(first.present)
    attendance = second.section_of(PeopleSection).attendance
    expected_rows = [
        attendance.index(r, AttendanceModel.NAME).data() for r in range(attendance.rowCount())
    ]
    assert sum("expected: did they come?" in text for text in expected_rows) == 2
    earlier = second.section_of(DecisionsSection).earlier
    assert earlier is not None
    assert earlier.model.index(0, EarlierFollowUpsModel.WHAT).data() == (
        "Ask Helmi if she would like to come"
    )
    tick(qtbot, earlier.view, 0, EarlierFollowUpsModel.DONE)
    second.save_now()
    assert [c.done for c in vault.get(Meeting, second.meeting_id()).follow_up_checks] == [True]
    assert vault.get(Meeting, first.id).decisions[0].follow_ups[0].done is False
