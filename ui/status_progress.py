"""Progress shown in the main window's status bar, for work that must not block the window."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QWidget


class StatusProgress(QWidget):
    """A line and a bar, hidden when nothing runs (an :class:`ui.operations.ProgressDisplay`)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.label = QLabel()
        self.label.setAccessibleName(self.tr("Background work"))
        self.bar = QProgressBar()
        self.bar.setMaximumWidth(160)
        self.bar.setTextVisible(False)
        self.bar.setAccessibleName(self.tr("Background work progress"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label)
        layout.addWidget(self.bar)
        self.hide()

    def show_progress(self, done: int, total: int, text: str) -> None:
        """Show ``text`` and ``done`` of ``total``."""
        self.label.setText(text)
        self.bar.setRange(0, max(total, 0))
        self.bar.setValue(min(done, total) if total else 0)
        self.show()

    def hide_progress(self) -> None:
        """Nothing runs any more."""
        self.hide()
