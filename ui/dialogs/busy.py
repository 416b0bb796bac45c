"""A small busy indicator shown while keys are derived off the GUI thread."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QWidget


class BusyIndicator(QWidget):
    """An indeterminate bar with a line of text; hidden until ``start``."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._bar = QProgressBar()
        self._bar.setRange(0, 0)
        self._bar.setTextVisible(False)
        self._bar.setMaximumWidth(140)
        self._bar.setAccessibleName(self.tr("Working"))
        self._label = QLabel()
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self._bar)
        layout.addWidget(self._label, 1)
        self.hide()

    def start(self, text: str) -> None:
        """Show the bar with ``text`` (e.g. "Unlocking…")."""
        self._label.setText(text)
        self.show()

    def stop(self) -> None:
        """Hide the bar."""
        self.hide()
