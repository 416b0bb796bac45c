"""A decision taken outside the meeting: why, who was told, and when."""

from __future__ import annotations

from PySide6.QtCore import QDateTime
from PySide6.QtWidgets import QCheckBox, QDateTimeEdit, QFormLayout, QLineEdit, QWidget

from odnotes.model import DecidedWhere, Decision
from ui.editor.reason_dialog import ReasonDialog
from ui.editor.sections.people import from_qdatetime, to_qdatetime
from ui.editor.widgets import clean_text


class OutsideDialog(ReasonDialog):
    """The reason is required; who was told and when may follow later."""

    def __init__(self, decision: Decision, parent: QWidget | None = None) -> None:
        super().__init__(
            "Decided outside the meeting",
            "Why was this decided without the network present? "
            "It will be shown as taken outside the meeting, never hidden.",
            reason=decision.outside_reason,
            ok_text="Mark as outside the meeting",
            parent=parent,
        )
        form = QFormLayout()
        self.told_edit = QLineEdit(decision.told)
        self.told_edit.setAccessibleName("Who was told")
        self.told_edit.setPlaceholderText("e.g. Maija, by phone")
        self.told_check = QCheckBox("Told on")
        self.told_check.setAccessibleName("They have been told")
        self.told_at_edit = QDateTimeEdit(
            to_qdatetime(decision.told_at) if decision.told_at else QDateTime.currentDateTime()
        )
        self.told_at_edit.setCalendarPopup(True)
        self.told_at_edit.setDisplayFormat("ddd d MMM yyyy, HH:mm")
        self.told_at_edit.setAccessibleName("When they were told")
        self.told_check.setChecked(decision.told_at is not None)
        self.told_at_edit.setEnabled(decision.told_at is not None)
        self.told_check.toggled.connect(self.told_at_edit.setEnabled)
        form.addRow("Who was &told", self.told_edit)
        form.addRow(self.told_check, self.told_at_edit)
        layout = self.layout()
        assert layout is not None
        layout.insertLayout(3, form)  # type: ignore[attr-defined]

    def apply(self, decision: Decision) -> None:
        """Write the answers into ``decision`` (the working copy)."""
        decision.where = DecidedWhere.OUTSIDE_MEETING
        decision.outside_reason = self.reason()
        decision.told = clean_text(self.told_edit.text()).strip()
        decision.told_at = (
            from_qdatetime(self.told_at_edit.dateTime()) if self.told_check.isChecked() else None
        )


def told_text(decision: Decision) -> str:
    """Who was told and when, in words."""
    when = decision.told_at.strftime("%a %d %b %Y, %H:%M") if decision.told_at else ""
    if decision.told and when:
        return f"Told: {decision.told}, {when}"
    if decision.told:
        return f"Told: {decision.told}"
    return f"Told on {when}" if when else "Not yet told"
