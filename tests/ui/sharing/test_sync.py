"""Share with… and syncing between two real vaults: one in the app, one a colleague's core."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from odnotes import sharing
from odnotes.model import Meeting, Network, Practitioner
from odnotes.vault import Vault
from tests.ui.sharing.colleague import Colleague, colleague, when_dialog
from ui.main_window import MainWindow
from ui.settings import Settings
from ui.sharing import syncer as syncer_module
from ui.sharing.models import SHARE
from ui.sharing.share_dialog import ShareDialog


def _draft(vault: Vault, network_id: str) -> Meeting:
    return next(m for m in vault.all(Meeting, network_id=network_id) if not m.is_final)


@pytest.fixture
def sam(tmp_path: Path) -> Colleague:
    return colleague(tmp_path)


@pytest.fixture
def paired(
    window: MainWindow, demo_vault: tuple[Vault, Network], settings: Settings, sam: Colleague
) -> str:
    """The window's practitioner and Sam, paired both ways; returns the window's id."""
    vault, _ = demo_vault
    me = sorted(vault.all(Practitioner), key=lambda p: p.name)[0].id
    settings.set_sharing_practitioner(vault.path, me)
    sharing.pair(vault, me, sam.card)
    sharing.pair(sam.vault, sam.practitioner_id, sharing.my_card(vault, me))
    return me


def _share_through_the_dialog(window: MainWindow, folder: Path) -> None:
    def fill(found: QDialog) -> None:
        assert isinstance(found, ShareDialog)
        assert "carries to your colleague" in found.explain.text()
        found.folder.setText(str(folder))
        index = found.model.index(0, SHARE)
        assert found.model.setData(
            index, Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole
        )
        found.ok.click()

    when_dialog(ShareDialog, fill)
    assert window.workspace is not None and window.workspace.page is not None
    window.workspace.page.share_with()


def test_share_then_sync_carries_the_network_and_brings_back_an_edit(
    window: MainWindow,
    demo_vault: tuple[Vault, Network],
    paired: str,
    sam: Colleague,
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    vault, network = demo_vault
    monkeypatch.setattr(syncer_module, "AFTER_ARRIVAL_MS", 50)
    _share_through_the_dialog(window, sam.folder)
    assert sharing.exchange_folder(vault) == sam.folder
    page = window.workspace.page  # type: ignore[union-attr]
    assert page is not None
    assert page.sharing.shared_label.text() == "Shared with Sam Fictional"
    syncer = window.syncer
    assert syncer is not None
    with qtbot.waitSignal(syncer.synced, timeout=10_000) as sent:
        window.menu_actions["sync_now"].trigger()
    assert sent.args[0].sent >= 1
    assert "sent" in window.notice.text().lower()

    got = sam.sync()
    assert got.received > 0 and not got.refused
    theirs = _draft(sam.vault, network.id)
    theirs.purpose.text = "Sam remembered: the family asked to meet at home next time."
    sam.vault.save(theirs)
    sam.sync()  # the file appears in the folder; the app's watcher takes it in

    with qtbot.waitSignal(syncer.synced, timeout=10_000) as arrived:
        pass
    assert arrived.args[0].received >= 1
    mine = vault.get(Meeting, theirs.id)
    assert mine.purpose.text == "Sam remembered: the family asked to meet at home next time."
    assert "from Sam Fictional" in window.notice.text()
    assert f"Received {arrived.args[0].received} change" in window.notice.text()


def test_sync_now_without_a_share_says_what_to_do(
    window: MainWindow, paired: str, qtbot: QtBot
) -> None:
    window.menu_actions["sync_now"].trigger()
    assert "Share with" in window.notice.text()
    assert window.syncer is not None and not window.syncer.running


def test_a_refused_file_is_named_and_the_rest_kept(
    window: MainWindow,
    demo_vault: tuple[Vault, Network],
    paired: str,
    sam: Colleague,
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    vault, network = demo_vault
    monkeypatch.setattr(syncer_module, "AFTER_ARRIVAL_MS", 600_000)  # only the syncs asked for
    monkeypatch.setattr(syncer_module, "AFTER_SAVE_MS", 600_000)
    _share_through_the_dialog(window, sam.folder)
    syncer = window.syncer
    assert syncer is not None
    with qtbot.waitSignal(syncer.synced, timeout=10_000):
        syncer.sync(asked=False)
    sam.sync()
    theirs = _draft(sam.vault, network.id)
    theirs.purpose.text = "Sam's words, altered on the way."
    sam.vault.save(theirs)
    sam.sync()
    mine = sharing.my_card(vault, paired).card_id
    forged = next(p for p in sam.folder.iterdir() if p.name.split("-")[2] == mine[:16])
    blob = bytearray(forged.read_bytes())
    blob[-10] ^= 0xFF
    forged.write_bytes(bytes(blob))
    warned: list[str] = []
    monkeypatch.setattr(
        "ui.sharing.syncer.QMessageBox.warning", lambda _p, _t, text: warned.append(text)
    )
    with qtbot.waitSignal(syncer.synced, timeout=10_000) as done:
        syncer.sync(asked=True)
    report = done.args[0]
    assert [r.name for r in report.refused] == [forged.name]
    assert forged.name in window.notice.text()
    assert warned and forged.name in warned[0] and "Traceback" not in warned[0]


def test_locking_stops_the_watcher(
    window: MainWindow, paired: str, sam: Colleague, qtbot: QtBot
) -> None:
    _share_through_the_dialog(window, sam.folder)
    assert window.syncer is not None
    with qtbot.waitSignal(window.syncer.synced, timeout=10_000):
        window.sync_now()
    assert window.syncer.watcher.directories() == [str(sam.folder)]
    watcher = window.syncer.watcher
    window.lock()
    assert window.syncer is None
    assert watcher.directories() == []
