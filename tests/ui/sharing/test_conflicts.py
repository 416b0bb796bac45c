"""A meeting changed on both laptops: the banner says so, the practitioner chooses or combines."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from odnotes import sharing
from odnotes.model import Meeting, Network, Person, Practitioner
from odnotes.vault import Vault
from tests.ui.sharing.colleague import colleague, share_with_sam
from tests.ui.sharing.conftest import MINE, THEIRS
from ui.network.page import NetworkPage
from ui.sharing.banner import ConflictBanner
from ui.sharing.conflict_dialog import COMBINED, FIRST, SECOND, ConflictDialog
from ui.sharing.conflicts import network_records_in_conflict


def _dialog(qtbot: QtBot, vault: Vault, meeting: Meeting) -> ConflictDialog:
    dialog = ConflictDialog(vault, [meeting.id])
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def _banner(qtbot: QtBot, vault: Vault, meeting: Meeting) -> ConflictBanner:
    banner = ConflictBanner.for_meeting(vault, meeting.id)
    qtbot.addWidget(banner)
    banner.show()
    return banner


def test_the_banner_says_the_meeting_differs(
    qtbot: QtBot, conflicted: tuple[Vault, Meeting, str]
) -> None:
    vault, meeting, _ = conflicted
    banner = _banner(qtbot, vault, meeting)
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
    banner = _banner(qtbot, vault, meeting)
    dialog = _dialog(qtbot, vault, meeting)
    dialog.choices[0].choose(FIRST)
    dialog.ok.click()
    qtbot.waitUntil(lambda: not banner.isVisible())


def test_a_person_changed_on_both_laptops_is_shown_on_the_network_page(
    qtbot: QtBot, demo_vault: tuple[Vault, Network], tmp_path: Path
) -> None:
    vault, network = demo_vault
    me = sorted(vault.all(Practitioner), key=lambda p: p.name)[0].id
    vault.author = me
    sam = colleague(tmp_path)
    share_with_sam(vault, me, sam, network.id)
    person = sorted(vault.all(Person, network_id=network.id), key=lambda p: p.name)[0]
    ours = vault.get(Person, person.id)
    ours.relationship = "aunt"
    vault.save(ours)
    theirs = sam.vault.get(Person, person.id)
    theirs.relationship = "godmother"
    sam.vault.save(theirs)
    sam.sync()
    sharing.sync(vault, me)
    page = NetworkPage(vault, network.id)
    qtbot.addWidget(page)
    page.show()
    assert page.conflicts.isVisible()
    dialog = ConflictDialog(vault, network_records_in_conflict(vault, network.id))
    qtbot.addWidget(dialog)
    assert [c.title() for c in dialog.choices] == [f"{person.name} › Relationship"]
    dialog.choices[0].choose(SECOND)
    kept = dialog.choices[0].value()
    dialog.ok.click()
    assert vault.get(Person, person.id).relationship == kept
    qtbot.waitUntil(lambda: not page.conflicts.isVisible())
