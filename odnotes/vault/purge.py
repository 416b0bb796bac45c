"""Deleting a network for good: its key destroyed, its rows gone from the file.

The one path that removes rows. The append-only triggers allow a DELETE only
for a network listed in the ``purging`` table, which this transaction fills
and empties again; the network's sealed search cache goes in it too, and the
integrity state drops the network's group in the same transaction, so the
vault still verifies. Afterwards the WAL is checkpointed
and the file vacuumed (with ``secure_delete`` on), so no page of the file or
its WAL keeps the ciphertexts. Backups made before still hold them.
"""

from __future__ import annotations

from odnotes.errors import RecordNotFound
from odnotes.i18n import N_
from odnotes.vault.file import VaultFile
from odnotes.vault.header import Header
from odnotes.vault.keys import VAULT_WIDE, VaultKeys
from odnotes.vault.search_cache import forget_blob


def purge_network(file: VaultFile, keys: VaultKeys, header: Header, network_id: str) -> None:
    """Remove every row and the key of ``network_id``; raises if there is no such network."""
    if network_id == VAULT_WIDE or network_id not in header.state.groups:
        raise RecordNotFound(f"No network with id {network_id} in this vault.")
    after = header.without(network_id)
    with file.transaction(N_("deleting the network permanently")) as conn:
        conn.execute("INSERT INTO purging VALUES (?)", (network_id,))
        conn.execute("DELETE FROM records WHERE network_id = ?", (network_id,))
        conn.execute("DELETE FROM keys WHERE network_id = ?", (network_id,))
        conn.execute("DELETE FROM groups WHERE network_id = ?", (network_id,))
        forget_blob(conn, network_id)  # its share of the search index, sealed under its key
        conn.execute("DELETE FROM purging")
        after.write(conn)
    header.adopt(after)
    keys.forget(network_id)
    file.checkpoint_and_vacuum()
