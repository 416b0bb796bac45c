"""When the app syncs by itself: after a save in a shared network, on unlock, as files arrive."""

from __future__ import annotations

import threading
import time
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from odnotes import sharing
from odnotes.model import Meeting, Network, Practitioner
from odnotes.vault import Vault
from tests.conftest import PASSPHRASE
from tests.ui.helpers import wait_unlocked
from tests.ui.sharing.colleague import Colleague, colleague, share_with_sam
from ui.main_window import MainWindow
from ui.settings import Settings
from ui.sharing import syncer as syncer_module


@pytest.fixture
def shared(
    window: MainWindow,
    demo_vault: tuple[Vault, Network],
    settings: Settings,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    qtbot: QtBot,
) -> tuple[Vault, Network, Colleague]:
    """The window's network shared with Sam, who has taken it in; quick timers."""
    monkeypatch.setattr(syncer_module, "AFTER_SAVE_MS", 50)
    monkeypatch.setattr(syncer_module, "AFTER_ARRIVAL_MS", 50)
    vault, network = demo_vault
    me = sorted(vault.all(Practitioner), key=lambda p: p.name)[0].id
    settings.set_sharing_practitioner(vault.path, me)
    sam = colleague(tmp_path)
    share_with_sam(vault, me, sam, network.id)
    syncer = window.syncer
    assert syncer is not None  # the sharing saves above start a sync of their own: let it end
    qtbot.waitUntil(syncer.timer.isActive, timeout=10_000)  # once the saves' signals are in
    qtbot.waitUntil(lambda: not syncer.timer.isActive() and not syncer.running, timeout=10_000)
    return vault, network, sam


def _draft(vault: Vault, network_id: str) -> Meeting:
    return next(m for m in vault.all(Meeting, network_id=network_id) if not m.is_final)


def test_a_save_in_a_shared_network_is_sent_after_a_pause(
    window: MainWindow, shared: tuple[Vault, Network, Colleague], qtbot: QtBot
) -> None:
    vault, network, sam = shared
    assert window.syncer is not None
    draft = _draft(vault, network.id)
    draft.purpose.text = "Written after the meeting, on the first laptop."
    with qtbot.waitSignal(window.syncer.synced, timeout=10_000) as done:
        vault.save(draft)
    assert done.args[0].sent >= 1
    sam.sync()
    assert sam.vault.get(Meeting, draft.id).purpose.text == draft.purpose.text


def test_a_save_in_a_network_not_shared_sends_nothing(
    window: MainWindow, shared: tuple[Vault, Network, Colleague], qtbot: QtBot
) -> None:
    vault, _, _ = shared
    other = Network("Fictional other network", first_contact=_draft(vault, shared[1].id).starts_at)
    assert window.syncer is not None
    with qtbot.assertNotEmitted(window.syncer.synced, wait=400):
        vault.save(other)


def test_a_file_for_this_vault_arriving_in_the_folder_is_taken_in(
    window: MainWindow, shared: tuple[Vault, Network, Colleague], qtbot: QtBot
) -> None:
    vault, network, sam = shared
    assert window.syncer is not None
    with qtbot.waitSignal(window.syncer.synced, timeout=10_000):
        window.sync_now()  # the folder is watched from here on
    assert window.syncer.watcher.directories() == [str(sam.folder)]
    theirs = _draft(sam.vault, network.id)
    theirs.purpose.text = "Sam's words, arriving while the vault is open."
    sam.vault.save(theirs)
    with qtbot.waitSignal(window.syncer.synced, timeout=10_000) as done:
        sam.sync()  # writes the file; nothing in the app is called
    assert done.args[0].received >= 1
    assert vault.get(Meeting, theirs.id).purpose.text == theirs.purpose.text


def test_a_file_for_someone_else_does_not_start_a_sync(
    window: MainWindow, shared: tuple[Vault, Network, Colleague], qtbot: QtBot, tmp_path: Path
) -> None:
    vault, network, sam = shared
    assert window.syncer is not None
    with qtbot.waitSignal(window.syncer.synced, timeout=10_000):
        window.sync_now()
    stranger = colleague(tmp_path, "Robin Fictional", "70b1070b-1070-4b10-8b10-70b1070b1070")
    sharing.pair(sam.vault, sam.practitioner_id, stranger.card)
    sharing.pair(stranger.vault, stranger.practitioner_id, sam.card)
    sharing.share(sam.vault, network.id, stranger.card.card_id)
    with qtbot.waitSignal(window.syncer.synced, timeout=10_000):
        sharing.sync(sam.vault, sam.practitioner_id)  # Sam's file says whom he shares with now
    to_stranger = stranger.card.card_id[:16]
    for path in sam.folder.iterdir():
        if path.name.split("-")[2:3] == [to_stranger]:
            path.unlink()  # lost on the way: Sam's next sync writes it again, and only it
    before = set(sam.folder.iterdir())
    with qtbot.assertNotEmitted(window.syncer.synced, wait=600):
        sharing.sync(sam.vault, sam.practitioner_id)
        (arrived,) = set(sam.folder.iterdir()) - before
        assert arrived.name.split("-")[2] == to_stranger  # a file did arrive, for the stranger


def test_unlocking_syncs(
    window: MainWindow, shared: tuple[Vault, Network, Colleague], qtbot: QtBot
) -> None:
    vault, network, sam = shared
    theirs = _draft(sam.vault, network.id)
    theirs.purpose.text = "Written while the first laptop was locked."
    sam.vault.save(theirs)
    sam.sync()
    window.lock()
    window.lock_screen.form.passphrase.setText(PASSPHRASE)
    qtbot.keyClick(window.lock_screen.form.passphrase, Qt.Key.Key_Return)
    wait_unlocked(qtbot, window)
    qtbot.waitUntil(lambda: "from Sam Fictional" in window.notice.text(), timeout=10_000)
    assert vault.get(Meeting, theirs.id).purpose.text == theirs.purpose.text


def test_locking_while_a_sync_runs_says_nothing_and_breaks_nothing(
    window: MainWindow,
    shared: tuple[Vault, Network, Colleague],
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    started = threading.Event()
    real = sharing.sync

    def slow(vault: Vault, practitioner_id: str) -> sharing.SyncReport:
        started.set()
        time.sleep(0.5)
        return real(vault, practitioner_id)

    monkeypatch.setattr("ui.sharing.syncer.sharing.sync", slow)
    assert window.syncer is not None
    window.sync_now()
    qtbot.waitUntil(started.is_set)
    window.lock()
    qtbot.wait(1_000)  # the sync ends (refused: the vault is locked) after the syncer went
    assert window.syncer is None
    assert "Not synced" not in window.notice.text()
