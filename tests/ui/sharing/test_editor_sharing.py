"""The real meeting editor with a colleague's changes: the banner, and reading them in."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from odnotes.model import Meeting
from odnotes.vault import Vault
from tests.ui.sharing.colleague import when_dialog
from tests.ui.sharing.conftest import MINE, THEIRS
from ui.editor import MeetingEditor
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
