"""Two and three laptops editing one network and swapping sealed files in any order.

Files are delayed, delivered twice, out of order, or dropped (the next file
carries what a dropped one held). After a full exchange every laptop must
hold every revision anyone committed, show the same live records and the same
open conflicts, and have lost nothing: each change any head made is either
live or inside a visible conflict.
"""

from __future__ import annotations

import copy
from datetime import datetime
from typing import Any

from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, initialize, precondition, rule

from odnotes import meetings
from odnotes.errors import InvalidRecord
from odnotes.exchange import LiveState, Refusal, RefusedFile, SharedRevision, live_state
from odnotes.exchange.history import resolve
from odnotes.exchange.provenance import RevisionRef
from odnotes.model import Meeting, Network
from tests.odnotes.exchange.edits import FACILITATORS, base_meetings, edited
from tests.odnotes.exchange.laptops import Laptop, exchange_all, team
from tests.odnotes.exchange.leaves import lost
from tests.odnotes.fuzzing import budget
from tests.odnotes.strategies import words

NETWORK = "dddddddd-dddd-4ddd-8ddd-dddddddddddd"
NAMES = ["Anna", "Ben", "Carl"]


class Team(RuleBasedStateMachine):
    """Practitioners of one network, each on their own laptop."""

    size = 3

    def __init__(self) -> None:
        super().__init__()
        self.laptops = team(NAMES[: self.size], FACILITATORS[: self.size])
        self.transit: list[tuple[Laptop, bytes]] = []
        self.records: list[str] = []
        self.committed: set[tuple[str, RevisionRef]] = set()

    def keep(self, revision: SharedRevision) -> None:
        self.committed.add((revision.record_id, revision.ref))

    @initialize(first=base_meetings(final=False), second=base_meetings(final=False))
    def start(self, first: Meeting, second: Meeting) -> None:
        network = Network("Maija's network", datetime(2026, 3, 1, 9, 0), id=NETWORK)
        first.network_id = second.network_id = NETWORK
        self.keep(self.laptops[0].save_record(network))
        self.keep(self.laptops[0].save_record(first))
        self.keep(self.laptops[1].save_record(second))
        self.records = [NETWORK, first.id, second.id]

    def pick(self, who: int, which: int) -> tuple[Laptop, str] | None:
        laptop, record_id = self.laptops[who % self.size], self.records[which]
        return (laptop, record_id) if record_id in laptop.held else None

    @rule(who=st.integers(0, 2), which=st.integers(0, 2), data=st.data())
    def edit(self, who: int, which: int, data: st.DataObject) -> None:
        picked = self.pick(who, which)
        if picked is None:
            return
        laptop, record_id = picked
        state = laptop.state(record_id)
        if state.deleted:
            self.keep(laptop.save(record_id, state.kind, state.data))  # brought back
        record = laptop.state(record_id).record()
        if isinstance(record, Network):
            record.name = data.draw(words)
            self.keep(laptop.save_record(record))
        elif isinstance(record, Meeting):
            self.keep(laptop.save_record(data.draw(edited(record, laptop.author))))

    @rule(who=st.integers(0, 2), which=st.integers(1, 2), words=st.sampled_from(["a", "b", "c"]))
    def reword_purpose(self, who: int, which: int, words: str) -> None:
        """The field everyone remembers differently: where most conflicts come from."""
        picked = self.pick(who, which)
        if picked is None or picked[0].state(picked[1]).deleted:
            return
        laptop, record_id = picked
        record = laptop.state(record_id).record()
        assert isinstance(record, Meeting)
        changed = copy.deepcopy(record)
        changed.purpose.text = words
        if record.is_final:
            changed = meetings.amend(record, changed, laptop.author, "remembered", laptop.clock.now)
        self.keep(laptop.save_record(changed))

    @rule(who=st.integers(0, 2), which=st.integers(1, 2))
    def delete(self, who: int, which: int) -> None:
        picked = self.pick(who, which)
        if picked is None:
            return
        laptop, record_id = picked
        state = laptop.state(record_id)
        if not state.deleted and not state.data["signatures"]:  # drafts only
            self.keep(laptop.save(record_id, state.kind, state.data, deleted=True))

    @rule(who=st.integers(0, 2), data=st.data())
    def settle_a_conflict(self, who: int, data: st.DataObject) -> None:
        laptop = self.laptops[who % self.size]
        open_ones = [r for r in laptop.held if laptop.state(r).conflicts]
        if not open_ones:
            return
        record_id = data.draw(st.sampled_from(open_ones))
        state = laptop.state(record_id)
        conflict = data.draw(st.sampled_from(state.conflicts))
        choice = data.draw(st.sampled_from([conflict.ours, conflict.theirs]))
        try:
            settled = resolve(state, conflict, choice)
        except InvalidRecord:
            return  # that choice breaks a rule of the record; the person picks again
        self.keep(
            laptop.save(
                record_id,
                state.kind,
                settled.data,
                deleted=settled.deleted,
                open_conflicts=settled.open_conflicts,
            )
        )

    @rule(sender=st.integers(0, 2), recipient=st.integers(0, 2))
    def send(self, sender: int, recipient: int) -> None:
        one, other = self.laptops[sender % self.size], self.laptops[recipient % self.size]
        if one is not other:
            self.transit.append((other, one.send(other, NETWORK).blob))

    @precondition(lambda self: self.transit)
    @rule(data=st.data(), again=st.booleans())
    def deliver(self, data: st.DataObject, again: bool) -> None:
        """A file arrives, in any order; sometimes it stays to arrive a second time."""
        index = data.draw(st.integers(0, len(self.transit) - 1))
        recipient, blob = self.transit[index] if again else self.transit.pop(index)
        try:
            recipient.receive(blob)
        except RefusedFile as refused:
            # Older than a file already taken: harmless, the newer one held all of it.
            assert refused.reason is Refusal.REPLAYED

    @precondition(lambda self: self.transit)
    @rule(data=st.data())
    def drop(self, data: st.DataObject) -> None:
        self.transit.pop(data.draw(st.integers(0, len(self.transit) - 1)))

    @rule()
    def full_exchange(self) -> None:
        self.converged()

    def teardown(self) -> None:
        if self.records:
            self.converged()

    def converged(self) -> None:
        exchange_all(self.laptops, NETWORK, rounds=6)
        first = self.laptops[0]
        for laptop in self.laptops:
            held = {(r.record_id, r.ref) for r in laptop.revisions()}
            assert held == self.committed, "every revision reaches every laptop"
        for record_id in self.records:
            states = [laptop.state(record_id) for laptop in self.laptops]
            assert all(s == states[0] for s in states), "the same live record everywhere"
            _nothing_lost(first.revisions(record_id), states[0])
            states[0].record()  # a valid record


def _nothing_lost(revisions: list[SharedRevision], state: LiveState) -> None:
    by_ref = {r.ref: r for r in revisions}
    heads = [by_ref[ref] for ref in state.heads]
    for head in heads:
        for other in heads:
            if other is head:
                continue
            common = _ancestors(by_ref, head.ref) & _ancestors(by_ref, other.ref)
            base: dict[str, Any] | None = (
                live_state([by_ref[ref] for ref in common]).data if common else None
            )
            assert lost(state.kind, base, head.data, state.data, state.conflicts) == []
            if state.deleted and not head.deleted and other.deleted:
                assert head.data == base, "a deletion never swallows an edit"
    signers = {s["practitioner_id"] for h in heads for s in h.data.get("signatures", [])}
    assert signers <= {s["practitioner_id"] for s in state.data.get("signatures", [])}


def _ancestors(by_ref: dict[RevisionRef, SharedRevision], ref: RevisionRef) -> set[RevisionRef]:
    seen, todo = {ref}, [ref]
    while todo:
        for parent in by_ref[todo.pop()].parents:
            if parent not in seen:
                seen.add(parent)
                todo.append(parent)
    return seen


class TwoLaptops(Team):
    """Two facilitators."""

    size = 2


SETTINGS = settings(
    max_examples=budget(20, 300),
    stateful_step_count=budget(30, 60),
    deadline=None,
    derandomize=True,
    database=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much],
)
TestThreeLaptops = Team.TestCase
TestThreeLaptops.settings = SETTINGS
TestTwoLaptops = TwoLaptops.TestCase
TestTwoLaptops.settings = SETTINGS
