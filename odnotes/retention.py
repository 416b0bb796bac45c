"""How long a network's record is kept, and which networks are due for deletion.

A retention period runs out, or a family asks for its record to be deleted:
a network can be given a "keep until" date, and once that day has come it is
listed wherever the team looks at what needs doing. Deleting it is always a
person's deliberate act (``Vault.delete_network_permanently``), never automatic.
"""

from __future__ import annotations

from datetime import date

from odnotes.model import Network
from odnotes.vault import Vault

OLDER_BACKUPS = "Older backups still contain this network until you delete them."


def due_for_deletion(vault: Vault, today: date | None = None) -> list[Network]:
    """Networks whose keep-until date has come, earliest first."""
    today = today or date.today()
    due = [n for n in vault.all(Network) if n.keep_until is not None and n.keep_until <= today]
    return sorted(due, key=lambda n: (n.keep_until or today, n.name.casefold()))


def set_keep_until(vault: Vault, network_id: str, keep_until: date | None) -> None:
    """Keep a network's record until ``keep_until`` (``None``: no end date)."""
    network = vault.get(Network, network_id)
    network.keep_until = keep_until
    vault.save(network)
