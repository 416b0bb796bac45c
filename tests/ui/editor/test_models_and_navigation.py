"""The editor's Qt models pass qtmodeltester; sections and items can be reached directly."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from odnotes.model import Decision, Meeting, Network, Stance
from odnotes.vault import Vault
from tests.ui.editor.conftest import demo_meetings, open_editor
from ui.appearance import apply_font
from ui.editor import MeetingEditor
from ui.editor.models.attendance import AttendanceModel
from ui.editor.models.checklist import ChecklistModel
from ui.editor.models.follow_ups import FollowUpModel
from ui.editor.models.revisions import RevisionModel
from ui.editor.models.stances import StanceModel
from ui.editor.sections.decisions import DecisionsSection

ALT = Qt.KeyboardModifier.AltModifier
LARGEST_FONT_POINTS = 24  # the largest text size Preferences offers


def test_attendance_model(qtmodeltester: ModelTester, draft_editor: MeetingEditor) -> None:
    meeting = draft_editor.session.meeting
    model = AttendanceModel(meeting, draft_editor.directory.members, True)
    qtmodeltester.check(model)
    row = next(r for r in range(model.rowCount()) if model.person_at(r).id in meeting.present)
    person_id = model.person_at(row).id
    assert model.setData(
        model.index(row, AttendanceModel.ABSENT),
        Qt.CheckState.Checked.value,
        Qt.ItemDataRole.CheckStateRole,
    )
    assert person_id in meeting.absent and person_id not in meeting.present
    qtmodeltester.check(model)


def test_checklist_model(qtmodeltester: ModelTester) -> None:
    chosen: list[str] = []
    model = ChecklistModel(
        [("a", "Tuula"), ("b", "Sam")], lambda: chosen, editable=True, what="facilitated"
    )
    qtmodeltester.check(model)
    model.setData(model.index(1), Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole)
    assert chosen == ["b"]
    read_only = ChecklistModel([("a", "Tuula")], lambda: chosen, editable=False, what="x")
    assert not read_only.flags(read_only.index(0)) & Qt.ItemFlag.ItemIsUserCheckable


def test_stance_model(qtmodeltester: ModelTester, draft_editor: MeetingEditor) -> None:
    meeting = draft_editor.session.meeting
    decision: Decision = meeting.decisions[0]
    model = StanceModel(decision, list(meeting.present), draft_editor.directory.name, True)
    qtmodeltester.check(model)
    zoe_row = model.rowCount() - 1
    disagrees = StanceModel.FIRST_STANCE + 2
    model.setData(
        model.index(zoe_row, disagrees),
        Qt.CheckState.Checked.value,
        Qt.ItemDataRole.CheckStateRole,
    )
    assert decision.stance_of(meeting.present[-1]) is Stance.DISAGREES
    checked = [
        model.index(zoe_row, c).data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked
        for c in range(StanceModel.FIRST_STANCE, StanceModel.WORDS)
    ]
    assert checked.count(True) == 1
    qtmodeltester.check(model)


def test_follow_up_model(qtmodeltester: ModelTester, draft_editor: MeetingEditor) -> None:
    meeting = draft_editor.session.meeting
    model = FollowUpModel(meeting.decisions[0], draft_editor.directory.name, True)
    qtmodeltester.check(model)
    row = model.add(meeting.present[0])
    model.setData(model.index(row, FollowUpModel.WHAT), "Book the room")
    qtmodeltester.check(model)
    assert meeting.decisions[0].follow_ups[-1].what == "Book the room"


def test_revision_model(qtmodeltester: ModelTester, draft_editor: MeetingEditor) -> None:
    vault = draft_editor.session.vault
    second = next(m for m in vault.all(Meeting) if m.amendments)
    model = RevisionModel(vault.history(second.id))
    qtmodeltester.check(model)
    states = [model.index(r, RevisionModel.STATE).data() for r in range(model.rowCount())]
    assert states == ["finalised", "amended"]


@pytest.mark.parametrize("number,name", [(1, "people"), (5, "decisions"), (7, "next")])
def test_alt_number_goes_to_each_section(
    qtbot: QtBot, draft_editor: MeetingEditor, number: int, name: str
) -> None:
    draft_editor.show_section("purpose")
    qtbot.keyClick(QApplication.focusWidget(), getattr(Qt.Key, f"Key_{number}"), ALT)
    focused = QApplication.focusWidget()
    assert focused is not None and draft_editor.sections[name].isAncestorOf(focused)
    assert draft_editor.nav.currentRow() == number - 1


def test_reveal_item_focuses_that_items_box(draft_editor: MeetingEditor) -> None:
    meeting = draft_editor.session.meeting
    voice = meeting.voices[-1]
    assert draft_editor.reveal_item(voice.id)
    focused = QApplication.focusWidget()
    assert focused is not None and focused.toPlainText() == voice.text  # type: ignore[attr-defined]
    decisions = draft_editor.sections["decisions"]
    assert isinstance(decisions, DecisionsSection)
    assert draft_editor.reveal_item(meeting.decisions[0].id)
    assert QApplication.focusWidget() is decisions.cards[0].text_box
    uncertainty = meeting.uncertainties[0]
    assert draft_editor.reveal_item(uncertainty.id)
    assert not draft_editor.reveal_item("not-an-item")
    with pytest.raises(ValueError):
        draft_editor.show_section("nowhere")


def test_tab_walks_forward_through_the_form(qtbot: QtBot, draft_editor: MeetingEditor) -> None:
    draft_editor.show_section("purpose")
    box = QApplication.focusWidget()
    qtbot.keyClick(box, Qt.Key.Key_Tab)
    after = QApplication.focusWidget()
    assert after is not box  # Tab leaves a text box instead of typing a tab character
    assert box is not None and "\t" not in box.toPlainText()  # type: ignore[attr-defined]


def test_section_titles_fit_the_list_at_the_largest_text_size(
    qtbot: QtBot, demo_vault: tuple[Vault, Network]
) -> None:
    """The section list grows to its longest title (longer in Polish, or at 24 pt), never clips."""
    vault, network = demo_vault
    before = QApplication.font().pointSize()
    apply_font(LARGEST_FONT_POINTS)
    try:
        editor = open_editor(qtbot, vault, demo_meetings(vault, network)[2].id)
        nav = editor.nav
        padding = 2 * 10  # the list's stylesheet pads each item 10 px left and right
        widest = max(
            nav.fontMetrics().horizontalAdvance(nav.item(row).text()) for row in range(nav.count())
        )
        assert widest + padding <= nav.viewport().width()
    finally:
        apply_font(before)
