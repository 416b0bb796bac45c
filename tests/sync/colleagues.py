"""Two practitioners, each on their own laptop, and the meeting A shares with B.

What both end-to-end flows start from: two new vaults, paired in person, and
a network written up on A's laptop, shared with B and carried to B by
Syncthing. Everything is fictional.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeVar

from tests.sync.conftest import SyncthingPair
from tests.sync.laptop import Laptop, ids, one_id, safety_number

T = TypeVar("T")

SHARED = "Maija's network"
KEPT = "Network kept on laptop A"
PERSON = "Maija Fictional"  # tests.sync.edit_vault's new-network
# In what ``odnotes sync`` prints.
RECEIVED_NOTHING = "received 0 changes"
CONFLICTS = "waiting for someone to choose"


@dataclass
class Colleague:
    """A practitioner on their own laptop, as the CLI named them."""

    laptop: Laptop
    practitioner: str
    card_id: str

    def sync(self) -> str:
        """One ``odnotes sync`` (it must exit 0: no file refused)."""
        return self.laptop.odnotes("sync", self.laptop.vault, "--practitioner", self.practitioner)

    def edit(self, command: str, *args: str) -> str:
        """One of :mod:`tests.sync.edit_vault`'s edits, as this practitioner."""
        return self.laptop.edit(command, "--practitioner", self.practitioner, *args)

    def conflicts(self, meeting: str) -> list[dict[str, Any]]:
        """The meeting's open conflicts in this vault (path, ours, theirs)."""
        return list(json.loads(self.edit("conflicts", "--meeting", meeting)))

    def sync_until(self, check: Callable[[], T | None], what: str, *, conflicts: bool = False) -> T:
        """Sync again and again until ``check`` finds what was waited for.

        ``check`` runs only after a sync that received something (and once at first):
        each command is a process start, seconds on a loaded machine. Unless
        ``conflicts``, no sync may report a conflict.
        """
        said: list[str] = []

        def attempt() -> T | None:
            said.append(self.sync())
            assert conflicts or CONFLICTS not in said[-1], said[-1]
            if len(said) > 1 and RECEIVED_NOTHING in said[-1]:
                return None
            return check()

        return self.laptop.deadline.wait_for(
            attempt,
            f"{what} on {self.laptop.name}",
            explain=lambda: "sync said:\n" + "".join(said[-5:]),
            interval=1.0,
        )


def meeting_in(records: dict[str, Any], meeting_id: str) -> dict[str, Any] | None:
    """The meeting as ``export-json`` wrote it, or None if the vault does not hold it."""
    for network in records["networks"]:
        for meeting in network["meetings"]:
            if meeting["id"] == meeting_id:
                return dict(meeting)
    return None


def _introduce(a: Laptop, b: Laptop, cards: Path) -> tuple[Colleague, Colleague]:
    """Two new vaults, a practitioner in each, and their cards paired both ways.

    Anna runs ``pair`` at a terminal: it shows the safety number and asks; Ben
    types the number from her screen into ``pair --confirm`` on his laptop.
    """
    for laptop in (a, b):
        laptop.odnotes("init", laptop.vault)
    anna_card, ben_card = cards / "anna.odcard", cards / "ben.odcard"
    made = a.odnotes(
        "card", a.vault, "--new", "Anna Fictional", "--role", "nurse", "--out", anna_card
    )
    anna = Colleague(a, one_id(made, "practitioner"), one_id(made, "card"))
    made = b.odnotes("card", b.vault, "--new", "Ben Fictional", "--out", ben_card)
    ben = Colleague(b, one_id(made, "practitioner"), one_id(made, "card"))

    def ben_types_what_anna_sees(number: str) -> bool:
        paired = b.odnotes(
            "pair", b.vault, anna_card, "--practitioner", ben.practitioner, "--confirm", number
        )
        assert one_id(paired, "paired") == anna.card_id
        return safety_number(paired) == number

    paired = a.pair_at_terminal(ben_card, anna.practitioner, ben_types_what_anna_sees)
    assert one_id(paired, "paired") == ben.card_id
    return anna, ben


@dataclass
class SharedMeeting:
    """Anna (laptop A) and Ben (laptop B), and the meeting both now hold."""

    anna: Colleague
    ben: Colleague
    meeting: str


def share_a_meeting(pair: SyncthingPair, tmp_path: Path) -> SharedMeeting:
    """Pair, write a network on A, share it with B, and sync until B holds the meeting.

    A second network stays on A: B must never see it.
    """
    a = Laptop("laptop A", tmp_path / "laptop-a", pair.folder_a, pair.deadline)
    b = Laptop("laptop B", tmp_path / "laptop-b", pair.folder_b, pair.deadline)
    cards = tmp_path / "cards"  # handed over in person, not through the synced folder
    cards.mkdir()
    anna, ben = _introduce(a, b, cards)

    made = anna.edit("new-network", "--colleague", ben.practitioner, "--name", SHARED)
    network, meeting = one_id(made, "network"), one_id(made, "meeting")
    kept = one_id(
        anna.edit("new-network", "--colleague", ben.practitioner, "--name", KEPT), "network"
    )
    a.odnotes("share", a.vault, network, "--with", ben.card_id, "--folder", a.folder)
    assert anna.sync().startswith("Sent 1 file")

    # Syncthing carries A's file; B takes it in at one of its syncs (the first remembers
    # the folder).
    b.odnotes("sync", b.vault, "--practitioner", ben.practitioner, "--folder", b.folder)
    ben.sync_until(lambda: meeting_in(b.records(), meeting), "A's meeting")
    listing = b.odnotes("list", b.vault)
    assert ids(listing, "network") == [network]  # the network A kept to itself stayed on A
    assert kept not in listing and KEPT not in listing
    return SharedMeeting(anna, ben, meeting)
