"""A network's meetings in time order, with their draft or finalised state."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QCoreApplication, QObject

from odnotes.model import Meeting
from ui.dates import weekday_date_time
from ui.models.names import Names
from ui.models.table import Column, ObjectTableModel
from ui.words import place_text

WHEN, PLACE, PRESENT, FACILITATORS, STATE = range(5)


def meeting_state(meeting: Meeting) -> str:
    """Draft, finalised, or finalised and amended."""
    if not meeting.is_final:
        return QCoreApplication.translate("ui.models.meetings", "Draft")
    if meeting.amendments:
        return QCoreApplication.translate(  # English says "amended once" for one
            "ui.models.meetings", "Finalised, amended %n time(s)", "", len(meeting.amendments)
        )
    return QCoreApplication.translate("ui.models.meetings", "Finalised")


def meeting_title(meeting: Meeting) -> str:
    """A short, non-clinical title: the date and time."""
    return title_at(meeting.starts_at)


def title_at(starts_at: datetime) -> str:
    """The title of a meeting that starts at ``starts_at`` (search hits know only the time)."""
    return weekday_date_time(starts_at)


class MeetingsModel(ObjectTableModel[Meeting]):
    """Rows sorted by when the meetings happened (callers pass them in order)."""

    def __init__(self, names: Names | None = None, parent: QObject | None = None) -> None:
        self.names = names

        def who(ids: list[str]) -> str:
            return self.names.list(ids) if self.names else ""

        super().__init__(
            [
                Column(self.tr("When"), meeting_title, sort=lambda m: m.starts_at.isoformat()),
                Column(
                    self.tr("Where"),
                    lambda m: place_text(m.place, m.place_detail),
                ),
                Column(self.tr("Present"), lambda m: who(m.present), sort=lambda m: len(m.present)),
                Column(self.tr("Practitioners"), lambda m: who(m.facilitators)),
                Column(
                    self.tr("State"), meeting_state, sort=lambda m: (m.is_final, len(m.amendments))
                ),
            ],
            key=lambda m: m.id,
            parent=parent,
        )

    def drafts(self) -> int:
        """How many meetings are still drafts."""
        return sum(1 for m in self.objects() if not m.is_final)
