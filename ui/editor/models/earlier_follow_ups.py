"""Follow-ups of earlier meetings, checked off at this one (the earlier meeting is not changed)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import (
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from odnotes.model import Decision, FollowUp, FollowUpCheck, Meeting
from ui.dates import weekday_date
from ui.editor.models import DOMAIN_ROLE
from ui.i18n import QT_TRANSLATE_NOOP
from ui.models.headered import HeaderedTableModel

_Index = QModelIndex | QPersistentModelIndex
EarlierFollowUp = tuple[Meeting, Decision, FollowUp]


class EarlierFollowUpsModel(HeaderedTableModel):
    """Rows are follow-ups still to do when this meeting began; "Done" writes a check.

    Signals:
        checks_changed(): a follow-up was ticked or unticked.
    """

    checks_changed = Signal()

    WHO, WHAT, DUE, FROM, DONE = range(5)
    HEADERS = (
        QT_TRANSLATE_NOOP("EarlierFollowUpsModel", "Who"),
        QT_TRANSLATE_NOOP("EarlierFollowUpsModel", "What"),
        QT_TRANSLATE_NOOP("EarlierFollowUpsModel", "By when"),
        QT_TRANSLATE_NOOP("EarlierFollowUpsModel", "Agreed at"),
        QT_TRANSLATE_NOOP("EarlierFollowUpsModel", "Done now"),
    )

    def __init__(
        self,
        meeting: Meeting,
        rows: list[EarlierFollowUp],
        name: Callable[[str], str],
        editable: bool,
    ) -> None:
        super().__init__()
        self._meeting = meeting
        self._rows = list(rows)
        self._name = name
        self._editable = editable

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def _check(self, follow_up: FollowUp) -> FollowUpCheck | None:
        return next(
            (c for c in self._meeting.follow_up_checks if c.follow_up_id == follow_up.id), None
        )

    def is_done(self, row: int) -> bool:
        """Whether the follow-up in ``row`` is checked off at this meeting."""
        check = self._check(self._rows[row][2])
        return check.done if check is not None else self._rows[row][2].done

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        meeting, _, follow_up = self._rows[index.row()]
        column = index.column()
        if role == DOMAIN_ROLE:
            return follow_up
        if column == self.DONE:
            done = self.is_done(index.row())
            if role == Qt.ItemDataRole.CheckStateRole:
                return Qt.CheckState.Checked if done else Qt.CheckState.Unchecked
            if role == Qt.ItemDataRole.AccessibleTextRole:
                return self.tr("done") if done else self.tr("not done")
            return None
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return None
        if column == self.WHO:
            return self._name(follow_up.who_id)
        if column == self.WHAT:
            return follow_up.what
        if column == self.DUE:
            return weekday_date(follow_up.due) if follow_up.due else self.tr("no date")
        return weekday_date(meeting.starts_at)

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() == self.DONE and self._editable:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        return flags

    def setData(self, index: _Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if (
            not index.isValid()
            or index.column() != self.DONE
            or role != Qt.ItemDataRole.CheckStateRole
            or not self._editable
        ):
            return False
        follow_up = self._rows[index.row()][2]
        checks = self._meeting.follow_up_checks
        checks[:] = [c for c in checks if c.follow_up_id != follow_up.id]
        if Qt.CheckState(value) == Qt.CheckState.Checked:
            checks.append(FollowUpCheck(follow_up.id, done=True))
        self.dataChanged.emit(index, index)
        self.checks_changed.emit()
        return True
