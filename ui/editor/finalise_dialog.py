"""Finalising: confirm when the meeting was, then each facilitating practitioner signs."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from odnotes.meetings import single_practitioner
from odnotes.model import Meeting, utc_now
from ui.dates import time_of_day
from ui.editor.directory import Directory
from ui.editor.moments import DateTimeField
from ui.editor.widgets import ok_cancel
from ui.editor.widgets import rich_escape as escape


def joined(names: list[str]) -> str:
    """ "A", "A and B", "A, B and C"."""
    if len(names) <= 1:
        return "".join(names)
    return ", ".join(names[:-1]) + " and " + names[-1]


class FinaliseDialog(QDialog):
    """The meeting's date and time to confirm, and a tick per facilitator ("signs").

    Finalise is enabled once every facilitator has signed; until then the dialog
    says who has not. ``starts_at`` is the (perhaps corrected) date and time.
    """

    def __init__(
        self,
        meeting: Meeting,
        directory: Directory,
        held_back: list[str],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Finalise the meeting"))
        self.setMinimumWidth(520)
        self.signed: dict[str, datetime] = {}
        self._directory = directory
        layout = QVBoxLayout(self)
        intro = self._label(
            self.tr(
                "Once finalised the meeting is read-only. Later changes are made as "
                "amendments, with who and why, and the original stays readable."
            )
        )
        layout.addWidget(intro)
        form = QFormLayout()
        self.when_edit = DateTimeField(meeting.starts_at)
        self.when_edit.setAccessibleName(self.tr("When the meeting started"))
        form.addRow(self.tr("The meeting started &at:"), self.when_edit)
        layout.addLayout(form)
        layout.addWidget(
            self._label(self.tr("Check the date and time: the network's summary prints them."))
        )
        if not meeting.facilitators:
            layout.addWidget(
                self._label(
                    self.tr(
                        "<b>No facilitating practitioner is ticked in section 1.</b> "
                        "Tick who facilitated before finalising."
                    )
                )
            )
        elif single_practitioner(meeting):
            single = self._label(
                self.tr(
                    "<b>This meeting had one practitioner.</b> Open Dialogue asks for two or "
                    "more; the meeting will show that it had one."
                )
            )
            single.setAccessibleName(self.tr("This meeting had one practitioner"))
            layout.addWidget(single)
        if meeting.expected:
            names = joined([directory.name(pid) for pid in meeting.expected])
            layout.addWidget(
                self._label(
                    self.tr(
                        "{names}: expected, but not marked as present or not there (section 1)."
                    ).format(names=escape(names))
                )
            )
        if held_back:
            layout.addWidget(
                self._label(
                    self.tr("Still unfinished, so left out if you finalise now: ")
                    + escape("; ".join(held_back))
                    + "."
                )
            )
        self.boxes: dict[str, QCheckBox] = {}
        for practitioner_id in meeting.facilitators:
            name = directory.name(practitioner_id)
            box = QCheckBox(self.tr("{name} signs this meeting").format(name=name))
            box.setAccessibleName(self.tr("{name} signs").format(name=name))
            box.toggled.connect(lambda on, pid=practitioner_id: self._signed(pid, on))
            self.boxes[practitioner_id] = box
            layout.addWidget(box)
        self.times = self._label("")
        self.times.setTextFormat(Qt.TextFormat.PlainText)
        self.times.setAccessibleName(self.tr("Signatures so far"))
        layout.addWidget(self.times)
        self.missing = self._label("")
        self.missing.setTextFormat(Qt.TextFormat.PlainText)
        self.missing.setAccessibleName(self.tr("Who still has to sign"))
        layout.addWidget(self.missing)
        buttons, self.ok_button = ok_cancel(self, self.tr("Finalise"))
        layout.addWidget(buttons)
        self._update()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt override)
        """Fit the wrapped lines at the font and width the dialog opens with."""
        super().showEvent(event)
        self._fit()

    def _fit(self) -> None:
        """As tall as the wrapped lines need at this width (not Qt's two-thirds of the screen)."""
        layout = self.layout()
        width = max(self.width(), self.minimumWidth(), self.sizeHint().width())
        needed = (
            layout.totalHeightForWidth(width)
            if layout is not None and layout.hasHeightForWidth()
            else self.sizeHint().height()
        )
        screen = self.screen().availableGeometry().height() if self.screen() else needed
        self.resize(width, min(needed, screen))

    @staticmethod
    def _label(text: str) -> QLabel:
        label = QLabel(text)
        label.setWordWrap(True)
        return label

    def starts_at(self) -> datetime:
        """The date and time confirmed (corrected here if it was wrong)."""
        return self.when_edit.moment()

    def _signed(self, practitioner_id: str, on: bool) -> None:
        if on:
            self.signed[practitioner_id] = utc_now()
        else:
            self.signed.pop(practitioner_id, None)
        self._update()

    def _update(self) -> None:
        waiting = [self._directory.name(pid) for pid in self.boxes if pid not in self.signed]
        self.ok_button.setEnabled(bool(self.boxes) and not waiting)
        lines = [
            self.tr("{name} signed at {strftime}").format(
                name=self._directory.name(pid),
                strftime=time_of_day(when.astimezone(), seconds=True),
            )
            for pid, when in self.signed.items()
        ]
        self.times.setText("\n".join(lines))
        self.times.setVisible(bool(lines))
        if len(waiting) == 1:
            missing = self.tr("{name} has not signed yet.").format(name=waiting[0])
        elif waiting:
            missing = self.tr("{names} have not signed yet.").format(names=joined(waiting))
        else:
            missing = ""
        self.missing.setText(missing)
        self.missing.setVisible(bool(missing))
        self._fit()  # grow with the lines shown (wrapped labels need it), never clip
