"""One time budget for a whole test, so that no wait in it can hang."""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import TypeVar

T = TypeVar("T")


class Deadline:
    """One time budget shared by every wait of a test, so the whole test is bounded."""

    def __init__(self, seconds: float) -> None:
        self.seconds = seconds
        self.started = time.monotonic()
        self.ends = self.started + seconds

    def remaining(self) -> float:
        """Seconds left (never below zero)."""
        return max(0.0, self.ends - time.monotonic())

    def elapsed(self) -> float:
        """Seconds since the budget started."""
        return time.monotonic() - self.started

    def wait_for(
        self,
        probe: Callable[[], T | None],
        what: str,
        *,
        explain: Callable[[], str] = lambda: "",
        interval: float = 0.25,
    ) -> T:
        """Call ``probe`` until it returns something other than None/False; fail at the deadline."""
        while True:
            result = probe()
            if result is not None and result is not False:
                return result
            if self.remaining() <= 0:
                raise AssertionError(
                    f"Gave up after {self.elapsed():.0f} s waiting for {what}.\n{explain()}"
                )
            time.sleep(min(interval, self.remaining()))
