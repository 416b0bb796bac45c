"""Who of the network was there: present, invited but absent, or neither (perhaps expected)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from odnotes.model import Meeting, Person
from ui.editor.models import DOMAIN_ROLE
from ui.i18n import QT_TRANSLATE_NOOP
from ui.models.headered import HeaderedTableModel
from ui.words import relation_text

_Index = QModelIndex | QPersistentModelIndex


class AttendanceModel(HeaderedTableModel):
    """Network members against the meeting's ``present`` and ``absent`` lists.

    Ticking one column unticks the other; the lists in the working copy are the
    only place attendance is kept. Someone *expected* (invited at the last
    meeting) is neither until one of the two is ticked.

    Signals:
        attendance_changed(): someone was marked present, absent, or neither.
    """

    attendance_changed = Signal()

    NAME, PRESENT, ABSENT = range(3)
    HEADERS = (
        QT_TRANSLATE_NOOP("AttendanceModel", "Network member"),
        QT_TRANSLATE_NOOP("AttendanceModel", "Present"),
        QT_TRANSLATE_NOOP("AttendanceModel", "Invited, not there"),
    )

    def __init__(self, meeting: Meeting, members: list[Person], editable: bool) -> None:
        super().__init__()
        self._meeting = meeting
        self._members = list(members)
        self._editable = editable

    def set_members(self, members: list[Person]) -> None:
        """Show a new list of members (one was added)."""
        self.beginResetModel()
        self._members = list(members)
        self.endResetModel()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._members)

    def _list(self, column: int) -> list[str]:
        return self._meeting.present if column == self.PRESENT else self._meeting.absent

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        person = self._members[index.row()]
        column = index.column()
        if role == DOMAIN_ROLE:
            return person
        if column == self.NAME:
            if role == Qt.ItemDataRole.DisplayRole:
                detail = relation_text(person.relationship, person.kind)
                shown = f"{person.name} ({detail})" if detail else person.name
                if person.id in self._meeting.expected:
                    shown += self.tr(" — expected: did they come?")
                return shown
            if role == Qt.ItemDataRole.AccessibleTextRole:
                return person.name
            return None
        ticked = person.id in self._list(column)
        if role == Qt.ItemDataRole.CheckStateRole:
            return Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.AccessibleTextRole:
            answer = self.tr("yes") if ticked else self.tr("no")
            return f"{person.name} {self.tr(self.HEADERS[column]).lower()}: {answer}"
        return None

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() != self.NAME and self._editable:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        return flags

    def setData(self, index: _Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if (
            not index.isValid()
            or index.column() == self.NAME
            or role != Qt.ItemDataRole.CheckStateRole
            or not self._editable
        ):
            return False
        person_id = self._members[index.row()].id
        ticked = Qt.CheckState(value) == Qt.CheckState.Checked
        chosen, other = self._list(index.column()), self._list(3 - index.column())
        if ticked and person_id not in chosen:
            chosen.append(person_id)
            if person_id in other:
                other.remove(person_id)
            if person_id in self._meeting.expected:
                self._meeting.expected.remove(person_id)
        elif not ticked and person_id in chosen:
            chosen.remove(person_id)
        else:
            return False
        row = index.row()
        self.dataChanged.emit(self.index(row, self.NAME), self.index(row, self.ABSENT))
        self.attendance_changed.emit()
        return True

    def person_at(self, row: int) -> Person:
        """The member shown in ``row``."""
        return self._members[row]
