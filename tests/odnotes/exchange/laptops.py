"""A practitioner's laptop as the exchange sees it: an identity, paired cards, revisions held.

Stands in for the vault (format 2 is not here yet) with the same rules the
vault will follow: revisions are only ever added; a save's parents are the
record's heads and its number is one above every revision of it held; files
carry everything the colleague has not acknowledged.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

from odnotes.exchange import (
    Acknowledged,
    Conflict,
    LiveState,
    PractitionerCard,
    PractitionerIdentity,
    Received,
    SealedFile,
    Seen,
    SharedRevision,
    acknowledgements,
    live_state,
    next_sequence,
    open_sealed,
    seal,
    unacknowledged,
)
from odnotes.exchange.provenance import RevisionRef
from odnotes.model import PractitionerRole, Record

EPOCH = datetime(1970, 1, 1, tzinfo=UTC)


@dataclass
class Clock:
    """Shared test time: every save is one second after the last, on any laptop."""

    now: datetime = datetime(2026, 3, 2, 12, 0, tzinfo=UTC)

    def tick(self) -> datetime:
        self.now += timedelta(seconds=1)
        return self.now


class Laptop:
    """One practitioner's machine."""

    def __init__(self, name: str, practitioner_id: str, clock: Clock) -> None:
        self.name = name
        self.clock = clock
        self.identity = PractitionerIdentity.generate(practitioner_id, at=clock.now)
        self.card = self.identity.card(name, PractitionerRole.NURSE, at=clock.now)
        self.writer = f"copy-{name.lower()}"
        self.held: dict[str, dict[RevisionRef, SharedRevision]] = {}
        self.paired: dict[str, PractitionerCard] = {}
        self.acks: dict[str, Acknowledged] = {}
        self.seen: dict[tuple[str, str], Seen] = {}
        self.sequence = 0

    @property
    def author(self) -> str:
        return self.identity.practitioner_id

    def pair(self, other: Laptop) -> None:
        """Accept the other's card (after comparing the safety number)."""
        self.paired[other.card.card_id] = other.card

    def revisions(self, record_id: str | None = None) -> list[SharedRevision]:
        chosen = [self.held[record_id]] if record_id else list(self.held.values())
        return [r for refs in chosen for r in refs.values()]

    def state(self, record_id: str) -> LiveState:
        return live_state(self.revisions(record_id))

    def save(
        self,
        record_id: str,
        kind: str,
        data: dict[str, Any],
        *,
        deleted: bool = False,
        open_conflicts: tuple[Conflict, ...] | None = None,
    ) -> SharedRevision:
        """A new revision on top of the record's heads, carrying its open conflicts."""
        held = self.held.setdefault(record_id, {})
        parents: tuple[RevisionRef, ...] = ()
        conflicts: tuple[Conflict, ...] = ()
        if held:
            now = live_state(held.values())
            parents, conflicts = now.heads, now.conflicts
        revision = SharedRevision(
            record_id,
            kind,
            max((r.revision for r in held.values()), default=0) + 1,
            self.writer,
            self.author,
            self.clock.tick(),
            deleted,
            parents,
            data,
            conflicts if open_conflicts is None else open_conflicts,
        )
        revision.record()
        held[revision.ref] = revision
        return revision

    def save_record(self, record: Record, **options: Any) -> SharedRevision:
        from odnotes.codec import to_plain

        return self.save(record.id, record.KIND, to_plain(record), **options)

    def send(self, to: Laptop, network_id: str) -> SealedFile:
        """A file with everything of the network ``to`` has not acknowledged."""
        held = [r for r in self.revisions() if r.network_id in (None, network_id)]
        self.sequence = next_sequence(self.sequence, EPOCH)
        return seal(
            self.identity,
            to.card,
            network_id,
            self.sequence,
            unacknowledged(held, self.acks.get(to.card.card_id, {})),
            acknowledgements(held),
            at=self.clock.now,
        )

    def receive(self, blob: bytes) -> Received:
        """Verify, then keep every new revision (append-only) and what the sender holds."""
        got = open_sealed(
            blob, self.identity, self.paired, lambda s, n: self.seen.get((s, n), Seen())
        )
        for revision in got.payload.revisions:
            held = self.held.setdefault(revision.record_id, {})
            known = held.setdefault(revision.ref, revision)
            assert known == revision, "one revision name, two contents"
        header = got.header
        self.seen[(header.sender, header.network_id)] = Seen(header.sequence, header.file_id)
        acks = self.acks.setdefault(header.sender, {})
        for record_id, writers in got.payload.acknowledged.items():
            mine = acks.setdefault(record_id, {})
            for writer, number in writers.items():
                mine[writer] = max(mine.get(writer, 0), number)
        return got


def team(names: list[str], ids: list[str], clock: Clock | None = None) -> list[Laptop]:
    """Laptops that have all paired with each other."""
    clock = clock or Clock()
    laptops = [Laptop(name, pid, clock) for name, pid in zip(names, ids, strict=True)]
    for one in laptops:
        for other in laptops:
            if other is not one:
                one.pair(other)
    return laptops


def exchange_all(laptops: list[Laptop], network_id: str, rounds: int = 4) -> None:
    """Everyone sends to everyone, in rounds, until nothing new arrives."""
    for _ in range(rounds):
        before = sum(len(lap.revisions()) for lap in laptops)
        for sender in laptops:
            for recipient in laptops:
                if recipient is not sender:
                    recipient.receive(sender.send(recipient, network_id).blob)
        if sum(len(lap.revisions()) for lap in laptops) == before:
            return
