"""End to end over a real Syncthing (issue 14): what one laptop writes, the other reads.

Two Syncthing instances on 127.0.0.1 carry the exchange folder between two
vaults; nothing else connects them. Run by ``make test-sync``.
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import partial
from pathlib import Path
from typing import Any

import pytest

from tests.sync.conftest import FOLDER_ID, SyncthingPair
from tests.sync.laptop import Laptop, ids, one_id, safety_number

pytestmark = pytest.mark.syncthing

# All fictional.
SHARED = "Maija's network"
KEPT = "Network kept on laptop A"
ANNA_SAYS = "Maija said the mornings are the hardest part"
BEN_SAYS = "Her brother hopes to come to the next meeting"
RECEIVED_NOTHING = "received 0 changes"  # in what ``odnotes sync`` prints
CONFLICTS = "waiting for someone to choose"
# docs/exchange-format.md, "The file's name": the only names a reader takes.
EXCHANGE_NAME = re.compile(r"odx-[0-9a-f]{16}-[0-9a-f]{16}-[0-9]{16}-[0-9a-f]{32}\.odx")


def _write_atomically(path: Path, data: bytes) -> None:
    part = path.with_name(f".{path.name}.part")
    part.write_bytes(data)
    os.replace(part, path)


def _holds(path: Path, data: bytes) -> bool:
    try:
        return path.read_bytes() == data
    except FileNotFoundError:
        return False


def test_a_plain_file_crosses_both_ways(syncthing_pair: SyncthingPair) -> None:
    """The harness itself: a file written on either side arrives whole on the other."""
    pair = syncthing_pair
    there = b"fictional bytes from laptop A\n" * 100
    back = os.urandom(70_000)
    _write_atomically(pair.folder_a / "from-a.bin", there)
    pair.deadline.wait_for(
        lambda: _holds(pair.folder_b / "from-a.bin", there),
        "A's file on B",
        explain=pair.explain,
    )
    _write_atomically(pair.folder_b / "from-b.bin", back)
    pair.deadline.wait_for(
        lambda: _holds(pair.folder_a / "from-b.bin", back),
        "B's file on A",
        explain=pair.explain,
    )
    for here, there_ in ((pair.a, pair.b), (pair.b, pair.a)):
        pair.deadline.wait_for(
            partial(here.peer_complete, FOLDER_ID, there_),
            f"{there_.name} complete as {here.name} sees it",
            explain=pair.explain,
        )
    for instance in (pair.a, pair.b):  # no discovery, relay, NAT, report or upgrade traffic
        assert instance.sockets_off_loopback() == [], instance.name


def _meeting(records: dict[str, Any], meeting_id: str) -> dict[str, Any] | None:
    """The meeting as ``export-json`` wrote it, or None if the vault does not hold it."""
    for network in records["networks"]:
        for meeting in network["meetings"]:
            if meeting["id"] == meeting_id:
                return dict(meeting)
    return None


def _voices(records: dict[str, Any], meeting_id: str) -> list[str]:
    meeting = _meeting(records, meeting_id)
    return [] if meeting is None else [voice["text"] for voice in meeting["voices"]]


def _signers(records: dict[str, Any], meeting_id: str) -> list[str]:
    meeting = _meeting(records, meeting_id)
    return [] if meeting is None else [s["practitioner_id"] for s in meeting["signatures"]]


def _folder_shows_nothing_written(folder: Path, words: list[str]) -> None:
    """Only sealed exchange files in the folder, and none of the fictional words in any byte."""
    for path in folder.rglob("*"):
        if path.is_dir() or path.parent.name == ".stfolder":
            continue
        if not path.name.startswith(".syncthing."):  # Syncthing's own part-files
            assert EXCHANGE_NAME.fullmatch(path.name), f"unexpected file {path.name} in {folder}"
        data = path.read_bytes()
        for word in words:
            assert word.encode() not in data, f"{path.name} holds {word!r} in plain text"


@dataclass
class Colleague:
    """A practitioner on their own laptop, as the CLI named them."""

    laptop: Laptop
    practitioner: str
    card_id: str

    def sync(self) -> str:
        """One ``odnotes sync`` (it must exit 0: no file refused)."""
        return self.laptop.odnotes("sync", self.laptop.vault, "--practitioner", self.practitioner)

    def sync_until(self, arrived: Callable[[dict[str, Any]], bool], what: str) -> dict[str, Any]:
        """Sync again and again until the vault's export shows what was waited for.

        The vault is exported only after a sync that received something (and once at first):
        each command is a process start, seconds on a loaded machine.
        """
        said: list[str] = []

        def attempt() -> dict[str, Any] | None:
            said.append(self.sync())
            assert CONFLICTS not in said[-1], said[-1]  # the edits here never collide
            if len(said) > 1 and RECEIVED_NOTHING in said[-1]:
                return None
            records = self.laptop.records()
            return records if arrived(records) else None

        return self.laptop.deadline.wait_for(
            attempt,
            f"{what} on {self.laptop.name}",
            explain=lambda: "sync said:\n" + "".join(said[-5:]),
            interval=1.0,
        )


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


def _settled(pair: SyncthingPair) -> None:
    """Wait until each Syncthing has scanned everything and sees the other complete."""
    for here, there in ((pair.a, pair.b), (pair.b, pair.a)):
        for probe in (
            partial(here.folder_idle, FOLDER_ID),
            partial(here.peer_complete, FOLDER_ID, there),
        ):
            pair.deadline.wait_for(probe, f"{here.name} settled", explain=pair.explain)


def test_an_edit_on_one_laptop_reaches_the_other(
    syncthing_pair: SyncthingPair, tmp_path: Path
) -> None:
    """A writes up a meeting and shares it; B gets it; both add a voice; A finalises, B co-signs.

    After each exchange both laptops hold the same live meeting, and the
    synced folders hold only sealed files.
    """
    pair = syncthing_pair
    a = Laptop("laptop A", tmp_path / "laptop-a", pair.folder_a, pair.deadline)
    b = Laptop("laptop B", tmp_path / "laptop-b", pair.folder_b, pair.deadline)
    cards = tmp_path / "cards"  # handed over in person, not through the synced folder
    cards.mkdir()
    anna, ben = _introduce(a, b, cards)

    team = ["--practitioner", anna.practitioner, "--colleague", ben.practitioner]
    made = a.edit("new-network", *team, "--name", SHARED)
    network, meeting = one_id(made, "network"), one_id(made, "meeting")
    kept = one_id(a.edit("new-network", *team, "--name", KEPT), "network")
    a.odnotes("share", a.vault, network, "--with", ben.card_id, "--folder", a.folder)
    assert anna.sync().startswith("Sent 1 file")

    # Syncthing carries A's file; B takes it in at one of its syncs.
    b.odnotes("sync", b.vault, "--practitioner", ben.practitioner, "--folder", b.folder)
    ben.sync_until(lambda r: _meeting(r, meeting) is not None, "A's meeting")
    listing = b.odnotes("list", b.vault)
    assert ids(listing, "network") == [network]  # the network A kept to itself stayed on A
    assert kept not in listing and KEPT not in listing

    # Both remember something said, each on their own laptop, before seeing the other's.
    b.edit(
        "add-voice", "--practitioner", ben.practitioner, "--meeting", meeting, "--text", BEN_SAYS
    )
    a.edit(
        "add-voice", "--practitioner", anna.practitioner, "--meeting", meeting, "--text", ANNA_SAYS
    )
    ben.sync()
    on_a = anna.sync_until(lambda r: BEN_SAYS in _voices(r, meeting), "B's voice")
    assert sorted(_voices(on_a, meeting)) == sorted([ANNA_SAYS, BEN_SAYS])
    on_b = ben.sync_until(lambda r: ANNA_SAYS in _voices(r, meeting), "A's voice")
    assert _meeting(on_b, meeting) == _meeting(on_a, meeting)  # the same live record on both

    # A finalises and signs; B co-signs on its own laptop; A sees both signatures.
    a.edit("finalise", "--practitioner", anna.practitioner, "--meeting", meeting)
    anna.sync()
    ben.sync_until(lambda r: _signers(r, meeting) == [anna.practitioner], "the finalised meeting")
    b.edit("co-sign", "--practitioner", ben.practitioner, "--meeting", meeting)
    ben.sync()
    both = [anna.practitioner, ben.practitioner]
    on_a = anna.sync_until(lambda r: _signers(r, meeting) == both, "B's signature")
    assert _meeting(b.records(), meeting) == _meeting(on_a, meeting)
    assert sorted(_voices(on_a, meeting)) == sorted([ANNA_SAYS, BEN_SAYS])

    _settled(pair)
    words = [SHARED, KEPT, "Maija Fictional", ANNA_SAYS, BEN_SAYS]
    for folder in (a.folder, b.folder):
        _folder_shows_nothing_written(folder, words)
