"""A ticked list of people written straight into a list of ids in the working copy."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt, Signal

from ui.editor.models import DOMAIN_ROLE

_Index = QModelIndex | QPersistentModelIndex


class ChecklistModel(QAbstractListModel):
    """Tick people in or out of ``selected()``, a list kept in the working copy.

    Used for facilitators, a reflection's practitioners, next meeting's
    invitees and whose an uncertainty is. ``selected`` reads the list; ``ensure``
    (if given) creates its owner on the first tick, so merely showing the list
    never changes the meeting. ``same`` gives every id naming the same person
    as a choice (a colleague's stand-in and their own record): the choice is
    ticked if any is listed, unticking removes them all, ticking adds the
    choice's own id.

    Signals:
        selection_changed(): someone was ticked or unticked.
    """

    selection_changed = Signal()

    def __init__(
        self,
        choices: list[tuple[str, str]],
        selected: Callable[[], list[str]],
        *,
        ensure: Callable[[], list[str]] | None = None,
        same: Callable[[str], frozenset[str]] | None = None,
        editable: bool,
        what: str,
    ) -> None:
        super().__init__()
        self._choices = list(choices)
        self._selected = selected
        self._ensure = ensure or selected
        self._same = same or (lambda record_id: frozenset({record_id}))
        self._editable = editable
        self._what = what

    def set_choices(self, choices: list[tuple[str, str]]) -> None:
        """Show a new list of people to choose from."""
        self.beginResetModel()
        self._choices = list(choices)
        self.endResetModel()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._choices)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        record_id, name = self._choices[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return name
        if role == DOMAIN_ROLE:
            return record_id
        ticked = not self._same(record_id).isdisjoint(self._peek())
        if role == Qt.ItemDataRole.CheckStateRole:
            return Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.AccessibleTextRole:
            answer = self.tr("yes") if ticked else self.tr("no")
            return f"{name}, {self._what}: {answer}"
        return None

    def _peek(self) -> list[str]:
        return self._selected()

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if self._editable:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        return flags

    def setData(self, index: _Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.CheckStateRole or not self._editable:
            return False
        record_id = self._choices[index.row()][0]
        selected = self._ensure()
        ticked = Qt.CheckState(value) == Qt.CheckState.Checked
        same = self._same(record_id)
        if ticked == (not same.isdisjoint(selected)):
            return False
        if ticked:
            selected.append(record_id)
        else:
            selected[:] = [i for i in selected if i not in same]
        self.dataChanged.emit(index, index)
        self.selection_changed.emit()
        return True
