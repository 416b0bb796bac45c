"""Slow core work never freezes the main window (issue 16, item 2).

A fake core call that takes as long as the test says stands in for the real one; while it runs,
a timer on the GUI thread must keep ticking (the event loop turns) and the progress must appear.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

import pytest
from PySide6.QtCore import QThread, QTimer
from PySide6.QtWidgets import QApplication, QProgressDialog
from pytestqt.qtbot import QtBot

from odnotes.continuity import in_order
from odnotes.model import Meeting
from odnotes.recordnote import record_note
from odnotes.summary import meeting_summary
from tests.ui.helpers import settled
from ui import operations, windows
from ui.main_window import MainWindow
from ui.recordnote import RecordNoteDialog
from ui.summary import SummaryPreviewDialog, preview_dialog


class Ticks:
    """A 10 ms timer on the GUI thread, counting how often the event loop let it fire."""

    def __init__(self) -> None:
        self.count = 0
        self._timer = QTimer()
        self._timer.timeout.connect(self._tick)
        self._timer.start(10)

    def _tick(self) -> None:
        self.count += 1

    def during(self, qtbot: QtBot, ms: int) -> int:
        """How many ticks came while waiting ``ms`` (about ms / 10 if nothing blocks)."""
        before = self.count
        qtbot.wait(ms)
        return self.count - before

    def stop(self) -> None:
        self._timer.stop()


def slow(real: Callable[..., Any], release: threading.Event, threads: list[QThread]) -> Any:
    """``real``, held until ``release`` is set, noting the thread it ran on."""

    def held(*args: Any, **kwargs: Any) -> Any:
        threads.append(QThread.currentThread())
        assert release.wait(5), "the test never released the slow call"
        return real(*args, **kwargs)

    return held


@pytest.fixture
def failures(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Failures the runner would show in a message box (a modal box would hang a frozen test)."""
    said: list[str] = []
    monkeypatch.setattr(
        operations.QMessageBox, "warning", lambda _parent, _title, text: said.append(text)
    )
    return said


def select_finalised(window: MainWindow) -> Meeting:
    vault = window.session.vault
    meeting = next(m for m in in_order(vault.all(Meeting)) if m.is_final)
    page = window.workspace.page  # type: ignore[union-attr]
    assert page is not None
    page.show_tab("meetings")
    for row in range(page.meetings.view.model().rowCount()):
        page.meetings.view.selectRow(row)
        if page.meetings.selected_meeting_id() == meeting.id:
            return meeting
    raise AssertionError("no finalised meeting listed")


def test_a_slow_clinical_record_note_leaves_the_window_responsive_and_shows_progress(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch, failures: list[str]
) -> None:
    release, threads = threading.Event(), []
    monkeypatch.setattr(windows, "record_note", slow(record_note, release, threads))
    select_finalised(window)
    ticks = Ticks()
    try:
        window.menu_actions["record_note"].trigger()  # returns at once: the note is made elsewhere

        def progress() -> list[QProgressDialog]:
            return [
                w
                for w in QApplication.topLevelWidgets()
                if isinstance(w, QProgressDialog) and w.isVisible()
            ]

        qtbot.waitUntil(lambda: bool(progress()), timeout=5_000)
        assert progress()[0].labelText() == "Writing the note for the clinical record…"
        assert ticks.during(qtbot, 300) >= 10  # about 30 if nothing blocks; 0 if frozen
        assert not window.findChildren(RecordNoteDialog)
        release.set()
        qtbot.waitUntil(lambda: bool(window.findChildren(RecordNoteDialog)), timeout=10_000)
        qtbot.waitUntil(lambda: not progress(), timeout=5_000)
        assert threads and threads[0] is not QApplication.instance().thread()
        assert failures == []
    finally:
        release.set()
        ticks.stop()
        settled(qtbot)


def test_a_slow_summary_preview_leaves_the_window_responsive_and_says_so(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch, failures: list[str]
) -> None:
    release, threads = threading.Event(), []
    monkeypatch.setattr(preview_dialog, "meeting_summary", slow(meeting_summary, release, threads))
    select_finalised(window)
    ticks = Ticks()
    try:
        window.menu_actions["meeting_summary"].trigger()
        (preview,) = window.findChildren(SummaryPreviewDialog)
        qtbot.waitUntil(lambda: preview.status.text() == "Making the summary…", timeout=5_000)
        assert not preview.save_button.isEnabled() and not preview.print_button.isEnabled()
        assert ticks.during(qtbot, 300) >= 10
        # A newer choice while the first render still runs: only the newer result is shown.
        preview.large_print.setChecked(True)
        release.set()
        with qtbot.waitSignal(preview.pages_changed, timeout=20_000):
            pass
        settled(qtbot)
        assert "large print" in preview.status.text()
        assert preview.save_button.isEnabled()
        assert threads and all(t is not QApplication.instance().thread() for t in threads)
        assert failures == []
    finally:
        release.set()
        ticks.stop()
        settled(qtbot)
