"""The one runner for UI work (issue 16, item 2): off the GUI thread, progress after a delay,
every failure through one message path, results back on the GUI thread."""

from __future__ import annotations

import threading
import time

import pytest
from PySide6.QtCore import QThread, QTimer
from PySide6.QtWidgets import QApplication, QProgressDialog, QWidget
from pytestqt.qtbot import QtBot

from odnotes.errors import StorageError, VaultLocked
from ui import operations
from ui.operations import Operation, Progress


@pytest.fixture
def parent(qtbot: QtBot) -> QWidget:
    widget = QWidget()
    qtbot.addWidget(widget)
    widget.show()
    return widget


def dialogs() -> list[QProgressDialog]:
    return [w for w in QApplication.topLevelWidgets() if isinstance(w, QProgressDialog)]


def test_slow_work_runs_off_the_gui_thread_and_shows_progress(
    qtbot: QtBot, parent: QWidget
) -> None:
    release = threading.Event()
    worker: list[QThread] = []
    ticks: list[int] = []
    timer = QTimer()
    timer.timeout.connect(lambda: ticks.append(1))
    timer.start(10)

    def slow_core_call() -> int:
        worker.append(QThread.currentThread())
        release.wait(10)
        return 42

    results: list[int] = []
    Operation(parent, slow_core_call).success(results.append).progress(
        "Reading the network…"
    ).in_background().run()
    qtbot.waitUntil(lambda: any(d.isVisible() for d in dialogs()), timeout=5000)
    assert [d.labelText() for d in dialogs() if d.isVisible()] == ["Reading the network…"]
    ticks.clear()
    qtbot.wait(200)
    assert len(ticks) >= 5  # the window kept handling events while the work ran
    release.set()
    qtbot.waitUntil(lambda: results == [42], timeout=5000)
    assert worker and worker[0] is not QApplication.instance().thread()
    qtbot.waitUntil(lambda: not any(d.isVisible() for d in dialogs()), timeout=5000)
    timer.stop()


def test_quick_work_never_flashes_a_progress_dialog(qtbot: QtBot, parent: QWidget) -> None:
    results: list[str] = []
    Operation(parent, lambda: "done").success(results.append).progress(
        "Saving…"
    ).in_background().run()
    qtbot.waitUntil(lambda: results == ["done"], timeout=5000)
    qtbot.wait(operations.PROGRESS_DELAY_MS * 2)
    assert not any(d.isVisible() for d in dialogs())


def test_every_failure_goes_through_one_message_path(
    qtbot: QtBot, parent: QWidget, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown: list[str] = []
    monkeypatch.setattr(
        operations.QMessageBox, "warning", lambda _parent, _title, text: shown.append(text)
    )

    def full_disk() -> None:
        raise StorageError("The disk is full, so saving did not happen. Nothing was changed.")

    def surprise() -> None:
        raise KeyError("Maija's words")  # an unexpected error may quote a record: never shown

    Operation(parent, full_disk).in_background().run()
    qtbot.waitUntil(lambda: len(shown) == 1, timeout=5000)
    Operation(parent, surprise).run()
    assert shown[0].startswith("The disk is full")
    assert "Maija" not in shown[1] and "unexpected" in shown[1]


def test_a_locked_vault_is_not_news_to_a_window_that_closed_on_the_lock(
    qtbot: QtBot, parent: QWidget, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Switching vaults closes the window while its reads may still run: they fail with
    "locked", and a warning about it, over no window, would only puzzle."""
    shown: list[str] = []
    monkeypatch.setattr(
        operations.QMessageBox, "warning", lambda _parent, _title, text: shown.append(text)
    )
    release = threading.Event()

    def read_after_the_lock() -> None:
        release.wait(10)
        raise VaultLocked("The vault is locked.")

    closing = Operation(parent, read_after_the_lock).in_background()
    closing.run()
    parent.close()
    release.set()
    qtbot.waitUntil(lambda: operations.in_flight() == 0, timeout=5000)
    qtbot.wait(50)
    assert shown == []
    parent.show()  # the same failure in an open window is said
    Operation(parent, read_after_the_lock).run()
    assert shown == ["The vault is locked."]


def test_reported_progress_reaches_a_display_and_cancel_drops_the_result(
    qtbot: QtBot, parent: QWidget
) -> None:
    seen: list[tuple[int, int, str]] = []
    hidden: list[bool] = []

    class StatusBar:
        def show_progress(self, done: int, total: int, text: str) -> None:
            seen.append((done, total, text))

        def hide_progress(self) -> None:
            hidden.append(True)

    def indexing(progress: Progress) -> str:
        for done in range(1, 4):
            time.sleep(0.08)
            progress.update(done, 3, f"Indexing {done} of 3 meetings")
        return "indexed"

    results: list[str] = []
    Operation.reporting(parent, indexing).success(results.append).progress(
        "Indexing…", StatusBar()
    ).in_background().run()
    qtbot.waitUntil(lambda: results == ["indexed"], timeout=5000)
    assert (3, 3, "Indexing 3 of 3 meetings") in seen and hidden == [True]

    cancelled: list[str] = []
    operation = Operation.reporting(parent, indexing).success(cancelled.append).in_background()
    operation.run()
    operation.cancel()
    qtbot.wait(500)
    assert cancelled == []


def test_garbage_is_collected_on_the_gui_thread_only(qtbot: QtBot) -> None:
    """Worker threads never run the cyclic collector (it could free Qt objects there)."""
    import gc
    import weakref

    from ui.collector import INTERVAL_MS

    assert not gc.isenabled()

    class Node:
        def __init__(self) -> None:
            self.me = self  # a cycle: only the cyclic collector frees it

    collected_on: list[object] = []
    node = Node()
    gone = weakref.ref(node, lambda _ref: collected_on.append(QThread.currentThread()))
    del node
    for _ in range(gc.get_threshold()[0] + 1):  # cross the youngest generation's threshold
        Node()
    qtbot.waitUntil(lambda: gone() is None, timeout=INTERVAL_MS * 10)
    assert collected_on == [QApplication.instance().thread()]


def test_a_pass_that_gives_way_pauses_while_the_persons_own_work_runs(
    qtbot: QtBot, parent: QWidget
) -> None:
    """The search index filling in the background waits while a network opens (both want the
    interpreter; the person is the one waiting), then carries on by itself."""
    steps: list[float] = []
    stop = threading.Event()

    def long_pass(progress: Progress) -> int:
        while not stop.is_set() and len(steps) < 10_000:
            progress.give_way()
            steps.append(time.monotonic())
            time.sleep(0.002)
        return len(steps)

    passes: list[int] = []
    background = Operation.reporting(parent, long_pass).success(passes.append).giving_way()
    background.run()
    qtbot.waitUntil(lambda: len(steps) > 5, timeout=5000)

    opened = threading.Event()
    release = threading.Event()
    during: list[int] = []

    def open_network() -> str:
        opened.set()
        release.wait(10)
        during.append(len(steps))
        return "opened"

    shown: list[str] = []
    Operation(parent, open_network).success(shown.append).in_background().run()
    assert operations.FOREGROUND.busy
    assert opened.wait(5)
    before = len(steps)
    qtbot.wait(150)
    assert len(steps) <= before + 1  # at most the step already under way
    release.set()
    qtbot.waitUntil(lambda: shown == ["opened"], timeout=5000)
    assert during[0] <= before + 1
    qtbot.waitUntil(lambda: not operations.FOREGROUND.busy, timeout=5000)
    resumed = len(steps)
    qtbot.waitUntil(lambda: len(steps) > resumed + 5, timeout=5000)  # it went on by itself
    stop.set()
    qtbot.waitUntil(lambda: bool(passes), timeout=5000)


def test_a_pass_that_gives_way_does_not_hold_up_anything_itself(
    qtbot: QtBot, parent: QWidget
) -> None:
    release = threading.Event()
    done: list[int] = []
    Operation(parent, lambda: release.wait(10) and 1).success(done.append).giving_way().run()
    assert not operations.FOREGROUND.busy  # nobody waits for it: other passes go on
    release.set()
    qtbot.waitUntil(lambda: done == [1], timeout=5000)
