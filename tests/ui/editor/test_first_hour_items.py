"""The editor's part of a new user's first hour (issue 12): each snag, driven as a person would."""

from __future__ import annotations

from datetime import datetime

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QLabel, QWidget
from pytestqt.qtbot import QtBot

from odnotes import continuity, networks
from odnotes.model import Meeting, Network, Practitioner, StanceEntry
from odnotes.vault import Vault
from ui.editor import MeetingEditor
from ui.editor.finalise_dialog import FinaliseDialog
from ui.editor.models.attendance import AttendanceModel
from ui.editor.models.earlier_follow_ups import EarlierFollowUpsModel
from ui.editor.sections.decisions import DecisionsSection
from ui.editor.sections.people import PeopleSection

from .conftest import demo_meetings, open_editor, reactivate, when_modal
from .typing_dates import click_into, type_into


def click_box(qtbot: QtBot, box: QWidget) -> None:
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(8, box.height() // 2))


def tick_cell(qtbot: QtBot, view: QWidget, row: int, column: int) -> None:
    view.setFocus()
    view.setCurrentIndex(view.model().index(row, column))  # type: ignore[attr-defined]
    qtbot.keyClick(view, Qt.Key.Key_Space)


def no_label_is_clipped(dialog: QWidget) -> None:
    for label in dialog.findChildren(QLabel):
        if label.isVisible() and label.text():
            needed = (
                label.heightForWidth(label.width())
                if label.wordWrap()
                else label.sizeHint().height()
            )
            assert label.height() >= needed, label.text()
            assert label.width() >= label.minimumSizeHint().width(), label.text()


def test_finalise_names_who_has_not_signed_and_confirms_the_time(
    qtbot: QtBot, draft_editor: MeetingEditor
) -> None:
    vault = draft_editor.session.vault
    names = [vault.get(Practitioner, p).name for p in draft_editor.session.meeting.facilitators]
    seen: dict[str, object] = {}

    def sign(dialog: QWidget) -> None:
        assert isinstance(dialog, FinaliseDialog)
        dialog.activateWindow()
        qtbot.waitUntil(dialog.isActiveWindow, timeout=2_000)
        seen["first"] = dialog.missing.text()
        assert dialog.when_edit.moment() == datetime(2026, 9, 18, 14, 0)
        click_into(qtbot, dialog.when_edit, "14:")
        type_into(qtbot, dialog.when_edit, "10")  # it was a morning meeting
        boxes = list(dialog.boxes.values())
        click_box(qtbot, boxes[0])
        seen["second"] = dialog.missing.text()
        assert not dialog.ok_button.isEnabled()
        click_box(qtbot, boxes[1])
        assert not dialog.missing.isVisible() and dialog.ok_button.isEnabled()
        no_label_is_clipped(dialog)
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)

    when_modal(qtbot, sign)
    qtbot.mouseClick(draft_editor.finalise_button, Qt.MouseButton.LeftButton)
    reactivate(qtbot, draft_editor)
    assert seen["first"] == f"{names[0]} and {names[1]} have not signed yet."
    assert seen["second"] == f"{names[1]} has not signed yet."
    stored = vault.get(Meeting, draft_editor.meeting_id())
    assert stored.is_final and stored.starts_at == datetime(2026, 9, 18, 10, 0)


@pytest.fixture
def finalised_editor(qtbot: QtBot, demo_vault: tuple[Vault, Network]) -> MeetingEditor:
    """The demo's first meeting (finalised) open in an editor."""
    vault, network = demo_vault
    return open_editor(qtbot, vault, demo_meetings(vault, network)[0].id)


def test_a_finalised_meeting_offers_its_summary_on_its_toolbar(
    qtbot: QtBot, finalised_editor: MeetingEditor
) -> None:
    editor = finalised_editor
    first_id = editor.meeting_id()
    assert editor.summary_button.isVisible()
    assert editor.summary_button.text() == "Summary for the network…"
    with qtbot.waitSignal(editor.summary_requested) as asked:
        qtbot.mouseClick(editor.summary_button, Qt.MouseButton.LeftButton)
    assert asked.args == [first_id]


def test_a_finalised_meetings_fields_look_read_only(finalised_editor: MeetingEditor) -> None:
    editor = finalised_editor
    box = editor.section_of(PeopleSection).detail_edit
    assert box.isReadOnly()
    image = box.grab().toImage()
    inside = QColor(image.pixel(box.width() - 6, box.height() // 2))
    assert inside == editor.palette().color(editor.backgroundRole())  # the page, not a white box


def test_an_empty_decision_is_described_calmly_and_truly(
    qtbot: QtBot, blank_editor: MeetingEditor
) -> None:
    qtbot.keyClick(
        blank_editor,
        Qt.Key.Key_D,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    decision = blank_editor.session.meeting.decisions[0]
    someone = blank_editor.directory.members[0].id
    decision.stances.append(StanceEntry(someone, words="Maybe"))
    blank_editor.session.touch()
    blank_editor.save_now()
    status = blank_editor.status.text()
    assert "Not stored" not in status
    assert status.startswith("Draft. Saved ")
    assert ", except what is still empty: decision 1 has no words yet." in status
    assert status.endswith("It stays here and is saved once it has words.")


def test_from_the_last_meeting_invitees_are_expected_and_follow_ups_can_be_checked_off(
    qtbot: QtBot, demo_vault: tuple[Vault, Network]
) -> None:
    vault, network = demo_vault
    third = demo_meetings(vault, network)[2]
    vault.delete(Meeting, third.id)  # the demo's draft: start the third meeting afresh
    second = demo_meetings(vault, network)[1]
    draft = networks.new_meeting_from_last(vault, network.id, datetime(2026, 9, 18, 14, 0))
    assert draft.present == [] and set(draft.expected) == set(second.next_meeting.invitee_ids)  # type: ignore[union-attr]
    editor = open_editor(qtbot, vault, draft.id)
    people = editor.section_of(PeopleSection)
    model = people.attendance
    row = next(r for r in range(model.rowCount()) if model.person_at(r).id in draft.expected)
    name = model.index(row, AttendanceModel.NAME).data()
    assert name.endswith("— expected: did they come?")
    tick_cell(qtbot, people.members_view, row, AttendanceModel.PRESENT)
    meeting = editor.session.meeting
    assert model.person_at(row).id in meeting.present
    assert model.person_at(row).id not in meeting.expected
    assert "expected" not in model.index(row, AttendanceModel.NAME).data()

    earlier = editor.section_of(DecisionsSection).earlier
    assert earlier is not None
    whats = [
        earlier.model.index(r, EarlierFollowUpsModel.WHAT).data()
        for r in range(earlier.model.rowCount())
    ]
    assert "Send Maija the leaflet about the tablets in plain language" in whats
    assert "Ask Zoë if she would like to come" not in whats  # done at the first meeting
    leaflet = whats.index("Send Maija the leaflet about the tablets in plain language")
    tick_cell(qtbot, earlier.view, leaflet, EarlierFollowUpsModel.DONE)
    editor.save_now()
    stored = vault.get(Meeting, draft.id)
    assert [c.done for c in stored.follow_up_checks] == [True]
    everything = continuity.follow_ups(vault.all(Meeting, network_id=network.id))
    done = {f.what: f.done for _, _, f in everything}
    assert done["Send Maija the leaflet about the tablets in plain language"] is True
    assert vault.get(Meeting, second.id).decisions[0].follow_ups[0].done is False  # unchanged


def test_the_facilitator_hint_says_the_right_thing_for_none_and_for_one(
    qtbot: QtBot, blank_editor: MeetingEditor
) -> None:
    people = blank_editor.section_of(PeopleSection)
    assert blank_editor.session.meeting.facilitators == []
    assert people.single_note.isVisible()
    assert people.single_note.text().startswith("Tick who facilitated")
    tick_cell(qtbot, people.facilitators_view, 0, 0)
    assert len(blank_editor.session.meeting.facilitators) == 1
    assert people.single_note.text().startswith("One practitioner only")
    tick_cell(qtbot, people.facilitators_view, 1, 0)
    assert not people.single_note.isVisible()


def test_the_section_list_follows_scrolling(qtbot: QtBot, draft_editor: MeetingEditor) -> None:
    bar = draft_editor.scroll_area.verticalScrollBar()
    assert draft_editor.nav.currentRow() in (-1, 0)
    bar.setValue(draft_editor.sections["decisions"].y())
    assert draft_editor.nav.currentItem().text().endswith("Decisions")
    bar.setValue(bar.maximum())
    assert draft_editor.nav.currentRow() == draft_editor.nav.count() - 1
    bar.setValue(0)
    assert draft_editor.nav.currentRow() == 0
