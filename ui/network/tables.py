"""One way to set up the app's table views: rows selected whole, sortable, accessible."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QSortFilterProxyModel, Qt
from PySide6.QtWidgets import QAbstractItemView, QTableView, QWidget

from ui.columns import WIDEST, ColumnFitter
from ui.models.roles import OBJECT_ROLE, SORT_ROLE
from ui.models.table import ObjectTableModel
from ui.network.delegates import ChoiceDelegate


def sorted_proxy(model: ObjectTableModel[Any], parent: QWidget) -> QSortFilterProxyModel:
    """A proxy that sorts by each column's sort key."""
    proxy = QSortFilterProxyModel(parent)
    proxy.setSourceModel(model)
    proxy.setSortRole(SORT_ROLE)
    return proxy


def table_view(
    model: ObjectTableModel[Any],
    accessible_name: str,
    parent: QWidget | None = None,
    *,
    editable: bool = False,
    stretch: int = -1,
    sort_column: int | None = None,
    order: Qt.SortOrder = Qt.SortOrder.AscendingOrder,
    long_text: bool = False,
) -> QTableView:
    """A table over ``model`` through a sorting proxy; column ``stretch`` takes spare room.

    ``long_text`` keeps the other columns narrower so the long one shows more.
    Columns fit their contents and keep their widths across reloads (``ColumnFitter``).
    """
    view = QTableView(parent)
    proxy = sorted_proxy(model, view)
    view.setModel(proxy)
    view.setAccessibleName(accessible_name)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setAlternatingRowColors(True)
    view.verticalHeader().hide()
    view.setWordWrap(False)
    view.setTextElideMode(Qt.TextElideMode.ElideRight)  # the full text is in each tooltip
    view.setTabKeyNavigation(False)
    if editable:
        view.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        delegate = ChoiceDelegate(model.columns, view)
        for number, column in enumerate(model.columns):
            if column.choices:
                view.setItemDelegateForColumn(number, delegate)
    else:
        view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.horizontalHeader().setHighlightSections(False)
    ColumnFitter(view, stretch, WIDEST if not long_text else WIDEST * 2 // 3)
    if sort_column is not None:
        view.setSortingEnabled(True)
        view.sortByColumn(sort_column, order)
    return view


def selected_object(view: QTableView) -> object | None:
    """The domain object of the current row, or None."""
    index = view.currentIndex()
    return index.data(OBJECT_ROLE) if index.isValid() else None
