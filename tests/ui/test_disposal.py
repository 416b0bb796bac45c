"""A widget given up with ``dispose`` is held until Qt destroys it, whole, and then let go.

(Which cycles the collector finds unreachable depends on PySide's bookkeeping: this test
could not make a small page reproduce the suite's case, a ``NetworkPage`` freed by the
collector, so it checks the hold itself.)"""

from __future__ import annotations

import gc
import weakref

import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, QObject
from PySide6.QtWidgets import QStackedWidget, QWidget
from pytestqt.qtbot import QtBot

from ui import disposal
from ui.disposal import dispose


class _Watcher(QObject):
    """An event filter that needs its own attributes (as ``ColumnFitter`` does)."""

    failures: list[str] = []

    def __init__(self, watched: QWidget) -> None:
        super().__init__(watched)
        self._watched = watched
        watched.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt override)
        if "_watched" not in self.__dict__:
            _Watcher.failures.append(event.type().name)
        return False


class _Page(QWidget):
    def __init__(self) -> None:
        super().__init__()
        self.inner = QWidget(self)
        self.watcher = _Watcher(self.inner)
        self.on_destroyed = self.destroyed.connect(lambda: None)
        self.cycle = self  # only the collector could free it


def test_a_page_given_up_is_held_until_qt_deletes_it_then_let_go(
    qtbot: QtBot,
) -> None:
    _Watcher.failures.clear()
    stack = QStackedWidget()
    qtbot.addWidget(stack)
    page = _Page()
    stack.addWidget(page)
    stack.removeWidget(page)  # PySide hands it back to Python: the collector could free it
    assert shiboken6.ownedByPython(page)
    gone = weakref.ref(page)
    before = disposal.pending()
    dispose(page)
    del page
    gc.collect()
    alive = gone()
    assert alive is not None and shiboken6.isValid(alive)
    assert disposal.pending() == before + 1
    del alive
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    gc.collect()
    assert gone() is None or not shiboken6.isValid(gone())
    assert disposal.pending() == before
    assert _Watcher.failures == []
