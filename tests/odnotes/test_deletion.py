"""Deleting a network for good (issue 13, item 4): its key destroyed, its bytes gone.

A family asks for its record to be deleted, or a retention period ends. Every
byte string of the deleted rows' ciphertexts (and of the network's wrapped
key) is searched for in the vault file, its WAL and shared-memory files, and
a backup made afterwards: none is left. A backup made before still holds
them, which the app says plainly.
"""

from __future__ import annotations

import sqlite3
from datetime import datetime
from pathlib import Path

import pytest

from odnotes.crypto import TEST_POLICY
from odnotes.demo import write_demo
from odnotes.errors import RecordNotFound
from odnotes.model import Meeting, Network, Person
from odnotes.vault import Vault, open_unlocked
from tests.conftest import PASSPHRASE


def secret_bytes(path: Path, network_id: str) -> list[bytes]:
    """Every ciphertext and wrapped key of a network, as stored."""
    with sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True) as conn:
        rows = conn.execute(
            "SELECT ciphertext FROM records WHERE network_id = ?", (network_id,)
        ).fetchall()
        keys = conn.execute("SELECT wrapped FROM keys WHERE network_id = ?", (network_id,))
        return [row[0] for row in rows] + [row[0] for row in keys.fetchall()]


def files_of(path: Path) -> list[Path]:
    return [p for p in (path, Path(f"{path}-wal"), Path(f"{path}-shm")) if p.exists()]


def found_in(paths: list[Path], secrets: list[bytes]) -> int:
    data = [p.read_bytes() for p in paths]
    # A 32-byte slice is enough to recognise any stored ciphertext, even split across pages.
    return sum(1 for secret in secrets for blob in data if secret[:32] in blob)


@pytest.fixture
def two(vault: Vault) -> tuple[Vault, Network, Network]:
    kept = write_demo(vault)
    gone = Network("Family that asked to be forgotten", datetime(2026, 3, 1, 9, 0))
    person = Person(gone.id, "Fictional Forgotten")
    meeting = Meeting(gone.id, datetime(2026, 3, 2, 10, 0), present=[person.id])
    vault.save_many([gone, person, meeting])
    for n in range(5):
        meeting.purpose.text = f"revision {n} of the purpose, fictional"
        vault.save(meeting)
    return vault, kept, gone


def test_a_permanently_deleted_network_leaves_no_byte_behind(
    two: tuple[Vault, Network, Network], tmp_path: Path
) -> None:
    vault, kept, gone = two
    (gone_meeting,) = [m.id for m in vault.all(Meeting, network_id=gone.id)]
    vault.backup(tmp_path / "before.odvault")
    vault.close()
    secrets = secret_bytes(vault.path, gone.id)
    assert len(secrets) == 1 + 8  # the wrapped key and 8 revisions
    vault = open_unlocked(vault.path, PASSPHRASE, policy=TEST_POLICY)
    vault.delete_network_permanently(gone.id)
    try:
        assert [n.id for n in vault.all(Network)] == [kept.id]
        assert vault.verify().ok  # the integrity state followed the deletion
        assert len(vault.all(Meeting, network_id=kept.id)) == 3
        with pytest.raises(RecordNotFound):
            vault.get(Meeting, gone_meeting)
        assert found_in(files_of(vault.path), secrets) == 0
        vault.backup(tmp_path / "after.odvault")
        assert found_in([tmp_path / "after.odvault"], secrets) == 0
    finally:
        vault.close()
    assert found_in(files_of(vault.path), secrets) == 0
    assert found_in([tmp_path / "before.odvault"], secrets) == len(secrets)
    reopened = open_unlocked(vault.path, PASSPHRASE, policy=TEST_POLICY)
    try:
        assert reopened.verify().ok and [n.id for n in reopened.all(Network)] == [kept.id]
    finally:
        reopened.close()


def test_no_other_path_removes_rows_or_keys(two: tuple[Vault, Network, Network]) -> None:
    vault, _, gone = two
    conn = vault._file.conn
    with pytest.raises(sqlite3.IntegrityError, match="append-only"):
        conn.execute("DELETE FROM records WHERE network_id = ?", (gone.id,))
    with pytest.raises(sqlite3.IntegrityError, match="permanent deletion"):
        conn.execute("DELETE FROM keys WHERE network_id = ?", (gone.id,))


def test_deleting_an_unknown_network_changes_nothing(two: tuple[Vault, Network, Network]) -> None:
    vault, _, _ = two
    saves = vault.saves
    with pytest.raises(RecordNotFound):
        vault.delete_network_permanently("00000000-0000-4000-8000-000000000000")
    assert vault.saves == saves
