"""Python's cyclic garbage collector, run on the GUI thread only.

Work runs on worker threads (key derivation, reading networks, the search
index). Left to itself, the collector runs on whichever thread happens to
allocate when a threshold is crossed, and may then free Qt objects there; Qt
objects must be destroyed on the thread they live on, and doing it on a
worker crashed the app's tests (a segfault in the search index's thread). So
automatic collection is switched off and the same thresholds are checked on
the GUI thread every half second (pyqtgraph's ``GarbageCollector`` recipe).
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer

from ui.operations import FOREGROUND

INTERVAL_MS = 500


class GuiThreadCollector(QObject):
    """Collects garbage from the GUI thread's event loop, as the automatic one would."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._timer = QTimer(self)
        self._timer.setInterval(INTERVAL_MS)
        self._timer.timeout.connect(self.check)

    def start(self) -> None:
        """Switch automatic collection off and check on the timer from now on."""
        gc.disable()
        self._timer.start()

    def check(self) -> None:
        """Collect each generation whose threshold was crossed, youngest first.

        Not while the person waits for their own work (a network opening): a full
        collection of a large caseload's objects takes a noticeable moment, and the
        next tick comes soon enough.
        """
        if FOREGROUND.busy:
            return
        young, middle, old = gc.get_count()
        first, second, third = gc.get_threshold()
        if young > first:
            gc.collect(0)
            if middle > second:
                gc.collect(1)
                if old > third:
                    gc.collect(2)


_collector: GuiThreadCollector | None = None


def collect_on_gui_thread(app: QObject) -> GuiThreadCollector:
    """Install the collector once per application (the app and the UI tests call this)."""
    global _collector
    if _collector is None:
        _collector = GuiThreadCollector(app)
        _collector.start()
    return _collector
