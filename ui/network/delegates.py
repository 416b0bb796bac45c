"""Inline editors for table cells: a combo box for columns with fixed choices."""

from __future__ import annotations

from PySide6.QtCore import (
    QAbstractItemModel,
    QAbstractProxyModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtWidgets import QComboBox, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from ui.models.table import ObjectTableModel

Index = QModelIndex | QPersistentModelIndex


class ChoiceDelegate(QStyledItemDelegate):
    """Edit a column whose ``Column.choices`` lists (label, value) pairs."""

    def createEditor(  # noqa: N802 (Qt override)
        self, parent: QWidget, option: QStyleOptionViewItem, index: Index
    ) -> QWidget:
        """A combo box of the column's choices."""
        model = index.model()
        while isinstance(model, QAbstractProxyModel):  # the views sort through a proxy
            model = model.sourceModel()
        assert isinstance(model, ObjectTableModel)
        column = model.columns[index.column()]
        combo = QComboBox(parent)
        combo.setAccessibleName(column.title)
        for label, value in column.choices:
            combo.addItem(label, value)
        return combo

    def setEditorData(self, editor: QWidget, index: Index) -> None:  # noqa: N802
        """Select the current value."""
        assert isinstance(editor, QComboBox)
        current = index.data(Qt.ItemDataRole.EditRole)
        found = editor.findData(current)
        if found < 0 and isinstance(current, str) and current:
            editor.insertItem(0, current, current)  # an older free-text value, kept as typed
            found = 0
        editor.setCurrentIndex(max(found, 0))

    def setModelData(  # noqa: N802
        self, editor: QWidget, model: QAbstractItemModel, index: Index
    ) -> None:
        """Write the chosen value back through the model (which saves it)."""
        assert isinstance(editor, QComboBox)
        model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)
