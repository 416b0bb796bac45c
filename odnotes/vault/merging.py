"""The live record of a history two laptops wrote: the exchange's merge rule, on stored rows.

Only records with more than one head come here (concurrent saves on two
laptops). The rule is :func:`odnotes.exchange.history.live_state`, a pure
function of the set of revisions, so every vault holding the same revisions
shows the same live record and the same open conflicts.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any, NoReturn

from odnotes.errors import DamagedRecord
from odnotes.exchange.conflict import Conflict
from odnotes.exchange.history import live_state
from odnotes.exchange.provenance import RevisionRef
from odnotes.exchange.revision import SharedRevision
from odnotes.vault.rows import Unsealed
from odnotes.vault.saving import Received

UNKNOWN_AUTHOR = "00000000-0000-0000-0000-000000000000"
"""The author of a revision saved before the vault knew who was using it: every vault
names it the same way, so every vault merges it the same way."""


def _refused(message: str) -> NoReturn:
    raise ValueError(message)


def shared(sealed: Unsealed) -> SharedRevision:
    """A stored revision as the exchange names it."""
    conflicts = tuple(
        Conflict.from_plain(c, _refused, f"open_conflicts[{i}]")
        for i, c in enumerate(sealed.open_conflicts)
    )
    return SharedRevision(
        sealed.record_id,
        sealed.kind,
        sealed.revision,
        sealed.writer,
        sealed.author or UNKNOWN_AUTHOR,
        sealed.saved_at,
        sealed.deleted,
        tuple(RevisionRef(w, r) for w, r in sealed.parents),
        sealed.plain,
        conflicts,
    )


def received(revision: SharedRevision) -> Received:
    """A revision the exchange verified, as the vault stores it."""
    return Received(
        revision.record_id,
        revision.kind,
        revision.revision,
        revision.writer,
        revision.author,
        revision.saved_at,
        revision.deleted,
        revision.data,
        tuple((p.writer, p.revision) for p in revision.parents),
        tuple(c.to_plain() for c in revision.open_conflicts),
    )


def merged_live(revisions: list[Unsealed]) -> tuple[Unsealed, tuple[Any, ...]]:
    """The live revision (merged data on the newest stored row) and its open conflicts."""
    newest = revisions[-1]
    try:
        state = live_state(shared(r) for r in revisions)
    except (ValueError, KeyError, TypeError) as error:
        raise DamagedRecord(
            newest.record_id, newest.kind, newest.seq, "its history could not be merged"
        ) from error
    live = replace(newest, plain=state.data, deleted=state.deleted)
    return live, tuple(c.to_plain() for c in state.conflicts)
