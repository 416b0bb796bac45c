"""Three-way merge of two revisions of one record against their last common revision.

Works on the records' plain data (:func:`odnotes.codec.to_plain`). Whatever
only one side changed is taken from that side, at every depth; lists of items
merge item by item, by key; the same field changed differently on both sides
is a :class:`Conflict`, never decided silently. While a conflict is open the
value of the side that ranks higher (:attr:`Origin.rank`: the later save) is
the live one, so every laptop holding the same revisions shows the same live
record. The rules are written down in ``docs/exchange-format.md``.
"""

from __future__ import annotations

import copy
from dataclasses import dataclass, field
from typing import Any

from odnotes.codec import from_plain
from odnotes.crypto import canonical
from odnotes.errors import InvalidRecord
from odnotes.exchange import meeting_rules
from odnotes.exchange.conflict import Conflict, unique
from odnotes.exchange.provenance import Origin
from odnotes.model import RECORD_TYPES


class _Missing:
    """A field or item that is not there (removed, or never written)."""

    def __repr__(self) -> str:
        return "MISSING"


MISSING: Any = _Missing()

# How the items of a list are told apart; any other list of objects uses "id".
LIST_KEYS: dict[str, tuple[str, ...]] = {
    "attendance": ("person_id",),
    "signatures": ("practitioner_id",),
    "stances": ("person_id",),
    "ratings": ("element",),
    "uncertainties": ("uncertainty_id",),
    "amendments": ("by_id", "at"),
}
# Lists that never lose an item: a signature given on either laptop stands.
UNION_LISTS = frozenset({"signatures"})
# Fields that name an item rather than say anything: two new ids are not a conflict.
IDENTITY_FIELDS = frozenset({"id"})


@dataclass(frozen=True)
class Side:
    """One side of a merge: a revision's plain data and who wrote it when."""

    data: dict[str, Any]
    origin: Origin


@dataclass
class Merged:
    """The live record after a merge, and every conflict it leaves open."""

    live: dict[str, Any]
    conflicts: list[Conflict] = field(default_factory=list)


def item_key(list_field: str, item: Any) -> str | None:
    """The key of one item of the list ``list_field`` (``None``: the list merges whole)."""
    if isinstance(item, dict):
        parts = [item.get(name) for name in LIST_KEYS.get(list_field, ("id",))]
        if all(isinstance(part, str) for part in parts):
            return "@".join(str(part) for part in parts)
        return None
    if item is None or isinstance(item, str | int | bool):
        return canonical(item).decode()
    return None


def segment(key: str) -> str:
    """A list item's part of a path."""
    return f"[{key}]"


def merge(base: dict[str, Any] | None, ours: Side, theirs: Side, kind: str = "") -> Merged:
    """Merge ``ours`` and ``theirs`` against ``base`` (``None``: they share no revision)."""
    forms = [merge_form(kind, data) for data in (base, ours.data, theirs.data)]
    old, mine, other = forms
    assert mine is not None and other is not None
    merger = _Merger(Side(mine, ours.origin), Side(other, theirs.origin))
    live = merger.value((), None, MISSING if old is None else old, mine, other)
    if kind == meeting_rules.KIND:
        live = meeting_rules.settle(live, old, (mine, ours.origin), (other, theirs.origin))
        live = meeting_rules.from_form(live)
    merged = Merged(live, unique(merger.conflicts))
    if _valid(kind, merged.live):
        return merged
    # Cross-field rules (say, "outside the meeting needs a reason") broke: keep the
    # whole record as one conflict, showing the higher-ranked side meanwhile.
    winner = ours if merger.ours_wins else theirs
    whole = Conflict((), base, ours.data, theirs.data, ours.origin, theirs.origin)
    return Merged(copy.deepcopy(winner.data), [whole])


def merge_form(kind: str, data: dict[str, Any] | None) -> dict[str, Any] | None:
    """The shape records merge in (a meeting's present and absent become ``attendance``)."""
    if data is None:
        return None
    if kind == meeting_rules.KIND:
        return meeting_rules.to_form(data)
    return data


def value_at(kind: str, data: dict[str, Any], path: tuple[str, ...]) -> Any:
    """The value at a conflict's ``path`` in ``data`` (``None`` when absent)."""
    current: Any = merge_form(kind, data)
    last = ""
    for part in path:
        if part.startswith("[") and isinstance(current, list):
            current = next((i for i in current if segment(item_key(last, i) or "") == part), None)
        elif isinstance(current, dict):
            current, last = current.get(part), part
        else:
            return None
    return current


def put_value(kind: str, data: dict[str, Any], path: tuple[str, ...], value: Any) -> dict[str, Any]:
    """A copy of ``data`` with ``value`` at ``path`` (``None`` at a list item removes it)."""
    if not path:
        return copy.deepcopy(value)
    form = merge_form(kind, copy.deepcopy(data))
    assert form is not None
    current: Any = form
    last = ""
    for i, part in enumerate(path):
        final = i == len(path) - 1
        if part.startswith("[") and isinstance(current, list):
            at = next(
                (
                    n
                    for n, item in enumerate(current)
                    if segment(item_key(last, item) or "") == part
                ),
                None,
            )
            if final:
                if at is not None:
                    del current[at]
                if value is not None:
                    current.insert(len(current) if at is None else at, copy.deepcopy(value))
            elif at is None:
                raise InvalidRecord(_label(path), "is no longer in the record")
            else:
                current = current[at]
        elif isinstance(current, dict):
            if final:
                current[part] = copy.deepcopy(value)
            else:
                current, last = current.get(part), part
        else:
            raise InvalidRecord(_label(path), "is no longer in the record")
    return meeting_rules.from_form(form) if kind == meeting_rules.KIND else form


def _label(path: tuple[str, ...]) -> str:
    return Conflict(path, None, None, None).label()


def _valid(kind: str, live: dict[str, Any]) -> bool:
    cls = RECORD_TYPES.get(kind)
    if cls is None:
        return True
    try:
        from_plain(cls, live)
    except InvalidRecord:
        return False
    return True


def _removed(value: Any) -> bool:
    return value is MISSING or value is None


def _plain(value: Any) -> Any:
    return None if value is MISSING else value


class _Merger:
    """One merge: walks the three values together and collects the conflicts."""

    def __init__(self, ours: Side, theirs: Side) -> None:
        self.ours, self.theirs = ours, theirs
        ranks = (ours.origin.rank, theirs.origin.rank)
        self.ours_wins = ranks[0] > ranks[1] or (
            ranks[0] == ranks[1] and canonical(ours.data) >= canonical(theirs.data)
        )
        self.conflicts: list[Conflict] = []

    def value(self, path: tuple[str, ...], name: str | None, b: Any, o: Any, t: Any) -> Any:
        """The merged value at ``path`` (``MISSING``: not there)."""
        if o == t:
            return o
        if o == b:
            return t
        if t == b:
            return o
        if name in IDENTITY_FIELDS and isinstance(o, str) and isinstance(t, str):
            return min(o, t)
        if isinstance(o, dict) and isinstance(t, dict):
            return self.children(path, b if isinstance(b, dict) else {}, o, t)
        if isinstance(o, list) and isinstance(t, list) and name is not None:
            merged = self.items(path, name, b if isinstance(b, list) else [], o, t)
            if merged is not None:
                return merged
        # Removed on one side, changed on the other: what was written stays.
        if _removed(o) and isinstance(t, dict):
            return self.conflict(path, b, o, t, live=t)
        if _removed(t) and isinstance(o, dict):
            return self.conflict(path, b, o, t, live=o)
        return self.conflict(path, b, o, t, live=o if self.ours_wins else t)

    def conflict(self, path: tuple[str, ...], b: Any, o: Any, t: Any, *, live: Any) -> Any:
        self.conflicts.append(
            Conflict(path, _plain(b), _plain(o), _plain(t), self.ours.origin, self.theirs.origin)
        )
        return live

    def children(
        self,
        path: tuple[str, ...],
        b: dict[str, Any],
        o: dict[str, Any],
        t: dict[str, Any],
        *,
        items: bool = False,
    ) -> dict[str, Any]:
        """Fields of an object (or items of a list, by key), each merged; absent ones left out."""
        out: dict[str, Any] = {}
        for key in [*o, *(k for k in t if k not in o)]:
            merged = self.value(
                (*path, segment(key) if items else key),
                None if items else key,
                b.get(key, MISSING),
                o.get(key, MISSING),
                t.get(key, MISSING),
            )
            if merged is not MISSING:
                out[key] = merged
        return out

    def items(
        self, path: tuple[str, ...], name: str, b: list[Any], o: list[Any], t: list[Any]
    ) -> list[Any] | None:
        keyed = [_keyed(name, values) for values in (b, o, t)]
        if any(k is None for k in keyed):
            return None  # items without keys, or with repeated keys: the list is one value
        kb, ko, kt = (k for k in keyed if k is not None)
        if name in UNION_LISTS:
            return _union(ko, kt)
        merged = self.children(path, kb, ko, kt, items=True)
        return [merged[key] for key in self.order(list(kb), list(ko), list(kt), set(merged))]

    def order(self, b: list[str], o: list[str], t: list[str], kept: set[str]) -> list[str]:
        """Items in the order of the side that reordered them (or the higher-ranked side)."""
        moved_o, moved_t = _reordered(b, o), _reordered(b, t)
        if moved_o != moved_t:
            primary, secondary = (o, t) if moved_o else (t, o)
        else:
            primary, secondary = (o, t) if self.ours_wins else (t, o)
        out = [key for key in primary if key in kept]
        for i, key in enumerate(secondary):
            if key in kept and key not in out:
                before = next((p for p in reversed(secondary[:i]) if p in out), None)
                out.insert(0 if before is None else out.index(before) + 1, key)
        return out


def _keyed(name: str, values: list[Any]) -> dict[str, Any] | None:
    out: dict[str, Any] = {}
    for item in values:
        key = item_key(name, item)
        if key is None or key in out:
            return None
        out[key] = item
    return out


def _reordered(base: list[str], side: list[str]) -> bool:
    common = set(base) & set(side)
    return [k for k in base if k in common] != [k for k in side if k in common]


def _union(ours: dict[str, Any], theirs: dict[str, Any]) -> list[Any]:
    """Every signature from both sides; one signer signing twice keeps the earlier."""
    chosen = dict(ours)
    for key, item in theirs.items():
        if key not in chosen or _signed_order(item) < _signed_order(chosen[key]):
            chosen[key] = item
    return sorted(chosen.values(), key=_signed_order)


def _signed_order(item: Any) -> tuple[str, bytes]:
    return (meeting_rules.utc_text(item.get("signed_at")), canonical(item))
