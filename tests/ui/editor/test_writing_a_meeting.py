"""Writing a whole meeting through the real widgets, with the keyboard and the mouse."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QCheckBox, QDialog, QWidget
from pytestqt.qtbot import QtBot

from odnotes.model import Meeting, Stance, UncertaintyStatus
from ui.editor import MeetingEditor
from ui.editor.models.attendance import AttendanceModel
from ui.editor.models.follow_ups import FollowUpModel
from ui.editor.models.stances import StanceModel
from ui.editor.person_dialog import PersonDialog
from ui.editor.sections.decisions import DecisionsSection
from ui.editor.sections.next_meeting import NextMeetingSection
from ui.editor.sections.people import PeopleSection
from ui.editor.sections.reflections import ReflectionsSection
from ui.editor.sections.uncertainties import UncertaintiesSection
from ui.editor.sections.voices import VoicesSection

from .conftest import reactivate, when_modal

CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None
    return widget


def commit(qtbot: QtBot) -> None:
    """Press Return in a table's cell editor; the view commits on its next turn."""
    editor = focused()
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not editor, timeout=2000)


def tick(qtbot: QtBot, view: QWidget, row: int, column: int) -> None:
    """Tick a checkable cell with the keyboard, as a keyboard user would."""
    view.setFocus()
    view.setCurrentIndex(view.model().index(row, column))  # type: ignore[attr-defined]
    qtbot.keyClick(view, Qt.Key.Key_Space)


def test_the_draft_opens_with_a_voice_box_per_present_person(
    draft_editor: MeetingEditor,
) -> None:
    voices = draft_editor.sections["voices"]
    assert isinstance(voices, VoicesSection)
    meeting = draft_editor.session.meeting
    shown = [box.person_id for box in voices.boxes]
    assert shown[: len(meeting.present)] == meeting.present
    texts = [box.text_box.toPlainText() for box in voices.boxes]
    assert "I have decided to try the tablets for a month, my choice." in texts
    assert "Draft. Saved" in draft_editor.status.text()


def test_writing_every_section_is_stored(qtbot: QtBot, blank_editor: MeetingEditor) -> None:
    editor = blank_editor
    vault = editor.session.vault
    directory = editor.directory
    by_name = {p.name: p.id for p in [*directory.members, *directory.practitioners]}

    # 1. who was there
    people = editor.sections["people"]
    assert isinstance(people, PeopleSection)
    for name in ("Maija", "Päivi"):
        row = [p.name for p in directory.members].index(name)
        tick(qtbot, people.members_view, row, AttendanceModel.PRESENT)
    zoe_row = [p.name for p in directory.members].index("Zoë")
    tick(qtbot, people.members_view, zoe_row, AttendanceModel.ABSENT)
    for name in ("Tuula Rantanen", "Sam Okafor"):
        row = [p.name for p in directory.practitioners].index(name)
        tick(qtbot, people.facilitators_view, row, 0)
    assert not people.single_note.isVisible()

    def add_aunt(dialog: QWidget) -> None:
        assert isinstance(dialog, PersonDialog)
        qtbot.keyClicks(dialog.name_edit, "Aunt Hilja")
        qtbot.keyClicks(dialog.relationship_edit, "aunt")
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)

    when_modal(qtbot, add_aunt)
    qtbot.mouseClick(people.add_person_button, Qt.MouseButton.LeftButton)
    hilja = next(p for p in directory.members if p.name == "Aunt Hilja")
    reactivate(qtbot, editor)
    assert hilja.id in editor.session.meeting.present

    # 2. purpose
    editor.show_section("purpose")
    qtbot.keyClicks(focused(), "Maija wants to talk about sleep.")

    # 3. voices: a box per present person, listed automatically
    voices = editor.sections["voices"]
    assert isinstance(voices, VoicesSection)
    assert [b.person_id for b in voices.boxes] == editor.session.meeting.present
    qtbot.keyClicks(voices.boxes[0].text_box, "The nights are long.")
    qtbot.mouseClick(voices.boxes[0].verbatim, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(voices.boxes[1].text_box, "Worried but hopeful.")

    # 4. a reflection with a response, added from the keyboard
    qtbot.keyClick(focused(), Qt.Key.Key_R, CTRL_SHIFT)
    reflections = editor.sections["reflections"]
    assert isinstance(reflections, ReflectionsSection)
    qtbot.keyClicks(focused(), "We noticed how much care there is.")
    card = reflections.cards[0]
    responses = [w for w in card.findChildren(QWidget) if type(w).__name__ == "ResponseBox"]
    qtbot.keyClicks(responses[0].text_box, "It felt strange but kind.")  # type: ignore[attr-defined]

    # 5. a decision: words, stances by mouse, a follow-up
    qtbot.keyClick(focused(), Qt.Key.Key_D, CTRL_SHIFT)
    decisions = editor.sections["decisions"]
    assert isinstance(decisions, DecisionsSection)
    qtbot.keyClicks(focused(), "Meet again on Friday at home.")
    decision_card = decisions.cards[0]
    view = decision_card.stance_view
    agrees = StanceModel.FIRST_STANCE
    for row, column in ((0, agrees), (1, agrees + 1)):
        rect = view.visualRect(view.model().index(row, column))
        qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    view.setFocus()
    view.setCurrentIndex(view.model().index(1, StanceModel.WORDS))
    qtbot.keyClick(view, Qt.Key.Key_F2)
    qtbot.keyClicks(focused(), "Friday is hard")
    commit(qtbot)
    qtbot.mouseClick(
        next(
            b
            for b in decision_card.findChildren(QWidget)
            if b.accessibleName().startswith("Add a follow-up")
        ),
        Qt.MouseButton.LeftButton,
    )
    qtbot.keyClicks(focused(), "Ask Zoe to come")
    commit(qtbot)

    # 6. uncertainties: a new one, typed
    qtbot.keyClick(focused(), Qt.Key.Key_U, CTRL_SHIFT)
    uncertainties = editor.sections["uncertainties"]
    assert isinstance(uncertainties, UncertaintiesSection)
    qtbot.keyClicks(focused(), "Whether work in October is too soon.")

    # 7. next meeting
    editor.show_section("next")
    next_section = editor.sections["next"]
    assert isinstance(next_section, NextMeetingSection)
    qtbot.mouseClick(next_section.dated, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(next_section.note_box, "Bring the choir timetable.")

    with qtbot.waitSignal(editor.saved, timeout=5000):
        pass
    editor.save_now()
    stored = vault.get(Meeting, editor.meeting_id())
    assert stored.present == [by_name["Maija"], by_name["Päivi"], hilja.id]
    assert stored.absent == [by_name["Zoë"]]
    assert stored.facilitators == [by_name["Tuula Rantanen"], by_name["Sam Okafor"]]
    assert stored.purpose.text == "Maija wants to talk about sleep."
    assert [(v.text, v.verbatim) for v in stored.voices] == [
        ("The nights are long.", True),
        ("Worried but hopeful.", False),
    ]
    reflection = stored.reflections[0]
    assert reflection.text == "We noticed how much care there is."
    assert reflection.practitioner_ids == stored.facilitators
    assert [r.text for r in reflection.responses] == ["It felt strange but kind."]
    decision = stored.decisions[0]
    assert decision.text == "Meet again on Friday at home."
    assert decision.stance_of(by_name["Maija"]) is Stance.AGREES
    assert decision.stance_of(by_name["Päivi"]) is Stance.HAS_CONCERNS
    assert next(s.words for s in decision.stances if s.person_id == by_name["Päivi"]) == (
        "Friday is hard"
    )
    assert [f.what for f in decision.follow_ups] == ["Ask Zoe to come"]
    new = [u for u in stored.uncertainties if u.question]
    assert [u.question for u in new] == ["Whether work in October is too soon."]
    assert stored.next_meeting is not None
    assert stored.next_meeting.starts_at is not None
    assert stored.next_meeting.note == "Bring the choir timetable."
    assert stored.next_meeting.invitee_ids == stored.present


def test_carried_uncertainty_can_be_resolved_with_a_note(
    qtbot: QtBot, draft_editor: MeetingEditor
) -> None:
    section = draft_editor.sections["uncertainties"]
    assert isinstance(section, UncertaintiesSection)
    work = next(
        c for c in section.cards if c.uncertainty_thread and "work" in c.uncertainty_thread.question
    )
    assert section.cards.index(work) < len(draft_editor.session.carried)
    qtbot.mouseClick(work.status_buttons[UncertaintyStatus.RESOLVED], Qt.MouseButton.LeftButton)
    work.note_box.selectAll()
    qtbot.keyClicks(work.note_box, "Decided to wait until November.")
    with qtbot.waitSignal(draft_editor.saved, timeout=5000):
        pass
    stored = draft_editor.session.vault.get(Meeting, draft_editor.meeting_id())
    entry = next(
        u
        for u in stored.uncertainties
        if u.uncertainty_id == work.uncertainty_thread.uncertainty_id
    )
    assert entry.status is UncertaintyStatus.RESOLVED
    assert entry.note == "Decided to wait until November."


def test_a_decision_outside_the_meeting_needs_its_reason(
    qtbot: QtBot, draft_editor: MeetingEditor
) -> None:
    card = draft_editor.sections["decisions"].cards[0]  # type: ignore[attr-defined]

    def cancel(dialog: QWidget) -> None:
        assert isinstance(dialog, QDialog)
        assert not dialog.ok_button.isEnabled()  # type: ignore[attr-defined]
        dialog.reject()

    when_modal(qtbot, cancel)
    qtbot.mouseClick(card.outside, Qt.MouseButton.LeftButton)
    assert card.in_meeting.isChecked()

    def give_reason(dialog: QWidget) -> None:
        qtbot.keyClicks(dialog.reason_box, "The GP needed to know before the weekend.")  # type: ignore[attr-defined]
        qtbot.keyClicks(dialog.told_edit, "Maija, by phone")  # type: ignore[attr-defined]
        dialog.ok_button.click()  # type: ignore[attr-defined]

    when_modal(qtbot, give_reason)
    qtbot.mouseClick(card.outside, Qt.MouseButton.LeftButton)
    assert card.outside.isChecked()
    assert "GP needed" in card.outside_info.text()
    draft_editor.save_now()
    stored = draft_editor.session.vault.get(Meeting, draft_editor.meeting_id())
    assert stored.decisions[0].outside_reason == "The GP needed to know before the weekend."
    assert stored.decisions[0].told == "Maija, by phone"


def test_follow_up_table_edits_who_and_done(qtbot: QtBot, draft_editor: MeetingEditor) -> None:
    card = draft_editor.sections["decisions"].cards[0]  # type: ignore[attr-defined]
    card.add_follow_up()
    qtbot.keyClicks(focused(), "Book the room")
    commit(qtbot)
    tick(qtbot, card.follow_up_view, 0, FollowUpModel.DONE)
    draft_editor.save_now()
    stored = draft_editor.session.vault.get(Meeting, draft_editor.meeting_id())
    follow_up = stored.decisions[0].follow_ups[0]
    assert (follow_up.what, follow_up.done) == ("Book the room", True)
    assert isinstance(card.findChild(QCheckBox), (QCheckBox, type(None)))
