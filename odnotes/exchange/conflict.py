"""A conflict: one field changed differently on two laptops, kept visible until resolved.

Both values stay (and both revisions stay in history); a deterministic rule
shows one of them live meanwhile. A path names fields by name and items of a
list by their key in brackets (see :func:`odnotes.exchange.merge.item_key`),
so ``("decisions", "[<id>]", "stances", "[<person id>]", "stance")`` is one
person's stance on one decision. The empty path means the whole record.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Any

from odnotes.crypto import canonical
from odnotes.exchange import shapes
from odnotes.exchange.provenance import Origin
from odnotes.exchange.shapes import Fail

MAX_PATH = 16


@dataclass(frozen=True)
class Conflict:
    """The same field changed on both sides: its path, and the three values (``None``: absent)."""

    path: tuple[str, ...]
    base: Any
    ours: Any
    theirs: Any
    ours_from: Origin | None = None
    theirs_from: Origin | None = None

    def swapped(self) -> Conflict:
        """The same conflict seen from the other side."""
        return replace(
            self,
            ours=self.theirs,
            theirs=self.ours,
            ours_from=self.theirs_from,
            theirs_from=self.ours_from,
        )

    def key(self) -> tuple[tuple[str, ...], bytes, tuple[bytes, bytes]]:
        """What makes two conflicts the same one, whichever side is called ours."""
        ours, theirs = canonical(self.ours), canonical(self.theirs)
        return (self.path, canonical(self.base), (min(ours, theirs), max(ours, theirs)))

    def label(self) -> str:
        """The path for a person to read: ``decisions[…].stances[…].stance``."""
        out = ""
        for part in self.path:
            out += part if part.startswith("[") or not out else "." + part
        return out or "(the whole record)"

    def to_plain(self) -> dict[str, Any]:
        """As carried in a revision's ``open_conflicts``."""
        return {
            "path": list(self.path),
            "base": self.base,
            "ours": self.ours,
            "theirs": self.theirs,
            "ours_from": self.ours_from.to_plain() if self.ours_from else None,
            "theirs_from": self.theirs_from.to_plain() if self.theirs_from else None,
        }

    @classmethod
    def from_plain(cls, data: Any, fail: Fail, where: str) -> Conflict:
        """Parse what :meth:`to_plain` wrote."""
        names = {"path", "base", "ours", "theirs", "ours_from", "theirs_from"}
        data = shapes.fields(data, names, fail, where)
        path = data["path"]
        if (
            not isinstance(path, list)
            or len(path) > MAX_PATH
            or not all(isinstance(p, str) and 0 < len(p) <= 200 for p in path)
        ):
            fail(f"{where}.path: must be a list of at most {MAX_PATH} field names and keys")
        origins = [
            None if data[name] is None else Origin.from_plain(data[name], fail, f"{where}.{name}")
            for name in ("ours_from", "theirs_from")
        ]
        return cls(tuple(path), data["base"], data["ours"], data["theirs"], *origins)


def unique(conflicts: list[Conflict]) -> list[Conflict]:
    """Conflicts without repeats (the first of each kept), in a stable order."""
    seen: dict[tuple[tuple[str, ...], bytes, tuple[bytes, bytes]], Conflict] = {}
    for conflict in conflicts:
        seen.setdefault(conflict.key(), conflict)
    return sorted(seen.values(), key=lambda c: c.key())
