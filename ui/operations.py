"""One way to run core work from the UI (Anki's ``CollectionOp``/``QueryOp`` idea).

An :class:`Operation` wraps one call into the core. It runs on the GUI thread
when it is quick, or on the thread pool when it may be slow (key derivation,
reading a network, indexing, PDFs, exports); shows progress only if the work
takes longer than a short delay; sends every failure through one message path
(:func:`show_failure`: the core's own sentence, never a traceback or clinical
text); and hands the result to ``success`` on the GUI thread. Views learn what
changed from the vault's change signal (:mod:`ui.signals`), whichever thread
saved.

Usage::

    Operation(self, lambda: vault.load_network(network_id)).success(show).progress(
        self.tr("Opening the network…")
    ).in_background().run()
"""

from __future__ import annotations

import itertools
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Generic, Protocol, TypeVar

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, QRunnable, Qt, QThreadPool, QTimer, Signal
from PySide6.QtWidgets import QMessageBox, QProgressDialog, QWidget

from odnotes.errors import VaultLocked
from ui.dialogs.messages import message_for

T = TypeVar("T")

PROGRESS_DELAY_MS = 100
"""Progress appears only for work that takes longer than this (quick work never flashes)."""

SETTLE_MS = 60
"""After the person's work ends, passes that give way wait this long more (the new screen's
first layout and paint)."""

LONGEST_WAIT = 5.0
"""A pass that gives way never waits longer than this (seconds) at one step."""


class _Foreground:
    """How much of the person's own work is in flight: passes that give way wait for none.

    On two cores and one interpreter lock, a search index filling in the background takes
    half of every moment the window needs to open a network; pausing it between steps while
    the person waits gives that moment back whole.
    """

    def __init__(self) -> None:
        self._count = 0
        self._quiet = threading.Event()
        self._quiet.set()

    def enter(self) -> None:
        self._count += 1
        self._quiet.clear()

    def leave(self) -> None:
        self._count = max(0, self._count - 1)
        if self._count == 0:
            self._quiet.set()

    def wait(self) -> None:
        """Block (on a worker thread) until none of the person's work is in flight."""
        self._quiet.wait(LONGEST_WAIT)

    @property
    def busy(self) -> bool:
        """Whether the person's work is in flight now."""
        return not self._quiet.is_set()

    @contextmanager
    def building(self) -> Iterator[None]:
        """Count a screen being built on the GUI thread as the person's work, until its first
        paint (``SETTLE_MS`` after it is built)."""
        self.enter()
        try:
            yield
        finally:
            QTimer.singleShot(SETTLE_MS, self.leave)


FOREGROUND = _Foreground()


class Progress:
    """What running work may report and check; safe to call from any thread."""

    def __init__(self) -> None:
        self._cancelled = threading.Event()
        self._report: Callable[[int, int, str], None] = lambda _done, _total, _text: None
        self._gives_way = False

    def give_way(self) -> None:
        """Between steps of a pass that gives way: wait while the person's own work runs."""
        if self._gives_way:
            FOREGROUND.wait()

    def update(self, done: int, total: int, text: str = "") -> None:
        """``done`` of ``total`` steps, with an optional line saying what is happening."""
        self._report(done, total, text)

    def cancel(self) -> None:
        """Ask the work to stop at its next check."""
        self._cancelled.set()

    @property
    def cancelled(self) -> bool:
        """Whether :meth:`cancel` was called (long work checks this between steps)."""
        return self._cancelled.is_set()


class ProgressDisplay(Protocol):
    """Somewhere progress is shown without blocking (the main window's status bar)."""

    def show_progress(self, done: int, total: int, text: str) -> None:
        """Show or update the progress."""

    def hide_progress(self) -> None:
        """The work is over."""


def show_failure(parent: QWidget | None, error: BaseException, title: str = "") -> None:
    """The one message path for a failed operation: the error's one sentence in a message box."""
    QMessageBox.warning(
        parent, title or QCoreApplication.translate("ui.operations", "OD Notes"), message_for(error)
    )


def _alive(thing: object) -> bool:
    """False for a Qt object already deleted (its Python wrapper outlives it)."""
    return not isinstance(thing, QObject) or shiboken6.isValid(thing)


class _Relay(QObject):
    """Carries results from the pool to the GUI thread, for every operation at once.

    One relay, made on the GUI thread and never deleted: a relay per operation
    could lose its last reference on the worker thread and be destroyed there
    (a Qt object destroyed off its own thread, a crash that comes and goes).

    Signals:
        finished(int, object): an operation's number and its call's return value.
        failed(int, object): an operation's number and the exception it raised.
        progressed(int, int, int, str): an operation's number and a progress report.
    """

    finished = Signal(int, object)
    failed = Signal(int, object)
    progressed = Signal(int, int, int, str)


_relay: _Relay | None = None
_running: dict[int, Operation[object]] = {}  # by number: the GUI thread's hold on each
_numbers = itertools.count(1)


def _the_relay() -> _Relay:
    global _relay
    if _relay is None:
        _relay = _Relay()
        _relay.finished.connect(lambda number, result: _route(number, result, True))
        _relay.failed.connect(lambda number, error: _route(number, error, False))
        _relay.progressed.connect(_progressed)
    return _relay


def _route(number: int, value: object, succeeded: bool) -> None:
    operation = _running.get(number)
    if operation is None:
        return
    if succeeded:
        operation._finished(value)
    else:
        operation._failed(value)


def _progressed(number: int, done: int, total: int, text: str) -> None:
    operation = _running.get(number)
    if operation is not None:
        operation._show(done, total, text)


def _without_frames(error: BaseException) -> BaseException:
    """The exception with no traceback (nor its causes'): a traceback's frames hold the
    operation and whatever its call captured, and the last reference to them must not be
    dropped on the worker thread. Nothing shows a traceback anyway (see show_failure)."""
    seen: set[int] = set()
    each: BaseException | None = error
    while each is not None and id(each) not in seen:
        seen.add(id(each))
        each.__traceback__ = None
        each = each.__cause__ or each.__context__
    return error


class _Job(QRunnable):
    """Runs one operation's call on the pool.

    Every reference the worker holds to the operation (and so to its window, its
    timer, whatever its call captured) is dropped *before* the result is sent: until
    the GUI thread has handled it, the operation is still in ``_running``, so the
    last reference always goes on the GUI thread.
    """

    def __init__(self, number: int, work: Callable[[], object], relay: _Relay) -> None:
        super().__init__()
        self._number = number
        self._work: Callable[[], object] | None = work
        self._relay = relay  # the one relay, never deleted: holding it is harmless

    def run(self) -> None:
        relay = self._relay
        work, self._work = self._work, None
        if work is None:  # run twice: nothing left to do
            return
        failed: BaseException | None = None
        result: object = None
        try:
            result = work()
        except Exception as error:  # handed to the GUI thread and reported there
            failed = _without_frames(error)
        del work
        if failed is not None:
            relay.failed.emit(self._number, failed)
        else:
            relay.finished.emit(self._number, result)


def in_flight() -> int:
    """How many operations are running in the background now (a screenshot or a test waits
    for none)."""
    return len(_running)


FINISH_WAIT_MS = 3000
"""At exit, running work gets this long to reach its next cancellation check."""


def finish_all() -> None:
    """At exit: cancel every running operation and wait for the pool's threads.

    A pass still reading when the interpreter shuts down would find its Qt objects gone
    under it ("Signal source has been deleted" on stderr, or worse, a crash).
    """
    for operation in list(_running.values()):
        operation.cancel()
    QThreadPool.globalInstance().waitForDone(FINISH_WAIT_MS)


class Operation(Generic[T]):
    """One call into the core, with what to do when it succeeds or fails."""

    def __init__(self, parent: QWidget | None, call: Callable[[], T]) -> None:
        self._parent = parent
        self.progress_state = Progress()
        self._call = call
        self._on_success: Callable[[T], object] = lambda _result: None
        self._on_failure: Callable[[Exception], None] = lambda error: show_failure(
            parent, error, self._title
        )
        self._title = ""
        self._label = ""
        self._display: ProgressDisplay | None = None
        self._background = False
        self._dialog: QProgressDialog | None = None
        self._timer: QTimer | None = None
        self._number = 0  # while it runs in the background: its key in ``_running``

    @classmethod
    def reporting(cls, parent: QWidget | None, call: Callable[[Progress], T]) -> Operation[T]:
        """An operation whose work reports progress (and may check for cancellation)."""
        operation: Operation[T] = cls(parent, lambda: call(operation.progress_state))
        return operation

    def success(self, handler: Callable[[T], object]) -> Operation[T]:
        """Call ``handler(result)`` on the GUI thread when the work is done."""
        self._on_success = handler
        return self

    def failure(self, handler: Callable[[Exception], None]) -> Operation[T]:
        """Handle a failure here instead of the standard message (e.g. show it in a dialog)."""
        self._on_failure = handler
        return self

    def titled(self, title: str) -> Operation[T]:
        """The title of the message box a failure is shown in (what was being done)."""
        self._title = title
        return self

    def tell(self, say: Callable[[str], None], wording: str = "{error}") -> Operation[T]:
        """Hand a failure's one sentence to ``say`` (an error label, a status line, a signal)
        instead of a message box; ``wording`` puts it in context ("Not added: {error}")."""
        self._on_failure = lambda error: say(wording.format(error=message_for(error)))
        return self

    def progress(self, label: str, display: ProgressDisplay | None = None) -> Operation[T]:
        """Show ``label`` if the work takes longer than a moment: in a small dialog, or in
        ``display`` without blocking the window."""
        self._label = label
        self._display = display
        return self

    def in_background(self) -> Operation[T]:
        """Run on the thread pool (for work that may be slow); the window stays responsive."""
        self._background = True
        return self

    def giving_way(self) -> Operation[T]:
        """A long pass nobody waits for (the search index, a sync): run in the background and
        pause at each :meth:`Progress.give_way` while the person's own work runs."""
        self.progress_state._gives_way = True
        return self.in_background()

    def run(self) -> None:
        """Start the work (and return at once if it runs in the background)."""
        if not self._background:
            self.run_now()
            return
        relay = _the_relay()
        number = self._number = next(_numbers)
        self.progress_state._report = lambda done, total, text: relay.progressed.emit(
            number, done, total, text
        )
        _running[number] = self  # type: ignore[assignment]
        if not self.progress_state._gives_way:
            FOREGROUND.enter()
        if self._label:
            self._timer = QTimer()
            self._timer.setSingleShot(True)
            self._timer.timeout.connect(lambda: self._show(0, 0, ""))
            self._timer.start(PROGRESS_DELAY_MS)
        QThreadPool.globalInstance().start(_Job(number, self._invoke, relay))

    def run_now(self) -> T | None:
        """Run quick work on the GUI thread and return its result, for a caller that needs it at
        once; ``None`` when it failed (the failure went through the message path first)."""
        try:
            result = self._invoke()
        except Exception as error:
            self._on_failure(error)
            return None
        self._on_success(result)
        return result

    def cancel(self) -> None:
        """Ask the work to stop; its result, if it still comes, is not handed on."""
        self.progress_state.cancel()

    def _invoke(self) -> T:
        return self._call()

    def _show(self, done: int, total: int, text: str) -> None:
        if not self._label or self._number not in _running or not self._wanted():
            return
        if self._timer is not None and self._timer.isActive():
            return  # not shown before the delay: quick work never flashes a dialog
        line = text or self._label
        if self._display is not None:
            if _alive(self._display):
                self._display.show_progress(done, total, line)
            return
        if self._dialog is None:
            self._dialog = QProgressDialog(self._label, "", 0, 0, self._parent)
            self._dialog.setCancelButton(None)
            self._dialog.setWindowModality(Qt.WindowModality.WindowModal)
            self._dialog.setMinimumDuration(0)
            self._dialog.setAccessibleName(self._label)
        self._dialog.setLabelText(line)
        self._dialog.setRange(0, total)
        self._dialog.setValue(done)
        self._dialog.show()

    def _end(self) -> None:
        if self._timer is not None:
            self._timer.stop()
            # The timer's slot holds this operation from Qt's side, where the collector
            # cannot see it: left connected, the pair (and the window it ran for, with the
            # records on it) outlived every lock.
            self._timer.timeout.disconnect()
            self._timer = None
        if self._dialog is not None:
            self._dialog.close()
            self._dialog.deleteLater()
            self._dialog = None
        if self._display is not None and _alive(self._display):
            self._display.hide_progress()
        if self._number in _running and not self.progress_state._gives_way:
            QTimer.singleShot(SETTLE_MS, FOREGROUND.leave)
        _running.pop(self._number, None)

    def _wanted(self) -> bool:
        """Whether the result is still wanted: not cancelled, and its window not gone (a side
        window closed on lock while its work ran)."""
        return _alive(self._parent) and not self.progress_state.cancelled

    def _finished(self, result: object) -> None:
        self._end()
        if self._wanted():
            self._on_success(result)  # type: ignore[arg-type]

    def _failed(self, error: object) -> None:
        self._end()
        if not self._wanted() or not isinstance(error, Exception):
            return
        if isinstance(error, VaultLocked) and not self._on_screen():
            return  # its window closed on a lock or a switch of vaults: nobody to tell
        self._on_failure(error)

    def _on_screen(self) -> bool:
        """Whether the window this work was for is still open."""
        return self._parent is None or self._parent.window().isVisible()
