"""The sealed search cache: each network's share of the search index, kept between unlocks.

Building the index from the records means walking, folding and listing every
word of every meeting again at each unlock; a network whose records have not
changed since gives the same share, so it is kept, sealed under that
network's own key, in the ``search_cache`` table. The vault treats the
plaintext as opaque bytes (its layout belongs to :mod:`odnotes.search`).

A blob is used only while it is current: its ``built_from`` column must equal
the network's level-1 integrity state (row count and XOR, which every stored
row changes and which the header's MAC authenticates at unlock), and it must
authenticate with associated data binding the vault id, the network id, the
purpose, the layout and that state. Anything else (a save, a received change,
an older copy's blob, tampering, a missing table) reads as no blob, and the
network is read from its records again. The table is derived data and not
part of the integrity tag. See ``docs/vault-format.md``.
"""

from __future__ import annotations

import sqlite3

from odnotes import crypto
from odnotes.vault.file import FILE_DAMAGE, SEARCH_CACHE_TABLE, VaultFile
from odnotes.vault.integrity import Group

LAYOUT = 1
"""The plaintext layout this version writes and reads (another layout is ignored)."""


def built_from(state: Group) -> str:
    """The stored form of the level-1 state a blob was built from: ``count:xor`` (hex)."""
    return f"{state.count}:{state.xor:064x}"


def associated(vault_id: str, network_id: str, source: str) -> bytes:
    """The associated data of a blob (distinct from every record's: its first element)."""
    return crypto.canonical(["odnotes/2 search cache", vault_id, network_id, LAYOUT, source])


def read_blob(file: VaultFile, network_id: str) -> tuple[str, bytes, bytes] | None:
    """``(built_from, nonce, ciphertext)`` of a network's blob in this layout, if stored."""
    try:
        rows = file.rows(
            "SELECT built_from, nonce, ciphertext FROM search_cache "
            "WHERE network_id = ? AND layout = ?",
            (network_id, LAYOUT),
        )
    except FILE_DAMAGE:  # no such table (an older format-2 file) or damaged pages
        return None
    if not rows:
        return None
    source, nonce, ciphertext = rows[0]
    if not (isinstance(source, str) and isinstance(nonce, bytes) and isinstance(ciphertext, bytes)):
        return None
    return source, nonce, ciphertext


def open_blob(
    stored: tuple[str, bytes, bytes] | None,
    key: bytes | None,
    vault_id: str,
    network_id: str,
    current: Group | None,
) -> bytes | None:
    """The plaintext of a stored blob if it is current and authenticates, else ``None``."""
    if stored is None or key is None or current is None:
        return None
    source, nonce, ciphertext = stored
    if source != built_from(current):
        return None  # stale: the network changed since (cheap: nothing decrypted)
    return crypto.unseal(key, nonce, ciphertext, associated(vault_id, network_id, source))


def write_blobs(
    conn: sqlite3.Connection, vault_id: str, sealed: list[tuple[str, bytes, str, bytes]]
) -> None:
    """Seal and store ``(network_id, key, built_from, plaintext)`` each (in a transaction)."""
    conn.execute(SEARCH_CACHE_TABLE)
    rows = []
    for network_id, key, source, plaintext in sealed:
        nonce, ciphertext = crypto.seal(key, plaintext, associated(vault_id, network_id, source))
        rows.append((network_id, LAYOUT, source, nonce, ciphertext))
    conn.executemany("INSERT OR REPLACE INTO search_cache VALUES (?, ?, ?, ?, ?)", rows)


def forget_blob(conn: sqlite3.Connection, network_id: str) -> None:
    """Remove a network's blob (a permanent deletion), inside the caller's transaction."""
    conn.execute(SEARCH_CACHE_TABLE)
    conn.execute("DELETE FROM search_cache WHERE network_id = ?", (network_id,))
