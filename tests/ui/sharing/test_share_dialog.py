"""Network › Share with…: its refusals say why in the dialog and store nothing more."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from odnotes import sharing
from odnotes.model import Network, Practitioner
from odnotes.vault import Vault
from tests.ui.sharing.colleague import colleague
from ui.sharing.models import SHARE
from ui.sharing.share_dialog import ShareDialog


def _dialog(qtbot: QtBot, vault: Vault, network: Network, folder: Path) -> ShareDialog:
    dialog = ShareDialog(vault, network.id)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.folder.setText(str(folder))
    assert dialog.model.setData(
        dialog.model.index(0, SHARE), Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole
    )
    return dialog


def test_a_folder_that_is_not_there_is_refused_and_nothing_is_stored(
    qtbot: QtBot, demo_vault: tuple[Vault, Network], tmp_path: Path
) -> None:
    vault, network = demo_vault
    me = sorted(vault.all(Practitioner), key=lambda p: p.name)[0].id
    sam = colleague(tmp_path)
    sharing.pair(vault, me, sam.card)
    dialog = _dialog(qtbot, vault, network, tmp_path / "not-made-yet")
    dialog.ok.click()
    assert dialog.isVisible() and "is not a folder that exists here" in dialog.error.text()
    assert sharing.exchange_folder(vault) is None
    assert sharing.shared_with(vault, network.id) == []


def test_a_colleague_removed_meanwhile_is_refused_through_the_runner_in_the_dialog(
    qtbot: QtBot, demo_vault: tuple[Vault, Network], tmp_path: Path
) -> None:
    vault, network = demo_vault
    me = sorted(vault.all(Practitioner), key=lambda p: p.name)[0].id
    sam = colleague(tmp_path)
    sharing.pair(vault, me, sam.card)
    dialog = _dialog(qtbot, vault, network, sam.folder)
    sharing.unpair(vault, sam.card.card_id)  # in another window, while this one was open
    dialog.ok.click()
    assert dialog.isVisible() and not dialog.error.isHidden()
    assert "No colleague with that card id is paired" in dialog.error.text()
    assert sharing.shared_with(vault, network.id) == []
