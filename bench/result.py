"""One figure of the suite, what it is compared with, and whether it met its target."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass
class Result:
    """One figure: ours, and where there is one, the same work over each baseline and the floor.

    ``limit`` is the target in ``unit``; ``floor_limit`` a target as a multiple
    of ``floor``; ``holds`` a condition the figure also needs (the index built
    off the GUI thread). Without any of them the figure has no verdict.
    """

    measure: str
    meetings: int
    ours: float
    unit: str = "ms"
    plain: float | None = None
    sqlcipher: float | None = None
    target: str = ""
    limit: float | None = None
    floor: float | None = None
    floor_limit: float | None = None
    holds: bool | None = None

    @property
    def floor_ratio(self) -> float | None:
        """Ours over the floor, where there is one."""
        return self.ours / self.floor if self.floor else None

    @property
    def judged(self) -> bool:
        """Whether this figure has a target to meet."""
        return self.limit is not None or self.floor_limit is not None or self.holds is not None

    @property
    def met(self) -> bool:
        """Every part of the target holds (a missing floor counts as not met)."""
        if self.limit is not None and self.ours > self.limit:
            return False
        if self.floor_limit is not None:
            ratio = self.floor_ratio
            if ratio is None or ratio > self.floor_limit:
                return False
        return self.holds is not False

    @property
    def verdict(self) -> str:
        """``met`` or ``**missed**``; empty without a target."""
        if not self.judged:
            return ""
        return "met" if self.met else "**missed**"
