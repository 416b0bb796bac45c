"""A clock that moves only when a test says so, for the idle lock and autosave countdowns."""

from __future__ import annotations

import weakref
from collections.abc import Callable

from PySide6.QtCore import QObject

from ui.clock import Clock, Countdown


class FakeCountdown:
    """A one-shot countdown on a :class:`FakeClock`."""

    def __init__(self, clock: FakeClock, msec: int, then: Callable[[], None]) -> None:
        self._clock = clock
        self._interval = msec
        self._then = then
        self.due: int | None = None

    def start(self) -> None:
        self.due = self._clock.now + self._interval

    def stop(self) -> None:
        self.due = None

    def isActive(self) -> bool:  # noqa: N802 (QTimer's name)
        return self.due is not None

    def setInterval(self, msec: int) -> None:  # noqa: N802 (QTimer's name)
        self._interval = msec
        if self.due is not None:  # as QTimer: a running timer restarts
            self.start()

    def interval(self) -> int:
        return self._interval

    def fire(self) -> None:
        self.due = None
        self._then()


class FakeClock(Clock):
    """Countdowns that run out only in :meth:`advance`, in the order they are due."""

    def __init__(self) -> None:
        self.now = 0
        self._countdowns: list[weakref.ref[FakeCountdown]] = []
        self._owners: dict[int, list[FakeCountdown]] = {}

    def countdown(self, parent: QObject, msec: int, then: Callable[[], None]) -> Countdown:
        made = FakeCountdown(self, msec, then)
        self._countdowns.append(weakref.ref(made))
        # Live as long as the owner, as a QTimer parented to it would.
        key = id(parent)
        if key not in self._owners:
            parent.destroyed.connect(lambda *_: self._owners.pop(key, None))
        self._owners.setdefault(key, []).append(made)
        return made

    def advance(self, msec: int) -> None:
        """Move time forward, running out every countdown that falls due, earliest first."""
        until = self.now + msec
        while True:
            due = [c for ref in self._countdowns if (c := ref()) is not None and c.due is not None]
            due = [c for c in due if c.due is not None and c.due <= until]
            if not due:
                break
            first = min(due, key=lambda c: c.due or 0)
            self.now = first.due or self.now
            first.fire()
        self.now = until
