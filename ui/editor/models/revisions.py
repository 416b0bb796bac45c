"""A meeting's stored revisions, oldest first, for the history dialog."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from odnotes.model import Meeting
from odnotes.vault import Revision
from ui.dates import weekday_date_seconds
from ui.editor.models import DOMAIN_ROLE
from ui.i18n import QT_TRANSLATE_NOOP
from ui.models.headered import HeaderedTableModel

_Index = QModelIndex | QPersistentModelIndex


def revision_state(revision: Revision) -> str:
    """Draft, finalised, or amended (with how many amendments so far)."""
    meeting = revision.record
    if not isinstance(meeting, Meeting) or not meeting.is_final:
        return QCoreApplication.translate("ui.editor.models.revisions", "draft")
    if meeting.amendments:
        return (
            QCoreApplication.translate("ui.editor.models.revisions", "amended ({len})").format(
                len=len(meeting.amendments)
            )
            if len(meeting.amendments) > 1
            else QCoreApplication.translate("ui.editor.models.revisions", "amended")
        )
    return QCoreApplication.translate("ui.editor.models.revisions", "finalised")


def saved_at_text(revision: Revision) -> str:
    """When the revision was stored, in local time."""
    return weekday_date_seconds(revision.saved_at.astimezone())


class RevisionModel(HeaderedTableModel):
    """Columns: revision number, when it was saved (local time), and its state."""

    NUMBER, SAVED, STATE = range(3)
    HEADERS = (
        "#",
        QT_TRANSLATE_NOOP("RevisionModel", "Saved"),
        QT_TRANSLATE_NOOP("RevisionModel", "State"),
    )

    def __init__(self, revisions: list[Revision]) -> None:
        super().__init__()
        self._revisions = list(revisions)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._revisions)

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
