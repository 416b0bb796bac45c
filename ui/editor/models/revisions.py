"""A meeting's stored revisions, oldest first, for the history dialog."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from odnotes.model import Meeting
from odnotes.vault import Revision
from ui.editor.models import DOMAIN_ROLE

_Index = QModelIndex | QPersistentModelIndex


def revision_state(revision: Revision) -> str:
    """Draft, finalised, or amended (with how many amendments so far)."""
    meeting = revision.record
    if not isinstance(meeting, Meeting) or not meeting.is_final:
        return "draft"
    if meeting.amendments:
        return f"amended ({len(meeting.amendments)})" if len(meeting.amendments) > 1 else "amended"
    return "finalised"


def saved_at_text(revision: Revision) -> str:
    """When the revision was stored, in local time."""
    return revision.saved_at.astimezone().strftime("%a %d %b %Y, %H:%M:%S")


class RevisionModel(QAbstractTableModel):
    """Columns: revision number, when it was saved (local time), and its state."""

    NUMBER, SAVED, STATE = range(3)
    HEADERS = ("#", "Saved", "State")

    def __init__(self, revisions: list[Revision]) -> None:
        super().__init__()
        self._revisions = list(revisions)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._revisions)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.HEADERS[section]
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        revision = self._revisions[index.row()]
        if role == DOMAIN_ROLE:
            return revision
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return None
        column = index.column()
        if column == self.NUMBER:
            return str(revision.revision)
        if column == self.SAVED:
            return saved_at_text(revision)
        return revision_state(revision)

    def revision(self, row: int) -> Revision:
        """The revision shown in ``row``."""
        return self._revisions[row]

    def label(self, row: int) -> str:
        """A one-line description of the revision in ``row``."""
        revision = self._revisions[row]
        return f"{revision.revision}: {saved_at_text(revision)} ({revision_state(revision)})"
