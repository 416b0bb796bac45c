"""Open uncertainties across a network's meetings, and each one's history."""

from __future__ import annotations

from PySide6.QtCore import QObject

from odnotes.continuity import UncertaintyThread
from odnotes.model import Meeting, UncertaintyEntry
from ui.dates import day_date
from ui.models.meetings import meeting_title
from ui.models.names import Names
from ui.models.table import Column, ObjectTableModel
from ui.words import status_text

QUESTION, WHOSE, SINCE, STATUS, LATEST = range(5)


class UncertaintiesModel(ObjectTableModel[UncertaintyThread]):
    """One row per uncertainty: the question, whose it is, since when, and where it stands."""

    def __init__(self, names: Names | None = None, parent: QObject | None = None) -> None:
        self.names = names
        super().__init__(
            [
                Column(self.tr("Question"), lambda t: t.question or self.tr("(no words yet)")),
                Column(self.tr("Whose"), lambda t: self.names.list(t.whose) if self.names else ""),
                Column(
                    self.tr("Open since"),
                    lambda t: day_date(d) if (d := t.open_since()) else "",
                    sort=lambda t: (t.open_since() or "").__str__(),
                ),
                Column(self.tr("Status"), lambda t: status_text(t.status)),
                Column(self.tr("Latest note"), lambda t: t.last_entry.note if t.history else ""),
            ],
            key=lambda t: t.uncertainty_id,
            parent=parent,
        )


class ThreadHistoryModel(ObjectTableModel[tuple[Meeting, UncertaintyEntry]]):
    """What happened to one uncertainty at each meeting that mentioned it."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(
            [
                Column(
                    self.tr("Meeting"),
                    lambda h: meeting_title(h[0]),
                    sort=lambda h: h[0].starts_at.isoformat(),
                ),
                Column(self.tr("Status"), lambda h: status_text(h[1].status)),
                Column(self.tr("Note"), lambda h: h[1].note or h[1].question),
            ],
            key=lambda h: f"{h[0].id}/{h[1].id}",
            parent=parent,
        )
