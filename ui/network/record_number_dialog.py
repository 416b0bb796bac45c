"""Asking for the network's record number: the service's own identifier for this person."""

from __future__ import annotations

from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from odnotes.model.people import RECORD_NUMBER_MAX
from ui.dialogs.buttons import ok_cancel
from ui.dialogs.fitting import FittingDialog


class RecordNumberDialog(FittingDialog):
    """One line for the number, and what happens to it (never shown to the family)."""

    def __init__(self, number: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Record number — OD Notes"))
        self.setMinimumWidth(480)
        self.number = QLineEdit(number)
        self.number.setMaxLength(RECORD_NUMBER_MAX)
        self.number.setAccessibleName(self.tr("Record number"))
        self.number.setPlaceholderText(self.tr("As your service's record system writes it"))
        form = QFormLayout()
        form.addRow(self.tr("Record &number:"), self.number)
        explain = QLabel(
            self.tr(
                "Your service's own identifier for this person, as in its clinical record "
                "(an NHS or hospital number, say). It is written on the note for the "
                "clinical record. It is never printed on the network's summaries, and "
                "supervision exports take it out, even where someone typed it into a note."
            )
        )
        explain.setWordWrap(True)
        buttons, self.ok_button = ok_cancel(self.tr("&Save"), self.tr("Save the record number"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(explain)
        layout.addWidget(buttons)
        self.number.selectAll()
        self.number.setFocus()

    def value(self) -> str:
        """The number typed, without spaces around it (empty takes the number away)."""
        return self.number.text().strip()
