"""How hard to try: bounded in ``make test``, much longer under ``make fuzz``.

``make fuzz`` sets ``ODNOTES_FUZZ=1``; the same tests then run the full
damage sweep and many more generated inputs.
"""

from __future__ import annotations

import os

from hypothesis import HealthCheck, settings

FUZZ = os.environ.get("ODNOTES_FUZZ") == "1"


def budget(suite: int, fuzz: int) -> int:
    """``suite`` in the test suite, ``fuzz`` under ``make fuzz``."""
    return fuzz if FUZZ else suite


def fuzz_settings(suite: int, fuzz: int = 2_000) -> settings:
    """Hypothesis settings: derandomised in the suite (same inputs every run), random in fuzz."""
    return settings(
        max_examples=budget(suite, fuzz),
        deadline=None,
        derandomize=not FUZZ,
        database=None,
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
    )
