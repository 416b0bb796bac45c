"""A network's decisions log and the follow-ups that came from it."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QCoreApplication, QObject

from odnotes.continuity import DecisionEntry
from odnotes.model import DecidedWhere, Decision, FollowUp, Meeting, Stance
from ui.dates import day_date
from ui.models.meetings import meeting_title
from ui.models.names import Names
from ui.models.table import Column, ObjectTableModel


def stance_summary(decision: Decision) -> str:
    """Counts of each stance, e.g. "2 agree, 1 has concerns"."""
    counts = {s: sum(1 for e in decision.stances if e.stance is s) for s in Stance}
    words: dict[Stance, Callable[[int], str]] = {  # English: "1 agrees", "2 agree"
        Stance.AGREES: lambda n: QCoreApplication.translate(
            "ui.models.decisions", "%n agree(s)", "", n
        ),
        Stance.HAS_CONCERNS: lambda n: QCoreApplication.translate(
            "ui.models.decisions", "%n with concerns", "", n
        ),
        Stance.DISAGREES: lambda n: QCoreApplication.translate(
            "ui.models.decisions", "%n disagree(s)", "", n
        ),
        Stance.NOT_ASKED: lambda n: QCoreApplication.translate(
            "ui.models.decisions", "%n not asked", "", n
        ),
    }
    return ", ".join(words[s](n) for s, n in counts.items() if n)


class DecisionsModel(ObjectTableModel[DecisionEntry]):
    """Every decision, oldest first, with where it was taken and its follow-ups."""

    def __init__(self, names: Names | None = None, parent: QObject | None = None) -> None:
        self.names = names
        super().__init__(
            [
                Column(
                    self.tr("Meeting"),
                    lambda e: meeting_title(e.meeting),
                    sort=lambda e: e.meeting.starts_at.isoformat(),
                ),
                Column(self.tr("Decision"), lambda e: e.decision.text),
                Column(
                    self.tr("Where"),
                    lambda e: (
                        self.tr("in the meeting")
                        if e.decision.where is DecidedWhere.IN_MEETING
                        else self.tr("OUTSIDE the meeting: ") + e.decision.outside_reason
                    ),
                ),
                Column(self.tr("Stances"), lambda e: stance_summary(e.decision)),
                Column(
                    self.tr("Follow-ups"),
                    lambda e: (
                        self.tr("{sum} of {len} done").format(
                            sum=sum(f.done for f in e.decision.follow_ups),
                            len=len(e.decision.follow_ups),
                        )
                        if e.decision.follow_ups
                        else self.tr("none")
                    ),
                    sort=lambda e: len(e.decision.follow_ups),
                ),
            ],
            key=lambda e: e.decision.id,
            parent=parent,
        )


FollowUpRow = tuple[Meeting, Decision, FollowUp]


class FollowUpsModel(ObjectTableModel[FollowUpRow]):
    """Follow-ups, soonest due first; overdue ones say so."""

    def __init__(
        self,
        names: Names | None = None,
        today: date | None = None,
        parent: QObject | None = None,
    ) -> None:
        self.names = names
        self.today = today or date.today()
        super().__init__(
            [
                Column(
                    self.tr("Due"),
                    self._due_text,
                    sort=lambda r: (r[2].due or date.max).isoformat(),
                ),
                Column(self.tr("Who"), lambda r: self.names.of(r[2].who_id) if self.names else ""),
                Column(self.tr("What"), lambda r: r[2].what),
                Column(self.tr("Decision"), lambda r: r[1].text),
                Column(
                    self.tr("Done"),
                    lambda r: self.tr("done") if r[2].done else self.tr("not yet"),
                    checked=lambda r: r[2].done,
                ),
            ],
            key=lambda r: r[2].id,
            parent=parent,
        )

    def _due_text(self, row: FollowUpRow) -> str:
        follow_up = row[2]
        if follow_up.due is None:
            return self.tr("no date")
        text = day_date(follow_up.due)
        if not follow_up.done and follow_up.due < self.today:
            text += self.tr(" (overdue)")
        return text
