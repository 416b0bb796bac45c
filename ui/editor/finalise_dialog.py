"""Finalising: each facilitating practitioner signs; the time of each signature is kept."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from odnotes.meetings import single_practitioner
from odnotes.model import Meeting, utc_now
from ui.editor.directory import Directory
from ui.editor.widgets import rich_escape as escape


class FinaliseDialog(QDialog):
    """A tick per facilitator ("I sign this meeting"); Finalise once every one has signed."""

    def __init__(
        self,
        meeting: Meeting,
        directory: Directory,
        held_back: list[str],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle("Finalise the meeting")
        self.setMinimumWidth(480)
        self.signed: dict[str, datetime] = {}
        layout = QVBoxLayout(self)
        intro = QLabel(
            "Once finalised the meeting is read-only. Later changes are made as "
            "amendments, with who and why, and the original stays readable."
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        if not meeting.facilitators:
            warning = QLabel(
                "<b>No facilitating practitioner is ticked in section 1.</b> "
                "Tick who facilitated before finalising."
            )
            warning.setWordWrap(True)
            layout.addWidget(warning)
        elif single_practitioner(meeting):
            single = QLabel(
                "<b>This meeting had one practitioner.</b> Open Dialogue asks for two or "
                "more; the meeting will show that it had one."
            )
            single.setWordWrap(True)
            single.setAccessibleName("This meeting had one practitioner")
            layout.addWidget(single)
        if held_back:
            kept = QLabel("Not kept because unfinished: " + escape("; ".join(held_back)) + ".")
            kept.setWordWrap(True)
            layout.addWidget(kept)
        self.boxes: dict[str, QCheckBox] = {}
        for practitioner_id in meeting.facilitators:
            name = directory.name(practitioner_id)
            box = QCheckBox(f"{name} signs this meeting")
            box.setAccessibleName(f"{name} signs")
            box.toggled.connect(lambda on, pid=practitioner_id: self._signed(pid, on))
            self.boxes[practitioner_id] = box
            layout.addWidget(box)
        self.times = QLabel()
        self.times.setAccessibleName("Signatures so far")
        layout.addWidget(self.times)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText("Finalise")
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self._directory = directory
        self._update()

    def _signed(self, practitioner_id: str, on: bool) -> None:
        if on:
            self.signed[practitioner_id] = utc_now()
        else:
            self.signed.pop(practitioner_id, None)
        self._update()

    def _update(self) -> None:
        complete = bool(self.boxes) and len(self.signed) == len(self.boxes)
        self.ok_button.setEnabled(complete)
        lines = [
            f"{self._directory.name(pid)} signed at {when.astimezone().strftime('%H:%M:%S')}"
            for pid, when in self.signed.items()
        ]
        self.times.setText("\n".join(lines))
        self.times.setVisible(bool(lines))
