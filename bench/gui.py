"""GUI figures, driven offscreen the way pytest-qt drives the app in the tests.

``python -m bench.gui FOLDER MEETINGS NETWORKS BIG_NETWORK ROUNDS`` (run with
``QT_QPA_PLATFORM=offscreen``) prints JSON with two medians in ms:

- ``unlock_to_list``: from pressing Unlock on the lock screen (the fast test
  KDF, so this is the time after the key is derived) until the networks list
  holds every network and is visible, with all pending events processed;
- ``open_network``: from choosing the 40-meeting network until its page shows
  its meetings table filled.
"""

from __future__ import annotations

import json
import os
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import QApplication

from bench.generate import PASSPHRASE
from odnotes.crypto import TEST_POLICY
from odnotes.vault import Vault
from ui.main_window import MainWindow
from ui.session import Session
from ui.settings import Settings


def wait_until(app: QApplication, done: Callable[[], bool], timeout: float = 600.0) -> None:
    """Process events until ``done()`` holds (as ``qtbot.waitUntil`` does)."""
    deadline = time.monotonic() + timeout
    while not done():
        if time.monotonic() > deadline:
            raise TimeoutError("the window did not get there in time")
        app.processEvents()
        time.sleep(0.0005)
    app.processEvents()


def one_round(
    app: QApplication, vault_path: Path, settings: Settings, networks: int, big_network: str
) -> tuple[float, float]:
    """A fresh window on the locked vault: unlock, wait for the list; open the big network."""
    vault = Vault.open(vault_path, policy=TEST_POLICY)
    session = Session(vault, settings.idle_minutes())
    window = MainWindow(session, settings)
    window.show()
    app.processEvents()
    try:
        form = window.lock_screen.form
        form.passphrase.setText(PASSPHRASE)
        started = time.perf_counter()
        form.submit()

        def listed() -> bool:
            space = window.workspace
            return (
                space is not None
                and space.panel.view.isVisible()
                and space.panel.model.rowCount() == networks
            )

        wait_until(app, listed)
        unlock = (time.perf_counter() - started) * 1000
        space = window.workspace
        assert space is not None
        started = time.perf_counter()
        space.show_network(big_network)

        def shown() -> bool:
            page = space.page
            return (
                page is not None
                and page.network_id == big_network
                and page.isVisible()
                and page.meetings.model.rowCount() > 0
            )

        wait_until(app, shown)
        return unlock, (time.perf_counter() - started) * 1000
    finally:
        window.close()
        app.processEvents()


def measure(folder: Path, networks: int, big_network: str, rounds: int) -> dict[str, float]:
    """Median unlock-to-list and open-network times over a few rounds."""
    app = QApplication.instance() or QApplication([])
    assert isinstance(app, QApplication)
    with tempfile.TemporaryDirectory() as private:
        settings = Settings(Path(private) / "settings.ini")
        rounds = [
            one_round(app, folder / "bench.odvault", settings, networks, big_network)
            for _ in range(rounds)
        ]
    return {
        "unlock_to_list": statistics.median(r[0] for r in rounds),
        "open_network": statistics.median(r[1] for r in rounds),
    }


if __name__ == "__main__":
    folder, _meetings, count, big, rounds = sys.argv[1:]
    print(json.dumps(measure(Path(folder), int(count), big, int(rounds))), flush=True)
    # The figures are out; skip interpreter teardown, where PySide6 has been seen to
    # abort ("none_dealloc") while garbage-collecting after several windows.
    os._exit(0)
