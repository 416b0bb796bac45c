"""Choosing a passphrase: typed twice, with a strength indication."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFormLayout, QHBoxLayout, QLabel, QLineEdit, QProgressBar, QWidget

from ui.dialogs.strength import estimate


class PassphrasePair(QWidget):
    """Two password fields and a strength bar.

    Signals:
        changed(): either field changed.
    """

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.first = QLineEdit()
        self.first.setEchoMode(QLineEdit.EchoMode.Password)
        self.first.setAccessibleName(self.tr("New passphrase"))
        self.second = QLineEdit()
        self.second.setEchoMode(QLineEdit.EchoMode.Password)
        self.second.setAccessibleName(self.tr("New passphrase again"))
        self.meter = QProgressBar()
        self.meter.setRange(0, 4)
        self.meter.setTextVisible(False)  # text on the coloured chunk was unreadable
        self.meter.setFormat("")
        self.meter.setAccessibleName(self.tr("Passphrase strength"))
        self.strength = QLabel()
        self.strength.setAccessibleName(self.tr("Passphrase strength in words"))
        self.strength.setMinimumWidth(self.strength.fontMetrics().averageCharWidth() * 10)
        meter_row = QHBoxLayout()
        meter_row.addWidget(self.meter, 1)
        meter_row.addWidget(self.strength)
        self.advice = QLabel(
            self.tr(
                "Four or five unrelated words make a strong passphrase that is easy to remember."
            )
        )
        self.advice.setWordWrap(True)
        self.advice.setAccessibleName(self.tr("Passphrase advice"))
        layout = QFormLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addRow(self.tr("&Passphrase:"), self.first)
        layout.addRow(self.tr("&Again:"), self.second)
        layout.addRow(self.tr("Strength:"), meter_row)
        layout.addRow("", self.advice)
        self.first.textChanged.connect(self._update)
        self.second.textChanged.connect(self._update)
        self._update()

    def _update(self) -> None:
        text = self.first.text()
        strength = estimate(text)
        self.meter.setValue(strength.score)
        self.meter.setFormat(strength.label if text else "")
        self.strength.setText(f"<b>{strength.label}</b>" if text else "")
        self.meter.setAccessibleDescription(strength.label)
        colour = ("#b3261e", "#b3261e", "#c77700", "#3c8d40", "#2e7d32")[strength.score]
        self.meter.setStyleSheet(f"QProgressBar::chunk {{ background: {colour}; }}")
        if text:
            self.advice.setText(strength.advice)
        self.changed.emit()

    def problem(self) -> str:
        """Why the passphrase cannot be used yet, or an empty string."""
        if len(self.first.text()) < 8:
            return self.tr("The passphrase needs at least 8 characters.")
        if self.first.text() != self.second.text():
            return self.tr("The two passphrases are not the same.")
        return ""

    def passphrase(self) -> str:
        """The chosen passphrase (check :meth:`problem` first)."""
        return self.first.text()

    def clear(self) -> None:
        """Forget what was typed."""
        self.first.clear()
        self.second.clear()
