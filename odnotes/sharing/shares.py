"""Which networks leave the vault, for whom, and through which folder.

A network is shared with paired colleagues one by one; a network shared
with nobody never leaves the vault. The exchange folder is remembered per
vault, inside it (sealed), never in the app's settings.
"""

from __future__ import annotations

import os
from pathlib import Path

from odnotes.errors import RecordNotFound
from odnotes.exchange import PractitionerCard
from odnotes.model import Network
from odnotes.model.exchange_state import ExchangeSettings, NetworkShare, derived_id
from odnotes.sharing.errors import SharingError
from odnotes.sharing.people import paired, paired_card
from odnotes.sharing.stored import find
from odnotes.vault import Vault


def _share_of(vault: Vault, network_id: str) -> NetworkShare:
    return find(vault, NetworkShare, derived_id("share", network_id)) or NetworkShare(network_id)


def share(vault: Vault, network_id: str, card_id: str) -> PractitionerCard:
    """Share a network with a paired colleague (from the next sync on); returns their card."""
    try:
        vault.get(Network, network_id)
    except RecordNotFound:
        raise SharingError(
            "There is no network with that id in this vault ('odnotes list' shows the ids)."
        ) from None
    card = paired_card(vault, card_id)
    record = _share_of(vault, network_id)
    if card.card_id not in record.card_ids:
        record.card_ids.append(card.card_id)
        vault.save(record)
    return card


def unshare(vault: Vault, network_id: str, card_id: str) -> None:
    """Stop sending a network to a colleague (what they hold already stays with them)."""
    card = paired_card(vault, card_id)
    record = _share_of(vault, network_id)
    if card.card_id in record.card_ids:
        record.card_ids.remove(card.card_id)
        vault.save(record)


def shared_with(vault: Vault, network_id: str) -> list[PractitionerCard]:
    """The paired colleagues a network is shared with."""
    ids = set(_share_of(vault, network_id).card_ids)
    return [card for card in paired(vault) if card.card_id in ids]


def shared_networks(vault: Vault) -> dict[str, list[str]]:
    """Network id -> card ids it is shared with (only networks shared with someone)."""
    return {s.shared_network: list(s.card_ids) for s in vault.all(NetworkShare) if s.card_ids}


def exchange_folder(vault: Vault) -> Path | None:
    """The folder this vault exchanges files through, if one was chosen."""
    settings = find(vault, ExchangeSettings, derived_id("settings"))
    return Path(settings.folder) if settings is not None and settings.folder else None


def check_folder(folder: Path) -> Path:
    """The folder, made absolute, if files can be read and written there; else a clear error."""
    folder = Path(folder).expanduser().absolute()
    if not folder.is_dir():
        raise SharingError(
            "The exchange folder does not exist or is not a folder; choose the folder your "
            "sync tool (or USB stick) carries."
        )
    if not os.access(folder, os.R_OK | os.W_OK | os.X_OK):
        raise SharingError(
            "The exchange folder cannot be read and written by OD Notes; check its permissions."
        )
    return folder


def set_exchange_folder(vault: Vault, folder: Path) -> Path:
    """Remember the exchange folder for this vault (inside the vault, sealed)."""
    folder = check_folder(folder)
    settings = find(vault, ExchangeSettings, derived_id("settings")) or ExchangeSettings()
    if settings.folder != str(folder):
        settings.folder = str(folder)
        vault.save(settings)
    return folder
