"""Inline editors for table cells: a combo box for columns with fixed choices."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, QSize, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionComboBox,
    QStyleOptionViewItem,
    QWidget,
)

from ui.models.table import Column

Index = QModelIndex | QPersistentModelIndex


class ChoiceDelegate(QStyledItemDelegate):
    """Edit a column whose ``Column.choices`` lists (label, value) pairs.

    The delegate is given the columns of the model it edits, so it works the
    same through a sorting proxy as on the model itself.
    """

    def __init__(self, columns: Sequence[Column[Any]], parent: QWidget) -> None:
        super().__init__(parent)
        self._columns = list(columns)

    def _choices(self, index: Index) -> Column[Any] | None:
        column = index.column()
        if 0 <= column < len(self._columns) and self._columns[column].choices:
            return self._columns[column]
        return None

    def createEditor(  # noqa: N802 (Qt override)
        self, parent: QWidget, option: QStyleOptionViewItem, index: Index
    ) -> QWidget:
        """A combo box of the column's choices (a plain editor for any other column)."""
        column = self._choices(index)
        if column is None:
            return super().createEditor(parent, option, index)
        combo = QComboBox(parent)
        combo.setAccessibleName(column.title)
        for label, value in column.choices:
            combo.addItem(label, value)
        return combo

    def setEditorData(self, editor: QWidget, index: Index) -> None:  # noqa: N802
        """Select the current value."""
        if not isinstance(editor, QComboBox):
            super().setEditorData(editor, index)
            return
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
        if not isinstance(editor, QComboBox):
            super().setModelData(editor, model, index)
            return
        model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:  # noqa: N802
        """Wide enough for the longest choice in its combo box, so the editor is not cut."""
        hint = super().sizeHint(option, index)
        column = self._choices(index)
        if column is None:
            return hint
        metrics = option.fontMetrics
        text = max((metrics.horizontalAdvance(label) for label, _ in column.choices), default=0)
        combo = QStyleOptionComboBox()
        widget = option.widget
        style = widget.style() if widget is not None else None
        if style is None:
            return QSize(max(hint.width(), text + 40), hint.height())
        size = style.sizeFromContents(
            QStyle.ContentsType.CT_ComboBox, combo, QSize(text, metrics.height()), widget
        )
        return QSize(max(hint.width(), size.width()), hint.height())
