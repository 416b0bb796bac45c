"""Files from someone not paired: refused, reported by the first sync that sees them, then quiet.

Reported again only when the file changes or a new one comes; still read at
every sync, so once the sender is paired the next sync takes it.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from odnotes import sharing
from odnotes.exchange import FileName
from odnotes.model import Meeting
from tests.odnotes.sharing.desks import NAMES, Desk, desk, network_of, team

DANA = "dddddddd-dddd-4ddd-8ddd-dddddddddddd"


@pytest.fixture
def ben_and_dana(tmp_path: Path) -> Iterator[tuple[Desk, Desk]]:
    """Ben, and Dana who paired with Ben's card; Ben never paired with Dana's."""
    (ben,) = team(tmp_path, 1, ids=["bbbbbbbb-bbbb-4bbb-8bbb-bbbbbbbbbbbb"])
    (tmp_path / "dana").mkdir()
    dana = desk(tmp_path / "dana", 0, ben.folder, ids=[DANA])
    sharing.pair(dana.vault, dana.practitioner_id, ben.card)
    yield ben, dana
    dana.vault.close()
    ben.vault.close()


def _dana_writes(dana: Desk) -> Path:
    assert dana.sync().sent == 1
    (path,) = [p for p in dana.folder.iterdir() if FileName.parse(p.name)]
    return path


def _codes(report: sharing.SyncReport) -> list[str]:
    return [r.code for r in report.refused]


def test_reported_by_the_first_sync_only(ben_and_dana: tuple[Desk, Desk]) -> None:
    ben, dana = ben_and_dana
    network_of(dana, [ben])
    path = _dana_writes(dana)
    first = ben.sync()
    assert _codes(first) == ["unpaired_sender"] and first.refused[0].name == path.name
    assert "not paired with" in first.refused[0].reason
    assert all(name not in first.summary() for name in NAMES)
    for _ in range(2):
        again = ben.sync()
        assert again.refused == () and again.received == 0
        assert "refused" not in again.summary()
    assert ben.vault.network_ids() == []  # nothing of the file was taken


def test_reported_again_when_a_new_file_comes_or_the_file_changes(
    ben_and_dana: tuple[Desk, Desk],
) -> None:
    ben, dana = ben_and_dana
    _, _, meeting = network_of(dana, [ben])
    first = _dana_writes(dana)
    assert _codes(ben.sync()) == ["unpaired_sender"]
    edited = dana.vault.get(Meeting, meeting.id)
    edited.place_detail = "At the library"
    dana.vault.save(edited)
    newer = _dana_writes(dana)  # Dana's newer file replaces her older one
    assert newer != first and not first.exists()
    report = ben.sync()
    assert [(r.code, r.name) for r in report.refused] == [("unpaired_sender", newer.name)]
    assert ben.sync().refused == ()
    blob = bytearray(newer.read_bytes())
    blob[-1] ^= 1  # the same name, other bytes (still naming a sender not paired)
    newer.write_bytes(bytes(blob))
    assert _codes(ben.sync()) == ["unpaired_sender"]
    assert ben.sync().refused == ()


def test_once_paired_the_next_sync_takes_the_file_reported_before(
    ben_and_dana: tuple[Desk, Desk],
) -> None:
    ben, dana = ben_and_dana
    network, _, meeting = network_of(dana, [ben])
    _dana_writes(dana)
    assert _codes(ben.sync()) == ["unpaired_sender"]
    assert ben.sync().refused == ()
    sharing.pair(ben.vault, ben.practitioner_id, dana.card)
    taken = ben.sync()
    assert taken.refused == () and taken.received >= 3
    assert ben.vault.network_ids() == [network.id]
    assert ben.vault.get(Meeting, meeting.id).facilitators == meeting.facilitators
    assert ben.sync().received == 0  # taken once


def test_noted_files_are_forgotten_when_they_leave_the_folder(
    ben_and_dana: tuple[Desk, Desk],
) -> None:
    ben, dana = ben_and_dana
    network_of(dana, [ben])
    path = _dana_writes(dana)
    blob = path.read_bytes()
    assert _codes(ben.sync()) == ["unpaired_sender"]
    path.unlink()
    assert ben.sync().refused == ()
    path.write_bytes(blob)  # gone, then back: a file that comes (again) is reported
    assert _codes(ben.sync()) == ["unpaired_sender"]
