"""Run slow core work (key derivation) off the GUI thread.

The core's functions are plain and blocking; this wraps one in a QRunnable
on the global pool and reports back through signals on the GUI thread.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal


class _Relay(QObject):
    """Signals:
    finished(object): the function's return value.
    failed(object): the exception it raised.
    """

    finished = Signal(object)
    failed = Signal(object)


class _Job(QRunnable):
    def __init__(self, work: Callable[[], Any], relay: _Relay) -> None:
        super().__init__()
        self._work = work
        self._relay = relay

    def run(self) -> None:
        try:
            result = self._work()
        except Exception as error:  # handed to the GUI thread, shown there
            self._relay.failed.emit(error)
        else:
            self._relay.finished.emit(result)


_running: set[_Relay] = set()


def run_in_background(
    work: Callable[[], Any],
    on_done: Callable[[Any], None],
    on_error: Callable[[Exception], None],
) -> None:
    """Call ``work()`` on the thread pool; ``on_done``/``on_error`` run on the GUI thread."""
    relay = _Relay()
    _running.add(relay)

    def done(result: object) -> None:
        _running.discard(relay)
        on_done(result)

    def failed(error: object) -> None:
        _running.discard(relay)
        assert isinstance(error, Exception)
        on_error(error)

    relay.finished.connect(done)
    relay.failed.connect(failed)
    QThreadPool.globalInstance().start(_Job(work, relay))
