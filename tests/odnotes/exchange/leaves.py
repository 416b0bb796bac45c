"""Every leaf of a record in merge form, by path, to check that a merge lost nothing."""

from __future__ import annotations

from typing import Any

from odnotes.exchange.conflict import Conflict
from odnotes.exchange.merge import item_key, merge_form, segment

# Leaves a merge may settle without a conflict (ids, amendment bookkeeping, signing times).
BOOKKEEPING = {"id", "in_progress", "signed_at"}


def leaves(kind: str, data: dict[str, Any] | None) -> dict[tuple[str, ...], Any]:
    """Path -> value for every scalar (list items keyed as the merge keys them)."""
    out: dict[tuple[str, ...], Any] = {}
    _walk(merge_form(kind, data) if data is not None else {}, (), "", out)
    return out


def _walk(value: Any, path: tuple[str, ...], name: str, out: dict[tuple[str, ...], Any]) -> None:
    if isinstance(value, dict):
        for key, inner in value.items():
            _walk(inner, (*path, key), key, out)
    elif isinstance(value, list) and all(item_key(name, v) for v in value):
        for item in value:
            _walk(item, (*path, segment(item_key(name, item) or "")), name, out)
    else:
        out[path] = value


def lost(
    kind: str,
    base: dict[str, Any] | None,
    side: dict[str, Any],
    live: dict[str, Any],
    conflicts: list[Conflict] | tuple[Conflict, ...],
) -> list[tuple[str, ...]]:
    """Paths ``side`` changed from ``base`` that are neither live nor in a conflict."""
    before, after, now = leaves(kind, base), leaves(kind, side), leaves(kind, live)
    open_paths = [c.path for c in conflicts]
    missing = []
    for path in set(before) | set(after):
        if path and path[-1] in BOOKKEEPING:
            continue
        if before.get(path, "<absent>") == after.get(path, "<absent>"):
            continue
        if now.get(path, "<absent>") == after.get(path, "<absent>"):
            continue
        if any(path[: len(p)] == p for p in open_paths):
            continue
        missing.append(path)
    return sorted(missing)
