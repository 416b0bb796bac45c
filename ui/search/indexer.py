"""The search index of an unlocked vault, built in the background right after unlocking.

The window stays usable while the index fills ("Indexing 3,200 of 30,000
meetings" in the status bar); searching meanwhile searches what is indexed
and says so. The index follows every save and is dropped on lock.
"""

from __future__ import annotations

import time

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import QWidget

from odnotes.search import SearchIndex, follow_saves, index_vault
from odnotes.vault import Vault
from ui.operations import Operation, Progress, ProgressDisplay


def indexing_text(done: int, total: int) -> str:
    """The status line while the index fills."""
    return QCoreApplication.translate(
        "ui.search.indexer", "Indexing for search: %n of {total} meetings", "", done
    ).format(total=f"{total:,}")


# Progress is shown at most this often: each report repaints the status bar's bar, and
# each signal sent from the pass's thread costs PySide6 6.12 a reference to None (seen
# to crash the app with "none_dealloc" after some thousands; see bench/NOTES.md).
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
        self.index.complete = False  # nothing is indexed until the pass has run (it starts
        # once the window is on screen)
        self._operation: Operation[SearchIndex] | None = None

    def start(self, window: QWidget | None, display: ProgressDisplay | None) -> None:
        """Begin the pass (it reads with a connection of its own, off the GUI thread)."""
        follow_saves(self.vault, self.index)

        def build(progress: Progress) -> SearchIndex:
            last = [0.0]

            def report(done: int, total: int) -> None:
                now = time.monotonic()
                if now - last[0] >= REPORT_EVERY or done == total:
                    last[0] = now
                    progress.update(done, total, indexing_text(done, total))

            def cancelled() -> bool:  # asked between networks
                progress.give_way()  # the person opening a network comes first
                return progress.cancelled

            return index_vault(self.vault, self.index, report, cancelled)

        self._operation = (
            Operation.reporting(window, build)
            .success(lambda _index: self.ready.emit())
            .progress(indexing_text(0, 0), display)
            .giving_way()
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
