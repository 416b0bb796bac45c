"""Working with co-facilitators on their own laptops: pairing, sharing a network, syncing.

Built on the pure exchange core (:mod:`odnotes.exchange`) and the vault's
multi-head history. What this vault knows about sharing (identities, paired
cards, shares, the folder, where each exchange stands) is kept as sealed
vault records (:mod:`odnotes.model.exchange_state`); only networks shared
with a paired colleague ever leave it, as sealed files in the exchange folder.
"""

from odnotes.sharing.errors import SharingError
from odnotes.sharing.people import (
    identity_for,
    my_card,
    pair,
    paired,
    paired_card,
    stand_ins,
    suggested_stand_in,
    unpair,
)
from odnotes.sharing.report import Refused, SyncReport
from odnotes.sharing.settling import settle
from odnotes.sharing.shares import (
    exchange_folder,
    set_exchange_folder,
    share,
    shared_networks,
    shared_with,
    unshare,
)
from odnotes.sharing.syncing import sync

__all__ = [
    "Refused",
    "SharingError",
    "SyncReport",
    "exchange_folder",
    "identity_for",
    "my_card",
    "pair",
    "paired",
    "paired_card",
    "set_exchange_folder",
    "settle",
    "share",
    "shared_networks",
    "shared_with",
    "stand_ins",
    "suggested_stand_in",
    "sync",
    "unpair",
    "unshare",
]
