"""A small busy indicator shown while keys are derived off the GUI thread."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QWidget

from ui.operations import Operation


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

    def is_running(self) -> bool:
        """Work is under way (the bar is showing)."""
        return not self.isHidden()


def run_with_wait(
    busy: BusyIndicator,
    text: str,
    work: Callable[[], object],
    on_done: Callable[[object], None],
    on_error: Callable[[Exception], None],
    controls: Sequence[QWidget] = (),
) -> None:
    """Run slow core work off the GUI thread, showing ``text`` and holding ``controls``.

    The controls are disabled until the work ends, so nothing is pressed twice.
    """
    for control in controls:
        control.setEnabled(False)
    busy.start(text)

    def finish() -> None:
        busy.stop()
        for control in controls:
            control.setEnabled(True)

    def done(result: object) -> None:
        finish()
        on_done(result)

    def failed(error: Exception) -> None:
        finish()
        on_error(error)

    Operation(busy, work).in_background().success(done).failure(failed).run()
