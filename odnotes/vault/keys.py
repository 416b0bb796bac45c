"""The keys of an unlocked vault: everything derived from the data key, and one key per network.

A network's records are sealed with that network's own random key, wrapped
by a key derived from the data key and bound to the network's id. Destroying
the wrapped key (a permanent deletion) makes the network's ciphertexts
unreadable for good, and a network's key could be shared without sharing
any other network's.
"""

from __future__ import annotations

import hashlib

from odnotes import crypto

VAULT_WIDE = ""  # the group of records that belong to no network (practitioners)


class VaultKeys:
    """Subkeys of one vault's data key, and the network keys unwrapped so far."""

    def __init__(self, data_key: bytes, vault_id: str) -> None:
        self.vault_id = vault_id
        self.mac_key = crypto.subkey(data_key, "integrity", vault_id, version=2)
        self.seen_key = crypto.subkey(data_key, "seen on this computer", vault_id, version=2)
        self._wrap_key = crypto.subkey(data_key, "network keys", vault_id, version=2)
        self._records = {VAULT_WIDE: crypto.subkey(data_key, "vault records", vault_id, version=2)}

    def _wrap_ad(self, network_id: str) -> bytes:
        return crypto.canonical(["odnotes/2 network key", self.vault_id, network_id])

    def new_network(self, network_id: str) -> tuple[bytes, bytes]:
        """A fresh key for ``network_id``; returns ``(nonce, wrapped)`` to store."""
        key = crypto.random_key()
        self._records[network_id] = key
        return crypto.seal(self._wrap_key, key, self._wrap_ad(network_id))

    def unwrap(self, network_id: str, nonce: bytes, wrapped: bytes) -> bool:
        """Unwrap a stored network key; False if it does not authenticate."""
        if not isinstance(nonce, bytes) or not isinstance(wrapped, bytes):
            return False
        key = crypto.unseal(self._wrap_key, nonce, wrapped, self._wrap_ad(network_id))
        if key is None or len(key) != crypto.KEY_BYTES:
            return False
        self._records[network_id] = key
        return True

    def records_key(self, group: str) -> bytes | None:
        """The key that seals ``group``'s records, if it is known (unwrapped and not destroyed)."""
        return self._records.get(group)

    def forget(self, network_id: str) -> None:
        """Drop a destroyed network's key from memory."""
        self._records.pop(network_id, None)

    def has_any(self) -> bool:
        """Whether the keys are still in memory (False once the vault is locked)."""
        return bool(self._records)

    def forget_all(self) -> None:
        """Drop every record key (on lock); readers on other threads then stop."""
        self._records.clear()


def key_digest(nonce: bytes, wrapped: bytes) -> str:
    """What the integrity state records of a wrapped key (so it cannot be swapped)."""
    return hashlib.sha256(nonce + wrapped).hexdigest()
