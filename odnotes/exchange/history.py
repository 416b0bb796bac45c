"""The live record from a record's whole history, the same on every laptop that holds it.

Every revision from every side is kept (append-only); the revisions form a
graph through their ``parents``. Its *heads* (revisions nothing was written on
top of) are merged three-way, in rank order, each against the last revision
they share, so the live record and its open conflicts are a pure function of
the set of revisions: two vaults holding the same revisions show the same
record, whatever order the files arrived in. Merges are never stored as
revisions of their own (two laptops would store two, and merge those for
ever); the next save by a person settles them, with all heads as parents.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from odnotes.codec import from_plain
from odnotes.exchange.conflict import Conflict, unique
from odnotes.exchange.merge import Side, merge, put_value, value_at
from odnotes.exchange.provenance import Origin, RevisionRef
from odnotes.exchange.revision import SharedRevision
from odnotes.model import RECORD_TYPES, Record

DELETED = ("deleted",)


@dataclass(frozen=True)
class LiveState:
    """What a record is now: its data, whether deleted, its heads and its open conflicts.

    In each conflict ``ours`` is the value shown live and ``theirs`` the one
    waiting beside it.
    """

    record_id: str
    kind: str
    data: dict[str, Any]
    deleted: bool
    heads: tuple[RevisionRef, ...]
    conflicts: tuple[Conflict, ...]

    def record(self) -> Record:
        """The live record object."""
        return from_plain(RECORD_TYPES[self.kind], self.data)


def live_state(revisions: Iterable[SharedRevision]) -> LiveState:
    """The live state of one record from all the revisions of it a vault holds."""
    graph = _Graph(list(revisions))
    node = graph.state(graph.heads())
    conflicts = tuple(_shown_first(graph.kind, node, c) for c in node.conflicts)
    return LiveState(
        graph.record_id,
        graph.kind,
        node.data,
        node.deleted,
        tuple(sorted(r.ref for r in node.heads)),
        conflicts,
    )


@dataclass(frozen=True)
class Resolution:
    """What to save after a person settles one conflict: data, deletion, what stays open."""

    data: dict[str, Any]
    deleted: bool
    open_conflicts: tuple[Conflict, ...]


def resolve(state: LiveState, conflict: Conflict, value: Any) -> Resolution:
    """``state`` with ``conflict`` settled to ``value`` (either side's, or a combination).

    Saved as a new revision whose parents are ``state.heads``, it closes the
    conflict on every laptop; the others stay open. The result is validated.
    """
    rest = tuple(c for c in state.conflicts if c.key() != conflict.key())
    if len(rest) == len(state.conflicts):
        raise ValueError("that conflict is not open in this record")
    if conflict.path == DELETED:
        return Resolution(dict(state.data), bool(value), rest)
    data = put_value(state.kind, state.data, conflict.path, value)
    from_plain(RECORD_TYPES[state.kind], data)
    return Resolution(data, state.deleted, rest)


def missing_parents(revisions: Iterable[SharedRevision]) -> set[RevisionRef]:
    """Parents named but not held: the history has a gap (hold those revisions back)."""
    held = list(revisions)
    refs = {r.ref for r in held}
    return {p for r in held for p in r.parents if p not in refs}


@dataclass
class _Node:
    """A revision, or the merge of several heads, while the live state is computed."""

    data: dict[str, Any]
    deleted: bool
    conflicts: list[Conflict]
    origin: Origin
    heads: list[SharedRevision]
    ancestors: frozenset[RevisionRef] = field(default_factory=frozenset)


class _Graph:
    """The revisions of one record and how they descend from each other."""

    def __init__(self, revisions: list[SharedRevision]) -> None:
        if not revisions:
            raise ValueError("a record's history needs at least one revision")
        self.record_id, self.kind = revisions[0].record_id, revisions[0].kind
        self.by_ref: dict[RevisionRef, SharedRevision] = {}
        for revision in revisions:
            if (revision.record_id, revision.kind) != (self.record_id, self.kind):
                raise ValueError("revisions of different records cannot be merged")
            held = self.by_ref.setdefault(revision.ref, revision)
            if held != revision:
                raise ValueError("two different revisions carry the same writer and number")
        self.children: dict[RevisionRef, set[RevisionRef]] = {}
        for revision in self.by_ref.values():
            for parent in revision.parents:
                self.children.setdefault(parent, set()).add(revision.ref)
        self._ancestors: dict[RevisionRef, frozenset[RevisionRef]] = {}
        self._bases: dict[frozenset[RevisionRef], _Node] = {}

    def heads(self) -> list[RevisionRef]:
        """Revisions held that nothing held was written on top of."""
        return [
            ref for ref in self.by_ref if not self.children.get(ref, set()) & self.by_ref.keys()
        ]

    def ancestors(self, ref: RevisionRef) -> frozenset[RevisionRef]:
        """``ref`` and every held revision it descends from."""
        if ref not in self._ancestors:
            seen, todo = {ref}, [ref]
            while todo:
                for parent in self.by_ref[todo.pop()].parents:
                    if parent in self.by_ref and parent not in seen:
                        seen.add(parent)
                        todo.append(parent)
            self._ancestors[ref] = frozenset(seen)
        return self._ancestors[ref]

    def leaf(self, ref: RevisionRef) -> _Node:
        revision = self.by_ref[ref]
        return _Node(
            revision.data,
            revision.deleted,
            list(revision.open_conflicts),
            revision.origin,
            [revision],
            self.ancestors(ref),
        )

    def state(self, heads: list[RevisionRef]) -> _Node:
        """Fold the heads together in rank order (a set gives one answer, in any order)."""
        ordered = sorted(heads, key=lambda ref: self.by_ref[ref].origin.rank)
        node = self.leaf(ordered[0])
        for ref in ordered[1:]:
            other = self.leaf(ref)
            node = self.join(self.base(node.ancestors, other.ancestors), node, other)
        return node

    def base(self, ours: frozenset[RevisionRef], theirs: frozenset[RevisionRef]) -> _Node | None:
        """The last revision both sides hold; several (criss-cross) are merged first."""
        common = ours & theirs
        latest = frozenset(ref for ref in common if not self.children.get(ref, set()) & common)
        if not latest:
            return None
        if len(latest) == 1:
            return self.leaf(next(iter(latest)))
        if latest not in self._bases:
            self._bases[latest] = self.state(list(latest))
        return self._bases[latest]

    def join(self, base: _Node | None, ours: _Node, theirs: _Node) -> _Node:
        """Two sides merged against their base: data, deletion and conflicts."""
        merged = merge(
            base.data if base else None,
            Side(ours.data, ours.origin),
            Side(theirs.data, theirs.origin),
            self.kind,
        )
        found = [_traced(self.kind, c, ours, theirs) for c in merged.conflicts]
        deleted = self.deletion(base, ours, theirs, found)
        before = {c.key() for c in base.conflicts} if base else set()
        kept = {c.key() for c in theirs.conflicts}
        carried = [c for c in ours.conflicts if c.key() in kept or c.key() not in before]
        carried += [c for c in theirs.conflicts if c.key() not in before]
        return _Node(
            merged.live,
            deleted,
            unique(carried + found),
            max(ours.origin, theirs.origin, key=lambda o: o.rank),
            ours.heads + theirs.heads,
            ours.ancestors | theirs.ancestors,
        )

    @staticmethod
    def deletion(base: _Node | None, ours: _Node, theirs: _Node, conflicts: list[Conflict]) -> bool:
        """Deleted on one side and edited on the other: the record stays, as a conflict."""
        if ours.deleted == theirs.deleted:
            return ours.deleted
        kept = theirs if ours.deleted else ours
        if base is not None and kept.data == base.data and kept.deleted == base.deleted:
            return True  # the other side only deleted it
        if base is not None and base.deleted:
            return False  # brought back on one side
        conflicts.append(
            Conflict(DELETED, False, ours.deleted, theirs.deleted, ours.origin, theirs.origin)
        )
        return False


def _traced(kind: str, conflict: Conflict, ours: _Node, theirs: _Node) -> Conflict:
    """Name the revision each value came from (a merged side holds several heads)."""
    if not conflict.path:
        return conflict
    return Conflict(
        conflict.path,
        conflict.base,
        conflict.ours,
        conflict.theirs,
        _source(kind, ours, conflict.path, conflict.ours),
        _source(kind, theirs, conflict.path, conflict.theirs),
    )


def _source(kind: str, node: _Node, path: tuple[str, ...], value: Any) -> Origin:
    for head in sorted(node.heads, key=lambda r: r.origin.rank, reverse=True):
        if value_at(kind, head.data, path) == value:
            return head.origin
    return node.origin


def _shown_first(kind: str, node: _Node, conflict: Conflict) -> Conflict:
    """Orient a conflict so that ``ours`` is the value the live record shows."""
    if conflict.path == DELETED:
        live: Any = node.deleted
    elif not conflict.path:
        live = node.data
    else:
        live = value_at(kind, node.data, conflict.path)
    if conflict.theirs == live and conflict.ours != live:
        return conflict.swapped()
    return conflict
