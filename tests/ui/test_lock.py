"""Locking drops every decrypted model and widget, saves editors first, and comes back."""

from __future__ import annotations

import gc
import weakref
from pathlib import Path

import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from pytestqt.qtbot import QtBot

from odnotes.model import Meeting, Network, Person
from odnotes.vault import Vault
from tests.conftest import PASSPHRASE
from tests.ui.fake_clock import FakeClock
from tests.ui.fake_editor import FakeMeetingEditor
from tests.ui.helpers import flush_deletes, visible_texts, wait_unlocked
from ui.main_window import MainWindow
from ui.settings import Settings

DEMO_NAMES = ["Maija", "Päivi", "Łukasz", "Zoë", "Øyvind", "Tuula", "Okafor", "Ümit"]


def latest_meeting(vault: Vault) -> Meeting:
    return max(vault.all(Meeting), key=lambda m: m.starts_at)


def test_lock_drops_decrypted_data_and_unlock_returns_to_the_meeting(
    qtbot: QtBot, window: MainWindow
) -> None:
    vault = window.session.vault
    draft = latest_meeting(vault)
    editor = window.open_meeting(draft.id)
    assert isinstance(editor, FakeMeetingEditor)
    editor.purpose.setPlainText("Typed just before the lock.")
    window.open_search()
    assert window.workspace is not None and window.workspace.page is not None
    models = [
        weakref.ref(window.workspace.panel.model),
        weakref.ref(window.workspace.page.people.members),
        weakref.ref(window.workspace.page.meetings.model),
        weakref.ref(window.workspace.page.uncertainties.model),
        weakref.ref(window.workspace.page.decisions.follow_ups),
    ]

    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert window.session.is_locked
    flush_deletes()
    gc.collect()
    assert all(ref() is None for ref in models), "a model outlived the lock"
    assert not shiboken6.isValid(editor), "the editor outlived the lock"
    assert window.search_dialog is None
    shown = visible_texts(window)
    for name in DEMO_NAMES:
        assert name not in shown
    assert not any(a.isEnabled() for n, a in window.menu_actions.items() if n == "search")

    window.lock_screen.form.passphrase.setText(PASSPHRASE)
    qtbot.keyClick(window.lock_screen.form.passphrase, Qt.Key.Key_Return)
    wait_unlocked(qtbot, window)
    assert window.workspace is not None
    qtbot.waitUntil(lambda: window.workspace.current_editor() is not None, timeout=5000)
    current = window.workspace.current_editor()
    assert current is not None and current.meeting_id() == draft.id
    assert vault.get(Meeting, draft.id).purpose.text == "Typed just before the lock."
    assert current.purpose.toPlainText() == "Typed just before the lock."
    assert "Maija" in window.windowTitle()


def test_a_network_read_again_after_unlocking_is_dropped_at_the_next_lock(
    qtbot: QtBot, window: MainWindow
) -> None:
    """The page that comes back is read by a background operation with a progress label; its
    timer's slot once kept the operation, and through it the page and its records, for good."""
    assert window.workspace is not None and window.workspace.page is not None
    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    window.lock_screen.form.passphrase.setText(PASSPHRASE)
    qtbot.keyClick(window.lock_screen.form.passphrase, Qt.Key.Key_Return)
    wait_unlocked(qtbot, window)
    qtbot.waitUntil(lambda: window.workspace is not None and window.workspace.page is not None)
    page = window.workspace.page
    assert page is not None
    qtbot.waitUntil(page.isVisible)
    kept = [weakref.ref(page), weakref.ref(page.meetings.model), weakref.ref(window.workspace)]
    del page

    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert window.session.is_locked
    flush_deletes()
    gc.collect()
    assert all(ref() is None for ref in kept), "the page read after unlocking outlived the lock"


def test_minimising_locks(qtbot: QtBot, window: MainWindow) -> None:
    window.showMinimized()
    qtbot.waitUntil(lambda: window.session.is_locked, timeout=5_000)
    assert window.workspace is None


def test_suspend_reported_by_qt_locks(window: MainWindow) -> None:
    """Through the application's own signal, as Qt reports a suspend."""
    app = QGuiApplication.instance()
    assert isinstance(app, QGuiApplication)
    app.applicationStateChanged.emit(Qt.ApplicationState.ApplicationActive)
    assert not window.session.is_locked
    app.applicationStateChanged.emit(Qt.ApplicationState.ApplicationSuspended)
    assert window.session.is_locked


def test_idle_time_locks_and_input_restarts_the_countdown(
    fake_clock: FakeClock, qtbot: QtBot, window: MainWindow
) -> None:
    window.session.set_idle_minutes(1.5)
    for _ in range(7):  # 140 s of typing in all: longer than the idle time
        fake_clock.advance(20_000)
        qtbot.keyClick(window.workspace.panel.search, Qt.Key.Key_A)  # type: ignore[union-attr]
    assert not window.session.is_locked
    fake_clock.advance(89_999)
    assert not window.session.is_locked
    fake_clock.advance(1)
    assert window.session.is_locked


def test_closing_saves_and_never_asks(qtbot: QtBot, window: MainWindow, settings: Settings) -> None:
    vault = window.session.vault
    draft = latest_meeting(vault)
    editor = window.open_meeting(draft.id)
    editor.purpose.setPlainText("Written, then the window was closed.")
    assert settings.open_session() == (str(vault.path.resolve()), draft.id)
    window.close()  # a dialog here would block the test
    assert not vault.is_unlocked
    reopened = Vault.open(vault.path, policy=vault._policy)
    reopened.unlock(PASSPHRASE)
    assert reopened.get(Meeting, draft.id).purpose.text == "Written, then the window was closed."
    reopened.close()
    assert settings.open_session() is None


def test_settings_never_hold_names_or_words(
    qtbot: QtBot, window: MainWindow, settings: Settings
) -> None:
    vault = window.session.vault
    network = vault.all(Network)[0]
    window.open_meeting(latest_meeting(vault).id)
    window.open_search()
    window.search_dialog.query.setText("Päivi")  # type: ignore[union-attr]
    window.search_dialog.run_search()  # type: ignore[union-attr]
    window.menu_actions["larger"].trigger()
    window.session.lock()
    window.close()
    settings.sync()
    data = Path(settings.file_name).read_bytes()
    assert data, "the settings were written"
    words = [network.name, *(p.name for p in vault_people(window)), "sleep", "tablets"]
    for word in words:
        for encoding in ("utf-8", "utf-16-le", "unicode_escape"):
            assert word.encode(encoding) not in data, word
        assert word.encode("ascii", "xmlcharrefreplace") not in data


def vault_people(window: MainWindow) -> list[Person]:
    vault = window.session.vault
    reopened = Vault.open(vault.path, readonly=True, policy=vault._policy)
    reopened.unlock(PASSPHRASE)
    people = reopened.all(Person)
    reopened.close()
    return people


def test_title_names_vault_and_network_only_while_unlocked(window: MainWindow) -> None:
    assert window.windowTitle() == f"Maija — {window.session.vault.name} — OD Notes"
    window.lock()
    assert window.windowTitle() == f"{window.session.vault.name} (locked) — OD Notes"
    assert QGuiApplication.clipboard() is not None
