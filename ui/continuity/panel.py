"""Continuity at a glance for one network: the indicators panel.

Everything shown is computed by :mod:`odnotes.indicators` from the recorded
meetings; the panel refreshes itself when the vault changes.
"""

from __future__ import annotations

from collections import Counter
from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QGroupBox,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from odnotes.indicators import describe_wait, network_indicators
from odnotes.model import Meeting, Network, Person
from odnotes.team import Team
from odnotes.vault import Vault
from ui.columns import ColumnFitter
from ui.continuity.models import RowsModel
from ui.continuity.watch import refresh_on_change
from ui.dates import day_date
from ui.i18n import core_translator
from ui.words import relation_text


def table(model: RowsModel, name: str) -> QTableView:
    """A compact read-only table for an indicator list."""
    view = QTableView()
    view.setModel(model)
    view.setAccessibleName(name)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.verticalHeader().hide()
    ColumnFitter(view, 0, scroll=False)
    view.setAlternatingRowColors(True)
    model.modelReset.connect(lambda: fit_height(view))
    return view


def fit_height(view: QTableView, most_rows: int = 8) -> None:
    """As tall as its rows (at least one, at most ``most_rows``), so short lists stay short."""
    count = view.model().rowCount()
    rows = max(1, min(count, most_rows))
    view.setVerticalScrollBarPolicy(  # every row shows: a scroll bar would only take width
        Qt.ScrollBarPolicy.ScrollBarAsNeeded
        if count > most_rows
        else Qt.ScrollBarPolicy.ScrollBarAlwaysOff
    )
    row_height = view.verticalHeader().defaultSectionSize()
    frame = 2 * view.frameWidth()
    view.setFixedHeight(view.horizontalHeader().sizeHint().height() + rows * row_height + frame)


class IndicatorsPanel(QWidget):
    """Response time, continuity of practitioners, attendance, open uncertainties, overdue."""

    def __init__(
        self,
        vault: Vault,
        network_id: str,
        parent: QWidget | None = None,
        today: date | None = None,
    ) -> None:
        super().__init__(parent)
        self.vault = vault
        self.network_id = network_id
        self.today = today
        self.setAccessibleName(self.tr("Continuity at a glance"))
        self.first_meeting = QLabel()
        self.first_meeting.setWordWrap(True)
        self.first_meeting.setAccessibleName(self.tr("Time from first contact to first meeting"))
        self.meetings_held = QLabel()
        self.meetings_held.setAccessibleName(self.tr("Meetings held"))
        self.overdue_count = QLabel()
        self.overdue_count.setAccessibleName(self.tr("Follow-ups overdue"))
        summary = QFormLayout()
        summary.addRow(self.tr("First meeting after first contact:"), self.first_meeting)
        summary.addRow(self.tr("Meetings held:"), self.meetings_held)
        summary.addRow(self.tr("Follow-ups overdue:"), self.overdue_count)
        self.practitioners = RowsModel(
            [self.tr("Practitioner"), self.tr("Meetings attended")], self
        )
        self.members = RowsModel(
            [self.tr("Network member"), self.tr("Relationship"), self.tr("Meetings attended")], self
        )
        self.uncertainties = RowsModel(
            [self.tr("Open uncertainty"), self.tr("Raised"), self.tr("Open for")], self
        )
        self.overdue = RowsModel([self.tr("Follow-up"), self.tr("Who"), self.tr("Was due")], self)
        layout = QVBoxLayout(self)
        layout.addLayout(summary)
        for title, model in (
            (self.tr("Practitioners (continuity)"), self.practitioners),
            (self.tr("Who came to meetings"), self.members),
            (self.tr("Open uncertainties"), self.uncertainties),
            (self.tr("Overdue follow-ups"), self.overdue),
        ):
            box = QGroupBox(title)
            inner = QVBoxLayout(box)
            inner.addWidget(table(model, title))
            layout.addWidget(box)
        layout.addStretch(1)
        self.refresh()
        refresh_on_change(vault, self.refresh)

    def refresh(self) -> None:
        """Recompute from the vault."""
        network = self.vault.get(Network, self.network_id)
        meetings = self.vault.all(Meeting, network_id=self.network_id)
        found = network_indicators(network, meetings, self.today or date.today())
        names = {p.id: p for p in self.vault.all(Person, network_id=self.network_id)}
        team = Team.of(self.vault)
        practitioners = team.names()
        wait = describe_wait(found.first_meeting_after, core_translator())
        if found.within_24_hours is False:
            wait += self.tr(" (the aim is within 24 hours)")
        self.first_meeting.setText(wait)
        self.meetings_held.setText(str(len(found.meetings)))
        self.overdue_count.setText(str(len(found.overdue_follow_ups)))
        held = len(found.meetings)
        removed = self.tr("(removed)")

        def of_held(n: int) -> str:
            return self.tr("{n} of {held}").format(n=n, held=held)

        by_person = Counter(  # a colleague under two ids is one practitioner, once a meeting
            pid for m in found.meetings for pid in {team.canonical(i) for i in m.facilitators}
        )
        self.practitioners.set_rows(
            sorted(
                ((practitioners.get(pid, removed), of_held(n)) for pid, n in by_person.items()),
                key=lambda row: row[0].casefold(),
            )
        )
        people = sorted(names.values(), key=lambda p: p.name.casefold())
        self.members.set_rows(
            [(p.name, relation_text(p.relationship, p.kind),
              of_held(found.member_meetings.get(p.id, 0))) for p in people],
            people,
        )  # fmt: skip
        self.uncertainties.set_rows(
            [(u.question or self.tr("(question not written)"), day_date(u.raised_in.starts_at),
              self.tr("%n day(s)", "", u.days_open)) for u in found.open_uncertainties],
            found.open_uncertainties,
        )  # fmt: skip
        everyone = {**{k: v.name for k, v in names.items()}, **practitioners}
        self.overdue.set_rows(
            [(f.what, everyone.get(f.who_id, removed), day_date(f.due) if f.due else "")
             for _, _, f in found.overdue_follow_ups],
        )  # fmt: skip
