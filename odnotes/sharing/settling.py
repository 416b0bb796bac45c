"""Settling a conflict: a person chooses one laptop's value, or writes a combination.

The choice is saved as a new revision on top of every head, with that
conflict closed and the others still open; both texts stay in history. A
finalised meeting is never rewritten in place, so settling one is recorded
as an amendment by the practitioner who chose.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from odnotes import meetings
from odnotes.codec import from_plain
from odnotes.errors import RecordNotFound
from odnotes.exchange import Conflict, live_state
from odnotes.exchange.history import resolve
from odnotes.model import RECORD_TYPES, Meeting
from odnotes.sharing.errors import SharingError
from odnotes.vault import Change, Vault

SETTLED_REASON = "Chose between the versions written on two laptops."


def settle(vault: Vault, record_id: str, field_path: Sequence[str], value: Any) -> Change:
    """Close the open conflict at ``field_path`` with ``value`` (either side's, or combined)."""
    network_id = vault.network_of(record_id)
    history = [r for r in vault.shared_revisions(network_id) if r.record_id == record_id]
    if not network_id or not history:
        raise RecordNotFound("There is no such record in this vault's shared networks.")
    state = live_state(history)
    path = tuple(field_path)
    chosen = [c for c in state.conflicts if c.path == path]
    if not chosen:
        raise SharingError("That part of the record has no open conflict (it may be settled).")
    resolution = resolve(state, chosen[0], value)
    cls = RECORD_TYPES[state.kind]
    record = from_plain(cls, resolution.data)
    current = vault.get(cls, record_id) if not state.deleted else None
    if isinstance(record, Meeting) and isinstance(current, Meeting) and current.is_final:
        if resolution.deleted:
            raise SharingError(
                "A finalised meeting cannot be deleted; keep it and amend it instead."
            )
        record = meetings.amend(
            current, record, vault.author or _author(chosen[0]), SETTLED_REASON, finished=True
        )
    still_open = tuple(c.to_plain() for c in resolution.open_conflicts)
    (change,) = vault.save_many(
        [record], deleted=resolution.deleted, open_conflicts={record_id: still_open}
    )
    return change


def _author(conflict: Conflict) -> str:
    origin = conflict.ours_from or conflict.theirs_from
    if origin is None:
        raise SharingError(
            "Say who is choosing (the vault's practitioner) before settling a conflict."
        )
    return origin.author
