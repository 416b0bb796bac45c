"""One writer per vault file by any path, and no save acknowledged that will not survive.

Regression tests for issue 11, items 1 and 2: a second writer got in through a
symlink, a hard link or after the lock file was deleted; and deleting the WAL
while a writer ran, then killing it, lost every committed save.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from datetime import datetime
from pathlib import Path

import pytest

from odnotes.crypto import TEST_POLICY
from odnotes.errors import StorageError, VaultInUse
from odnotes.model import Meeting, Network
from odnotes.vault import Vault, open_unlocked
from tests.conftest import PASSPHRASE

ROOT = Path(__file__).resolve().parents[2]


def second_writer(path: Path) -> subprocess.CompletedProcess[str]:
    """Try to open ``path`` for writing from another process; prints what happened."""
    code = (
        "import sys\n"
        "from odnotes.crypto import TEST_POLICY\n"
        "from odnotes.errors import VaultInUse\n"
        "from odnotes.vault import Vault\n"
        "try:\n"
        "    Vault.open(sys.argv[1], policy=TEST_POLICY).close()\n"
        "except VaultInUse:\n"
        "    print('in use')\n"
        "else:\n"
        "    print('got in')\n"
    )
    return subprocess.run(
        [sys.executable, "-c", code, str(path)],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=60,
        check=True,
    )


@pytest.fixture
def held(vault: Vault) -> Vault:
    vault.save(Network("Fictional network", datetime(2026, 1, 1, 9, 0)))
    return vault


def test_a_symlink_to_an_open_vault_is_refused(held: Vault, tmp_path: Path) -> None:
    link = tmp_path / "elsewhere" / "alias.odvault"
    link.parent.mkdir()
    link.symlink_to(held.path)
    with pytest.raises(VaultInUse):
        Vault.open(link, policy=TEST_POLICY)
    assert second_writer(link).stdout.strip() == "in use"


def test_a_hard_link_to_an_open_vault_is_refused(held: Vault, tmp_path: Path) -> None:
    other = tmp_path / "other-folder"
    other.mkdir()
    hard = other / "copy-by-link.odvault"
    os.link(held.path, hard)
    with pytest.raises(VaultInUse):
        Vault.open(hard, policy=TEST_POLICY)
    assert second_writer(hard).stdout.strip() == "in use"


def test_deleting_a_lock_file_does_not_let_a_second_writer_in(held: Vault) -> None:
    for leftover in held.path.parent.glob("*.lock"):
        leftover.unlink()
    assert second_writer(held.path).stdout.strip() == "in use"


def test_readers_still_read_and_the_lock_is_free_after_closing(held: Vault) -> None:
    reader = open_unlocked(held.path, PASSPHRASE, readonly=True, policy=TEST_POLICY)
    try:
        assert [n.name for n in reader.all(Network)] == ["Fictional network"]
    finally:
        reader.close()
    path = held.path
    held.close()
    assert second_writer(path).stdout.strip() == "got in"
    again = Vault.open(path, policy=TEST_POLICY)
    again.close()


def test_a_refused_second_open_keeps_the_first_connections_sqlite_locks(held: Vault) -> None:
    """POSIX drops a process's fcntl locks when any descriptor of the file closes.

    If the refused attempt closed its descriptor, SQLite's shared lock would be
    gone and another process could switch the journal mode under the writer.
    """
    with pytest.raises(VaultInUse):
        Vault.open(held.path, policy=TEST_POLICY)
    code = (
        "import sqlite3, sys\n"
        "c = sqlite3.connect(sys.argv[1], timeout=0)\n"
        "try:\n"
        "    print(c.execute('PRAGMA journal_mode=DELETE').fetchone()[0])\n"
        "except sqlite3.OperationalError:\n"
        "    print('locked')\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code, str(held.path)],
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )
    assert result.stdout.strip() in {"locked", "wal"}
    held.save(Network("Still writing", datetime(2026, 1, 2, 9, 0)))


class Child:
    """The journal child: a writer in its own process that a test drives line by line."""

    def __init__(self, path: Path, network_id: str) -> None:
        self.process = subprocess.Popen(
            [sys.executable, "-m", "tests.odnotes.journal_child", str(path), PASSPHRASE]
            + [network_id],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
            cwd=ROOT,
        )
        assert self.ask(None) == "ready"

    def ask(self, command: str | None) -> str:
        assert self.process.stdin and self.process.stdout
        if command is not None:
            self.process.stdin.write(command + "\n")
            self.process.stdin.flush()
        return self.process.stdout.readline().strip()

    def kill(self) -> None:
        self.process.send_signal(signal.SIGKILL)
        self.process.wait(timeout=30)
        for stream in (self.process.stdin, self.process.stdout):
            if stream:
                stream.close()


def committed_meetings(path: Path) -> int:
    vault = open_unlocked(path, PASSPHRASE, policy=TEST_POLICY)
    try:
        report = vault.verify()
        assert report.ok, report.lines()
        return len(vault.all(Meeting))
    finally:
        vault.close()


@pytest.mark.parametrize("then", ["save", "check"])
@pytest.mark.parametrize("change", ["delete", "replace"])
def test_a_wal_deleted_or_replaced_under_a_writer_loses_no_committed_save(
    vault: Vault, then: str, change: str
) -> None:
    network = Network("Fictional network", datetime(2026, 1, 1, 9, 0))
    vault.save(network)
    path = vault.path
    vault.close()
    child = Child(path, network.id)
    try:
        for n in range(1, 41):
            assert child.ask("save") == f"saved {n}"
        wal = Path(f"{path}-wal")
        wal.unlink()
        if change == "replace":
            wal.write_bytes(b"")
        answer = child.ask(then)
        if then == "save":
            assert answer == "refused"
        else:
            assert answer.startswith("checked ") and "journal file" in answer
        assert child.ask("save") == "refused"  # it stays stopped
    finally:
        child.kill()
    for side in (Path(f"{path}-wal"), Path(f"{path}-shm")):
        side.unlink(missing_ok=True)
    assert committed_meetings(path) == 40


def test_the_stop_message_is_human_and_names_no_clinical_text(vault: Vault) -> None:
    network = Network("Maija's family", datetime(2026, 1, 1, 9, 0))
    vault.save(network)
    Path(f"{vault.path}-wal").unlink()
    with pytest.raises(StorageError) as refused:
        vault.save(Meeting(network.id, datetime(2026, 5, 1, 10, 0)))
    message = str(refused.value)
    assert "deleted the journal file" in message and "close the vault" in message
    assert "Maija" not in message
    assert vault.check_journal() == message
