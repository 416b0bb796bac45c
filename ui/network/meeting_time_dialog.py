"""When did the meeting start? Asked as a meeting is created, so it is never dated by the typing."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from ui.editor.moments import DateTimeField
from ui.editor.widgets import ok_cancel


class MeetingTimeDialog(QDialog):
    """The new meeting's date and start time, with where the suggestion came from."""

    def __init__(
        self,
        starts_at: datetime,
        *,
        title: str,
        planned: bool,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setMinimumWidth(460)
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.when_edit = DateTimeField(starts_at)
        self.when_edit.setAccessibleName(self.tr("When the meeting started"))
        form.addRow(self.tr("The meeting started &at:"), self.when_edit)
        layout.addLayout(form)
        origin = (
            self.tr("Suggested: today, at the time agreed at the last meeting.")
            if planned
            else self.tr("Suggested: on the hour, an hour before now.")
        )
        explain = QLabel(origin + " " + self.tr("The network's summary prints this date and time."))
        explain.setWordWrap(True)
        layout.addWidget(explain)
        buttons, self.ok_button = ok_cancel(self, self.tr("Start writing"))
        layout.addWidget(buttons)
        self.when_edit.setFocus()

    def starts_at(self) -> datetime:
        """The date and minute chosen."""
        return self.when_edit.moment()
