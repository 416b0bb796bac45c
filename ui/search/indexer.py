"""The search index of an unlocked vault, built in the background right after unlocking.

The window stays usable while the index fills ("Indexing 3,200 of 30,000
meetings" in the status bar); searching meanwhile searches what is indexed
and says so. The index follows every save and is dropped on lock.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal, Slot
from PySide6.QtWidgets import QWidget

from odnotes.search import SearchIndex, follow_saves, index_vault
from odnotes.vault import Vault
from ui.operations import Operation, Progress, ProgressDisplay


def indexing_text(done: int, total: int) -> str:
    """The status line while the index fills."""
    return QCoreApplication.translate(
        "ui.search.indexer", "Indexing for search: %n of {total} meetings", "", done
    ).format(total=f"{total:,}")


class GuiPacer(QObject):
    """Lets a background pass run only while the GUI thread keeps up with its events.

    Python threads share one interpreter lock: a pass that never waits makes
    every step of the GUI thread (a model's ``data``, an event filter) wait
    for its turn, and building a network's page took seconds instead of a
    fraction of one. Every ``every`` seconds of work the pass asks the GUI
    thread to answer through its event queue and waits for the answer, which
    comes as soon as the GUI thread is between events; so the pass takes
    the time the window leaves free (at most ``patience`` seconds of waiting,
    if the GUI thread is held up by something long).

    Signals:
        asked(): sent from the pass's thread; answered on the GUI thread.
    """

    asked = Signal()

    def __init__(
        self, parent: QObject | None = None, every: float = 0.02, patience: float = 1.0
    ) -> None:
        super().__init__(parent)
        self._answered = threading.Event()
        self._every = every
        self._patience = patience
        self._since = time.monotonic()
        self.asked.connect(self._answer, Qt.ConnectionType.QueuedConnection)

    @Slot()
    def _answer(self) -> None:
        self._answered.set()

    def pace(self, cancelled: Callable[[], bool] = lambda: False) -> None:
        """Called on the pass's thread between steps: wait for the GUI thread if it is due."""
        if time.monotonic() - self._since < self._every or cancelled():
            return
        self._answered.clear()
        self.asked.emit()
        self._answered.wait(self._patience)
        self._since = time.monotonic()


# Progress is shown at most this often (each report repaints the status bar's bar).
REPORT_EVERY = 0.25


class BackgroundIndex(QObject):
    """One vault's search index and the background pass that fills it.

    Signals:
        ready(): the whole vault is indexed.
    """

    ready = Signal()

    def __init__(self, vault: Vault, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.vault = vault
        self.index = SearchIndex()
        self._operation: Operation[SearchIndex] | None = None
        self._pacer = GuiPacer(self)

    def start(self, window: QWidget | None, display: ProgressDisplay | None) -> None:
        """Begin the pass (it reads with a connection of its own, off the GUI thread)."""
        follow_saves(self.vault, self.index)

        pacer = self._pacer

        def build(progress: Progress) -> SearchIndex:
            last = [0.0]

            def report(done: int, total: int) -> None:
                now = time.monotonic()
                if now - last[0] >= REPORT_EVERY or done == total:
                    last[0] = now
                    progress.update(done, total, indexing_text(done, total))

            def cancelled() -> bool:
                return progress.cancelled

            return index_vault(
                self.vault, self.index, report, cancelled, pace=lambda: pacer.pace(cancelled)
            )

        self._operation = (
            Operation.reporting(window, build)
            .success(lambda _index: self.ready.emit())
            .progress(indexing_text(0, 0), display)
            .in_background()
        )
        self._operation.run()

    @property
    def complete(self) -> bool:
        """Every network has been read into the index."""
        return self.index.complete

    def stop(self) -> None:
        """Cancel the pass and forget every folded word (on lock)."""
        if self._operation is not None:
            self._operation.cancel()
            self._operation = None
        self.index.clear()
