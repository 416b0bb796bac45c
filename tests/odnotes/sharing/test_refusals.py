"""Every refusal on real vaults: forged, altered, truncated, replayed, wrong-recipient
and damaged files are reported in words and write nothing (issue 14, item 3).

Files from someone not paired are in ``test_unpaired.py`` (reported once, taken once paired).
"""

from __future__ import annotations

import shutil
from dataclasses import replace
from pathlib import Path

import pytest

from odnotes import sharing
from odnotes.exchange import FileName, next_sequence, seal, write_exchange_file
from odnotes.model import Meeting
from tests.odnotes.sharing.desks import NAMES, Desk, network_of, team


@pytest.fixture
def desks(tmp_path: Path) -> list[Desk]:
    """Anna, Ben and Carl paired with each other; Anna shares a network with Ben and Carl."""
    found = team(tmp_path, 3)
    yield found
    for d in found:
        d.vault.close()


def _for(desk_: Desk, paths: list[Path]) -> list[Path]:
    card = desk_.card.card_id[:16]
    return [p for p in paths if (n := FileName.parse(p.name)) and n.recipient == card]


def _written(anna: Desk, ben: Desk, carl: Desk, network_id: str) -> tuple[Path, Path]:
    """Anna's file to Ben and her file to Carl, moved out of the folder."""
    anna.sync()
    files = sorted(anna.folder.iterdir())
    (to_ben,), (to_carl,) = _for(ben, files), _for(carl, files)
    keep = anna.folder.parent / "kept"
    keep.mkdir(exist_ok=True)
    return Path(shutil.move(to_ben, keep)), Path(shutil.move(to_carl, keep))


def _refused_once(ben: Desk, code: str) -> str:
    """Ben syncs: exactly one file refused with ``code``; nothing at all was written."""
    saves = ben.vault.saves
    report = ben.sync()
    assert [r.code for r in report.refused] == [code], report.summary()
    assert report.received == 0 and ben.vault.saves == saves
    assert ben.vault.network_ids() == []
    for name in NAMES:
        assert name not in report.summary()  # messages name no person
    return report.refused[0].reason


def _place(blob: bytes, name: str, folder: Path) -> Path:
    path = folder / name
    path.write_bytes(blob)
    return path


def test_a_changed_byte_anywhere_is_refused_as_forged(desks: list[Desk]) -> None:
    anna, ben, carl = desks
    network_of(anna, [ben, carl])
    to_ben, _ = _written(anna, ben, carl, "")
    blob = to_ben.read_bytes()
    in_header = blob.index(b'"file_id":"') + len('"file_id":"')  # still a valid header
    for at in (in_header, len(blob) // 2, len(blob) - 1):  # header, ciphertext, signature
        changed = bytearray(blob)
        changed[at] = ord("0") if changed[at] != ord("0") else ord("1")
        path = _place(bytes(changed), to_ben.name, ben.folder)
        assert "Nothing was taken" in _refused_once(ben, "forged")
        path.unlink()


def test_a_file_cut_short_is_left_and_taken_once_whole(desks: list[Desk]) -> None:
    anna, ben, carl = desks
    network, _, meeting = network_of(anna, [ben, carl])
    to_ben, _ = _written(anna, ben, carl, "")
    blob = to_ben.read_bytes()
    path = _place(blob[: len(blob) - 100], to_ben.name, ben.folder)
    assert "read again at the next sync" in _refused_once(ben, "truncated")
    path.write_bytes(blob)  # the sync tool finished copying it
    report = ben.sync()
    assert not report.refused and meeting.id in report.changed_records
    assert ben.vault.get(Meeting, meeting.id) == anna.vault.get(Meeting, meeting.id)


def test_an_older_file_arriving_late_is_refused_as_replayed_and_not_read_again(
    desks: list[Desk],
) -> None:
    anna, ben, carl = desks
    network, _, meeting = network_of(anna, [ben, carl])
    older, _ = _written(anna, ben, carl, "")
    edit = anna.vault.get(Meeting, meeting.id)
    edit.place_detail = "A later edit"
    anna.vault.save(edit)
    anna.sync()
    assert ben.sync().received >= 4
    shutil.copy(older, ben.folder / older.name)
    saves = ben.vault.saves
    report = ben.sync()
    assert [r.code for r in report.refused] == ["replayed"]
    assert report.received == 0
    assert ben.vault.get(Meeting, meeting.id).place_detail == "A later edit"
    assert ben.sync().refused == ()  # remembered: not read, nor reported, again
    assert ben.vault.saves >= saves


def test_a_file_for_someone_else_is_refused_as_wrong_recipient(desks: list[Desk]) -> None:
    anna, ben, carl = desks
    network_of(anna, [ben, carl])
    to_ben, to_carl = _written(anna, ben, carl, "")
    name = to_carl.name.replace(carl.card.card_id[:16], ben.card.card_id[:16])
    _place(to_carl.read_bytes(), name, ben.folder)
    assert "for another practitioner" in _refused_once(ben, "wrong_recipient")


def test_a_signed_file_rewriting_history_is_refused_and_history_stays(desks: list[Desk]) -> None:
    """A colleague's file naming a revision Ben holds, with other content: never an overwrite."""
    anna, ben, carl = desks
    network, _, meeting = network_of(anna, [ben, carl])
    anna.sync()
    ben.sync()
    held = [r for r in anna.vault.shared_revisions(network.id) if r.record_id == meeting.id][-1]
    rewritten = replace(held, data={**held.data, "place_detail": "rewritten"})
    me = sharing.identity_for(anna.vault, anna.practitioner_id)
    write_exchange_file(
        ben.folder, seal(me, ben.card, network.id, next_sequence(10**13), [rewritten], {})
    )
    saves = ben.vault.saves
    report = ben.sync()
    assert [r.code for r in report.refused] == ["damaged"]
    assert "never overwritten" in report.refused[0].reason
    assert ben.vault.get(Meeting, meeting.id).place_detail == held.data["place_detail"]
    assert ben.vault.saves == saves


def test_a_stray_file_with_an_exchange_name_is_not_an_exchange_file(desks: list[Desk]) -> None:
    anna, ben, _ = desks
    name = f"odx-{anna.card.card_id[:16]}-{ben.card.card_id[:16]}-{1:016d}-{'0' * 32}.odx"
    _place(b"%PDF-1.7 not an exchange file", name, ben.folder)
    assert "not an OD Notes exchange file" in _refused_once(ben, "not_exchange")
    (ben.folder / ".partial-file.odx.part").write_bytes(b"half")  # other names: never read
    assert len(ben.sync().refused) == 1


def test_the_same_file_twice_is_harmless(desks: list[Desk]) -> None:
    anna, ben, carl = desks
    network, _, meeting = network_of(anna, [ben, carl])
    to_ben, _ = _written(anna, ben, carl, "")
    shutil.copy(to_ben, ben.folder / to_ben.name)
    first = ben.sync()
    assert first.received >= 4 and not first.refused
    live = ben.vault.get(Meeting, meeting.id)
    saves = ben.vault.saves
    shutil.copy(to_ben, ben.folder / to_ben.name)  # delivered again under its name
    second = ben.sync()
    assert second.received == 0 and not second.refused
    assert ben.vault.get(Meeting, meeting.id) == live and ben.vault.saves == saves


def test_an_unusable_folder_is_one_clear_error(desks: list[Desk], tmp_path: Path) -> None:
    _, ben, _ = desks
    with pytest.raises(sharing.SharingError, match="does not exist"):
        sharing.sync(ben.vault, ben.practitioner_id, tmp_path / "gone")
    with pytest.raises(sharing.SharingError, match="No exchange folder"):
        sharing.sync(ben.vault, ben.practitioner_id)
