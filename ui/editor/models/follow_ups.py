"""A decision's follow-ups: who does what by when, and whether it is done."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QDate,
    QModelIndex,
    QPersistentModelIndex,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtWidgets import (
    QComboBox,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from odnotes.model import Decision, FollowUp
from ui.dates import weekday_date
from ui.editor.models import DOMAIN_ROLE
from ui.editor.moments import DateField, date_field_width
from ui.i18n import QT_TRANSLATE_NOOP
from ui.models.headered import HeaderedTableModel

_Index = QModelIndex | QPersistentModelIndex
NO_DATE = QDate(2000, 1, 1)
"""Shown as "no date" by the date editor: a follow-up need not have one."""


class FollowUpModel(HeaderedTableModel):
    """Rows are ``decision.follow_ups`` of the working copy.

    Signals:
        follow_ups_changed(): a follow-up was added, removed or edited.
    """

    follow_ups_changed = Signal()

    WHO, WHAT, DUE, DONE = range(4)
    HEADERS = (
        QT_TRANSLATE_NOOP("FollowUpModel", "Who"),
        QT_TRANSLATE_NOOP("FollowUpModel", "What"),
        QT_TRANSLATE_NOOP("FollowUpModel", "By when"),
        QT_TRANSLATE_NOOP("FollowUpModel", "Done"),
    )

    def __init__(self, decision: Decision, name: Callable[[str], str], editable: bool) -> None:
        super().__init__()
        self._decision = decision
        self._name = name
        self._editable = editable

    @property
    def follow_ups(self) -> list[FollowUp]:
        """The decision's follow-ups (the working copy's list)."""
        return self._decision.follow_ups

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.follow_ups)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        follow_up = self.follow_ups[index.row()]
        column = index.column()
        if role == DOMAIN_ROLE:
            return follow_up
        if column == self.WHO:
            if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
                return self._name(follow_up.who_id)
            if role == Qt.ItemDataRole.EditRole:
                return follow_up.who_id
        elif column == self.WHAT:
            if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
                return follow_up.what
            if role == Qt.ItemDataRole.AccessibleTextRole:
                return follow_up.what or self.tr("nothing written yet")
        elif column == self.DUE:
            if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
                return weekday_date(follow_up.due) if follow_up.due else self.tr("no date")
            if role == Qt.ItemDataRole.EditRole:
                return (
                    QDate(follow_up.due.year, follow_up.due.month, follow_up.due.day)
                    if follow_up.due
                    else NO_DATE
                )
        elif column == self.DONE:
            if role == Qt.ItemDataRole.CheckStateRole:
                return Qt.CheckState.Checked if follow_up.done else Qt.CheckState.Unchecked
            if role == Qt.ItemDataRole.AccessibleTextRole:
                return self.tr("done") if follow_up.done else self.tr("not done")
        return None

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if self._editable:
            if index.column() == self.DONE:
                flags |= Qt.ItemFlag.ItemIsUserCheckable
            else:
                flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def setData(self, index: _Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or not self._editable:
            return False
        follow_up = self.follow_ups[index.row()]
        column = index.column()
        if column == self.DONE and role == Qt.ItemDataRole.CheckStateRole:
            follow_up.done = Qt.CheckState(value) == Qt.CheckState.Checked
        elif role != Qt.ItemDataRole.EditRole:
            return False
        elif column == self.WHO and isinstance(value, str) and value:
            follow_up.who_id = value
        elif column == self.WHAT:
            follow_up.what = str(value)
        elif column == self.DUE:
            follow_up.due = _to_date(value)
        else:
            return False
        self.dataChanged.emit(index, index)
        self.follow_ups_changed.emit()
        return True

    def add(self, who_id: str) -> int:
        """Append an empty follow-up for ``who_id``; returns its row."""
        row = len(self.follow_ups)
        self.beginInsertRows(QModelIndex(), row, row)
        follow_up = FollowUp(who_id, "-")
        follow_up.what = ""  # written in the table; stored once it says something
        self.follow_ups.append(follow_up)
        self.endInsertRows()
        self.follow_ups_changed.emit()
        return row

    def remove(self, row: int) -> None:
        """Remove the follow-up in ``row``."""
        self.beginRemoveRows(QModelIndex(), row, row)
        del self.follow_ups[row]
        self.endRemoveRows()
        self.follow_ups_changed.emit()


def _to_date(value: Any) -> date | None:
    if isinstance(value, QDate) and value.isValid() and value != NO_DATE:
        return date(value.year(), value.month(), value.day())
    if isinstance(value, date):
        return value
    return None


class FollowUpDelegate(QStyledItemDelegate):
    """Edits "who" with a list of people and "by when" with a date (or no date)."""

    def __init__(self, choices: Callable[[], list[tuple[str, str]]], parent: QWidget) -> None:
        super().__init__(parent)
        self._choices = choices

    def sizeHint(self, option: QStyleOptionViewItem, index: _Index) -> QSize:  # noqa: N802
        """Room for the editor a cell opens: the whole date, the longest name and its arrow."""
        hint = super().sizeHint(option, index)
        metrics = option.fontMetrics
        if index.column() == FollowUpModel.DUE:
            return hint.expandedTo(QSize(date_field_width(metrics), hint.height()))
        if index.column() == FollowUpModel.WHO:
            names = [metrics.horizontalAdvance(name) for _, name in self._choices()]
            return hint.expandedTo(QSize(max(names, default=0) + 3 * metrics.height(), 0))
        return hint

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: _Index) -> QWidget:
        if index.column() == FollowUpModel.WHO:
            combo = QComboBox(parent)
            combo.setAccessibleName(self.tr("Who does it"))
            for record_id, name in self._choices():
                combo.addItem(name, record_id)
            return combo
        if index.column() == FollowUpModel.DUE:
            edit = DateField(parent=parent)
            edit.setAccessibleName(self.tr("By when"))
            edit.setMinimumDate(NO_DATE)
            edit.setSpecialValueText(self.tr("no date"))
            return edit
        return super().createEditor(parent, option, index)

    def setEditorData(self, editor: QWidget, index: _Index) -> None:
        value = index.data(Qt.ItemDataRole.EditRole)
        if isinstance(editor, QComboBox):
            found = editor.findData(value)
            editor.setCurrentIndex(max(found, 0))
        elif isinstance(editor, DateField):
            editor.setDate(value if value != NO_DATE else QDate.currentDate())
        else:
            super().setEditorData(editor, index)

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: _Index) -> None:
        if isinstance(editor, QComboBox):
            model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)
        elif isinstance(editor, DateField):
            model.setData(index, editor.date(), Qt.ItemDataRole.EditRole)
        else:
            super().setModelData(editor, model, index)
