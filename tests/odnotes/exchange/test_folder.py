"""The shared exchange folder: names that never collide, whole files only, what to send."""

from __future__ import annotations

import os
from datetime import UTC, datetime
from pathlib import Path

import pytest

from odnotes.exchange import (
    FileName,
    Refusal,
    RefusedFile,
    acknowledgements,
    file_name,
    incoming,
    open_sealed,
    seal,
    unacknowledged,
    write_exchange_file,
)
from odnotes.exchange.names import SUFFIX
from odnotes.model import Meeting
from tests.odnotes.exchange.edits import FACILITATORS
from tests.odnotes.exchange.laptops import Laptop, exchange_all, team

NETWORK = "dddddddd-dddd-4ddd-8ddd-dddddddddddd"


def meeting() -> Meeting:
    return Meeting(network_id=NETWORK, starts_at=datetime(2026, 3, 2, 10, 0))


def test_any_number_of_files_from_any_number_of_senders_never_collide(tmp_path: Path) -> None:
    laptops = team(["Anna", "Ben", "Carl"], FACILITATORS)
    laptops[0].save_record(meeting())
    written = []
    for sender in laptops:
        for recipient in laptops:
            if recipient is not sender:
                for _ in range(5):
                    written.append(write_exchange_file(tmp_path, sender.send(recipient, NETWORK)))
    assert len({p.name for p in written}) == len(written) == 30
    assert sorted(os.listdir(tmp_path)) == sorted(p.name for p in written)  # no temp files left
    for laptop in laptops:
        mine = incoming(tmp_path, laptop.card.card_id)
        assert len(mine) == 10
        for path in mine:
            parts = FileName.parse(path.name)
            assert parts is not None and parts.recipient == laptop.card.card_id[:16]
            laptop.receive(path.read_bytes())  # oldest first: each one is new
    assert all(len(laptop.revisions()) == 1 for laptop in laptops)


def test_a_name_says_who_to_whom_and_which_file(tmp_path: Path) -> None:
    anna, ben = team(["Anna", "Ben"], FACILITATORS[:2])
    file = anna.send(ben, NETWORK)
    name = file_name(file.header)
    parts = FileName.parse(name)
    assert parts == FileName(
        anna.card.card_id[:16],
        ben.card.card_id[:16],
        file.header.sequence,
        file.header.file_id.replace("-", ""),
    )
    assert name.endswith(SUFFIX) and len(name) < 100


def test_temporary_and_foreign_names_are_never_read(tmp_path: Path) -> None:
    anna, ben = team(["Anna", "Ben"], FACILITATORS[:2])
    final = write_exchange_file(tmp_path, anna.send(ben, NETWORK))
    for other in [
        f".{final.name}.partial-1234",  # ours, still being written
        f".syncthing.{final.name}.tmp",  # Syncthing's, still arriving
        f"{final.name}.part",  # a file manager's
        final.name.replace(".odx", ".odx~"),
        "notes.txt",
    ]:
        (tmp_path / other).write_bytes(b"half")
    assert incoming(tmp_path, ben.card.card_id) == [final]
    assert incoming(tmp_path, anna.card.card_id) == []


def test_a_file_half_copied_by_another_tool_is_refused_and_read_again_later(
    tmp_path: Path,
) -> None:
    anna, ben = team(["Anna", "Ben"], FACILITATORS[:2])
    anna.save_record(meeting())
    whole = anna.send(ben, NETWORK)
    path = tmp_path / file_name(whole.header)
    path.write_bytes(whole.blob[: len(whole.blob) // 3])  # a USB copy still running
    with pytest.raises(RefusedFile) as refused:
        ben.receive(path.read_bytes())
    assert refused.value.reason is Refusal.TRUNCATED
    assert ben.revisions() == [] and ben.seen == {}  # nothing taken, nothing remembered as seen
    path.write_bytes(whole.blob)
    ben.receive(path.read_bytes())
    assert len(ben.revisions()) == 1


def test_only_what_the_colleague_has_not_acknowledged_is_sent() -> None:
    anna, ben = team(["Anna", "Ben"], FACILITATORS[:2])
    m = meeting()
    anna.save_record(m)
    m.purpose.text = "sleep"
    anna.save_record(m)
    exchange_all([anna, ben], NETWORK)
    assert unacknowledged(anna.revisions(), anna.acks[ben.card.card_id]) == []
    m.purpose.text = "sleep, and school"
    newest = anna.save_record(m)
    assert unacknowledged(anna.revisions(), anna.acks[ben.card.card_id]) == [newest]
    assert acknowledgements(anna.revisions()) == {m.id: {anna.writer: 3}}


def test_a_dropped_file_is_made_up_for_by_the_next_one() -> None:
    anna, ben = team(["Anna", "Ben"], FACILITATORS[:2])
    m = meeting()
    first = anna.save_record(m)
    anna.send(ben, NETWORK)  # lost on the way
    m.purpose.text = "sleep"
    second = anna.save_record(m)
    ben.receive(anna.send(ben, NETWORK).blob)
    assert sorted(r.ref for r in ben.revisions()) == [first.ref, second.ref]


def test_files_from_several_networks_do_not_replay_each_other() -> None:
    """The series is per sender, but replay is judged per sender and network."""
    anna, ben = team(["Anna", "Ben"], FACILITATORS[:2])
    other = "eeeeeeee-eeee-4eee-8eee-eeeeeeeeeeee"
    older = anna.send(ben, NETWORK)
    newer = anna.send(ben, other)
    ben.receive(newer.blob)
    ben.receive(older.blob)  # lower number, but the first file of that network
    assert set(ben.seen) == {(anna.card.card_id, NETWORK), (anna.card.card_id, other)}


def test_a_file_sealed_to_a_replaced_identity_is_for_another_practitioner() -> None:
    anna, ben = team(["Anna", "Ben"], FACILITATORS[:2])
    replaced = Laptop("Ben", FACILITATORS[1], ben.clock)
    blob = seal(anna.identity, replaced.card, NETWORK, 1, [], {}, at=datetime.now(UTC)).blob
    with pytest.raises(RefusedFile) as refused:
        open_sealed(blob, ben.identity, ben.paired)
    assert refused.value.reason is Refusal.WRONG_RECIPIENT


def test_revisions_travel_through_a_colleague_to_one_never_exchanged_with() -> None:
    """Anna and Carl share no folder; Ben passes on what he holds (signed by him)."""
    anna, ben, carl = team(["Anna", "Ben", "Carl"], FACILITATORS)
    m = meeting()
    anna.save_record(m)
    for _ in range(2):
        ben.receive(anna.send(ben, NETWORK).blob)
        carl.receive(ben.send(carl, NETWORK).blob)
        m = carl.state(m.id).record()  # type: ignore[assignment]
        m.purpose.text = "Carl's addition"
        carl.save_record(m)
        ben.receive(carl.send(ben, NETWORK).blob)
        anna.receive(ben.send(anna, NETWORK).blob)
    assert anna.state(m.id) == ben.state(m.id) == carl.state(m.id)
    assert {r.author for r in anna.revisions(m.id)} == {anna.author, carl.author}
