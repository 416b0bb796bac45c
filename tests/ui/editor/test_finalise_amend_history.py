"""Finalising with signatures, amending with a reason, and the word-by-word history."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QLabel, QWidget
from pytestqt.qtbot import QtBot

from odnotes.model import Meeting, Sharing
from ui.editor import MeetingEditor
from ui.editor.amend_dialog import AmendDialog
from ui.editor.finalise_dialog import FinaliseDialog
from ui.editor.history_dialog import HistoryDialog
from ui.editor.reason_dialog import ReasonDialog
from ui.editor.sections.voices import VoicesSection
from ui.editor.sharing import SharingToggle

from .conftest import reactivate, when_modal


def click_box(qtbot: QtBot, box: QWidget) -> None:
    """Click a check box on its indicator (a wide box only reacts on its text and mark)."""
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(8, box.height() // 2))


def _finalise(qtbot: QtBot, editor: MeetingEditor) -> None:
    def sign_all(dialog: QWidget) -> None:
        assert isinstance(dialog, FinaliseDialog)
        assert not dialog.ok_button.isEnabled()
        boxes = list(dialog.boxes.values())
        click_box(qtbot, boxes[0])
        assert not dialog.ok_button.isEnabled()  # every facilitator signs
        for box in boxes[1:]:
            click_box(qtbot, box)
        assert "signed at" in dialog.times.text()
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)

    when_modal(qtbot, sign_all)
    qtbot.mouseClick(editor.finalise_button, Qt.MouseButton.LeftButton)
    reactivate(qtbot, editor)


def test_finalise_signs_and_makes_the_editor_read_only(
    qtbot: QtBot, draft_editor: MeetingEditor
) -> None:
    vault = draft_editor.session.vault
    _finalise(qtbot, draft_editor)
    stored = vault.get(Meeting, draft_editor.meeting_id())
    assert stored.is_final
    assert [s.practitioner_id for s in stored.signatures] == stored.facilitators
    assert all(s.signed_at.tzinfo is not None for s in stored.signatures)
    voices = draft_editor.sections["voices"]
    assert isinstance(voices, VoicesSection)
    assert all(box.text_box.isReadOnly() for box in voices.boxes)
    assert not draft_editor.finalise_button.isVisible()
    assert draft_editor.amend_button.isVisible()
    assert "finalised" in draft_editor.title_label.text()


def test_a_meeting_with_one_practitioner_says_so(qtbot: QtBot, draft_editor: MeetingEditor) -> None:
    meeting = draft_editor.session.meeting
    meeting.facilitators = meeting.facilitators[:1]
    dialog = FinaliseDialog(meeting, draft_editor.directory, [], draft_editor)
    qtbot.addWidget(dialog)
    notes = [label.text() for label in dialog.findChildren(QLabel)]
    assert any("one practitioner" in note for note in notes)


def test_amend_asks_who_and_why_and_keeps_the_original(
    qtbot: QtBot, draft_editor: MeetingEditor
) -> None:
    vault = draft_editor.session.vault
    _finalise(qtbot, draft_editor)

    def cancel_without_reason(dialog: QWidget) -> None:
        assert isinstance(dialog, AmendDialog)
        assert not dialog.ok_button.isEnabled()
        dialog.reject()

    when_modal(qtbot, cancel_without_reason)
    qtbot.mouseClick(draft_editor.amend_button, Qt.MouseButton.LeftButton)
    assert draft_editor.session.amending is None

    def give_reason(dialog: QWidget) -> None:
        assert isinstance(dialog, AmendDialog)
        qtbot.keyClicks(dialog.reason_box, "Lukasz asked that his words be corrected.")
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)

    when_modal(qtbot, give_reason)
    reactivate(qtbot, draft_editor)
    qtbot.keyClick(draft_editor, Qt.Key.Key_M, CTRL_SHIFT)
    reactivate(qtbot, draft_editor)
    assert draft_editor.session.amending is not None
    voices = draft_editor.sections["voices"]
    assert isinstance(voices, VoicesSection)
    box = next(b for b in voices.boxes if b.voice and "shifts" in b.voice.text).text_box
    assert not box.isReadOnly()
    qtbot.keyClick(box, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(box, " Most evenings.")
    with qtbot.waitSignal(draft_editor.saved, timeout=3000):
        pass
    qtbot.mouseClick(draft_editor.done_button, Qt.MouseButton.LeftButton)
    assert draft_editor.session.amending is None
    voices = draft_editor.sections["voices"]
    assert isinstance(voices, VoicesSection) and voices.boxes
    assert all(b.text_box.isReadOnly() for b in voices.boxes)
    stored = vault.get(Meeting, draft_editor.meeting_id())
    assert stored.amendments[-1].reason == "Lukasz asked that his words be corrected."
    assert stored.amendments[-1].by_id == stored.facilitators[0]
    assert any(v.text.endswith("Most evenings.") for v in stored.voices)
    finalised = [r.record for r in vault.history(stored.id) if not r.record.amendments]  # type: ignore[attr-defined]
    assert not any(v.text.endswith("Most evenings.") for v in finalised[-1].voices)


CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


def test_history_shows_every_revision_and_the_words_that_changed(
    qtbot: QtBot, draft_editor: MeetingEditor
) -> None:
    box = draft_editor.sections["purpose"].text_box  # type: ignore[attr-defined]
    box.selectAll()
    qtbot.keyClicks(box, "How the week of thinking went, and the choir.")
    draft_editor.save_now()
    revisions = draft_editor.session.vault.history(draft_editor.meeting_id())
    dialog = HistoryDialog(revisions, draft_editor.directory.names(), draft_editor)
    qtbot.addWidget(dialog)
    assert dialog.model.rowCount() == len(revisions) == 2
    assert dialog.model.data(dialog.model.index(0, 2)) == "draft"
    assert "What changed" in dialog.summary.text()
    html = dialog.diff_view.toHtml()
    assert "line-through" in html and "underline" in html
    text = dialog.diff_view.toPlainText()
    assert "whether anything has changed about work" in text  # deleted words still shown
    assert "the choir" in text
    dialog.from_combo.setCurrentIndex(1)
    assert "shown in full" in dialog.summary.text()


def test_history_opens_from_the_keyboard(qtbot: QtBot, draft_editor: MeetingEditor) -> None:
    seen: list[str] = []

    def look(dialog: QWidget) -> None:
        assert isinstance(dialog, HistoryDialog)
        seen.append(dialog.model.label(0))
        dialog.reject()

    when_modal(qtbot, look)
    draft_editor.show_section("purpose")
    qtbot.keyClick(draft_editor, Qt.Key.Key_H, CTRL_SHIFT)
    assert seen and seen[0].startswith("1: ")


def test_team_only_needs_a_reason(qtbot: QtBot, draft_editor: MeetingEditor) -> None:
    voices = draft_editor.sections["voices"]
    assert isinstance(voices, VoicesSection)
    toggle = voices.boxes[0].sharing
    assert isinstance(toggle, SharingToggle)
    assert toggle.button.text() == "Shared with the network"

    def refuse_without_reason(dialog: QWidget) -> None:
        assert isinstance(dialog, ReasonDialog)
        assert not dialog.ok_button.isEnabled()
        qtbot.keyClicks(dialog.reason_box, "   ")
        assert not dialog.ok_button.isEnabled()
        dialog.reject()

    when_modal(qtbot, refuse_without_reason)
    qtbot.mouseClick(toggle.button, Qt.MouseButton.LeftButton)
    assert toggle.button.text() == "Shared with the network"
    assert voices.boxes[0].voice is not None
    assert voices.boxes[0].voice.sharing == Sharing()

    def give_reason(dialog: QWidget) -> None:
        assert isinstance(dialog, ReasonDialog)
        qtbot.keyClicks(dialog.reason_box, "Maija asked to keep this for now.")
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)

    when_modal(qtbot, give_reason)
    qtbot.mouseClick(toggle.button, Qt.MouseButton.LeftButton)
    assert toggle.button.text() == "Team only"
    assert "Maija asked" in toggle.reason_label.toolTip()
    draft_editor.save_now()
    stored = draft_editor.session.vault.get(Meeting, draft_editor.meeting_id())
    held = stored.team_only_items()
    assert [item.sharing.reason for item in held] == ["Maija asked to keep this for now."]
    qtbot.mouseClick(toggle.button, Qt.MouseButton.LeftButton)  # back to shared, no question
    assert toggle.button.text() == "Shared with the network"
