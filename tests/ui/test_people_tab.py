"""The people tab and the network map: every visible column edited in place (issue 12)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QContextMenuEvent
from PySide6.QtWidgets import QApplication, QComboBox, QMenu, QMessageBox, QTableView
from pytestqt.exceptions import TimeoutError as WaitTimeout
from pytestqt.qtbot import QtBot

from odnotes.model import Closeness, Person, PersonKind, Practitioner, PractitionerRole
from ui.main_window import MainWindow
from ui.models.roles import OBJECT_ROLE
from ui.network.page import NetworkPage


def page_of(window: MainWindow) -> NetworkPage:
    assert window.workspace is not None and window.workspace.page is not None
    return window.workspace.page


@pytest.fixture(autouse=True)
def problems(window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> Iterator[list[str]]:
    """Refusals are collected (and must not happen) instead of opening a message box."""
    said: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text: said.append(text))
    yield said
    assert said == []


def row_of(view: QTableView, name: str) -> int:
    model = view.model()
    return next((r for r in range(model.rowCount()) if model.index(r, 0).data() == name), -1)


def choose_in_cell(qtbot: QtBot, view: QTableView, row: int, column: int, label: str) -> None:
    """Double-click a cell, pick ``label`` in its drop-down with the keyboard, press Return."""
    index = view.model().index(row, column)
    view.scrollTo(index)
    centre = view.visualRect(index).center()
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=centre)
    qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=centre)
    combo = QApplication.focusWidget()
    assert isinstance(combo, QComboBox), "no drop-down opened in the cell"
    target = combo.findText(label)
    assert target >= 0, f"{label!r} is not offered"
    while combo.currentIndex() != target:
        qtbot.keyClick(combo, Qt.Key.Key_Down if combo.currentIndex() < target else Qt.Key.Key_Up)
    qtbot.keyClick(combo, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: view.model().index(row, column).data() == label, timeout=2_000)


def test_who_they_are_and_how_close_are_edited_in_the_members_table(
    qtbot: QtBot, window: MainWindow
) -> None:
    vault = window.session.vault
    page = page_of(window)
    page.show_tab("people")
    view = page.people.members_view
    headers = [view.model().headerData(c, Qt.Orientation.Horizontal) for c in range(9)]
    assert headers[:4] == ["Name", "Who they are", "Relationship", "How close"]
    friend = next(p for p in vault.all(Person) if p.kind is not PersonKind.CENTRE)
    choose_in_cell(qtbot, view, row_of(view, friend.name), 1, "friend")
    assert vault.get(Person, friend.id).kind is PersonKind.FRIEND
    choose_in_cell(qtbot, view, row_of(view, friend.name), 3, "somewhat close")
    assert vault.get(Person, friend.id).closeness is Closeness.SOMEWHAT


def test_a_practitioners_role_is_edited_in_place(qtbot: QtBot, window: MainWindow) -> None:
    vault = window.session.vault
    page = page_of(window)
    page.show_tab("people")
    view = page.people.practitioners_view
    practitioner = view.model().index(0, 0).data(OBJECT_ROLE)
    assert isinstance(practitioner, Practitioner)
    label = next(r.label for r in PractitionerRole if r is not practitioner.role)
    choose_in_cell(qtbot, view, 0, 1, label)
    assert vault.get(Practitioner, practitioner.id).role.label == label


def test_the_kind_list_starts_with_the_centre_and_resets_after_adding(
    qtbot: QtBot, window: MainWindow
) -> None:
    vault = window.session.vault
    people = page_of(window).people
    page_of(window).show_tab("people")
    assert people.member_kind.itemText(0) == "person at the centre"
    assert people.member_kind.currentData() == PersonKind.FAMILY  # the demo has its centre
    kinds = people.member_kind
    for _ in range(kinds.findData(PersonKind.FRIEND) - kinds.findData(PersonKind.FAMILY)):
        qtbot.keyClick(people.member_kind, Qt.Key.Key_Down)
    assert people.member_kind.currentData() == PersonKind.FRIEND
    qtbot.keyClicks(people.member_name, "Paivi Makela-Korhonen")
    qtbot.keyClick(people.member_name, Qt.Key.Key_Return)
    added = next(p for p in vault.all(Person) if p.name == "Paivi Makela-Korhonen")
    assert added.kind is PersonKind.FRIEND
    assert people.member_kind.currentData() == PersonKind.FAMILY
    assert people.member_name.text() == ""


def test_closeness_is_set_from_the_network_map(qtbot: QtBot, window: MainWindow) -> None:
    vault = window.session.vault
    page = page_of(window)
    page.show_tab("glance")
    view = page.glance.map
    member = next(p for p in vault.all(Person) if p.kind is not PersonKind.CENTRE)
    circle = next(i for i in view.scene().items() if i.data(0) == member.id)
    at = view.mapFromScene(circle.sceneBoundingRect().center())

    def choose() -> None:
        menu = QApplication.activePopupWidget()
        if not isinstance(menu, QMenu):
            QTimer.singleShot(20, choose)
            return
        action = next(a for a in menu.actions() if a.text() == "distant")
        menu.setActiveAction(action)
        qtbot.keyClick(menu, Qt.Key.Key_Return)

    QTimer.singleShot(0, choose)
    event = QContextMenuEvent(QContextMenuEvent.Reason.Mouse, at, view.mapToGlobal(at))
    QApplication.sendEvent(view.viewport(), event)
    assert vault.get(Person, member.id).closeness is Closeness.DISTANT
    row = row_of(page.people.members_view, member.name)
    qtbot.waitUntil(
        lambda: page.people.members_view.model().index(row, 3).data() == "distant", timeout=2_000
    )


def test_columns_fit_their_contents_and_keep_a_width_set_by_hand(
    qtbot: QtBot, window: MainWindow
) -> None:
    people = page_of(window).people
    page_of(window).show_tab("people")
    view = people.members_view
    qtbot.keyClicks(people.member_name, "Dr Anna-Liisa Korhonen-Virtanen")
    qtbot.keyClick(people.member_name, Qt.Key.Key_Return)
    qtbot.waitUntil(
        lambda: view.model().rowCount() > 0 and row_of(view, "Dr Anna-Liisa Korhonen-Virtanen") >= 0
    )
    header = view.horizontalHeader()
    qtbot.waitUntil(
        lambda: (
            header.sectionSize(0)
            >= view.fontMetrics().horizontalAdvance("Dr Anna-Liisa Korhonen-Virtanen")
        ),
        timeout=2_000,
    )
    for column in range(header.count()):
        title = view.model().headerData(column, Qt.Orientation.Horizontal)
        assert header.sectionSize(column) >= header.fontMetrics().horizontalAdvance(title), title
    header.resizeSection(2, 333)  # as if the person dragged the header's edge
    qtbot.keyClicks(people.member_name, "Bo")
    qtbot.keyClick(people.member_name, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: row_of(view, "Bo") >= 0, timeout=2_000)
    qtbot.wait(50)
    assert header.sectionSize(2) == 333


def test_the_glance_tab_shows_every_column_and_the_whole_wait(
    qtbot: QtBot, window: MainWindow
) -> None:
    page = page_of(window)
    page.show_tab("glance")
    panel = page.glance.indicators
    wait = panel.first_meeting
    qtbot.waitUntil(lambda: wait.isVisible(), timeout=2_000)
    assert wait.text().endswith("(within 24 hours)")
    assert wait.wordWrap() and wait.height() >= wait.heightForWidth(wait.width())

    def problems() -> list[str]:
        """Headers left short where there was room, and columns cut off past the edge."""
        found = []
        for view in panel.findChildren(QTableView):
            header = view.horizontalHeader()
            columns = [c for c in range(header.count()) if not header.isSectionHidden(c)]
            room = view.viewport().width()
            if sum(header.sectionSize(c) for c in columns) > room + 1:
                found.append(f"{view.accessibleName()}: cut off at the edge")
            needed = {
                c: max(
                    view.sizeHintForColumn(c),
                    header.fontMetrics().horizontalAdvance(
                        view.model().headerData(c, Qt.Orientation.Horizontal)
                    ),
                )
                for c in columns
            }
            if sum(needed.values()) > room:
                continue  # no room for all: the columns share the shortage and elide
            for column in columns:
                title = view.model().headerData(column, Qt.Orientation.Horizontal)
                if header.sectionSize(column) < header.fontMetrics().horizontalAdvance(title):
                    found.append(title)
        return found

    # Tables are fitted when first shown, once the event loop has laid them out.
    try:
        qtbot.waitUntil(lambda: problems() == [], timeout=5_000)
    except WaitTimeout:
        assert problems() == []  # names what is short or cut off
