"""A decision taken outside the meeting: why, who was told, and when."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QCheckBox, QFormLayout, QLineEdit, QWidget

from odnotes.model import DecidedWhere, Decision
from ui.dates import weekday_date_time
from ui.editor.moments import DateTimeField
from ui.editor.reason_dialog import ReasonDialog
from ui.editor.widgets import clean_text


class OutsideDialog(ReasonDialog):
    """The reason is required; who was told and when may follow later."""

    def __init__(self, decision: Decision, parent: QWidget | None = None) -> None:
        super().__init__(
            self.tr("Decided outside the meeting"),
            self.tr(
                "Why was this decided without the network present? "
                "It will be shown as taken outside the meeting, never hidden."
            ),
            reason=decision.outside_reason,
            ok_text=self.tr("Mark as outside the meeting"),
            parent=parent,
        )
        form = QFormLayout()
        self.told_edit = QLineEdit(decision.told)
        self.told_edit.setAccessibleName(self.tr("Who was told"))
        self.told_edit.setPlaceholderText(self.tr("e.g. Maija, by phone"))
        self.told_check = QCheckBox(self.tr("Told on"))
        self.told_check.setAccessibleName(self.tr("They have been told"))
        self.told_at_edit = DateTimeField(decision.told_at or datetime.now())
        self.told_at_edit.setAccessibleName(self.tr("When they were told"))
        self.told_check.setChecked(decision.told_at is not None)
        self.told_at_edit.setEnabled(decision.told_at is not None)
        self.told_check.toggled.connect(self.told_at_edit.setEnabled)
        form.addRow(self.tr("Who was &told"), self.told_edit)
        form.addRow(self.told_check, self.told_at_edit)
        self.column.insertLayout(3, form)

    def apply(self, decision: Decision) -> None:
        """Write the answers into ``decision`` (the working copy)."""
        decision.where = DecidedWhere.OUTSIDE_MEETING
        decision.outside_reason = self.reason()
        decision.told = clean_text(self.told_edit.text()).strip()
        decision.told_at = self.told_at_edit.moment() if self.told_check.isChecked() else None


def told_text(decision: Decision) -> str:
    """Who was told and when, in words."""
    when = weekday_date_time(decision.told_at) if decision.told_at else ""
    if decision.told and when:
        return QCoreApplication.translate(
            "ui.editor.outside_dialog", "Told: {told}, {when}"
        ).format(told=decision.told, when=when)
    if decision.told:
        return QCoreApplication.translate("ui.editor.outside_dialog", "Told: {told}").format(
            told=decision.told
        )
    return (
        QCoreApplication.translate("ui.editor.outside_dialog", "Told on {when}").format(when=when)
        if when
        else QCoreApplication.translate("ui.editor.outside_dialog", "Not yet told")
    )
