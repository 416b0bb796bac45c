"""kill -9 at random moments during a stream of saves never loses a committed save."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

from odnotes.crypto import TEST_POLICY
from odnotes.model import Meeting
from odnotes.vault import Vault, open_unlocked
from tests.conftest import PASSPHRASE

ROOT = Path(__file__).resolve().parents[2]


def run_and_kill(path: Path, network_id: str, after: float) -> list[tuple[str, int]]:
    """Start the writer, SIGKILL it after ``after`` seconds; returns the saves it reported."""
    reported: list[tuple[str, int]] = []
    with subprocess.Popen(
        [sys.executable, "-m", "tests.odnotes.crash_writer", str(path), PASSPHRASE, network_id],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    ) as writer:

        def read() -> None:
            assert writer.stdout is not None
            for line in writer.stdout:
                rid, rev = line.split()
                reported.append((rid, int(rev)))

        reader = threading.Thread(target=read)
        reader.start()
        deadline = time.monotonic() + 20
        while not reported and time.monotonic() < deadline and writer.poll() is None:
            time.sleep(0.01)  # wait until it is really saving, then let it run a little more
        time.sleep(after)
        os.kill(writer.pid, signal.SIGKILL)
        writer.wait()
        reader.join()
    assert writer.returncode == -signal.SIGKILL
    return reported


def test_kill_9_during_saves_keeps_every_committed_save(vault: Vault) -> None:
    from odnotes.model import Network

    network = Network("Crash test", __import__("datetime").datetime(2026, 5, 1))
    vault.save(network)
    path = vault.path
    vault.close()
    rng = random.Random(2026)
    committed: dict[str, int] = {}
    total = 0
    for _ in range(12):
        reported = run_and_kill(path, network.id, rng.uniform(0.0, 0.25))
        total += len(reported)
        for rid, rev in reported:
            committed[rid] = max(committed.get(rid, 0), rev)
        reopened = open_unlocked(path, PASSPHRASE, policy=TEST_POLICY)
        try:
            report = reopened.verify()
            assert report.ok, report.lines()
            for rid, rev in committed.items():
                assert reopened.revision_count(rid) >= rev
                assert len(reopened.get(Meeting, rid).voices) >= rev
        finally:
            reopened.close()
    print(f"{total} committed saves across 12 kills")
    assert total >= 100, f"only {total} saves were made; the test proves too little"
