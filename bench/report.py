"""The table: printed to the terminal and written into ``docs/performance.md``."""

from __future__ import annotations

from collections.abc import Iterable

from bench.result import Result


def _number(value: float | None, unit: str) -> str:
    if value is None:
        return "—"
    if unit == "MiB":
        return f"{value:,.0f} MiB"
    if value >= 1000:
        return f"{value / 1000:,.2f} s"
    return f"{value:,.1f} ms" if value < 100 else f"{value:,.0f} ms"


def _ratio(ours: float, other: float | None) -> str:
    return "—" if other is None or other <= 0 else f"{ours / other:.2f}×"


def table(results: Iterable[Result]) -> str:
    """One Markdown table: every figure with its floor, baselines and ratios."""
    lines = [
        "| Measure | Meetings | OD Notes | Floor | vs floor | Plain SQLite | SQLCipher 4 "
        "| vs plain | vs SQLCipher | Target |",
        "|---|---:|---:|---:|---:|---:|---:|---:|---:|---|",
    ]
    for r in results:
        size = f"{r.meetings:,}" if r.meetings else "—"
        target = f"{r.target} — {r.verdict}" if r.verdict else r.target
        lines.append(
            f"| {r.measure} | {size} | {_number(r.ours, r.unit)} | {_number(r.floor, r.unit)} "
            f"| {_ratio(r.ours, r.floor)} | {_number(r.plain, r.unit)} "
            f"| {_number(r.sqlcipher, r.unit)} | {_ratio(r.ours, r.plain)} "
            f"| {_ratio(r.ours, r.sqlcipher)} | {target} |"
        )
    return "\n".join(lines)


def scaling(results: list[Result], sizes: list[int]) -> str:
    """How each figure grows with the vault, and the growth per meeting (1.00 = linear)."""
    by_measure: dict[str, dict[int, float]] = {}
    for r in results:
        if r.meetings:
            by_measure.setdefault(r.measure, {})[r.meetings] = r.ours
    head = " | ".join(f"{s:,}" for s in sizes)
    lines = [
        f"| Measure | {head} | growth {sizes[0]:,}→{sizes[-1]:,} vs meetings |",
        "|---|" + "---:|" * len(sizes) + "---:|",
    ]
    units = {r.measure: r.unit for r in results}
    for measure, values in by_measure.items():
        cells = " | ".join(_number(values.get(s), units[measure]) for s in sizes)
        first, last = values.get(sizes[0]), values.get(sizes[-1])
        growth = "—"
        if first and last and len(sizes) > 1:
            growth = f"{(last / first) / (sizes[-1] / sizes[0]):.2f}"
        lines.append(f"| {measure} | {cells} | {growth} |")
    return "\n".join(lines)
