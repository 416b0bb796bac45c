"""Two and three real vaults editing one network and swapping sealed files in any order.

The laptops' own vaults, the sharing layer and the exchange folder, as the app
uses them: random edits (voices, decisions, attendance, finalising, amending,
signing, deleting drafts, settling conflicts), files synced into each
laptop's folder and carried to the others by a stand-in sync tool that
delivers them late, out of order, twice, or drops them (the sender's folder
still holds its newest file, which is carried again later). After a full
exchange every vault holds every revision anyone committed, shows the same
live records and the same open conflicts, and nothing any laptop wrote is
lost: each change is live or inside a visible conflict.
"""

from __future__ import annotations

import contextlib
import copy
import shutil
import tempfile
from datetime import datetime
from pathlib import Path

from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, initialize, precondition, rule

from odnotes import meetings, sharing
from odnotes.codec import to_plain
from odnotes.crypto import canonical
from odnotes.errors import FinalisedMeetingError, InvalidRecord, RecordNotFound
from odnotes.exchange import FileName, live_state
from odnotes.model import Meeting, Network, Record
from tests.odnotes.exchange.edits import FACILITATORS, base_meetings, edited
from tests.odnotes.exchange.test_team import _nothing_lost
from tests.odnotes.sharing.desks import Desk, team
from tests.odnotes.strategies import words

Name = tuple[str, str, int]  # record id, writer, revision
# Vaults fsync every save; in memory that costs nothing, so many examples fit in make test.
_MEMORY = "/dev/shm" if Path("/dev/shm").is_dir() else None


class VaultTeam(RuleBasedStateMachine):
    """Practitioners of one network, each with their own vault and exchange folder."""

    size = 3

    def __init__(self) -> None:
        super().__init__()
        self.tmp = Path(tempfile.mkdtemp(prefix="odnotes-team-", dir=_MEMORY))
        self.desks = team(self.tmp, self.size, ids=FACILITATORS, own_folders=True)
        self.by_card = {d.card.card_id[:16]: d for d in self.desks}
        self.transit: list[tuple[Desk, str, bytes]] = []
        self.records: list[str] = []
        self.committed: set[Name] = set()
        self.network_id = ""

    # -- what a person does ----------------------------------------------------------

    def saved(self, desk: Desk, record: Record, *, deleted: bool = False) -> None:
        if deleted:
            desk.vault.delete(type(record), record.id)
        else:
            desk.vault.save(record)
        self.keep(desk, record.id)

    def keep(self, desk: Desk, record_id: str) -> None:
        (writer, revision), *_ = desk.vault._heads[record_id].heads
        self.committed.add((record_id, writer, revision))

    @initialize(first=base_meetings(final=False), second=base_meetings(final=False))
    def start(self, first: Meeting, second: Meeting) -> None:
        owner = self.desks[0]
        network = Network(
            "Maija's network", datetime(2026, 3, 1, 9, 0), practitioner_ids=FACILITATORS
        )
        first.network_id = second.network_id = self.network_id = network.id
        self.saved(owner, network)
        self.saved(owner, first)
        for other in self.desks[1:]:
            sharing.share(owner.vault, network.id, other.card.card_id)
        self.converged(check=False)
        self.saved(self.desks[1], second)
        self.records = [network.id, first.id, second.id]

    def live(self, desk: Desk, record_id: str) -> Record | None:
        kind = Network if record_id == self.network_id else Meeting
        try:
            return desk.vault.get(kind, record_id)
        except RecordNotFound:
            return None  # deleted here (or not arrived yet)

    @rule(who=st.integers(0, 2), which=st.integers(0, 2), data=st.data())
    def edit(self, who: int, which: int, data: st.DataObject) -> None:
        desk = self.desks[who % self.size]
        record = self.live(desk, self.records[which])
        if isinstance(record, Network):
            record.name = data.draw(words)
            self.saved(desk, record)
        elif isinstance(record, Meeting):
            # The app refuses some (say, signing while amending): then nothing is saved.
            with contextlib.suppress(FinalisedMeetingError):
                self.saved(desk, data.draw(edited(record, desk.practitioner_id)))

    @rule(who=st.integers(0, 2), which=st.integers(1, 2), said=st.sampled_from(["a", "b", "c"]))
    def reword_purpose(self, who: int, which: int, said: str) -> None:
        """The field everyone remembers differently: where most conflicts come from."""
        desk = self.desks[who % self.size]
        record = self.live(desk, self.records[which])
        if not isinstance(record, Meeting):
            return
        changed = copy.deepcopy(record)
        changed.purpose.text = said
        if record.is_final:
            changed = meetings.amend(record, changed, desk.practitioner_id, "remembered")
        self.saved(desk, changed)

    @rule(who=st.integers(0, 2), which=st.integers(1, 2))
    def delete_draft(self, who: int, which: int) -> None:
        desk = self.desks[who % self.size]
        record = self.live(desk, self.records[which])
        if isinstance(record, Meeting) and not record.is_final:
            self.saved(desk, record, deleted=True)

    @rule(who=st.integers(0, 2), data=st.data())
    def settle_a_conflict(self, who: int, data: st.DataObject) -> None:
        desk = self.desks[who % self.size]
        open_ones = [r for r in self.records if desk.vault.conflicts(r)]
        if not open_ones:
            return
        record_id = data.draw(st.sampled_from(open_ones))
        conflict = data.draw(st.sampled_from(list(desk.vault.conflicts(record_id))))
        assert isinstance(conflict, dict)
        choice = data.draw(st.sampled_from([conflict["ours"], conflict["theirs"]]))
        try:
            sharing.settle(desk.vault, record_id, conflict["path"], choice)
        except (InvalidRecord, FinalisedMeetingError, sharing.SharingError):
            return  # that choice breaks a rule of the record; the person picks again
        self.keep(desk, record_id)

    # -- files on their way ------------------------------------------------------------

    def sync(self, desk: Desk) -> tuple[int, int]:
        report = desk.sync()
        assert {r.code for r in report.refused} <= {"replayed"}, report.summary()
        return report.sent, report.received

    def outgoing(self, desk: Desk) -> list[tuple[Desk, str, bytes]]:
        """The files in ``desk``'s folder that it wrote for a colleague."""
        mine = desk.card.card_id[:16]
        out = []
        for path in sorted(desk.folder.iterdir()):
            name = FileName.parse(path.name)
            if name is not None and name.sender == mine:
                out.append((self.by_card[name.recipient], path.name, path.read_bytes()))
        return out

    @rule(who=st.integers(0, 2))
    def sync_one(self, who: int) -> None:
        desk = self.desks[who % self.size]
        before = {name for _, name, _ in self.outgoing(desk)}
        self.sync(desk)
        self.transit += [f for f in self.outgoing(desk) if f[1] not in before]

    @rule(who=st.integers(0, 2))
    def carried_again(self, who: int) -> None:
        """The sync tool carries what is in a folder (again): a dropped file comes back."""
        self.transit += self.outgoing(self.desks[who % self.size])

    @precondition(lambda self: self.transit)
    @rule(data=st.data(), again=st.booleans())
    def deliver(self, data: st.DataObject, again: bool) -> None:
        """A file arrives, in any order; sometimes it stays to arrive a second time."""
        index = data.draw(st.integers(0, len(self.transit) - 1))
        recipient, name, blob = self.transit[index] if again else self.transit.pop(index)
        (recipient.folder / name).write_bytes(blob)

    @precondition(lambda self: self.transit)
    @rule(data=st.data())
    def drop(self, data: st.DataObject) -> None:
        self.transit.pop(data.draw(st.integers(0, len(self.transit) - 1)))

    @rule()
    def full_exchange(self) -> None:
        self.converged()

    def teardown(self) -> None:
        try:
            if self.records:
                self.converged()
        finally:
            for desk in self.desks:
                desk.vault.close()
            shutil.rmtree(self.tmp, ignore_errors=True)

    # -- after everyone has everything -----------------------------------------------

    def converged(self, *, check: bool = True) -> None:
        for _ in range(12):
            moved = 0
            for desk in self.desks:  # the sync tool carries every folder's current files
                for recipient, name, blob in self.outgoing(desk):
                    if not (recipient.folder / name).exists():
                        (recipient.folder / name).write_bytes(blob)
                        moved += 1
            for desk in self.desks:
                sent, received = self.sync(desk)
                moved += sent + received
            if moved == 0:
                break
        else:
            raise AssertionError("the exchange never settled")
        if check:
            self.check_everyone_agrees()

    def held(self, desk: Desk) -> set[Name]:
        return {
            (r.record_id, r.writer, r.revision)
            for r in desk.vault.shared_revisions(self.network_id)
        }

    def where(self, names: list[Name]) -> list[list[int]]:
        """Which vaults hold each of ``names`` (to say what went wrong)."""
        return [[i for i, d in enumerate(self.desks) if n in self.held(d)] for n in names]

    def check_everyone_agrees(self) -> None:
        first = self.desks[0]
        expected = self.held(first)
        missing = sorted(self.committed - expected)
        assert not missing, f"every revision reaches every vault: {missing} {self.where(missing)}"
        for desk in self.desks[1:]:
            assert self.held(desk) == expected
        for record_id in self.records:
            history = [
                r for r in first.vault.shared_revisions(self.network_id) if r.record_id == record_id
            ]
            state = live_state(history)
            _nothing_lost(history, state)
            conflicts = {canonical(c.to_plain()) for c in state.conflicts}
            for desk in self.desks:
                live = self.live(desk, record_id)
                assert (live is None) == state.deleted, "deleted everywhere, or nowhere"
                if live is not None:
                    assert to_plain(live) == state.data, "the same live record everywhere"
                shown = {canonical(c) for c in desk.vault.conflicts(record_id)}
                assert shown == conflicts, "every conflict surfaced, the same everywhere"


class TwoVaults(VaultTeam):
    """Two facilitators."""

    size = 2


SETTINGS = settings(
    max_examples=25,
    stateful_step_count=30,
    deadline=None,
    derandomize=True,
    database=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much],
)
TestThreeVaults = VaultTeam.TestCase
TestThreeVaults.settings = SETTINGS
TestTwoVaults = TwoVaults.TestCase
TestTwoVaults.settings = SETTINGS
