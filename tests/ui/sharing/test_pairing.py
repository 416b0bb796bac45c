"""Colleagues window: saving my card, pairing after comparing the number, removing."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QMessageBox
from pytestqt.qtbot import QtBot

from odnotes import sharing
from odnotes.exchange import read_card, safety_number, write_card
from odnotes.model import Network, Practitioner
from odnotes.vault import Vault
from tests.ui.sharing.colleague import colleague, when_dialog
from ui.settings import Settings
from ui.sharing import colleagues_dialog
from ui.sharing.colleagues_dialog import ColleaguesDialog
from ui.sharing.models import ColleaguesModel
from ui.sharing.pairing_dialog import PairingDialog


def _me(vault: Vault) -> Practitioner:
    return sorted(vault.all(Practitioner), key=lambda p: p.name)[0]


@pytest.fixture
def dialog(qtbot: QtBot, demo_vault: tuple[Vault, Network], settings: Settings) -> ColleaguesDialog:
    vault, _ = demo_vault
    settings.set_sharing_practitioner(vault.path, _me(vault).id)
    made = ColleaguesDialog(vault, settings)
    qtbot.addWidget(made)
    made.show()
    return made


def test_my_card_is_saved_where_chosen(
    dialog: ColleaguesDialog, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "mine.odcard"
    monkeypatch.setattr(colleagues_dialog, "save_file_with_suffix", lambda *_a: target)
    dialog.save_card_button.click()
    vault = dialog._vault
    card = read_card(target)
    assert card.card_id == sharing.my_card(vault, _me(vault).id).card_id
    assert card.name == _me(vault).name
    assert "mine.odcard" in dialog.outcome.text()


def test_they_match_pairs_and_lists_the_colleague(
    dialog: ColleaguesDialog, tmp_path: Path, qtbot: QtBot
) -> None:
    sam = colleague(tmp_path)
    card_file = write_card(tmp_path / "sam.odcard", sam.card)
    vault = dialog._vault
    expected = safety_number(sharing.my_card(vault, _me(vault).id), sam.card)
    shown: list[str] = []

    def look_and_match(found: QDialog) -> None:
        assert isinstance(found, PairingDialog)
        shown.append(found.number.text())
        assert "Sam Fictional" in found.who.text()
        found.match_button.click()

    when_dialog(PairingDialog, look_and_match)
    dialog.pair_with_file(card_file, _me(vault).id)
    assert shown == ["\n".join(expected.lines())]
    assert [c.card_id for c in sharing.paired(vault)] == [sam.card.card_id]
    assert dialog.model.rowCount() == 1
    assert dialog.model.object_at(0).name == "Sam Fictional"
    assert "Paired with Sam Fictional" in dialog.outcome.text()


def test_they_dont_match_pairs_nothing(dialog: ColleaguesDialog, tmp_path: Path) -> None:
    sam = colleague(tmp_path)
    card_file = write_card(tmp_path / "sam.odcard", sam.card)
    when_dialog(PairingDialog, lambda found: found.differ_button.click())  # type: ignore[attr-defined]
    dialog.pair_with_file(card_file, _me(dialog._vault).id)
    assert sharing.paired(dialog._vault) == []
    assert dialog.model.rowCount() == 0
    assert "Not paired" in dialog.outcome.text()


def test_pairing_opens_on_dont_match_so_enter_never_pairs(
    dialog: ColleaguesDialog, tmp_path: Path, qtbot: QtBot
) -> None:
    sam = colleague(tmp_path)
    card_file = write_card(tmp_path / "sam.odcard", sam.card)

    def press_enter(found: QDialog) -> None:
        assert isinstance(found, PairingDialog)
        qtbot.waitUntil(lambda: found.differ_button.hasFocus() or not found.isActiveWindow())
        qtbot.keyClick(found.focusWidget() or found, Qt.Key.Key_Return)

    when_dialog(PairingDialog, press_enter)
    dialog.pair_with_file(card_file, _me(dialog._vault).id)
    assert sharing.paired(dialog._vault) == []
    assert dialog.isVisible()  # Enter closed the pairing dialog only


def test_a_file_that_is_not_a_card_is_refused_with_words(
    dialog: ColleaguesDialog, tmp_path: Path
) -> None:
    bad = tmp_path / "holiday.odcard"
    bad.write_text("not a card", encoding="utf-8")
    dialog.pair_with_file(bad, _me(dialog._vault).id)
    assert "not an OD Notes practitioner card" in dialog.outcome.text()
    assert sharing.paired(dialog._vault) == []


def test_remove_asks_then_unpairs(
    dialog: ColleaguesDialog, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    vault = dialog._vault
    sam = colleague(tmp_path)
    sharing.pair(vault, _me(vault).id, sam.card)
    dialog.reload()
    dialog.view.selectRow(0)
    assert dialog.remove_button.isEnabled()
    monkeypatch.setattr(QMessageBox, "question", lambda *_a, **_k: QMessageBox.StandardButton.Yes)
    dialog.remove_button.click()
    assert sharing.paired(vault) == []
    assert dialog.model.rowCount() == 0


def test_who_you_are_is_remembered_per_vault(dialog: ColleaguesDialog, settings: Settings) -> None:
    vault = dialog._vault
    other = sorted(vault.all(Practitioner), key=lambda p: p.name)[-1]
    dialog.who.setCurrentIndex(dialog.who.findData(other.id))
    assert settings.sharing_practitioner(vault.path) == other.id
    assert vault.author == other.id
    assert other.name not in Path(settings.file_name).read_text(encoding="utf-8")


def test_colleagues_model(qtmodeltester: object, tmp_path: Path) -> None:
    model = ColleaguesModel()
    model.set_rows([colleague(tmp_path).card])
    qtmodeltester.check(model)  # type: ignore[attr-defined]
