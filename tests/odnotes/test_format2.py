"""Format 2: a key per network, the two-level integrity tag, and rows that must follow their past.

Regression tests for issue 11, item 4 (a row from a diverged restored copy was
taken as a meeting's live content) and issue 13, items 1-2.
"""

from __future__ import annotations

import shutil
import sqlite3
from datetime import datetime
from pathlib import Path

import pytest

from odnotes.crypto import TEST_POLICY
from odnotes.model import Meeting, Network, Person, Practitioner, Voice
from odnotes.vault import Vault, open_unlocked, restore_backup
from tests.conftest import PASSPHRASE
from tests.fixtures.make_fixtures import PASSPHRASE as FIXTURE_PASSPHRASE
from tests.odnotes.test_tamper import raw, reopen, reopen_and_read


def two_networks(vault: Vault) -> tuple[Network, Network, Meeting]:
    first = Network("First fictional network", datetime(2026, 2, 1, 9, 0))
    second = Network("Second fictional network", datetime(2026, 2, 2, 9, 0))
    aino = Person(first.id, "Aino Fictional")
    meeting = Meeting(first.id, datetime(2026, 2, 3, 10, 0), present=[aino.id])
    vault.save_many([first, second, aino, Person(second.id, "Eero Fictional"), meeting])
    vault.save(Practitioner("Tuula Fictional"))
    meeting.voices.append(Voice(aino.id, "first words"))
    vault.save(meeting)
    return first, second, meeting


@pytest.fixture
def closed(vault: Vault) -> tuple[Path, Network, Network, Meeting]:
    first, second, meeting = two_networks(vault)
    vault.close()
    return vault.path, first, second, meeting


def test_unlock_reads_the_networks_list_and_nothing_else(
    closed: tuple[Path, Network, Network, Meeting],
) -> None:
    path, first, second, _ = closed
    vault = reopen(path)
    try:
        assert {n.name for n in vault.all(Network)} == {first.name, second.name}
        assert [p.name for p in vault.all(Practitioner)] == ["Tuula Fictional"]
        assert not vault.is_loaded(first.id) and not vault.is_loaded(second.id)
        assert [p.name for p in vault.all(Person, network_id=second.id)] == ["Eero Fictional"]
        assert vault.is_loaded(second.id) and not vault.is_loaded(first.id)
    finally:
        vault.close()


def test_each_network_has_its_own_key(closed: tuple[Path, Network, Network, Meeting]) -> None:
    path, first, second, _ = closed
    with raw(path) as conn:
        keys = dict(conn.execute("SELECT network_id, wrapped FROM keys").fetchall())
        groups = {row[0] for row in conn.execute("SELECT DISTINCT network_id FROM records")}
    assert set(keys) == {first.id, second.id} and keys[first.id] != keys[second.id]
    assert groups == {"", first.id, second.id}


def test_a_row_moved_to_another_network_is_damaged_and_breaks_integrity(
    closed: tuple[Path, Network, Network, Meeting],
) -> None:
    path, first, second, _ = closed
    with raw(path) as conn:
        (rid,) = conn.execute(
            "SELECT record_id FROM records WHERE kind = 'person' AND network_id = ?", (first.id,)
        ).fetchone()
        conn.execute("UPDATE records SET network_id = ? WHERE record_id = ?", (second.id, rid))
    vault = reopen_and_read(path)
    try:
        assert rid in vault.damaged_ids
        assert not vault.integrity_ok and not vault.verify().ok
    finally:
        vault.close()


def test_an_edited_group_state_is_caught_at_unlock(
    closed: tuple[Path, Network, Network, Meeting],
) -> None:
    path, first, _, _ = closed
    with raw(path) as conn:
        conn.execute(
            "UPDATE groups SET row_count = row_count - 1 WHERE network_id = ?", (first.id,)
        )
    vault = reopen(path)  # nothing read yet: the header's MAC alone catches it
    try:
        assert not vault.integrity_ok
    finally:
        vault.close()


def test_wrapped_keys_swapped_between_networks_are_refused(
    closed: tuple[Path, Network, Network, Meeting],
) -> None:
    path, first, second, _ = closed
    with raw(path) as conn:
        conn.execute("DROP TRIGGER keys_kept_update")
        a = conn.execute("SELECT nonce, wrapped FROM keys WHERE network_id = ?", (first.id,))
        b = conn.execute("SELECT nonce, wrapped FROM keys WHERE network_id = ?", (second.id,))
        key_a, key_b = a.fetchone(), b.fetchone()
        conn.execute("UPDATE keys SET nonce=?, wrapped=? WHERE network_id=?", (*key_b, first.id))
        conn.execute("UPDATE keys SET nonce=?, wrapped=? WHERE network_id=?", (*key_a, second.id))
    vault = reopen(path)
    try:
        assert {first.id, second.id} <= vault.damaged_ids
        assert not vault.integrity_ok
    finally:
        vault.close()


def newest_row(path: Path, record_id: str) -> tuple[object, ...]:
    with sqlite3.connect(path) as conn:
        return conn.execute(
            "SELECT * FROM records WHERE record_id = ? ORDER BY seq DESC LIMIT 1",
            (record_id,),
        ).fetchone()


def add_voice(path: Path, meeting_id: str, words: str, times: int = 1) -> None:
    vault = open_unlocked(path, PASSPHRASE, policy=TEST_POLICY)
    try:
        for _ in range(times):
            meeting = vault.get(Meeting, meeting_id)
            meeting.voices.append(Voice(meeting.present[0], words))
            vault.save(meeting)
    finally:
        vault.close()


def test_a_revision_from_a_diverged_copy_does_not_follow_and_is_not_shown(
    closed: tuple[Path, Network, Network, Meeting], tmp_path: Path
) -> None:
    """A file copy (same copy id) that went its own way: its rows do not chain onto ours."""
    path, _, _, meeting = closed
    diverged = tmp_path / "diverged.odvault"
    shutil.copyfile(path, diverged)
    add_voice(path, meeting.id, "ours")
    add_voice(diverged, meeting.id, "theirs", times=2)
    foreign = newest_row(diverged, meeting.id)  # revision 4 on their side; we have 3
    with raw(path) as conn:
        conn.execute("INSERT INTO records VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", foreign)
    vault = reopen_and_read(path)
    try:
        assert [v.text for v in vault.get(Meeting, meeting.id).voices] == ["first words", "ours"]
        assert meeting.id in vault.damaged_ids
        assert "out of order" in " ".join(str(d) for d in vault.damaged)
        assert not vault.integrity_ok
    finally:
        vault.close()


def test_a_row_written_by_a_restored_copy_is_not_taken_as_live(
    closed: tuple[Path, Network, Network, Meeting], tmp_path: Path
) -> None:
    """Issue 11, item 4: same vault id and passphrase, but a writer this file never knew."""
    path, _, _, meeting = closed
    vault = open_unlocked(path, PASSPHRASE, policy=TEST_POLICY)
    vault.backup(tmp_path / "backup.odvault")
    vault.close()
    restored = tmp_path / "restored.odvault"
    restore_backup(tmp_path / "backup.odvault", restored, PASSPHRASE, policy=TEST_POLICY)
    add_voice(restored, meeting.id, "written in the restored copy")
    foreign = newest_row(restored, meeting.id)
    with raw(path) as conn:
        conn.execute("INSERT INTO records VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", foreign)
    vault = reopen_and_read(path)
    try:
        assert [v.text for v in vault.get(Meeting, meeting.id).voices] == ["first words"]
        assert any("never known" in str(d) for d in vault.damaged)
    finally:
        vault.close()


def test_backups_and_restores_are_copies_of_their_own(
    closed: tuple[Path, Network, Network, Meeting], tmp_path: Path
) -> None:
    path, first, _, meeting = closed
    vault = open_unlocked(path, PASSPHRASE, policy=TEST_POLICY)
    original = vault.copy_id
    vault.backup(tmp_path / "backup.odvault")
    vault.close()
    backup = open_unlocked(tmp_path / "backup.odvault", PASSPHRASE, policy=TEST_POLICY)
    try:
        assert backup.copy_id != original and backup.verify().ok
        assert backup.get(Meeting, meeting.id).voices[0].text == "first words"
    finally:
        backup.close()
    restore_backup(
        tmp_path / "backup.odvault", tmp_path / "r.odvault", PASSPHRASE, policy=TEST_POLICY
    )
    restored = open_unlocked(tmp_path / "r.odvault", PASSPHRASE, policy=TEST_POLICY)
    try:
        assert restored.copy_id not in {original, backup.copy_id}
        assert restored.verify().ok and restored.get(Network, first.id).name == first.name
    finally:
        restored.close()


NETWORK_QUERY = "SELECT * FROM records WHERE kind = 'network' ORDER BY record_id, seq"


def _indexes(path: Path) -> set[str]:
    with sqlite3.connect(path) as conn:
        return {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type='index'")}


def test_the_networks_list_is_read_from_its_covering_index(
    closed: tuple[Path, Network, Network, Meeting],
) -> None:
    path = closed[0]
    with sqlite3.connect(path) as conn:
        plan = " ".join(row[3] for row in conn.execute("EXPLAIN QUERY PLAN " + NETWORK_QUERY))
    assert "COVERING INDEX records_network_rows" in plan and "TEMP B-TREE" not in plan


def test_an_older_format2_file_gets_the_index_when_opened_for_writing(tmp_path: Path) -> None:
    fixture = Path(__file__).resolve().parents[1] / "fixtures" / "vault-v2.odvault"
    copy = tmp_path / fixture.name
    shutil.copyfile(fixture, copy)
    assert "records_network_rows" not in _indexes(copy)
    before = copy.read_bytes()
    Vault.open(copy, readonly=True).close()
    assert copy.read_bytes() == before  # a reader never writes
    Vault.open(copy).close()
    assert "records_network_rows" in _indexes(copy)
    with open_unlocked(copy, FIXTURE_PASSPHRASE) as vault:
        assert vault.verify().ok and vault.all(Network)
