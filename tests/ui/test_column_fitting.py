"""Columns fit what they show: in the tab in sight at once, in a hidden tab when it is shown
(before it is painted), and measured again only when the contents or the font change."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QTableView, QTabWidget
from pytestqt.qtbot import QtBot

from ui.columns import WIDEST, ColumnFitter

LONG_NAME = "Dr Anna-Liisa Korhonen-Virtanen of the fictional clinic"

Index = QModelIndex | QPersistentModelIndex


class Counted(QAbstractTableModel):
    """Two columns of fictional names; counts how often the view asks for a cell."""

    def __init__(self) -> None:
        super().__init__()
        self.rows: list[tuple[str, str]] = []
        self.asked = 0

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 2

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        self.asked += 1
        if role == Qt.ItemDataRole.DisplayRole:
            return self.rows[index.row()][index.column()]
        return None

    def fill(self) -> None:
        self.beginResetModel()
        self.rows = [(LONG_NAME, "x"), ("Sam Okafor", "y")]
        self.endResetModel()


def tabs_of_tables(qtbot: QtBot) -> tuple[QTabWidget, list[QTableView], list[Counted]]:
    tabs = QTabWidget()
    qtbot.addWidget(tabs)
    views, models = [], []
    for title in ("First", "Second"):
        model = Counted()
        view = QTableView()
        view.setModel(model)
        ColumnFitter(view, stretch=1)
        tabs.addTab(view, title)
        views.append(view)
        models.append(model)
    return tabs, views, models


def needed(view: QTableView) -> int:
    """The long name's width, or the cap (at a large text size it is wider than the cap)."""
    return min(view.fontMetrics().horizontalAdvance(LONG_NAME), WIDEST)


def test_a_table_in_a_hidden_tab_is_fitted_when_its_tab_is_shown(qtbot: QtBot) -> None:
    tabs, (first, second), (first_model, second_model) = tabs_of_tables(qtbot)
    tabs.resize(900, 400)
    tabs.show()
    qtbot.waitExposed(tabs)
    first_model.fill()
    second_model.fill()
    qtbot.waitUntil(lambda: first.horizontalHeader().sectionSize(0) >= needed(first))
    qtbot.wait(20)
    assert second_model.asked == 0  # out of sight: not measured
    tabs.setCurrentIndex(1)  # the Show event fits it, before any paint
    assert second.horizontalHeader().sectionSize(0) >= needed(second)


def test_the_tab_in_sight_is_fitted_before_the_window_is_ever_shown(qtbot: QtBot) -> None:
    """A screenshot (``grab``) of a window never shown still has fitted columns."""
    tabs, (first, _second), (first_model, second_model) = tabs_of_tables(qtbot)
    first_model.fill()
    second_model.fill()
    qtbot.waitUntil(lambda: first.horizontalHeader().sectionSize(0) >= needed(first))
    assert second_model.asked == 0


class CountingView(QTableView):
    """Counts how often a column is measured (asking every cell for its size)."""

    measured = 0

    def sizeHintForColumn(self, column: int) -> int:  # noqa: N802 (Qt override)
        self.measured += 1
        return super().sizeHintForColumn(column)


def test_resizing_shares_out_room_without_measuring_again(qtbot: QtBot) -> None:
    model = Counted()
    view = CountingView()
    qtbot.addWidget(view)
    view.setModel(model)
    ColumnFitter(view, stretch=1)
    view.resize(700, 300)
    view.show()
    qtbot.waitExposed(view)
    short = "Maija Virtanen"
    model.beginResetModel()
    model.rows = [(short, "x")]
    model.endResetModel()

    def fits(text: str) -> bool:
        width = view.fontMetrics().horizontalAdvance(text)
        return view.horizontalHeader().sectionSize(0) >= min(width, WIDEST)

    qtbot.waitUntil(lambda: fits(short))
    measured = view.measured
    stretch = view.horizontalHeader().sectionSize(1)
    view.resize(1000, 300)
    qtbot.waitUntil(lambda: view.horizontalHeader().sectionSize(1) > stretch)  # room shared out
    assert view.measured == measured  # from the widths already measured
    before = view.horizontalHeader().sectionSize(0)
    view.setFont(QFont(view.font().family(), view.font().pointSize() + 8))
    qtbot.waitUntil(lambda: view.horizontalHeader().sectionSize(0) > before)  # a new font
    assert view.measured > measured and fits(short)
    measured = view.measured
    longer = short + " and her colleague"
    model.rows = [*model.rows, (longer, "z")]
    model.layoutChanged.emit()
    qtbot.waitUntil(lambda: fits(longer))
    assert view.measured > measured  # new contents: measured anew
