"""Format-1 vaults open and are upgraded on first unlock (issue 13, item 6).

The upgrade keeps a verified copy of the old file beside it, carries every
intact revision over (ids, revision numbers, writers, times, tombstones),
keeps the passphrase and the recovery key working, and never leaves a
half-upgraded file: the new one is built beside the old and verified first.
"""

from __future__ import annotations

import contextlib
import sqlite3
from pathlib import Path

import pytest

from odnotes.codec import to_plain
from odnotes.crypto import TEST_POLICY, fast_test_params
from odnotes.demo import write_demo
from odnotes.errors import StorageError
from odnotes.model import RECORD_TYPES, Record
from odnotes.vault import Vault, migrate, open_unlocked
from tests.conftest import PASSPHRASE
from tests.odnotes.format1_writer import write_format1


def every_revision(vault: Vault) -> list[tuple[Record, bool]]:
    """All revisions of every record, in save order per record."""
    out = []
    for cls in RECORD_TYPES.values():
        for rid in [r.id for r in vault.all(cls)] + vault.deleted(cls):
            out += [(rev.record, rev.deleted) for rev in vault.history(rid)]
    return out


def snapshot(vault: Vault) -> dict[str, list[object]]:
    """Every record's history as plain data: what must survive the upgrade."""
    found: dict[str, list[object]] = {}
    for cls in RECORD_TYPES.values():
        for rid in [r.id for r in vault.all(cls)] + vault.deleted(cls):
            found[rid] = [(to_plain(r.record), r.deleted, r.revision) for r in vault.history(rid)]
    return found


@pytest.fixture
def old(vault: Vault, tmp_path: Path) -> tuple[Path, str, dict[str, list[object]]]:
    write_demo(vault)
    revisions = every_revision(vault)
    expected = snapshot(vault)
    path = tmp_path / "old.odvault"
    recovery = write_format1(path, PASSPHRASE, fast_test_params(), revisions)
    return path, recovery, expected


def user_version(path: Path) -> int:
    with sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True) as conn:
        return int(conn.execute("PRAGMA user_version").fetchone()[0])


def test_the_first_unlock_upgrades_after_keeping_a_verified_copy(
    old: tuple[Path, str, dict[str, list[object]]],
) -> None:
    path, recovery, expected = old
    assert user_version(path) == 1
    vault = open_unlocked(path, PASSPHRASE, policy=TEST_POLICY)
    try:
        assert user_version(path) == 2
        assert vault.migration is not None and "upgraded" in vault.migration.lines()[0]
        assert snapshot(vault) == expected
        assert vault.verify().ok
    finally:
        vault.close()
    kept = path.with_name("old.format1-backup.odvault")
    assert user_version(kept) == 1
    copy = open_unlocked(kept, PASSPHRASE, readonly=True, policy=TEST_POLICY)
    try:
        assert snapshot(copy) == expected
    finally:
        copy.close()
    again = Vault.open(path, policy=TEST_POLICY)
    try:
        again.unlock_with_recovery_key(recovery)  # the key written down at creation still works
        assert again.migration is None and snapshot(again) == expected
    finally:
        again.close()


def test_a_read_only_open_leaves_the_old_file_as_it_is(
    old: tuple[Path, str, dict[str, list[object]]],
) -> None:
    path, _, expected = old
    before = path.read_bytes()
    vault = open_unlocked(path, PASSPHRASE, readonly=True, policy=TEST_POLICY)
    try:
        assert snapshot(vault) == expected and vault.verify().ok
    finally:
        vault.close()
    assert path.read_bytes() == before and user_version(path) == 1
    assert not path.with_name("old.format1-backup.odvault").exists()


def test_damaged_revisions_are_left_behind_in_the_copy_and_reported(
    old: tuple[Path, str, dict[str, list[object]]],
) -> None:
    path, _, expected = old
    with contextlib.closing(sqlite3.connect(path, isolation_level=None)) as conn:
        conn.execute("DROP TRIGGER records_append_only_update")
        rid, revision = conn.execute(
            "SELECT record_id, MAX(revision) FROM records WHERE kind = 'meeting' "
            "GROUP BY record_id HAVING COUNT(*) > 1"
        ).fetchone()
        conn.execute(
            "UPDATE records SET ciphertext = zeroblob(64) WHERE record_id = ? AND revision = ?",
            (rid, revision),
        )
    vault = open_unlocked(path, PASSPHRASE, policy=TEST_POLICY)
    try:
        assert vault.migration is not None
        assert [(d.record_id, d.revision) for d in vault.migration.skipped] == [(rid, revision)]
        assert "could not be carried over" in " ".join(vault.migration.lines())
        assert len(snapshot(vault)[rid]) == len(expected[rid]) - 1
    finally:
        vault.close()


def test_a_failed_upgrade_leaves_the_old_file_working(
    old: tuple[Path, str, dict[str, list[object]]], monkeypatch: pytest.MonkeyPatch
) -> None:
    path, _, expected = old
    before = path.read_bytes()

    def full_disk(*args: object, **kwargs: object) -> object:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(migrate, "rebuild", full_disk)
    with pytest.raises(StorageError, match="disk is full"):
        open_unlocked(path, PASSPHRASE, policy=TEST_POLICY)
    assert path.read_bytes() == before
    assert not [p for p in path.parent.iterdir() if "upgrading" in p.name]
    monkeypatch.undo()
    vault = open_unlocked(path, PASSPHRASE, policy=TEST_POLICY)
    try:
        assert snapshot(vault) == expected
    finally:
        vault.close()


def test_an_upgrade_while_another_program_reads_leaves_its_snapshot_alone(
    old: tuple[Path, str, dict[str, list[object]]],
) -> None:
    path, _, expected = old
    reader = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True, isolation_level=None)
    try:
        reader.execute("BEGIN")
        (before,) = reader.execute("SELECT COUNT(*) FROM records").fetchone()  # a snapshot
        vault = open_unlocked(path, PASSPHRASE, policy=TEST_POLICY)
        try:
            assert user_version(path) == 2 and snapshot(vault) == expected
            assert reader.execute("SELECT COUNT(*) FROM records").fetchone() == (before,)
            reader.execute("COMMIT")
            assert reader.execute("PRAGMA user_version").fetchone() == (2,)
        finally:
            vault.close()
    finally:
        reader.close()
