"""What needs attention across the whole vault: drafts, quiet networks, follow-ups this week."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QGroupBox, QHBoxLayout, QLabel, QSpinBox, QVBoxLayout, QWidget

from odnotes.indicators import vault_overview, week_of
from odnotes.model import Person
from odnotes.team import Team
from odnotes.vault import Vault
from ui.continuity.models import RowsModel
from ui.continuity.panel import table
from ui.continuity.watch import refresh_on_change
from ui.dates import day_date, day_month, weekday_date_time, weekday_day_month


class VaultOverviewWidget(QWidget):
    """Three lists, recomputed on every vault change; ``weeks`` sets what counts as quiet."""

    def __init__(
        self, vault: Vault, parent: QWidget | None = None, today: date | None = None, weeks: int = 4
    ) -> None:
        super().__init__(parent)
        self.vault = vault
        self.today = today
        self.setAccessibleName(self.tr("Across all networks"))
        self.weeks = QSpinBox()
        self.weeks.setRange(1, 52)
        self.weeks.setValue(weeks)
        self.weeks.valueChanged.connect(lambda n: self.weeks.setSuffix(self.tr(" week(s)", "", n)))
        self.weeks.setSuffix(self.tr(" week(s)", "", weeks))
        self.weeks.setAccessibleName(self.tr("Weeks without a meeting"))
        self.weeks.valueChanged.connect(self.refresh)
        self.drafts = RowsModel([self.tr("Network"), self.tr("Meeting"), self.tr("State")], self)
        self.quiet = RowsModel([self.tr("Network"), self.tr("Last meeting")], self)
        self.due = RowsModel(
            [self.tr("Network"), self.tr("Follow-up"), self.tr("Who"), self.tr("Due")], self
        )
        self.ended = RowsModel([self.tr("Network"), self.tr("Kept until")], self)
        self.quiet_box = QGroupBox()
        self.due_box = QGroupBox()
        weeks_row = QHBoxLayout()
        weeks_row.addWidget(QLabel(self.tr("Networks count as quiet after")))
        weeks_row.addWidget(self.weeks)
        weeks_row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(weeks_row)
        drafts_box = QGroupBox(self.tr("Meetings still in draft"))
        for box, model, name in (
            (drafts_box, self.drafts, self.tr("Meetings still in draft")),
            (self.quiet_box, self.quiet, self.tr("Networks with no recent meeting")),
            (self.due_box, self.due, self.tr("Follow-ups due this week")),
            (
                QGroupBox(self.tr("Networks whose keeping time has ended")),
                self.ended,
                self.tr("Networks due for deletion"),
            ),
        ):
            QVBoxLayout(box).addWidget(table(model, name))
            layout.addWidget(box)
        layout.addStretch(1)
        self.refresh()
        refresh_on_change(vault, self.refresh)

    def refresh(self) -> None:
        """Recompute from the vault."""
        today = self.today or date.today()
        found = vault_overview(self.vault, today, self.weeks.value())
        monday, sunday = week_of(today)
        self.quiet_box.setTitle(
            self.tr("Active networks with no meeting in %n week(s)", "", found.weeks)
        )
        self.due_box.setTitle(
            self.tr("Follow-ups due this week ({monday} to {sunday})").format(
                monday=day_month(monday), sunday=day_month(sunday)
            )
        )
        self.drafts.set_rows(
            [(n.name, weekday_date_time(m.starts_at), self.tr("draft")) for n, m in found.drafts],
            [m for _, m in found.drafts],
        )
        self.quiet.set_rows(
            [(n.name, day_date(m.starts_at) if m else self.tr("no meeting yet"))
             for n, m in found.quiet_networks],
            [n for n, _ in found.quiet_networks],
        )  # fmt: skip
        self.ended.set_rows(
            [(n.name, day_date(n.keep_until) if n.keep_until else "") for n in found.keeping_ended],
            found.keeping_ended,
        )
        names = {p.id: p.name for p in self.vault.all(Person)}
        names |= Team.of(self.vault).names()
        self.due.set_rows(
            [(n.name, f.what, names.get(f.who_id, self.tr("(removed)")),
              weekday_day_month(f.due) if f.due else "") for n, _, _, f in found.due_this_week],
        )  # fmt: skip
