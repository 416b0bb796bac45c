"""One way to set up the app's table views: rows selected whole, sortable, accessible."""

from __future__ import annotations

from PySide6.QtCore import QSortFilterProxyModel, Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from ui.models.roles import OBJECT_ROLE, SORT_ROLE
from ui.models.table import ObjectTableModel
from ui.network.delegates import ChoiceDelegate


def sorted_proxy(model: ObjectTableModel[object], parent: QWidget) -> QSortFilterProxyModel:
    """A proxy that sorts by each column's sort key."""
    proxy = QSortFilterProxyModel(parent)
    proxy.setSourceModel(model)
    proxy.setSortRole(SORT_ROLE)
    return proxy


def table_view(
    model: ObjectTableModel[object],
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
        delegate = ChoiceDelegate(view)
        for number, column in enumerate(model.columns):
            if column.choices:
                view.setItemDelegateForColumn(number, delegate)
    else:
        view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setHighlightSections(False)
    if stretch >= 0:
        header.setStretchLastSection(False)
        header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    else:
        header.setStretchLastSection(True)
    model.modelReset.connect(lambda: fit_columns(view, stretch, 220 if long_text else 300))
    if sort_column is not None:
        view.setSortingEnabled(True)
        view.sortByColumn(sort_column, order)
    return view


def fit_columns(view: QTableView, stretch: int = -1, widest: int = 300) -> None:
    """Size columns to their contents, but no column wider than ``widest`` pixels."""
    header = view.horizontalHeader()
    for column in range(header.count()):
        if column == stretch:
            continue
        view.resizeColumnToContents(column)
        if header.sectionSize(column) > widest:
            header.resizeSection(column, widest)


def selected_object(view: QTableView) -> object | None:
    """The domain object of the current row, or None."""
    index = view.currentIndex()
    return index.data(OBJECT_ROLE) if index.isValid() else None
