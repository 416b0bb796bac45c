"""One sync: take in the colleagues' files, then write what each of them has not acknowledged.

Safe at any time and any number of times: a file seen twice changes
nothing, a refused file is reported and the others are still taken, and a
state already sent is not written again. Only the folder itself being
unusable raises.
"""

from __future__ import annotations

from pathlib import Path

from odnotes.sharing.errors import SharingError
from odnotes.sharing.ledger import Ledgers
from odnotes.sharing.people import identity_for, paired
from odnotes.sharing.receiving import prune, take_in
from odnotes.sharing.report import SyncReport
from odnotes.sharing.sending import send_all
from odnotes.sharing.shares import check_folder, exchange_folder, shared_networks
from odnotes.vault import Vault


def sync(vault: Vault, practitioner_id: str, folder: Path | None = None) -> SyncReport:
    """Read every new file addressed to this practitioner, merge it, and send what is due."""
    chosen = folder if folder is not None else exchange_folder(vault)
    if chosen is None:
        raise SharingError(
            "No exchange folder is chosen for this vault; choose the folder your sync tool "
            "(or USB stick) carries, then sync again."
        )
    chosen = check_folder(chosen)
    me = identity_for(vault, practitioner_id)
    cards = {card.card_id: card for card in paired(vault)}
    ledgers = Ledgers(vault, me.card_id)
    intake = take_in(vault, me, cards, chosen, ledgers)
    outbox = send_all(vault, me, cards, shared_networks(vault), chosen, ledgers)
    prune(ledgers, chosen)
    changed = ledgers.to_save()
    if changed:
        vault.save_many(changed)
    records = sorted(outbox.records)
    return SyncReport(
        sent=outbox.sent,
        received=intake.received,
        changed_records=tuple(sorted(intake.changed)),
        refused=tuple(intake.refused),
        conflicts=tuple(rid for rid in records if vault.conflicts(rid)),
    )
