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
    """How each figure grows with the vault, and the growth per meeting (1.00 = linear),
    beside the growth of its floor where it has one (the same work with nothing else)."""
    by_measure: dict[str, dict[int, float]] = {}
    floors: dict[str, dict[int, float]] = {}
    for r in results:
        if r.meetings:
            by_measure.setdefault(r.measure, {})[r.meetings] = r.ours
            if r.floor:
                floors.setdefault(r.measure, {})[r.meetings] = r.floor
    head = " | ".join(f"{s:,}" for s in sizes)
    span = f"{sizes[0]:,}→{sizes[-1]:,}"
    lines = [
        f"| Measure | {head} | growth {span} vs meetings | the floor's growth |",
        "|---|" + "---:|" * len(sizes) + "---:|---:|",
    ]
    units = {r.measure: r.unit for r in results}
    for measure, values in by_measure.items():
        cells = " | ".join(_number(values.get(s), units[measure]) for s in sizes)
        growth = _growth(values, sizes)
        floor = _growth(floors.get(measure, {}), sizes)
        lines.append(f"| {measure} | {cells} | {_plain(growth)} | {_plain(floor)} |")
    return "\n".join(lines)


def _growth(values: dict[int, float], sizes: list[int]) -> float | None:
    first, last = values.get(sizes[0]), values.get(sizes[-1])
    if not first or not last or len(sizes) < 2:
        return None
    return (last / first) / (sizes[-1] / sizes[0])


def _plain(value: float | None) -> str:
    return "—" if value is None else f"{value:.2f}"
