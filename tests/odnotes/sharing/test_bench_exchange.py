"""The exchange's bench rows run and say met or missed (the figures are in docs/performance.md)."""

from __future__ import annotations

from bench.exchange import exchange


def test_the_exchange_figures_are_measured() -> None:
    results = exchange(1, size=3)
    assert [r.measure for r in results] == [
        "Exchange: a 3-meeting network's full history into an empty vault",
        "Exchange: one edited meeting (sender's sync + receiver's sync)",
    ]
    assert all(r.ours > 0 and r.verdict in ("met", "**missed**") for r in results)
