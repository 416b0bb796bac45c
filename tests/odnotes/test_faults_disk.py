"""A full disk or a read-only folder during save, backup and every export.

Each write must fail with a clear :class:`StorageError` (or the module's own
error), leave no file and no half-written set behind, and leave the vault
opening and verifying with exactly the records it had.

Three ways to make the disk refuse, so at least one always runs:
- ``RLIMIT_FSIZE`` in a child process (SIGXFSZ ignored, so writes fail with
  EFBIG); always runs;
- a tiny tmpfs, really full (ENOSPC), and the same tmpfs remounted
  read-only (EROFS); skipped where mounting is not permitted;
- a folder with mode 0o500, written by ``nobody`` when the tests run as root
  (root ignores permissions); skipped where ``nobody`` cannot be used.
"""

from __future__ import annotations

import json
import os
import pickle
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from odnotes.crypto import TEST_POLICY, fast_test_params
from odnotes.demo import write_demo
from odnotes.errors import OdNotesError, StorageError
from odnotes.supervision import ExportError
from odnotes.vault import Vault, open_unlocked
from tests.conftest import PASSPHRASE
from tests.odnotes.damage import live_records
from tests.odnotes.fault_child import OPERATIONS

ROOT = Path(__file__).resolve().parents[2]
CLEAR = ("disk is full", "too large for this disk", "cannot be written to", "disk refused")


def make_demo(folder: Path) -> Path:
    path = folder / "demo.odvault"
    vault, _ = Vault.create(path, PASSPHRASE, kdf=fast_test_params(), policy=TEST_POLICY)
    write_demo(vault)
    vault.close()
    return path


def snapshot(path: Path) -> dict[str, str]:
    with open_unlocked(path, PASSPHRASE, policy=TEST_POLICY) as vault:
        return live_records(vault)


def assert_unharmed(vault_path: Path, before: dict[str, str]) -> None:
    """The vault opens, verifies and holds exactly what it held before."""
    with open_unlocked(vault_path, PASSPHRASE, policy=TEST_POLICY) as vault:
        assert vault.verify().ok
        assert live_records(vault) == before


def assert_clear(kind: str, message: str) -> None:
    assert kind in (StorageError.__name__, ExportError.__name__), (kind, message)
    assert any(words in message for words in CLEAR), message
    assert "Maija" not in message and "Päivi" not in message


def files_in(folder: Path) -> set[str]:
    return {p.name for p in folder.iterdir()}


# -- RLIMIT_FSIZE in a child process (always runs) ------------------------------------


@pytest.mark.parametrize("operation", sorted(OPERATIONS))
def test_file_size_limit_fails_cleanly(tmp_path: Path, operation: str) -> None:
    vault_path = make_demo(tmp_path)
    before = snapshot(vault_path)
    out = tmp_path / "out"
    out.mkdir()
    child = subprocess.run(
        [sys.executable, "-m", "tests.odnotes.fault_child", "fsize", operation, vault_path, out],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert child.returncode == 0, child.stderr
    result = json.loads(child.stdout)
    assert_clear(result["error"], result["message"])
    assert files_in(out) == set(), "a partial file was left behind"
    assert not [n for n in files_in(tmp_path) if "partial" in n or "creating" in n]
    assert_unharmed(vault_path, before)


# -- a real tmpfs: full, then read-only (skipped where mounting is not permitted) ---------


def _mount(folder: Path, options: str) -> None:
    done = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", options, "tmpfs", str(folder)],
        capture_output=True,
        text=True,
    )
    if done.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here ({done.stderr.strip() or 'not permitted'})")


@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[Path]:
    """A 1 MB tmpfs, unmounted afterwards."""
    if shutil.which("mount") is None or os.geteuid() != 0:
        pytest.skip("mounting a tmpfs needs root and mount(8)")
    disk = tmp_path / "disk"
    disk.mkdir()
    _mount(disk, "size=1m,mode=0700")
    try:
        yield disk
    finally:
        subprocess.run(["umount", "-l", str(disk)], check=False)


def fill(disk: Path) -> None:
    """Fill the disk to the last byte (unbuffered, smaller and smaller writes)."""
    with open(disk / "filler", "wb", buffering=0) as handle:
        for chunk in (65536, 4096, 512, 1):
            try:
                while True:
                    handle.write(b"\0" * chunk)
            except OSError:
                continue


@pytest.mark.parametrize("operation", sorted(OPERATIONS))
def test_a_really_full_disk_fails_cleanly(small_disk: Path, operation: str) -> None:
    vault_path = make_demo(small_disk)
    before = snapshot(vault_path)
    vault = open_unlocked(vault_path, PASSPHRASE, policy=TEST_POLICY)
    listed = files_in(small_disk)
    fill(small_disk)
    try:
        with pytest.raises(OdNotesError) as caught:
            OPERATIONS[operation](vault, small_disk)
    finally:
        vault.close()
    assert_clear(type(caught.value).__name__, str(caught.value))
    assert files_in(small_disk) <= listed | {"filler", "demo.odvault-wal", "demo.odvault-shm"}
    (small_disk / "filler").unlink()
    assert_unharmed(vault_path, before)


@pytest.mark.parametrize("operation", sorted(set(OPERATIONS) - {"save"}))
def test_a_read_only_disk_fails_cleanly(small_disk: Path, tmp_path: Path, operation: str) -> None:
    vault_path = make_demo(tmp_path)
    before = snapshot(vault_path)
    subprocess.run(["mount", "-o", "remount,ro", str(small_disk)], check=True)
    with (
        open_unlocked(vault_path, PASSPHRASE, policy=TEST_POLICY) as vault,
        pytest.raises(OdNotesError) as caught,
    ):
        OPERATIONS[operation](vault, small_disk)
    assert_clear(type(caught.value).__name__, str(caught.value))
    assert files_in(small_disk) == set()
    assert_unharmed(vault_path, before)


# -- a folder with mode 0o500 (as nobody when root) ----------------------------------------


def as_unprivileged(action: Callable[[], Any]) -> Any:
    """Run ``action`` where permissions apply: here, or in a forked child as ``nobody``."""
    if os.geteuid() != 0:
        return action()
    import pwd

    nobody = pwd.getpwnam("nobody")
    read, write = os.pipe()
    pid = os.fork()
    if pid == 0:  # the child: drop root, act, send back the outcome, exit without cleanup
        os.close(read)
        try:
            os.setgroups([])
            os.setgid(nobody.pw_gid)
            os.setuid(nobody.pw_uid)
            outcome: Any = ("ok", action())
        except BaseException as error:  # noqa: BLE001 (sent to the parent to re-raise)
            outcome = ("error", error)
        with os.fdopen(write, "wb") as pipe:
            pickle.dump(outcome, pipe)
        os._exit(0)
    os.close(write)
    with os.fdopen(read, "rb") as pipe:
        status, value = pickle.load(pipe)
    os.waitpid(pid, 0)
    if status == "error":
        raise value
    return value


@pytest.fixture
def nobody_folder() -> Iterator[Path]:
    """A folder ``nobody`` owns (under the system temp folder, which ``nobody`` can reach)."""
    folder = Path(tempfile.mkdtemp(prefix="odnotes-ro-"))
    try:
        if os.geteuid() == 0:
            import pwd

            nobody = pwd.getpwnam("nobody")
            if not os.access(folder.parent, os.X_OK):
                pytest.skip("the temp folder's parent is not reachable by nobody")
            os.chown(folder, nobody.pw_uid, nobody.pw_gid)
        yield folder
    finally:
        os.chmod(folder, 0o700)
        shutil.rmtree(folder, ignore_errors=True)


@pytest.mark.parametrize("operation", sorted(set(OPERATIONS) - {"save"}))
def test_a_read_only_folder_fails_cleanly(
    nobody_folder: Path, tmp_path: Path, operation: str
) -> None:
    vault_path = make_demo(tmp_path)
    before = snapshot(vault_path)
    out = nobody_folder / "out"
    out.mkdir()
    shutil.chown(out, *(("nobody", "nogroup") if os.geteuid() == 0 else (None, None)))
    out.chmod(0o500)
    with open_unlocked(vault_path, PASSPHRASE, policy=TEST_POLICY) as vault:
        warm = tmp_path / "warm"
        warm.mkdir()
        OPERATIONS[operation](vault, warm)  # imports everything before dropping root

        def attempt() -> tuple[str, str]:
            try:
                OPERATIONS[operation](vault, out)
            except OdNotesError as error:
                return type(error).__name__, str(error)
            return "", ""

        kind, message = as_unprivileged(attempt)
    assert_clear(kind, message)
    out.chmod(0o700)
    assert files_in(out) == set()
    assert_unharmed(vault_path, before)


def test_a_supervision_export_is_never_left_half_written(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The disk fills after the PDF: the PDF already written is taken back, not left alone."""
    from odnotes.files import write_atomic
    from odnotes.supervision import writers

    vault_path = make_demo(tmp_path)
    out = tmp_path / "out"
    out.mkdir()
    calls: list[Path] = []

    def fills_up(path: Path, data: bytes, *, doing: str = "saving the file") -> Path:
        calls.append(path)
        if len(calls) == 2:
            raise StorageError(f"The disk is full, so {doing} did not happen. Nothing was changed.")
        return write_atomic(path, data, doing=doing)

    monkeypatch.setattr(writers, "write_atomic", fills_up)
    with (
        open_unlocked(vault_path, PASSPHRASE, policy=TEST_POLICY) as vault,
        pytest.raises(StorageError, match="disk is full"),
    ):
        OPERATIONS["supervision_files"](vault, out)
    assert len(calls) == 2
    assert files_in(out) == set()
