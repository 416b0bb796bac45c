"""The co-facilitator exchange (issue 14): what a sync costs on real vaults.

Two figures, each the practitioner's wait for "Sync now":

- a colleague's first sync of a shared 40-meeting network: verifying,
  decrypting and merging its full history (three saves per meeting:
  drafted, edited, finalised) into a vault that had none of it;
- an incremental exchange of one edited meeting: the sender's sync (sealing
  what the colleague has not acknowledged) plus the receiver's (taking it in).
"""

from __future__ import annotations

import copy
import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from bench.generate import records
from bench.measure import Result
from odnotes import meetings, sharing
from odnotes.crypto import TEST_POLICY, fast_test_params
from odnotes.model import Meeting, Practitioner, PractitionerRole
from odnotes.vault import Vault

TARGET_MS = 200.0
MEETINGS = 40
_PASSPHRASE = "bench passphrase"


class _Pair:
    """A practitioner's vault holding a 40-meeting network, and a paired colleague's."""

    def __init__(self, folder: Path, size: int = MEETINGS) -> None:
        self.folder = folder
        self.size = size
        self.exchange = folder / "exchange"
        self.exchange.mkdir()
        self.mine = self._vault("mine")
        team = [r for r in records(size, 1, big=size) if isinstance(r, Practitioner)]
        self.me = team[0].id
        self.mine.author = self.me
        rest = [r for r in records(size, 1, big=size) if not isinstance(r, Practitioner)]
        self.mine.save_many([*team, *rest])
        self.network_id = rest[0].id
        for meeting in [r for r in rest if isinstance(r, Meeting)]:
            edited = copy.deepcopy(meeting)
            edited.place_detail += " (corrected)"
            self.mine.save(edited)
            self.mine.save(meetings.finalise(edited, edited.facilitators[:1]))
        self.meeting_ids = [r.id for r in rest if isinstance(r, Meeting)]
        self.rounds = 0

    def _vault(self, name: str) -> Vault:
        vault, _ = Vault.create(
            self.folder / f"{name}.odvault", _PASSPHRASE, kdf=fast_test_params(), policy=TEST_POLICY
        )
        return vault

    def colleague(self) -> tuple[Vault, str]:
        """A new, empty vault paired both ways, the network shared with it."""
        self.rounds += 1
        theirs = self._vault(f"colleague{self.rounds}")
        them = Practitioner("Bench Colleague", PractitionerRole.NURSE)
        theirs.author = them.id
        theirs.save(them)
        their_card = sharing.my_card(theirs, them.id)
        sharing.pair(self.mine, self.me, their_card)
        sharing.pair(theirs, them.id, sharing.my_card(self.mine, self.me))
        sharing.share(self.mine, self.network_id, their_card.card_id)
        return theirs, them.id

    def close(self) -> None:
        self.mine.close()


def _timed(work: Callable[[], object]) -> float:
    started = time.perf_counter()
    work()
    return (time.perf_counter() - started) * 1000


def _first_sync(pair: _Pair, theirs: Vault, them: str) -> float:
    """The colleague's first sync: the whole network arrives and is merged."""
    sharing.sync(pair.mine, pair.me, pair.exchange)  # seals the full history (not timed)
    return _timed(lambda: sharing.sync(theirs, them, pair.exchange))


def _one_edit(pair: _Pair, theirs: Vault, them: str, round_: int) -> float:
    """One amended meeting: the sender's sync, then the receiver's."""
    sharing.sync(pair.mine, pair.me, pair.exchange)  # takes in their acknowledgement
    meeting = pair.mine.get(Meeting, pair.meeting_ids[round_ % pair.size])
    changed = copy.deepcopy(meeting)
    changed.purpose.text += " Later remembered: the walk home."
    pair.mine.save(meetings.amend(meeting, changed, pair.me, "remembered"))
    sent = _timed(lambda: sharing.sync(pair.mine, pair.me, pair.exchange))
    return sent + _timed(lambda: sharing.sync(theirs, them, pair.exchange))


def exchange(repeat: int = 3, size: int = MEETINGS) -> list[Result]:
    """The two exchange figures (medians of ``repeat`` fresh colleagues); ``size`` meetings."""
    full, incremental = [], []
    with tempfile.TemporaryDirectory() as folder:
        pair = _Pair(Path(folder), size)
        try:
            for round_ in range(repeat):
                theirs, them = pair.colleague()
                try:
                    full.append(_first_sync(pair, theirs, them))
                    incremental.append(_one_edit(pair, theirs, them, round_))
                finally:
                    theirs.close()
        finally:
            pair.close()
    return [
        Result(
            f"Exchange: a {size}-meeting network's full history into an empty vault",
            0,
            statistics.median(full),
            target="≤ 200 ms",
            limit=TARGET_MS,
        ),
        Result(
            "Exchange: one edited meeting (sender's sync + receiver's sync)",
            0,
            statistics.median(incremental),
            target="≤ 200 ms",
            limit=TARGET_MS,
        ),
    ]


if __name__ == "__main__":
    from bench import report

    print(report.table(exchange()))
