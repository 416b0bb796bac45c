"""The whole-vault integrity tag of format 2, in two levels, checkable without record keys.

Level 1: each group (a network, or the vault-wide records) keeps the count of
its rows and the XOR of one HMAC per row over the row's plaintext columns and
ciphertext digest (a keyed multiset hash, MSet-XOR-Hash). Level 2: the
header keeps the XOR of one HMAC per group over the group's state and its
wrapped key's digest, and a MAC over that, the save counter and the known
writers. Unlocking checks level 2 (a few hundred groups); a group's level 1
is checked when its network is first read. A deleted, inserted, replaced or
moved row, or a group whose state was edited, is detected without
decrypting a single row. Specified in ``docs/vault-format.md``.
"""

from __future__ import annotations

import hashlib
import hmac
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any


@dataclass
class Group:
    """One group's level-1 state, as stored in the ``groups`` table."""

    count: int = 0
    xor: int = 0
    key_digest: str = ""  # "" for the vault-wide group, which has no wrapped key


@dataclass
class State:
    """The header's level-2 state: groups, save counter, known writers."""

    groups: dict[str, Group] = field(default_factory=dict)
    saves: int = 0
    writers: set[str] = field(default_factory=set)


class Integrity:
    """The MACs of one vault (its MAC key never leaves this object)."""

    def __init__(self, mac_key: bytes, vault_id: str) -> None:
        self._base = hmac.new(mac_key, digestmod=hashlib.sha256)
        self.vault_id = vault_id

    def _mac(self, *parts: str) -> bytes:
        """HMAC over length-prefixed parts (``len:part`` each), which no two inputs share."""
        mac = self._base.copy()
        mac.update("".join([f"{len(part)}:{part}" for part in parts]).encode())
        return mac.digest()

    def stored_row(self, row: Sequence[Any]) -> int:
        """One row's contribution to its group's XOR, from its plaintext columns and digest.

        ``row`` is in the records table's column order (see :mod:`odnotes.vault.rows`).
        """
        record_id, seq, revision, writer, parents, group, kind, _nonce, _text, digest = row
        return int.from_bytes(
            self._mac(
                "row",
                group,
                record_id,
                str(seq),
                str(revision),
                kind,
                writer,
                parents,
                digest.hex(),
            ),
            "big",
        )

    def group(self, group_id: str, state: Group) -> int:
        """One group's contribution to the header's XOR."""
        return int.from_bytes(
            self._mac("group", group_id, str(state.count), f"{state.xor:064x}", state.key_digest),
            "big",
        )

    def vault_xor(self, state: State) -> int:
        """The XOR over every group's contribution."""
        total = 0
        for group_id, group in state.groups.items():
            total ^= self.group(group_id, group)
        return total

    def seal(self, state: State, vault_xor: int) -> bytes:
        """The header MAC over the level-2 state."""
        return self._mac(
            "state",
            "2",
            self.vault_id,
            str(state.saves),
            str(len(state.groups)),
            f"{vault_xor:064x}",
            str(len(state.writers)),
            *sorted(state.writers),
        )

    def matches(self, state: State, vault_xor: int, stored: bytes) -> bool:
        """Constant-time check of the stored header MAC."""
        return hmac.compare_digest(self.seal(state, vault_xor), stored)
