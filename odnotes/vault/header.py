"""The header's integrity state: read and checked at unlock, updated by every save.

The stored form is the ``groups`` table (level 1 per network), the ``keys``
table (wrapped network keys) and four ``meta`` entries: ``saves``,
``writers``, ``integrity_xor`` and ``integrity_mac`` (see
:mod:`odnotes.vault.integrity` and ``docs/vault-format.md``).
"""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass, field

from odnotes.errors import DamagedRecord, DamagedVault
from odnotes.i18n import N_
from odnotes.vault.file import VaultFile
from odnotes.vault.integrity import Group, Integrity, State
from odnotes.vault.keys import VAULT_WIDE, VaultKeys, key_digest

_UNREADABLE = N_("The vault's integrity record is missing or unreadable.")


def _int(value: object) -> int:
    if not isinstance(value, int) or isinstance(value, bool):
        raise ValueError(value)
    return value


@dataclass
class Header:
    """The level-2 state of an unlocked vault and whether it matched its MAC."""

    integrity: Integrity
    state: State
    vault_xor: int
    ok: bool = True
    damaged: list[DamagedRecord] = field(default_factory=list)

    @property
    def writers(self) -> set[str]:
        """The vault copies whose rows this file accepts."""
        return self.state.writers

    @classmethod
    def empty(cls, keys: VaultKeys, copy_id: str) -> Header:
        """The state of a new vault: one empty vault-wide group, no saves yet."""
        integrity = Integrity(keys.mac_key, keys.vault_id)
        state = State(groups={VAULT_WIDE: Group()}, saves=0, writers={copy_id})
        return cls(integrity, state, integrity.vault_xor(state))

    def meta(self) -> dict[str, str]:
        """The ``meta`` entries of this state."""
        return {
            "saves": str(self.state.saves),
            "writers": json.dumps(sorted(self.state.writers)),
            "integrity_xor": f"{self.vault_xor:064x}",
            "integrity_mac": self.integrity.seal(self.state, self.vault_xor).hex(),
        }

    @classmethod
    def read(cls, file: VaultFile, keys: VaultKeys) -> Header:
        """Read the state, unwrap every network key, and check the MAC (never raises for it)."""
        meta = file.meta()
        try:
            saves = int(meta["saves"])
            writers = json.loads(meta["writers"])
            stored_xor = int(meta["integrity_xor"], 16)
            stored_mac = bytes.fromhex(meta["integrity_mac"])
            if not isinstance(writers, list) or not all(isinstance(w, str) for w in writers):
                raise ValueError(writers)
        except (KeyError, ValueError, TypeError, RecursionError):
            raise DamagedVault(_UNREADABLE) from None
        integrity = Integrity(keys.mac_key, keys.vault_id)
        state = State(saves=saves, writers=set(writers))
        header = cls(integrity, state, stored_xor)
        wrapped = {}
        for network_id, nonce, blob in file.rows("SELECT network_id, nonce, wrapped FROM keys"):
            if isinstance(nonce, bytes) and isinstance(blob, bytes):
                wrapped[network_id] = (nonce, blob)
            else:
                header.ok = False
        for network_id, count, xor in file.rows(
            "SELECT network_id, row_count, row_xor FROM groups"
        ):
            try:
                group = Group(_int(count), int(xor, 16))
            except (ValueError, TypeError):
                header.ok = False
                continue
            if network_id != VAULT_WIDE:
                if network_id not in wrapped:
                    header.ok = False
                    continue
                nonce, blob = wrapped.pop(network_id)
                group = Group(group.count, group.xor, key_digest(nonce, blob))
                if not keys.unwrap(network_id, nonce, blob):
                    header.damaged.append(
                        DamagedRecord(network_id, "network", 0, "its key could not be unwrapped")
                    )
            state.groups[network_id] = group
        if wrapped or VAULT_WIDE not in state.groups:
            header.ok = False  # a key without its group, or no vault-wide group
        header.ok = (
            header.ok
            and integrity.vault_xor(state) == stored_xor
            and integrity.matches(state, stored_xor, stored_mac)
        )
        return header

    def after(self, groups: dict[str, Group], writers: set[str] | None = None) -> Header:
        """The state once ``groups`` are stored as given: one more save, the XOR updated."""
        state = State(dict(self.state.groups), self.state.saves + 1, set(writers or self.writers))
        vault_xor = self.vault_xor
        for group_id, group in groups.items():
            old = self.state.groups.get(group_id)
            if old is not None:
                vault_xor ^= self.integrity.group(group_id, old)
            vault_xor ^= self.integrity.group(group_id, group)
            state.groups[group_id] = group
        return Header(self.integrity, state, vault_xor, self.ok, self.damaged)

    def without(self, group_id: str) -> Header:
        """The state once a group is gone for good (a permanent deletion)."""
        state = State(dict(self.state.groups), self.state.saves + 1, set(self.writers))
        vault_xor = self.vault_xor
        old = state.groups.pop(group_id, None)
        if old is not None:
            vault_xor ^= self.integrity.group(group_id, old)
        return Header(self.integrity, state, vault_xor, self.ok, self.damaged)

    def adopt(self, other: Header) -> None:
        """Take ``other``'s state once it is committed."""
        self.state, self.vault_xor = other.state, other.vault_xor

    def write(self, conn: sqlite3.Connection) -> None:
        """Store the ``meta`` entries (inside the caller's transaction)."""
        conn.executemany(
            "INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)", list(self.meta().items())
        )
