"""The networks list and network page: create, rename, close, reopen; meetings and continuity."""

from __future__ import annotations

from datetime import datetime

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QInputDialog, QLineEdit
from pytestqt.qtbot import QtBot

from odnotes.model import Meeting, Network, NetworkStatus
from tests.ui.fake_editor import FakeMeetingEditor
from tests.ui.helpers import new_network, on_next_dialog
from ui.main_window import MainWindow
from ui.models.networks import NetworkFilter


def test_create_rename_close_reopen(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    vault = window.session.vault
    panel = window.workspace.panel  # type: ignore[union-attr]
    new_network(qtbot, window, "Kalle", datetime(2026, 11, 30, 21, 40))
    kalle = next(n for n in vault.all(Network) if n.name == "Kalle")
    assert kalle.first_contact == datetime(2026, 11, 30, 21, 40)
    assert panel.current_id() == kalle.id
    assert window.windowTitle().startswith("Kalle — ")

    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("Kalle S.", True))
    window.menu_actions["rename_network"].trigger()
    assert vault.get(Network, kalle.id).name == "Kalle S."
    assert window.windowTitle().startswith("Kalle S. — ")
    assert window.workspace.tabs.tabText(0) == "Kalle S."  # type: ignore[union-attr]

    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("  ", True))
    problems: list[str] = []
    monkeypatch.setattr(window, "show_problem", problems.append)
    window.workspace.problem.disconnect()  # type: ignore[union-attr]
    window.workspace.problem.connect(problems.append)  # type: ignore[union-attr]
    window.menu_actions["rename_network"].trigger()
    assert problems and "name" in problems[0]
    assert vault.get(Network, kalle.id).name == "Kalle S."

    assert "nothing is deleted" in panel.close_hint.text()  # says what closing does
    assert "reopen it any time" in panel.close_hint.text()
    qtbot.mouseClick(panel.close_button, Qt.MouseButton.LeftButton)
    assert vault.get(Network, kalle.id).status is NetworkStatus.CLOSED
    assert panel.close_hint.text().startswith("Closed: care has ended.")
    assert panel.proxy.show_state() == NetworkFilter.SHOW_ALL
    assert panel.close_button.text().replace("&", "") == "Reopen network"
    qtbot.mouseClick(panel.close_button, Qt.MouseButton.LeftButton)
    assert vault.get(Network, kalle.id).status is NetworkStatus.ACTIVE

    panel.show_filter.setCurrentIndex(panel.show_filter.findData(NetworkFilter.SHOW_ACTIVE))
    qtbot.keyClicks(panel.search, "maij")
    assert panel.proxy.rowCount() == 1


def test_new_meeting_from_the_last_one_carries_people_and_uncertainties_not_words(
    qtbot: QtBot, window: MainWindow
) -> None:
    vault = window.session.vault
    page = window.workspace.page  # type: ignore[union-attr]
    assert page is not None
    assert "1 meeting still in draft" in page.meetings.drafts.text()
    last = max(vault.all(Meeting), key=lambda m: m.starts_at)
    on_next_dialog(lambda dialog: qtbot.keyClick(dialog, Qt.Key.Key_Return))
    qtbot.mouseClick(page.meetings.from_last, Qt.MouseButton.LeftButton)
    editor = window.workspace.current_editor()  # type: ignore[union-attr]
    assert isinstance(editor, FakeMeetingEditor)
    draft = vault.get(Meeting, editor.meeting_id())
    assert draft.id != last.id and not draft.is_final
    invited = last.next_meeting.invitee_ids if last.next_meeting else []
    assert draft.present == [] and draft.absent == []  # nobody is marked as come yet
    assert set(draft.expected) == set(invited or last.present)
    assert [u.uncertainty_id for u in draft.uncertainties] == [
        u.uncertainty_id for u in last.uncertainties if u.status.value == "open"
    ]
    assert not draft.voices and not draft.decisions and not draft.purpose.text
    qtbot.waitUntil(lambda: "2 meetings still in draft" in page.meetings.drafts.text())
    assert page.meetings.model.rowCount() == 4

    on_next_dialog(lambda dialog: qtbot.keyClick(dialog, Qt.Key.Key_Return))
    window.menu_actions["new_meeting"].trigger()
    assert len(window.workspace.editors()) == 2  # type: ignore[union-attr]
    window.menu_actions["close_meeting"].trigger()
    assert len(window.workspace.editors()) == 1  # type: ignore[union-attr]


def test_meetings_open_from_table_and_continuity_opens_items(
    qtbot: QtBot, window: MainWindow
) -> None:
    vault = window.session.vault
    page = window.workspace.page  # type: ignore[union-attr]
    assert page is not None
    view = page.meetings.view
    view.setCurrentIndex(view.model().index(2, 0))  # sorted newest first: the first meeting
    qtbot.keyClick(view, Qt.Key.Key_Return)
    editor = window.workspace.current_editor()  # type: ignore[union-attr]
    first = min(vault.all(Meeting), key=lambda m: m.starts_at)
    assert editor.meeting_id() == first.id

    window.workspace.show_network_tab("uncertainties")  # type: ignore[union-attr]
    tab = page.uncertainties
    assert tab.model.rowCount() == 1
    tab.open_only.setChecked(False)
    assert tab.model.rowCount() == 2
    tab.view.selectRow(0)
    assert tab.history.rowCount() == 3
    tab.history_view.setCurrentIndex(tab.history_view.model().index(0, 0))
    qtbot.keyClick(tab.history_view, Qt.Key.Key_Return)
    editor = window.workspace.current_editor()  # type: ignore[union-attr]
    assert editor.calls[-2][1] == "uncertainties"

    decisions = page.decisions
    decisions.decisions_view.setCurrentIndex(decisions.decisions_view.model().index(3, 0))
    qtbot.keyClick(decisions.decisions_view, Qt.Key.Key_Return)
    editor = window.workspace.current_editor()  # type: ignore[union-attr]
    assert editor.calls[-2] == ("show_section", "decisions")


def test_people_edited_inline_through_the_view(qtbot: QtBot, window: MainWindow) -> None:
    vault = window.session.vault
    page = window.workspace.page  # type: ignore[union-attr]
    page.show_tab("people")
    view = page.people.members_view
    view.setCurrentIndex(view.model().index(0, 2))
    view.edit(view.currentIndex())
    editor = view.viewport().findChild(QLineEdit)
    assert editor is not None
    editor.selectAll()
    qtbot.keyClicks(editor, "neighbour")
    qtbot.keyClick(editor, Qt.Key.Key_Return)  # the delegate commits on a queued call
    qtbot.waitUntil(lambda: view.model().index(0, 2).data() == "neighbour", timeout=2_000)
    person = view.model().index(0, 0).data(Qt.ItemDataRole.UserRole + 1)
    assert vault.get(type(person), person.id).relationship == "neighbour"
