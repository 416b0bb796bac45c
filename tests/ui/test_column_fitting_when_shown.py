"""A table out of sight waits to be fitted until it is shown."""

from __future__ import annotations

from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QTableView
from pytestqt.qtbot import QtBot

from ui.columns import ColumnFitter


def test_a_table_out_of_sight_is_fitted_when_it_is_shown(qtbot: QtBot) -> None:
    model = QStandardItemModel(0, 2)
    long_name = "Dr Anna-Liisa Korhonen-Virtanen of the fictional clinic"
    model.appendRow([QStandardItem(long_name), QStandardItem("x")])
    view = QTableView()
    qtbot.addWidget(view)
    view.setModel(model)
    ColumnFitter(view, stretch=1)
    needed = view.fontMetrics().horizontalAdvance(long_name)
    qtbot.wait(20)  # a fit was asked for; out of sight it waits
    assert view.horizontalHeader().sectionSize(0) < needed
    view.show()
    qtbot.waitExposed(view)
    qtbot.waitUntil(lambda: view.horizontalHeader().sectionSize(0) >= needed, timeout=10_000)
