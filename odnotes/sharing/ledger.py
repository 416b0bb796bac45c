"""Where each exchange stands: the ledger records, and their version vectors.

One ledger per (this vault's card, colleague's card, network) holds the
newest file accepted from the colleague, what they acknowledged, what was
last sent to them, and the names of their files already dealt with.
"""

from __future__ import annotations

import hashlib
from collections.abc import Collection, Iterable

from odnotes.crypto import canonical
from odnotes.exchange import Acknowledged, Seen
from odnotes.model.exchange_state import Acknowledgement, ExchangeLedger, derived_id
from odnotes.sharing.stored import find
from odnotes.vault import Vault

Name = tuple[str, str, int]
"""A revision's name: record id, writer, revision number."""


class Ledgers:
    """The ledgers of one identity, loaded once per sync and saved together at its end."""

    def __init__(self, vault: Vault, my_card: str) -> None:
        self._vault = vault
        self._mine = my_card
        self._open: dict[tuple[str, str], ExchangeLedger] = {}
        self.changed: set[tuple[str, str]] = set()
        self.all = [k for k in vault.all(ExchangeLedger) if k.my_card == my_card]

    def of(self, colleague: str, network_id: str) -> ExchangeLedger:
        """The ledger of an exchange (a fresh one if there was none)."""
        key = (colleague, network_id)
        if key not in self._open:
            record_id = derived_id("ledger", self._mine, colleague, network_id)
            self._open[key] = find(self._vault, ExchangeLedger, record_id) or ExchangeLedger(
                self._mine, colleague, network_id
            )
        return self._open[key]

    def touched(self, ledger: ExchangeLedger) -> None:
        """``ledger`` changed: save it with the others."""
        self.changed.add((ledger.colleague_card, ledger.shared_network))

    def saved(self, ledger: ExchangeLedger) -> None:
        """``ledger`` was saved (with a file's revisions): nothing left to save for it."""
        self.changed.discard((ledger.colleague_card, ledger.shared_network))

    def opened(self) -> list[ExchangeLedger]:
        """Every ledger of this card, each once (loaded ones as they are now)."""
        for kept in self.all:
            self.of(kept.colleague_card, kept.shared_network)
        return list(self._open.values())

    def handled(self) -> set[str]:
        """Names of files already taken or found replayed (from every ledger of this card)."""
        return {name for ledger in self.all for name in ledger.handled} | {
            name for ledger in self._open.values() for name in ledger.handled
        }

    def last_sequence(self) -> int:
        """The highest sequence this card ever sent (files' numbers only grow)."""
        ledgers = self.all + list(self._open.values())
        return max((ledger.sent_sequence for ledger in ledgers), default=0)

    def said_shared(self, paired: Collection[str]) -> dict[str, set[str]]:
        """Network id -> card ids the paired colleagues' newest files said they share it with."""
        current = {(k.colleague_card, k.shared_network): k for k in self.all} | self._open
        out: dict[str, set[str]] = {}
        for ledger in current.values():
            if ledger.shared_with and ledger.colleague_card in paired:
                out.setdefault(ledger.shared_network, set()).update(ledger.shared_with)
        return out

    def to_save(self) -> list[ExchangeLedger]:
        """The ledgers that changed, to save in one transaction."""
        return [self._open[key] for key in sorted(self.changed)]


def seen(ledger: ExchangeLedger) -> Seen:
    """The newest file accepted in this exchange, as the verifier wants it."""
    return Seen(ledger.seen_sequence, ledger.seen_file_id or None)


def acknowledged(ledger: ExchangeLedger) -> Acknowledged:
    """What the colleague said they hold, as a version vector."""
    out: Acknowledged = {}
    for entry in ledger.acknowledged:
        out.setdefault(entry.record_id, {})[entry.writer] = entry.revision
    return out


def take_acknowledgements(ledger: ExchangeLedger, told: Acknowledged) -> None:
    """Merge what a colleague says they hold into the ledger (per record and writer, the larger)."""
    vector = acknowledged(ledger)
    for record_id, writers in told.items():
        mine = vector.setdefault(record_id, {})
        for writer, number in writers.items():
            mine[writer] = max(mine.get(writer, 0), number)
    ledger.acknowledged = [
        Acknowledgement(record_id, writer, number)
        for record_id, writers in sorted(vector.items())
        for writer, number in sorted(writers.items())
    ]


def digest(unsent: Iterable[Name], vector: Acknowledged, shared_with: Iterable[str]) -> str:
    """What a file would say: the revisions it carries, what it acknowledges, who else has it."""
    names = [list(name) for name in unsent]
    return hashlib.sha256(canonical([names, vector, sorted(shared_with)])).hexdigest()
