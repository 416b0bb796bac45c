"""Writing sealed files: for each shared network and colleague, what they have not acknowledged.

Files are cumulative, so the newest file to a colleague for a network holds
everything the older ones did that the colleague had not acknowledged: once
it is in the folder, this vault's older file for them is removed (only its
own files, never a colleague's). A state already sent is not written again
unless its file has gone from the folder (dropped, then resent).

A network goes to the colleagues it is shared with here and to those a
colleague's file said they share it with, among the colleagues paired here,
so with three people an edit made on any laptop reaches the two others
directly, not only through whoever shared the network first. A file says
only whom its sender chose (its own shares), never whom it passes the
network on to, so a colleague who stops sharing is not overruled by an echo.
"""

from __future__ import annotations

import contextlib
from dataclasses import dataclass, field
from pathlib import Path

from odnotes.exchange import (
    Acknowledged,
    PractitionerCard,
    PractitionerIdentity,
    SharedRevision,
    next_sequence,
    seal,
    write_exchange_file,
)
from odnotes.exchange.names import file_name
from odnotes.model import Practitioner
from odnotes.sharing.ledger import Ledgers, Name, acknowledged, digest
from odnotes.sharing.receiving import team_of
from odnotes.vault import Vault


@dataclass
class Outbox:
    """What sending wrote, and the records of the networks shared (for the conflict count)."""

    sent: int = 0
    records: set[str] = field(default_factory=set)


@dataclass
class _Held:
    """What this vault holds of one network, by name; decrypted only where it is sent."""

    vault: Vault
    network_id: str
    names: list[Name]
    team: list[SharedRevision]

    def vector(self) -> Acknowledged:
        """The acknowledgement this vault sends: per record and writer, the highest number."""
        out: Acknowledged = {}
        for record_id, writer, revision in self.names:
            writers = out.setdefault(record_id, {})
            writers[writer] = max(writers.get(writer, 0), revision)
        return out

    def unsent(self, told: Acknowledged) -> list[Name]:
        """Names a colleague has not acknowledged, parents before children."""
        missing = [n for n in self.names if n[2] > told.get(n[0], {}).get(n[1], 0)]
        return sorted(missing, key=lambda n: (n[0], n[2], n[1]))

    def revisions(self, names: list[Name]) -> list[SharedRevision]:
        """The revisions so named, decrypted now."""
        wanted = set(names)
        found = self.vault.shared_revisions(self.network_id, only=wanted)
        found += [r for r in self.team if (r.record_id, r.writer, r.revision) in wanted]
        return sorted(found, key=lambda r: (r.record_id, r.revision, r.writer))


def send_all(
    vault: Vault,
    me: PractitionerIdentity,
    paired: dict[str, PractitionerCard],
    shares: dict[str, list[str]],
    folder: Path,
    ledgers: Ledgers,
) -> Outbox:
    """Write one file per (shared network, paired colleague) whose state moved on.

    ``shares`` maps network ids to the card ids they are shared with here;
    they also go to the paired colleagues a colleague's file said they share
    it with (never to a card not paired, nor to this vault's own).
    """
    out = Outbox()
    passed_on = ledgers.said_shared(paired)
    networks = set(vault.network_ids())
    practitioners = {p.id for p in vault.all(Practitioner)}
    for network_id in sorted(shares.keys() | passed_on.keys()):
        if network_id not in networks:
            continue
        network = vault.revision_names(network_id)
        out.records |= {record_id for record_id, _, _ in network}
        team = vault.record_revisions(team_of(vault, network_id) | {me.practitioner_id})
        team = [r for r in team if r.record_id in practitioners]
        held = _Held(
            vault, network_id, network + [(r.record_id, r.writer, r.revision) for r in team], team
        )
        chosen = sorted(shares.get(network_id, []))
        targets = set(chosen) | passed_on.get(network_id, set())
        for card_id in sorted(c for c in targets if c in paired and c != me.card_id):
            out.sent += _send_one(me, paired[card_id], held, folder, ledgers, chosen)
    return out


def _send_one(
    me: PractitionerIdentity,
    card: PractitionerCard,
    held: _Held,
    folder: Path,
    ledgers: Ledgers,
    shared_with: list[str],
) -> int:
    ledger = ledgers.of(card.card_id, held.network_id)
    unsent, mine = held.unsent(acknowledged(ledger)), held.vector()
    state = digest(unsent, mine, shared_with)
    if state == ledger.sent_digest and ledger.sent_name and (folder / ledger.sent_name).exists():
        return 0
    sequence = next_sequence(ledgers.last_sequence())
    sealed = seal(
        me, card, held.network_id, sequence, held.revisions(unsent), mine, shared_with=shared_with
    )
    write_exchange_file(folder, sealed)
    previous, name = ledger.sent_name, file_name(sealed.header)
    if previous and previous != name:
        with contextlib.suppress(OSError):
            (folder / previous).unlink()  # superseded by the file just written
    ledger.sent_sequence, ledger.sent_digest, ledger.sent_name = sequence, state, name
    ledgers.touched(ledger)
    return 1
