"""An older copy of a vault put in its place is noticed (issue 13, item 5).

Every row of an older file is genuine, so nothing inside it can tell; the
save counter this computer saw last, kept in the data folder with a MAC,
can. Restoring through OD Notes' own restore is not a false alarm.
"""

from __future__ import annotations

import json
import shutil
from datetime import datetime
from pathlib import Path

import pytest

from odnotes.cli import main
from odnotes.crypto import TEST_POLICY
from odnotes.model import Network
from odnotes.vault import Vault, open_unlocked, restore_backup
from tests.conftest import PASSPHRASE


def saves(path: Path, count: int) -> None:
    vault = open_unlocked(path, PASSPHRASE, policy=TEST_POLICY)
    try:
        network = vault.all(Network)[0]
        for n in range(count):
            network.name = f"Fictional network {n}"
            vault.save(network)
    finally:
        vault.close()


@pytest.fixture
def older(vault: Vault, tmp_path: Path) -> tuple[Path, Path]:
    vault.save(Network("Fictional network", datetime(2026, 4, 1, 9, 0)))
    path = vault.path
    vault.close()
    old = tmp_path / "old-copy.odvault"
    shutil.copyfile(path, old)  # an older copy of the file, taken while it was closed
    saves(path, 14)
    return path, old


def test_an_older_file_put_back_is_reported_once(older: tuple[Path, Path]) -> None:
    path, old = older
    shutil.copyfile(old, path)
    vault = open_unlocked(path, PASSPHRASE, policy=TEST_POLICY)
    try:
        assert vault.rollback_warning == (
            "This vault is older than the last time it was opened on this computer: "
            "14 saves are missing. If you restored a backup on purpose, carry on."
        )
    finally:
        vault.close()
    again = open_unlocked(path, PASSPHRASE, policy=TEST_POLICY)
    try:
        assert again.rollback_warning == ""  # the new state was recorded
    finally:
        again.close()


def test_the_newest_file_is_not_a_false_alarm(older: tuple[Path, Path]) -> None:
    path, _ = older
    vault = open_unlocked(path, PASSPHRASE, policy=TEST_POLICY)
    try:
        assert vault.rollback_warning == ""
    finally:
        vault.close()


def test_restoring_through_the_app_is_not_a_false_alarm(
    older: tuple[Path, Path], tmp_path: Path
) -> None:
    path, _ = older
    vault = open_unlocked(path, PASSPHRASE, policy=TEST_POLICY)
    vault.backup(tmp_path / "backup.odvault")
    vault.close()
    saves(path, 5)
    restored = tmp_path / "restored.odvault"
    restore_backup(tmp_path / "backup.odvault", restored, PASSPHRASE, policy=TEST_POLICY)
    vault = open_unlocked(restored, PASSPHRASE, policy=TEST_POLICY)
    try:
        assert vault.rollback_warning == ""
    finally:
        vault.close()


def test_a_forged_record_of_what_was_seen_is_ignored(
    older: tuple[Path, Path], private_data_folder: Path
) -> None:
    path, old = older
    (record,) = (private_data_folder / "seen").glob("*.json")
    data = json.loads(record.read_text())
    for entry in data["copies"].values():
        entry["saves"] = 10_000  # without the vault's key the MAC cannot follow
    record.write_text(json.dumps(data))
    vault = open_unlocked(path, PASSPHRASE, policy=TEST_POLICY)
    try:
        assert vault.rollback_warning == ""
    finally:
        vault.close()


def test_the_record_holds_no_clinical_text(
    older: tuple[Path, Path], private_data_folder: Path
) -> None:
    for record in (private_data_folder / "seen").glob("*.json"):
        assert "Fictional" not in record.read_text()


def test_the_command_line_says_so_too(
    older: tuple[Path, Path], cli_env: dict[str, str], capsys: pytest.CaptureFixture[str]
) -> None:
    path, old = older
    shutil.copyfile(old, path)
    assert main(["list", str(path)]) == 0
    assert "14 saves are missing" in capsys.readouterr().err
