"""Global search (Ctrl+K) opens the exact meeting, section and item."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from odnotes.model import Meeting
from odnotes.model.treatment import declared_fields
from tests.conftest import PASSPHRASE
from tests.ui.fake_editor import FakeMeetingEditor
from ui.editor.editor import SECTION_KEYS
from ui.main_window import MainWindow
from ui.search.dialog import KIND_LABELS
from ui.search.index import search


def test_ctrl_k_search_opens_the_right_meeting_and_item(qtbot: QtBot, window: MainWindow) -> None:
    vault = window.session.vault
    qtbot.keyClick(window, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    dialog = window.search_dialog
    assert dialog is not None and dialog.isVisible()
    qtbot.keyClicks(dialog.query, "radio next room")
    qtbot.waitUntil(lambda: dialog.results.rowCount() == 1, timeout=2_000)
    qtbot.keyClick(dialog.query, Qt.Key.Key_Return)
    editor = window.workspace.current_editor()  # type: ignore[union-attr]
    assert isinstance(editor, FakeMeetingEditor)
    meeting = vault.get(Meeting, editor.meeting_id())
    voice = next(v for v in meeting.voices if "radio" in v.text)
    assert editor.calls == [("show_section", "voices"), ("reveal_item", voice.id)]
    assert meeting.starts_at.day == 8


def test_search_for_a_person_opens_the_people_tab(qtbot: QtBot, window: MainWindow) -> None:
    window.open_search()
    dialog = window.search_dialog
    assert dialog is not None
    qtbot.waitUntil(dialog.isActiveWindow, timeout=2_000)
    qtbot.keyClicks(dialog.query, "Luk")
    qtbot.waitUntil(lambda: dialog.results.rowCount() > 0, timeout=2_000)
    assert dialog.results.object_at(0).kind == "person"
    assert dialog.query.hasFocus()
    qtbot.keyClick(dialog.query, Qt.Key.Key_Down)
    assert dialog.table.hasFocus()
    assert dialog.table.currentIndex().row() == 0
    qtbot.keyClick(dialog.table, Qt.Key.Key_Return)
    assert not dialog.isVisible()
    page = window.workspace.page  # type: ignore[union-attr]
    assert page is not None and page.current_tab() is page.people


def test_a_word_only_in_a_correction_opens_the_corrections_section(
    qtbot: QtBot, window: MainWindow
) -> None:
    vault = window.session.vault
    meeting = next(m for m in vault.all(Meeting) if m.corrections)
    correction = meeting.corrections[0]
    assert search(vault, "Stavanger") == []
    editable = vault.get(Meeting, meeting.id)
    editable.corrections[0].text += " It was Stavanger, not Bergen."
    vault.save(editable)
    window.open_search()
    dialog = window.search_dialog
    assert dialog is not None
    qtbot.keyClicks(dialog.query, "stavanger")
    qtbot.waitUntil(lambda: dialog.results.rowCount() == 1, timeout=2_000)
    qtbot.keyClick(dialog.query, Qt.Key.Key_Return)
    editor = window.workspace.current_editor()  # type: ignore[union-attr]
    assert isinstance(editor, FakeMeetingEditor)
    assert editor.calls == [("show_section", "corrections"), ("reveal_item", correction.id)]


def test_every_place_a_hit_can_be_is_an_editor_section_with_a_label() -> None:
    sections = {
        d.treatment.section or d.name for d in declared_fields(Meeting) if d.treatment.searched
    }
    assert {"people", "next", "corrections"} <= sections
    assert sections <= set(SECTION_KEYS)
    assert sections | {"network", "person", "practitioner"} == set(KIND_LABELS)


def test_search_covers_every_kind_of_writing(window: MainWindow) -> None:
    vault = window.session.vault
    kinds = {hit.kind for hit in search(vault, "maija")}
    assert {"network", "person", "purpose", "reflections", "decisions", "uncertainties"} <= kinds
    assert {h.kind for h in search(vault, "slept")} == {"voices"}
    assert {h.kind for h in search(vault, "Okafor")} == {"practitioner"}
    assert search(vault, "   ") == []


def test_a_full_page_of_hits_says_it_is_only_the_first(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    from ui.search import dialog as search_dialog

    monkeypatch.setattr(search_dialog, "SHOWN_AT_MOST", 2)
    qtbot.keyClick(window, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    dialog = window.search_dialog
    assert dialog is not None
    qtbot.keyClicks(dialog.query, "the")
    qtbot.waitUntil(lambda: dialog.results.rowCount() == 2, timeout=2_000)
    assert "The first 2 places found are shown" in dialog.status.text()


def test_the_index_is_not_complete_before_its_pass_has_run(
    qtbot: QtBot, window: MainWindow
) -> None:
    """The pass starts once the unlocked window is on screen; until it has run, a search
    says it is still indexing (an empty index is not a complete one)."""
    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    window.lock_screen.form.passphrase.setText(PASSPHRASE)
    window.lock_screen.form.submit()
    qtbot.waitUntil(lambda: window.search_index is not None, timeout=10_000)
    index = window.search_index
    assert index is not None and not index.complete
    qtbot.waitUntil(lambda: index.complete, timeout=10_000)
    assert index.index.search("radio next room")
