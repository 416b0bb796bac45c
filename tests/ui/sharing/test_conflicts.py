"""A meeting changed on both laptops: the banner says so, the practitioner chooses or combines."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from odnotes.model import Meeting
from odnotes.vault import Vault
from tests.ui.sharing.conftest import MINE, THEIRS
from ui.sharing.banner import ConflictBanner
from ui.sharing.conflict_dialog import COMBINED, FIRST, SECOND, ConflictDialog


def _dialog(qtbot: QtBot, vault: Vault, meeting: Meeting) -> ConflictDialog:
    dialog = ConflictDialog(vault, meeting.id)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_the_banner_says_the_meeting_differs(
    qtbot: QtBot, conflicted: tuple[Vault, Meeting, str]
) -> None:
    vault, meeting, _ = conflicted
    banner = ConflictBanner(vault, meeting.id)
    qtbot.addWidget(banner)
    banner.show()
    assert banner.isVisible()
    assert "Changed on both laptops" in banner.text.text()
    assert "Nothing was chosen for you" in banner.text.text()


def test_both_texts_side_by_side_with_who_wrote_them(
    qtbot: QtBot, conflicted: tuple[Vault, Meeting, str]
) -> None:
    vault, meeting, _ = conflicted
    dialog = _dialog(qtbot, vault, meeting)
    assert len(dialog.choices) == 1
    choice = dialog.choices[0]
    assert {t.toPlainText() for t in choice.texts} == {MINE, THEIRS}
    assert choice.title() == "What they wanted to talk about › Words"
    writers = {v.writer for v in choice.versions}
    assert "Sam Fictional" in writers and len(writers) == 2
    assert choice.choice() == -1  # nothing chosen for the practitioner


def test_saving_without_a_choice_settles_nothing(
    qtbot: QtBot, conflicted: tuple[Vault, Meeting, str]
) -> None:
    vault, meeting, _ = conflicted
    dialog = _dialog(qtbot, vault, meeting)
    dialog.ok.click()
    assert dialog.isVisible() and not dialog.error.isHidden()
    assert len(vault.conflicts(meeting.id)) == 1


@pytest.mark.parametrize("which", [FIRST, SECOND])
def test_choosing_one_version_settles_it_and_keeps_both_in_history(
    qtbot: QtBot, conflicted: tuple[Vault, Meeting, str], which: int
) -> None:
    vault, meeting, _ = conflicted
    dialog = _dialog(qtbot, vault, meeting)
    choice = dialog.choices[0]
    kept = choice.versions[which].value
    choice.choose(which)
    dialog.ok.click()
    assert vault.conflicts(meeting.id) == ()
    assert vault.get(Meeting, meeting.id).purpose.text == kept
    texts = {r.record.purpose.text for r in vault.history(meeting.id)}  # type: ignore[attr-defined]
    assert {MINE, THEIRS} <= texts


def test_a_combined_text_is_what_is_kept(
    qtbot: QtBot, conflicted: tuple[Vault, Meeting, str]
) -> None:
    vault, meeting, _ = conflicted
    dialog = _dialog(qtbot, vault, meeting)
    choice = dialog.choices[0]
    choice.combined.clear()
    qtbot.keyClicks(choice.combined, "Both: the move, and the school meeting.")
    assert choice.choice() == COMBINED
    dialog.ok.click()
    assert vault.get(Meeting, meeting.id).purpose.text == "Both: the move, and the school meeting."
    assert vault.conflicts(meeting.id) == ()


def test_the_banner_hides_once_settled(
    qtbot: QtBot, conflicted: tuple[Vault, Meeting, str]
) -> None:
    vault, meeting, _ = conflicted
    banner = ConflictBanner(vault, meeting.id)
    qtbot.addWidget(banner)
    banner.show()
    dialog = _dialog(qtbot, vault, meeting)
    dialog.choices[0].choose(FIRST)
    dialog.ok.click()
    qtbot.waitUntil(lambda: not banner.isVisible())
