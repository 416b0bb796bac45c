"""GUI figures, driven offscreen the way pytest-qt drives the app in the tests.

``python -m bench.gui FOLDER MEETINGS NETWORKS BIG_NETWORK ROUNDS`` (run with
``QT_QPA_PLATFORM=offscreen``) prints JSON with medians in ms. It works on a
copy of the generated vault whose search index was kept by one earlier unlock
(an everyday unlock; the shared set is never written):

- ``unlock_to_list``: from pressing Unlock on the lock screen (the fast test
  KDF, so this is the time after the key is derived) until the networks list
  holds every network and is visible, with all pending events processed;
- ``open_network``: from choosing the 40-meeting network, right after the list
  shows (the search index is being built meanwhile), until its page shows its
  meetings table filled;
- ``index_complete``: from pressing Unlock until the window's search index is
  complete;
- ``longest_spell``: the longest time between two ticks of a 1 ms timer on
  the GUI thread, from opening the network until the index was complete (a
  slot that blocked the GUI thread would show here);
- ``index_on_gui_thread``: 1 if the index pass ran on the GUI thread (or not at all);
- ``peak_rss_mib``: the highest of the rounds' peak RSS. Each round is a fresh process
  (one app, one window), measured from its start until its vault was open, its network
  shown and its index complete.
"""

from __future__ import annotations

import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEventLoop, QTimer
from PySide6.QtWidgets import QApplication

from bench.generate import PASSPHRASE
from bench.rss import peak_kib
from odnotes.crypto import TEST_POLICY
from odnotes.search import SearchIndex, index_vault
from odnotes.vault import Vault
from odnotes.vault.seen import DATA_DIR_ENV
from ui.app import make_application
from ui.main_window import MainWindow
from ui.search import indexer
from ui.session import Session
from ui.settings import Settings


def wait_until(
    app: QApplication,
    done: Callable[[], bool],
    timeout: float = 900.0,
    spells: list[float] | None = None,
) -> None:
    """Run the event loop until ``done()`` holds, checking every millisecond.

    The loop is Qt's own (``QEventLoop.exec``), not ``processEvents`` called
    from Python: in PySide6 6.12.0 each such call loses a reference to
    ``None``, and a long wait aborted the process ("none_dealloc").
    ``spells``, if given, gets the time between consecutive checks: the GUI
    thread's busy spells, which a blocking slot would make long.
    """
    if done():
        return
    loop = QEventLoop()
    deadline = time.monotonic() + timeout
    last = [time.perf_counter()]
    timed_out = [False]

    def check() -> None:
        now = time.perf_counter()
        if spells is not None:
            spells.append((now - last[0]) * 1000)
        last[0] = now
        if done():
            loop.quit()
        elif time.monotonic() > deadline:
            timed_out[0] = True
            loop.quit()

    timer = QTimer()
    timer.setInterval(1)
    timer.timeout.connect(check)
    timer.start()
    loop.exec()
    timer.stop()
    if timed_out[0]:
        raise TimeoutError("the window did not get there in time")


class Threads:
    """Which threads ran the index pass (wraps the function the window's indexer calls)."""

    def __init__(self) -> None:
        self.on_gui_thread = False
        self.runs = 0
        self._real = indexer.index_vault
        indexer.index_vault = self._watched  # type: ignore[assignment]

    def _watched(self, *args: Any, **kwargs: Any) -> Any:
        self.runs += 1
        self.on_gui_thread |= threading.current_thread() is threading.main_thread()
        return self._real(*args, **kwargs)


@dataclass
class Round:
    """One fresh window's figures, in ms, and its peak RSS in MiB."""

    unlock_to_list: float
    open_network: float
    index_complete: float
    longest_spell: float
    peak_mib: float = 0.0
    on_gui_thread: bool = False


def one_round(
    app: QApplication, vault_path: Path, settings: Settings, networks: int, big_network: str
) -> Round:
    """A fresh window on the locked vault: unlock, wait for the list; open the big network
    at once (the index is building meanwhile, as when someone clicks straight away); then
    wait until the index is complete."""
    vault = Vault.open(vault_path, policy=TEST_POLICY)
    session = Session(vault, settings.idle_minutes())
    window = MainWindow(session, settings)
    window.show()
    wait_until(app, window.isVisible)
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
        unlocked = time.perf_counter()
        space = window.workspace
        assert space is not None
        opening = time.perf_counter()
        space.show_network(big_network)

        def shown() -> bool:
            page = space.page
            return (
                page is not None
                and page.network_id == big_network
                and page.isVisible()
                and page.meetings.model.rowCount() > 0
            )

        spells: list[float] = []
        wait_until(app, shown, spells=spells)
        opened = time.perf_counter()

        def indexed() -> bool:
            return window.search_index is not None and window.search_index.complete

        wait_until(app, indexed, spells=spells)
        return Round(
            (unlocked - started) * 1000,
            (opened - opening) * 1000,
            (time.perf_counter() - started) * 1000,
            max(spells, default=0.0),
            peak_kib() / 1024,
        )
    finally:
        window.close()


def measure(folder: Path, networks: int, big_network: str, rounds: int) -> dict[str, float]:
    """Medians over a few rounds, whether the index ran on the GUI thread, and peak RSS.

    Each round is its own process, as each time someone starts the app: a closed window's
    memory is freed to the allocator but not to the system (glibc keeps it), so a second
    window in the same process would start from the first one's high-water mark.
    """
    with tempfile.TemporaryDirectory(dir=folder) as private:
        vault_path = Path(private) / "bench.odvault"
        shutil.copyfile(folder / "bench.odvault", vault_path)  # the shared set stays unwritten
        # An everyday unlock: the search index of the last session is kept in the vault (as
        # after any earlier unlock). Kept by another process, so its memory is not counted.
        subprocess.run([sys.executable, "-m", "bench.gui", "--prime", str(vault_path)], check=True)
        found = [_round_process(Path(private), networks, big_network) for _ in range(rounds)]
    return {
        "unlock_to_list": statistics.median(r.unlock_to_list for r in found),
        "open_network": statistics.median(r.open_network for r in found),
        "index_complete": statistics.median(r.index_complete for r in found),
        "longest_spell": max(r.longest_spell for r in found),
        "index_on_gui_thread": float(any(r.on_gui_thread for r in found)),
        "peak_rss_mib": max(r.peak_mib for r in found),
    }


def _round_process(private: Path, networks: int, big_network: str) -> Round:
    """One round in a fresh process (``--round``), read back from its JSON line."""
    args = [sys.executable, "-m", "bench.gui", "--round", str(private), str(networks), big_network]
    done = subprocess.run(args, check=True, capture_output=True, text=True)
    return Round(**json.loads(done.stdout.strip().splitlines()[-1]))


def run_round(private: Path, networks: int, big_network: str) -> Round:
    """The ``--round`` process: an app as it starts, one window on the copied vault."""
    app = make_application([])  # as the app starts: the same threads, collector and fonts
    threads = Threads()
    # Each round opens the same file afresh: what this "computer" saw of it (rollback
    # detection) starts empty, so no round is told another round's saves are missing.
    data = Path(tempfile.mkdtemp(dir=private))
    os.environ[DATA_DIR_ENV] = str(data / "data")
    settings = Settings(data / "settings.ini")
    found = one_round(app, private / "bench.odvault", settings, networks, big_network)
    found.on_gui_thread = threads.on_gui_thread or threads.runs == 0
    return found


def prime(vault_path: Path) -> None:
    """Unlock once and let the background pass keep the search index, as the app does."""
    vault = Vault.open(vault_path, policy=TEST_POLICY)
    try:
        vault.unlock(PASSPHRASE)
        index_vault(vault, SearchIndex())
    finally:
        vault.close()


if __name__ == "__main__" and sys.argv[1:2] == ["--prime"]:
    prime(Path(sys.argv[2]))
    sys.exit(0)

if __name__ == "__main__" and sys.argv[1:2] == ["--round"]:
    private_folder, count, big = sys.argv[2:]
    print(json.dumps(asdict(run_round(Path(private_folder), int(count), big))), flush=True)
    os._exit(0)  # as below: no interpreter teardown after the figures are out

if __name__ == "__main__":
    folder, _meetings, count, big, rounds = sys.argv[1:]
    print(json.dumps(measure(Path(folder), int(count), big, int(rounds))), flush=True)
    # The figures are out; skip interpreter teardown, where PySide6 has been seen to
    # abort ("none_dealloc") while garbage-collecting after several windows.
    os._exit(0)
