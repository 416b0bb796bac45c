"""Finding and saving the vault's own sharing records (one per thing, under derived ids)."""

from __future__ import annotations

from typing import TypeVar

from odnotes.errors import RecordNotFound
from odnotes.model import Record
from odnotes.vault import Vault

T = TypeVar("T", bound=Record)


def find(vault: Vault, cls: type[T], record_id: str) -> T | None:
    """The live record, or ``None`` if it was never saved or was deleted."""
    try:
        return vault.get(cls, record_id)
    except RecordNotFound:
        return None
