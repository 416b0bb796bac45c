"""Global search (Ctrl+K) opens the exact meeting, section and item."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from odnotes.model import Meeting
from tests.ui.fake_editor import FakeMeetingEditor
from ui.main_window import MainWindow
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
    dialog.query.setText("Luk")
    dialog.run_search()
    first = dialog.results.object_at(0)
    assert first.kind == "person"
    qtbot.keyClick(dialog.query, Qt.Key.Key_Down)
    assert dialog.table.hasFocus() or dialog.table.currentIndex().row() == 0
    dialog.table.activated.emit(dialog.table.currentIndex())
    page = window.workspace.page  # type: ignore[union-attr]
    assert page is not None and page.tabs.currentWidget() is page.people


def test_search_covers_every_kind_of_writing(window: MainWindow) -> None:
    vault = window.session.vault
    kinds = {hit.kind for hit in search(vault, "maija")}
    assert {"network", "person", "purpose", "reflections", "decisions", "uncertainties"} <= kinds
    assert {h.kind for h in search(vault, "slept")} == {"voices"}
    assert {h.kind for h in search(vault, "Okafor")} == {"practitioner"}
    assert search(vault, "   ") == []
