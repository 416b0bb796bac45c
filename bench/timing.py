"""Timing helpers: medians over repeated runs, percentiles, interleaved comparisons."""

from __future__ import annotations

import gc
import statistics
import time
from collections.abc import Callable


def once_ms(work: Callable[[], object]) -> float:
    """One run of ``work`` in milliseconds (garbage collected first, so runs start even)."""
    gc.collect()
    started = time.perf_counter()
    work()
    return (time.perf_counter() - started) * 1000


def median_ms(work: Callable[[], object], repeat: int) -> float:
    """The median of ``repeat`` runs, in milliseconds."""
    return statistics.median(once_ms(work) for _ in range(repeat))


def interleaved_ms(
    works: dict[str, Callable[[], object]],
    repeat: int,
    after: dict[str, Callable[[], object]] | None = None,
) -> dict[str, float]:
    """Medians of several pipelines run in turn (A, B, C, A, B, C...) so drift hits all alike.

    ``after[name]``, if given, runs after each timed run of ``name``, untimed
    (locking the vault again, so the next run starts where the first did).
    """
    runs: dict[str, list[float]] = {name: [] for name in works}
    for _ in range(repeat):
        for name, work in works.items():
            runs[name].append(once_ms(work))
            if after and name in after:
                after[name]()
    return {name: statistics.median(times) for name, times in runs.items()}


def percentile(values: list[float], share: float) -> float:
    """The nearest-rank percentile (``share`` in 0..1) of ``values``."""
    ordered = sorted(values)
    rank = max(1, round(share * len(ordered)))
    return ordered[min(rank, len(ordered)) - 1]
