"""End to end over a real Syncthing (issue 14): what one laptop writes, the other reads.

Two Syncthing instances on 127.0.0.1 carry the exchange folder between two
vaults; nothing else connects them. Run by ``make test-sync``.
"""

from __future__ import annotations

import json
import os
import re
from functools import partial
from pathlib import Path
from typing import Any

import pytest

from tests.sync.colleagues import (
    KEPT,
    PERSON,
    SHARED,
    Colleague,
    SharedMeeting,
    meeting_in,
    share_a_meeting,
)
from tests.sync.conftest import FOLDER_ID, SyncthingPair

pytestmark = pytest.mark.syncthing

# All fictional.
ANNA_SAYS = "Maija said the mornings are the hardest part"
BEN_SAYS = "Her brother hopes to come to the next meeting"
ANNA_PURPOSE = "How the mornings go"
BEN_PURPOSE = "Whether Maija goes back to school"
BOTH_PURPOSES = "How the mornings go, and whether Maija goes back to school"
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


def _voices(colleague: Colleague, meeting_id: str) -> list[str] | None:
    """The meeting's voices on the colleague's laptop (None if it does not hold the meeting)."""
    meeting = meeting_in(colleague.laptop.records(), meeting_id)
    return None if meeting is None else sorted(voice["text"] for voice in meeting["voices"])


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


def _settled(pair: SyncthingPair) -> None:
    """Wait until each Syncthing has scanned everything and sees the other complete."""
    for here, there in ((pair.a, pair.b), (pair.b, pair.a)):
        pair.deadline.wait_for(partial(here.folder_idle, FOLDER_ID), f"{here.name} idle")
        pair.deadline.wait_for(
            partial(here.peer_complete, FOLDER_ID, there),
            f"{there.name} complete as {here.name} sees it",
            explain=pair.explain,
        )


def _same_on_both(shared: SharedMeeting) -> dict[str, Any]:
    """The meeting as both laptops hold it, after checking they hold the same live record."""
    on_a = meeting_in(shared.anna.laptop.records(), shared.meeting)
    on_b = meeting_in(shared.ben.laptop.records(), shared.meeting)
    assert on_a is not None and on_a == on_b
    return on_a


def test_edits_on_both_laptops_meet_and_the_meeting_is_signed_on_each(
    syncthing_pair: SyncthingPair, tmp_path: Path
) -> None:
    """A shares a meeting; both add a voice concurrently; A finalises and B co-signs on his own
    laptop. Each exchange ends with both laptops holding the same meeting; the synced folders
    hold only sealed files."""
    shared = share_a_meeting(syncthing_pair, tmp_path)
    anna, ben, meeting = shared.anna, shared.ben, shared.meeting

    # Both remember something said, each on their own laptop, before seeing the other's.
    ben.edit("add-voice", "--meeting", meeting, "--text", BEN_SAYS)
    anna.edit("add-voice", "--meeting", meeting, "--text", ANNA_SAYS)
    both_voices = sorted([ANNA_SAYS, BEN_SAYS])
    ben.sync()
    anna.sync_until(lambda: _voices(anna, meeting) == both_voices, "B's voice beside A's")
    ben.sync_until(lambda: _voices(ben, meeting) == both_voices, "A's voice beside B's")
    _same_on_both(shared)

    # A finalises and signs; B co-signs on his laptop; A sees both signatures.
    def signers(colleague: Colleague) -> list[str] | None:
        held = meeting_in(colleague.laptop.records(), meeting)
        return None if held is None else [s["practitioner_id"] for s in held["signatures"]]

    anna.edit("finalise", "--meeting", meeting)
    anna.sync()
    ben.sync_until(lambda: signers(ben) == [anna.practitioner], "the finalised meeting")
    ben.edit("co-sign", "--meeting", meeting)
    ben.sync()
    both = [anna.practitioner, ben.practitioner]
    anna.sync_until(lambda: signers(anna) == both, "B's signature")
    final = _same_on_both(shared)
    assert sorted(v["text"] for v in final["voices"]) == both_voices

    _settled(syncthing_pair)
    words = [SHARED, KEPT, PERSON, ANNA_SAYS, BEN_SAYS]
    for folder in (syncthing_pair.folder_a, syncthing_pair.folder_b):
        _folder_shows_nothing_written(folder, words)


def test_the_same_field_changed_on_both_laptops_waits_for_a_choice(
    syncthing_pair: SyncthingPair, tmp_path: Path
) -> None:
    """Both write the meeting's purpose differently: each laptop shows the conflict with both
    texts; A's choice (a combination) reaches B and closes it there too."""
    shared = share_a_meeting(syncthing_pair, tmp_path)
    anna, ben, meeting = shared.anna, shared.ben, shared.meeting
    anna.edit("set-purpose", "--meeting", meeting, "--text", ANNA_PURPOSE)
    ben.edit("set-purpose", "--meeting", meeting, "--text", BEN_PURPOSE)
    ben.sync()

    def conflict(colleague: Colleague) -> dict[str, Any] | None:
        found = colleague.conflicts(meeting)
        return found[0] if found else None

    on_a = anna.sync_until(partial(conflict, anna), "the conflict", conflicts=True)
    on_b = ben.sync_until(partial(conflict, ben), "the conflict", conflicts=True)
    for seen in (on_a, on_b):
        assert seen["path"][-1] == "text" and "purpose" in seen["path"]
        assert {seen["ours"], seen["theirs"]} == {ANNA_PURPOSE, BEN_PURPOSE}  # both, side by side
    assert len(anna.conflicts(meeting)) == len(ben.conflicts(meeting)) == 1

    anna.edit(
        "settle", "--meeting", meeting, "--path", json.dumps(on_a["path"]), "--text", BOTH_PURPOSES
    )
    assert anna.conflicts(meeting) == []
    anna.sync()

    def settled_on_b() -> bool:
        held = meeting_in(ben.laptop.records(), meeting)
        return held is not None and held["purpose"]["text"] == BOTH_PURPOSES

    ben.sync_until(settled_on_b, "A's choice", conflicts=True)
    assert ben.conflicts(meeting) == []
    assert _same_on_both(shared)["purpose"]["text"] == BOTH_PURPOSES
