"""End to end over a real Syncthing (issue 14): what one laptop writes, the other reads.

Two Syncthing instances on 127.0.0.1 carry the exchange folder between two
vaults; nothing else connects them. Run by ``make test-sync``.
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable
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
ANNA_REMEMBERS = "Maija said the mornings are the hardest part"
BEN_REMEMBERS = "Her brother hopes to come to the next meeting"
RECEIVED_NOTHING = "received 0 changes"
# docs/exchange-format.md, "The file's name": the only names a reader takes.
EXCHANGE_NAME = re.compile(r"odx-[0-9a-f]{16}-[0-9a-f]{16}-[0-9]{16}-[0-9a-f]{32}\.odx")


def _write_atomically(path: Path, data: bytes) -> None:
    partial = path.with_name(f".{path.name}.partial")
    partial.write_bytes(data)
    os.replace(partial, path)


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
    """The meeting in an export, without its id-free wrapper, or None if it is not there."""
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


def _sync_until(
    laptop: Laptop, practitioner: str, arrived: Callable[[dict[str, Any]], bool], what: str
) -> tuple[dict[str, Any], str]:
    """``odnotes sync`` again and again (each must exit 0: no file refused) until ``arrived``.

    The vault is exported only after a sync that received something (and once at first):
    each command is a process start, seconds on a loaded machine.
    """
    said: list[str] = []

    def attempt() -> tuple[dict[str, Any], str] | None:
        said.append(laptop.odnotes("sync", laptop.vault, "--practitioner", practitioner))
        if len(said) > 1 and RECEIVED_NOTHING in said[-1]:
            return None
        records = laptop.records()
        return (records, said[-1]) if arrived(records) else None

    return laptop.deadline.wait_for(
        attempt,
        f"{what} on {laptop.name}",
        explain=lambda: "sync said:\n" + "".join(said[-5:]),
        interval=1.0,
    )


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


def test_an_edit_on_one_laptop_reaches_the_other(
    syncthing_pair: SyncthingPair, tmp_path: Path
) -> None:
    """A writes up a meeting and shares it; B gets it; both add a voice; A finalises, B co-signs.

    After each exchange both laptops hold the same live meeting.
    """
    pair = syncthing_pair
    a = Laptop("laptop A", tmp_path / "laptop-a", pair.folder_a, pair.deadline)
    b = Laptop("laptop B", tmp_path / "laptop-b", pair.folder_b, pair.deadline)
    cards = tmp_path / "cards"  # handed over in person, not through the synced folder
    cards.mkdir()
    for laptop in (a, b):
        laptop.odnotes("init", laptop.vault)
    made = a.odnotes(
        "card",
        a.vault,
        "--new",
        "Anna Fictional",
        "--role",
        "nurse",
        "--out",
        cards / "anna.odcard",
    )
    anna, anna_card = one_id(made, "practitioner"), one_id(made, "card")
    made = b.odnotes("card", b.vault, "--new", "Ben Fictional", "--out", cards / "ben.odcard")
    ben, ben_card = one_id(made, "practitioner"), one_id(made, "card")

    def ben_types_what_anna_sees(number: str) -> bool:
        paired = b.odnotes(
            "pair", b.vault, cards / "anna.odcard", "--practitioner", ben, "--confirm", number
        )
        assert one_id(paired, "paired") == anna_card
        return safety_number(paired) == number

    paired = a.pair_at_terminal(cards / "ben.odcard", anna, ben_types_what_anna_sees)
    assert one_id(paired, "paired") == ben_card

    made = a.edit("new-network", "--practitioner", anna, "--colleague", ben, "--name", SHARED)
    network, meeting = one_id(made, "network"), one_id(made, "meeting")
    kept = one_id(
        a.edit("new-network", "--practitioner", anna, "--colleague", ben, "--name", KEPT),
        "network",
    )
    a.odnotes("share", a.vault, network, "--with", ben_card, "--folder", a.folder)
    assert a.odnotes("sync", a.vault, "--practitioner", anna).startswith("Sent 1 file")

    # Syncthing carries A's file; B takes it in at one of its syncs.
    b.odnotes("sync", b.vault, "--practitioner", ben, "--folder", b.folder)  # remembers the folder
    _sync_until(b, ben, lambda r: _meeting(r, meeting) is not None, "A's meeting")
    listing = b.odnotes("list", b.vault)
    assert ids(listing, "network") == [network]  # the network A kept to itself stayed on A
    assert kept not in listing and KEPT not in listing

    # Both remember something said, each on their own laptop, before seeing the other's.
    b.edit("add-voice", "--practitioner", ben, "--meeting", meeting, "--text", BEN_REMEMBERS)
    a.edit("add-voice", "--practitioner", anna, "--meeting", meeting, "--text", ANNA_REMEMBERS)
    b.odnotes("sync", b.vault, "--practitioner", ben)
    on_a, said_a = _sync_until(a, anna, lambda r: BEN_REMEMBERS in _voices(r, meeting), "B's voice")
    assert sorted(_voices(on_a, meeting)) == sorted([ANNA_REMEMBERS, BEN_REMEMBERS])
    on_b, said_b = _sync_until(b, ben, lambda r: ANNA_REMEMBERS in _voices(r, meeting), "A's voice")
    assert _meeting(on_b, meeting) == _meeting(on_a, meeting)  # the same live record on both
    for said in (said_a, said_b):
        assert "waiting for someone to choose" not in said  # different items: no conflict

    # A finalises and signs; B co-signs on its own laptop; A sees both signatures.
    a.edit("finalise", "--practitioner", anna, "--meeting", meeting)
    a.odnotes("sync", a.vault, "--practitioner", anna)
    _sync_until(b, ben, lambda r: _signers(r, meeting) == [anna], "the finalised meeting")
    b.edit("co-sign", "--practitioner", ben, "--meeting", meeting)
    b.odnotes("sync", b.vault, "--practitioner", ben)
    on_a, _ = _sync_until(a, anna, lambda r: _signers(r, meeting) == [anna, ben], "B's signature")
    on_b = b.records()
    assert _meeting(on_b, meeting) == _meeting(on_a, meeting)
    assert sorted(_voices(on_a, meeting)) == sorted([ANNA_REMEMBERS, BEN_REMEMBERS])

    words = [SHARED, KEPT, "Maija Fictional", ANNA_REMEMBERS, BEN_REMEMBERS]
    for folder in (a.folder, b.folder):
        _folder_shows_nothing_written(folder, words)
