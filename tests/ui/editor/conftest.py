"""Qt fixtures for the meeting editor's tests: the demo draft open in an editor."""

from __future__ import annotations

import traceback
from collections.abc import Callable, Iterator
from datetime import datetime

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialog, QWidget
from pytestqt.qtbot import QtBot

from odnotes.continuity import in_order
from odnotes.model import Meeting, Network
from odnotes.vault import Vault
from ui.editor import MeetingEditor

FAST_DEBOUNCE_MS = 150


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """The offscreen platform warns that it cannot pass window size hints; nothing is wrong."""
    for item in items:
        if "ui/editor" in item.nodeid:
            item.add_marker(pytest.mark.qt_log_ignore("does not support propagateSizeHints"))


FAST_MAX_WAIT_MS = 1000


def demo_meetings(vault: Vault, network: Network) -> list[Meeting]:
    """The demo network's meetings, oldest first (the third is a draft)."""
    return in_order(vault.all(Meeting, network_id=network.id))


def open_editor(qtbot: QtBot, vault: Vault, meeting_id: str, *, fast: bool = True) -> MeetingEditor:
    """A shown editor at laptop size; ``fast`` shortens the autosave timing."""
    editor = MeetingEditor(vault, meeting_id)
    qtbot.addWidget(editor)
    if fast:
        editor.session.set_intervals(FAST_DEBOUNCE_MS, FAST_MAX_WAIT_MS)
    editor.resize(1366, 768)
    editor.show()
    reactivate(qtbot, editor)
    return editor


@pytest.fixture
def draft_editor(qtbot: QtBot, demo_vault: tuple[Vault, Network]) -> Iterator[MeetingEditor]:
    """The demo's draft meeting open in an editor with fast autosave."""
    vault, network = demo_vault
    draft = demo_meetings(vault, network)[2]
    assert not draft.is_final
    editor = open_editor(qtbot, vault, draft.id)
    yield editor
    editor.session.save_now()


@pytest.fixture
def blank_editor(qtbot: QtBot, demo_vault: tuple[Vault, Network]) -> MeetingEditor:
    """A new, empty meeting of the demo network, open in an editor with fast autosave."""
    vault, network = demo_vault
    meeting = Meeting(network.id, datetime(2026, 10, 2, 10, 0))
    vault.save(meeting)
    return open_editor(qtbot, vault, meeting.id)


def reactivate(qtbot: QtBot, widget: QWidget) -> None:
    """Make ``widget``'s window active again after a dialog (no window manager offscreen)."""
    widget.activateWindow()
    qtbot.waitUntil(widget.isActiveWindow, timeout=2000)


def when_modal(qtbot: QtBot, act: Callable[[QWidget], None]) -> None:
    """Run ``act`` on the next modal dialog once it is shown (before calling what opens it)."""

    def poll() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None or not dialog.isVisible():
            QTimer.singleShot(20, poll)
            return
        try:
            act(dialog)
        except BaseException:
            traceback.print_exc()  # shown with the failing test's captured output
            raise
        finally:
            if dialog.isVisible() and isinstance(dialog, QDialog):
                dialog.reject()  # a failing check must not leave the test waiting forever

    QTimer.singleShot(0, poll)
