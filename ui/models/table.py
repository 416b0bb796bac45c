"""A table model over a list of domain objects, described by its columns.

Every model in ``ui/models`` is one of these with its own columns: display
text, a sort key, optional check boxes, and optional inline editing that goes
through a ``save`` callback (a copy is edited, never the shared object).
"""

from __future__ import annotations

import copy
from bisect import bisect_right
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any, Generic, TypeVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from ui.models.roles import OBJECT_ROLE, SORT_ROLE
from ui.operations import Operation

T = TypeVar("T")
Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class Column(Generic[T]):
    """How one column shows (and perhaps edits) an object."""

    title: str
    text: Callable[[T], str]
    sort: Callable[[T], Any] | None = None
    checked: Callable[[T], bool] | None = None
    edit_value: Callable[[T], Any] | None = None
    apply: Callable[[T, Any], None] | None = None
    choices: Sequence[tuple[str, Any]] = field(default_factory=tuple)
    tooltip: str = ""

    @property
    def editable(self) -> bool:
        """Whether the column can be changed in place."""
        return self.apply is not None


class ObjectTableModel(QAbstractTableModel, Generic[T]):
    """Rows of domain objects; ``OBJECT_ROLE`` returns the object itself.

    Signals:
        edit_failed(str): an inline edit was refused (the message says why).
    """

    edit_failed = Signal(str)

    def __init__(
        self,
        columns: Sequence[Column[T]],
        key: Callable[[T], str],
        save: Callable[[T], object] | None = None,
        parent: QObject | None = None,
        order: Callable[[T], Any] | None = None,
    ) -> None:
        super().__init__(parent)
        self.columns = list(columns)
        self._key = key
        self._save = save
        self._order = order
        self._rows: list[T] = []

    # -- contents ---------------------------------------------------------------

    def set_rows(self, rows: Iterable[T]) -> None:
        """Replace everything (a reload)."""
        self.beginResetModel()
        self._rows = sorted(rows, key=self._order) if self._order else list(rows)
        self.endResetModel()

    def clear(self) -> None:
        """Drop every object (on lock)."""
        self.set_rows([])

    def objects(self) -> list[T]:
        """The objects in row order."""
        return list(self._rows)

    def object_at(self, row: int) -> T:
        """The object in ``row``."""
        return self._rows[row]

    def row_of(self, key: str) -> int:
        """The row of the object with ``key``, or -1."""
        return next((i for i, obj in enumerate(self._rows) if self._key(obj) == key), -1)

    def upsert(self, obj: T) -> None:
        """Show a new or changed object, touching only its row (moved if its place changed)."""
        row = self.row_of(self._key(obj))
        if row < 0:
            at = self._place(obj, self._rows)
            self.beginInsertRows(QModelIndex(), at, at)
            self._rows.insert(at, obj)
            self.endInsertRows()
            return
        others = self._rows[:row] + self._rows[row + 1 :]
        at = self._place(obj, others) if self._order else row
        if at != row:  # moved, so a selection and the current row follow it
            self.beginMoveRows(QModelIndex(), row, row, QModelIndex(), at if at < row else at + 1)
            self._rows = [*others[:at], obj, *others[at:]]
            self.endMoveRows()
        else:
            self._rows[row] = obj
        changed = self.row_of(self._key(obj))
        self.dataChanged.emit(self.index(changed, 0), self.index(changed, self.columnCount() - 1))

    def _place(self, obj: T, rows: list[T]) -> int:
        """Where ``obj`` goes among ``rows``: by the model's order, or at the end."""
        if self._order is None:
            return len(rows)
        return bisect_right([self._order(r) for r in rows], self._order(obj))

    def remove(self, key: str) -> None:
        """Stop showing the object with ``key``."""
        row = self.row_of(key)
        if row >= 0:
            self.beginRemoveRows(QModelIndex(), row, row)
            del self._rows[row]
            self.endRemoveRows()

    # -- Qt ---------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        """Number of objects (a table has no children)."""
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        """Number of columns."""
        return 0 if parent.isValid() else len(self.columns)

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        """Column titles."""
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self.columns):
            column = self.columns[section]
            if role == Qt.ItemDataRole.DisplayRole:
                return column.title
            if role == Qt.ItemDataRole.ToolTipRole and column.tooltip:
                return column.tooltip
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Text, check state, sort key or the object itself."""
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        obj = self._rows[index.row()]
        column = self.columns[index.column()]
        if role == OBJECT_ROLE:
            return obj
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return (
                None
                if column.checked and role == Qt.ItemDataRole.DisplayRole
                else (column.text(obj))
            )
        if role == Qt.ItemDataRole.EditRole and column.edit_value is not None:
            return column.edit_value(obj)
        if role == Qt.ItemDataRole.CheckStateRole and column.checked is not None:
            return (Qt.CheckState.Checked if column.checked(obj) else Qt.CheckState.Unchecked).value
        if role == SORT_ROLE:
            return column.sort(obj) if column.sort else column.text(obj).casefold()
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return f"{column.title}: {column.text(obj)}"
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        """Selectable rows; editable or checkable cells where the column allows it."""
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        column = self.columns[index.column()]
        if column.editable and self._save is not None:
            flags |= (
                Qt.ItemFlag.ItemIsUserCheckable if column.checked else Qt.ItemFlag.ItemIsEditable
            )
        return flags

    def setData(  # noqa: N802
        self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole
    ) -> bool:
        """Apply an inline edit to a copy, save it, show it; refusals change nothing."""
        if not index.isValid() or self._save is None:
            return False
        column = self.columns[index.column()]
        if column.apply is None:
            return False
        if role == Qt.ItemDataRole.CheckStateRole and column.checked is not None:
            value = Qt.CheckState(value) == Qt.CheckState.Checked
        elif role != Qt.ItemDataRole.EditRole:
            return False
        edited = copy.deepcopy(self._rows[index.row()])
        apply, save = column.apply, self._save

        def edit() -> T:
            apply(edited, value)
            save(edited)
            return edited

        saved = (
            Operation(None, edit)
            .tell(self.edit_failed.emit, self.tr("That change was not saved: {error}"))
            .run_now()
        )
        if saved is None:
            return False
        self._rows[index.row()] = saved
        self.dataChanged.emit(
            self.index(index.row(), 0), self.index(index.row(), len(self.columns) - 1)
        )
        return True
