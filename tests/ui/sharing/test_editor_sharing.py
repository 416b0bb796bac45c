"""The real meeting editor with a colleague's changes: the banner, and reading them in."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from odnotes import sharing
from odnotes.model import Meeting, Network, Practitioner
from odnotes.vault import Vault
from tests.ui.sharing.colleague import Colleague, colleague, share_with_sam, when_dialog
from tests.ui.sharing.conftest import MINE, THEIRS
from ui.editor import MeetingEditor
from ui.editor.sections.people import PeopleSection
from ui.editor.sections.purpose import PurposeSection
from ui.sharing.conflict_dialog import SECOND, ConflictDialog


def _editor(qtbot: QtBot, vault: Vault, meeting_id: str) -> MeetingEditor:
    editor = MeetingEditor(vault, meeting_id)
    qtbot.addWidget(editor)
    editor.resize(1366, 768)
    editor.show()
    return editor


def test_the_meeting_opens_with_the_banner_and_settling_shows_the_choice(
    qtbot: QtBot, conflicted: tuple[Vault, Meeting, str]
) -> None:
    vault, meeting, _ = conflicted
    editor = _editor(qtbot, vault, meeting.id)
    assert editor.conflict_banner.isVisible()

    def choose_second(found: object) -> None:
        assert isinstance(found, ConflictDialog)
        found.choices[0].choose(SECOND)
        found.ok.click()

    kept = ConflictDialog(vault, [meeting.id]).choices[0].versions[SECOND].value
    when_dialog(ConflictDialog, choose_second)  # type: ignore[arg-type]
    editor.conflict_banner.compare_button.click()
    assert not editor.conflict_banner.isVisible()
    box = editor.section_of(PurposeSection).text_box
    assert box.toPlainText() == kept
    assert kept in (MINE, THEIRS)


def test_a_stored_change_is_read_in_unless_typing_waits(
    qtbot: QtBot, conflicted: tuple[Vault, Meeting, str]
) -> None:
    vault, meeting, _ = conflicted
    editor = _editor(qtbot, vault, meeting.id)
    stored = vault.get(Meeting, meeting.id)
    stored.purpose.text = "Written on the other laptop."
    vault.save(stored)
    editor.take_stored()
    box = editor.section_of(PurposeSection).text_box
    assert box.toPlainText() == "Written on the other laptop."
    editor.session.touch()  # typing not stored yet
    stored.purpose.text = "Another change from afar."
    vault.save(stored)
    editor.take_stored()
    assert box.toPlainText() == "Written on the other laptop."
    assert "Your text is kept" in editor.status.text()


def _typing_when_sam_changes(
    qtbot: QtBot, demo_vault: tuple[Vault, Network], tmp_path: Path, change: str
) -> tuple[Vault, str, Colleague, MeetingEditor, str]:
    """The second a sync takes: Sam's change arrives while the purpose is being typed here;
    the sync's editor refresh keeps the typing. ``change`` names Sam's field."""
    vault, network = demo_vault
    me = sorted(vault.all(Practitioner), key=lambda p: p.name)[0].id
    vault.author = me
    sam = colleague(tmp_path)
    share_with_sam(vault, me, sam, network.id)
    draft = next(m for m in vault.all(Meeting, network_id=network.id) if not m.is_final)
    editor = _editor(qtbot, vault, draft.id)
    box = editor.section_of(PurposeSection).text_box
    qtbot.keyClicks(box, " Typed while Sam's change came in.")
    typed = box.toPlainText()
    assert editor.session.dirty
    theirs = sam.vault.get(Meeting, draft.id)
    if change == "place":
        theirs.place_detail = "The family's kitchen"
    else:
        theirs.purpose.text = THEIRS
    sam.vault.save(theirs)
    sam.sync()
    report = sharing.sync(vault, me)
    assert draft.id in report.changed_records
    editor.take_stored()  # what the syncer does: typing waits, so it is kept
    assert box.toPlainText() == typed
    assert editor.session.save_now()
    return vault, me, sam, editor, typed


def test_typing_waiting_when_a_colleagues_change_arrives_is_merged_with_it_on_save(
    qtbot: QtBot, demo_vault: tuple[Vault, Network], tmp_path: Path
) -> None:
    """Sam's change to the place and the purpose typed here: after the save both are in the
    meeting, here, in the editor and at Sam's."""
    vault, me, sam, editor, typed = _typing_when_sam_changes(qtbot, demo_vault, tmp_path, "place")
    draft = editor.session.meeting
    stored = vault.get(Meeting, draft.id)
    assert stored.purpose.text == typed
    assert stored.place_detail == "The family's kitchen"
    assert vault.conflicts(draft.id) == ()
    assert editor.section_of(PurposeSection).text_box.toPlainText() == typed
    assert editor.section_of(PeopleSection).detail_edit.text() == "The family's kitchen"
    assert "Both are in the meeting now" in editor.status.text()
    sharing.sync(vault, me)
    sam.sync()
    at_sam = sam.vault.get(Meeting, draft.id)
    assert (at_sam.purpose.text, at_sam.place_detail) == (typed, "The family's kitchen")


def test_typing_waiting_when_a_colleague_changes_the_same_field_is_a_conflict_on_save(
    qtbot: QtBot, demo_vault: tuple[Vault, Network], tmp_path: Path
) -> None:
    vault, _me, _sam, editor, typed = _typing_when_sam_changes(
        qtbot, demo_vault, tmp_path, "purpose"
    )
    (conflict,) = vault.conflicts(editor.meeting_id())
    assert {conflict["ours"], conflict["theirs"]} == {typed, THEIRS}
    assert editor.conflict_banner.isVisible()
    assert "choose which to keep" in editor.status.text()
