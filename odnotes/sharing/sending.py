"""Writing sealed files: for each shared network and colleague, what they have not acknowledged.

Files are cumulative, so the newest file to a colleague for a network holds
everything the older ones did that the colleague had not acknowledged: once
it is in the folder, this vault's older file for them is removed (only its
own files, never a colleague's). A state already sent is not written again
unless its file has gone from the folder (dropped, then resent).
"""

from __future__ import annotations

import contextlib
from dataclasses import dataclass
from pathlib import Path

from odnotes.exchange import (
    Acknowledged,
    PractitionerCard,
    PractitionerIdentity,
    SharedRevision,
    acknowledgements,
    next_sequence,
    seal,
    unacknowledged,
    write_exchange_file,
)
from odnotes.exchange.names import file_name
from odnotes.sharing.ledger import Ledgers, acknowledged, digest
from odnotes.sharing.receiving import practitioner_ids, team_of
from odnotes.vault import Vault


@dataclass
class Outbox:
    """What sending wrote, and the records of the networks shared (for the conflict count)."""

    sent: int = 0
    records: set[str] | None = None


def send_all(
    vault: Vault,
    me: PractitionerIdentity,
    paired: dict[str, PractitionerCard],
    shares: dict[str, list[str]],
    folder: Path,
    ledgers: Ledgers,
) -> Outbox:
    """Write one file per (shared network, paired colleague) whose state moved on."""
    out = Outbox(records=set())
    practitioners = practitioner_ids(vault)
    networks = set(vault.network_ids())
    for network_id in sorted(shares):
        if network_id not in networks:
            continue
        network = vault.shared_revisions(network_id)
        team = team_of(network, practitioners) | ({me.practitioner_id} & practitioners)
        held = network + vault.record_revisions(team)
        assert out.records is not None
        out.records |= {r.record_id for r in network}
        mine = acknowledgements(held)
        for card_id in sorted(shares[network_id]):
            card = paired.get(card_id)
            if card is None or card_id == me.card_id:
                continue
            if _send_one(me, card, network_id, held, mine, folder, ledgers):
                out.sent += 1
    return out


def _send_one(
    me: PractitionerIdentity,
    card: PractitionerCard,
    network_id: str,
    held: list[SharedRevision],
    mine: Acknowledged,
    folder: Path,
    ledgers: Ledgers,
) -> bool:
    ledger = ledgers.of(card.card_id, network_id)
    unsent = unacknowledged(held, acknowledged(ledger))
    state = digest(unsent, mine)
    if state == ledger.sent_digest and ledger.sent_name and (folder / ledger.sent_name).exists():
        return False
    sequence = next_sequence(ledgers.last_sequence())
    sealed = seal(me, card, network_id, sequence, unsent, mine)
    write_exchange_file(folder, sealed)
    previous, name = ledger.sent_name, file_name(sealed.header)
    if previous and previous != name:
        with contextlib.suppress(OSError):
            (folder / previous).unlink()  # superseded by the file just written
    ledger.sent_sequence, ledger.sent_digest, ledger.sent_name = sequence, state, name
    ledgers.touched(ledger)
    return True
