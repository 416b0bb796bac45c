"""The countdowns behind the idle lock and autosave, made by one replaceable clock.

The app uses Qt's timers. Tests install a fake clock (``tests/ui/fake_clock.py``)
with :func:`use` and move time forward by hand, so a test of "locks after five
idle minutes" or "saves two seconds after typing stops" never depends on how
fast the machine is.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol

from PySide6.QtCore import QObject, QTimer


class Countdown(Protocol):
    """What the app asks of a one-shot timer (a subset of ``QTimer``)."""

    def start(self) -> None:
        """Count down from the full interval again."""

    def stop(self) -> None:
        """Stop without firing."""

    def isActive(self) -> bool:  # noqa: N802 (QTimer's name)
        """Counting down."""

    def setInterval(self, msec: int) -> None:  # noqa: N802 (QTimer's name)
        """The countdown's length in milliseconds."""

    def interval(self) -> int:
        """The countdown's length in milliseconds."""


class Clock:
    """Makes countdowns from Qt timers."""

    def countdown(self, parent: QObject, msec: int, then: Callable[[], object]) -> Countdown:
        """A stopped one-shot countdown of ``msec`` that calls ``then`` when it runs out."""
        timer = QTimer(parent)
        timer.setSingleShot(True)
        timer.setInterval(msec)
        timer.timeout.connect(then)
        return timer


_current: Clock = Clock()


def countdown(parent: QObject, msec: int, then: Callable[[], object]) -> Countdown:
    """A countdown from the clock in use."""
    return _current.countdown(parent, msec, then)


def use(clock: Clock) -> Clock:
    """Make countdowns with ``clock`` from now on; returns the clock it replaces."""
    global _current
    previous, _current = _current, clock
    return previous
