"""A co-facilitator already in the team is asked about when pairing, then listed once.

The demo vault is Tuula's; it has named "Sam Okafor" as facilitator for
months. Sam's own vault knows him under the id on his card. Pairing asks who
he is in Tuula's team (her stand-in preselected by name), and after a sync the
meeting editor's facilitator picker shows one Sam, ticked where either id is.
"""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from odnotes import networks, sharing
from odnotes.exchange import write_card
from odnotes.model import Meeting, Network, Practitioner
from odnotes.vault import Vault
from tests.ui.sharing.colleague import SAM_ID, Colleague, colleague, when_dialog
from ui.continuity.panel import IndicatorsPanel
from ui.editor import MeetingEditor
from ui.editor.sections.people import PeopleSection
from ui.models.names import Names
from ui.network.people_tab import PeopleTab
from ui.settings import Settings
from ui.sharing.colleagues_dialog import ColleaguesDialog
from ui.sharing.pairing_dialog import PairingDialog


def _by_name(vault: Vault) -> dict[str, Practitioner]:
    return {p.name: p for p in vault.all(Practitioner)}


@pytest.fixture
def dialog(qtbot: QtBot, demo_vault: tuple[Vault, Network], settings: Settings) -> ColleaguesDialog:
    vault, _ = demo_vault
    settings.set_sharing_practitioner(vault.path, _by_name(vault)["Tuula Rantanen"].id)
    made = ColleaguesDialog(vault, settings)
    qtbot.addWidget(made)
    made.show()
    return made


def _pair(dialog: ColleaguesDialog, card: Path, act: object) -> list[PairingDialog]:
    """Open the pairing dialog for ``card``, let ``act`` look at it, then say they match."""
    seen: list[PairingDialog] = []

    def look(found: QDialog) -> None:
        assert isinstance(found, PairingDialog)
        seen.append(found)
        act(found)  # type: ignore[operator]
        found.match_button.click()

    when_dialog(PairingDialog, look)
    dialog.pair_with_file(card, dialog.me.practitioner_id())
    return seen


def test_the_stand_in_with_the_colleagues_name_is_preselected_and_linked(
    dialog: ColleaguesDialog, tmp_path: Path
) -> None:
    vault = dialog._vault
    names = _by_name(vault)
    sam = colleague(tmp_path, name="SAM OKAFOR")  # the card's name, written his way
    card = write_card(tmp_path / "sam.odcard", sam.card)
    shown: list[list[str]] = []

    def look(found: PairingDialog) -> None:
        assert found.team_row.isVisibleTo(found)
        choice = found.team_choice
        shown.append([choice.itemText(i) for i in range(choice.count())])
        assert choice.currentData() == names["Sam Okafor"].id

    _pair(dialog, card, look)
    assert shown == [
        [
            "Sam Okafor (already in your team)",
            "Ümit Demir (already in your team)",
            "a new team member",
        ]
    ]  # fmt: skip  (never Tuula: she uses this vault)
    assert vault.get(Practitioner, names["Sam Okafor"].id).same_as == SAM_ID
    assert "Paired with SAM OKAFOR" in dialog.outcome.text()


def test_a_new_team_member_links_nobody(dialog: ColleaguesDialog, tmp_path: Path) -> None:
    vault = dialog._vault
    sam = colleague(tmp_path, name="Sam Okafor")
    card = write_card(tmp_path / "sam.odcard", sam.card)

    def choose_new(found: PairingDialog) -> None:
        found.team_choice.setCurrentIndex(found.team_choice.findData(""))

    _pair(dialog, card, choose_new)
    assert [c.card_id for c in sharing.paired(vault)] == [sam.card.card_id]
    assert all(not p.same_as for p in vault.all(Practitioner))


def test_no_name_match_preselects_a_new_team_member(
    dialog: ColleaguesDialog, tmp_path: Path
) -> None:
    someone = colleague(tmp_path, name="Aino Fictional")
    card = write_card(tmp_path / "aino.odcard", someone.card)
    chosen: list[str] = []
    _pair(dialog, card, lambda found: chosen.append(found.stand_in()))
    assert chosen == [""]
    assert all(not p.same_as for p in dialog._vault.all(Practitioner))


def _linked_and_synced(vault: Vault, network: Network, tmp_path: Path) -> tuple[str, str]:
    """Tuula pairs with Sam linking her stand-in; both sync; Sam's own record is here then."""
    names = _by_name(vault)
    me, stand_in = names["Tuula Rantanen"].id, names["Sam Okafor"].id
    vault.author = me
    sam: Colleague = colleague(tmp_path, name="Sam Okafor")
    sharing.pair(vault, me, sam.card, stand_in=stand_in)
    sharing.pair(sam.vault, SAM_ID, sharing.my_card(vault, me))
    sharing.set_exchange_folder(vault, sam.folder)
    sharing.share(vault, network.id, sam.card.card_id)
    sharing.sync(vault, me)
    sam.sync()
    sharing.sync(vault, me)
    assert vault.get(Practitioner, SAM_ID).name == "Sam Okafor"
    return stand_in, me


def test_the_facilitator_picker_shows_one_sam_ticked_for_the_old_id(
    qtbot: QtBot, demo_vault: tuple[Vault, Network], tmp_path: Path
) -> None:
    vault, network = demo_vault
    stand_in, me = _linked_and_synced(vault, network, tmp_path)
    draft = next(m for m in vault.all(Meeting, network_id=network.id) if not m.is_final)
    assert draft.facilitators == [me, stand_in]
    editor = MeetingEditor(vault, draft.id)
    qtbot.addWidget(editor)
    editor.show()
    people = editor.sections["people"]
    assert isinstance(people, PeopleSection)
    model = people.facilitators
    rows = [model.index(r, 0) for r in range(model.rowCount())]
    names = [i.data() for i in rows]
    assert sorted(names) == ["Sam Okafor", "Tuula Rantanen", "Ümit Demir"]  # one Sam
    sam_row = rows[names.index("Sam Okafor")]
    checked = Qt.CheckState.Checked.value
    assert sam_row.data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked
    facilitators = editor.session.meeting.facilitators
    assert model.setData(sam_row, Qt.CheckState.Unchecked.value, Qt.ItemDataRole.CheckStateRole)
    assert facilitators == [me]  # unticking took the old id away
    assert model.setData(sam_row, checked, Qt.ItemDataRole.CheckStateRole)
    assert facilitators == [me, SAM_ID]  # ticking names his own id
    assert not model.setData(sam_row, checked, Qt.ItemDataRole.CheckStateRole)
    editor.session.save_now()
    assert vault.get(Meeting, draft.id).facilitators == [me, SAM_ID]


def test_enter_on_the_team_choice_never_pairs(
    dialog: ColleaguesDialog, tmp_path: Path, qtbot: QtBot
) -> None:
    sam = colleague(tmp_path, name="Sam Okafor")
    card = write_card(tmp_path / "sam.odcard", sam.card)

    def enter_then_refuse(found: QDialog) -> None:
        assert isinstance(found, PairingDialog)
        found.team_choice.setFocus()
        qtbot.keyClick(found.team_choice, Qt.Key.Key_Return)
        if found.isVisible():  # Enter may do nothing here, or press "They don't match"
            found.differ_button.click()

    when_dialog(PairingDialog, enter_then_refuse)
    dialog.pair_with_file(card, dialog.me.practitioner_id())
    assert sharing.paired(dialog._vault) == []
    assert all(not p.same_as for p in dialog._vault.all(Practitioner))


def test_continuity_counts_a_linked_colleague_once_and_tables_list_him_once(
    qtbot: QtBot, demo_vault: tuple[Vault, Network], tmp_path: Path
) -> None:
    vault, network = demo_vault
    stand_in, me = _linked_and_synced(vault, network, tmp_path)
    later = Meeting(network.id, datetime(2026, 10, 1, 10, 0), facilitators=[me, SAM_ID])
    vault.save(later)
    panel = IndicatorsPanel(vault, network.id, today=date(2026, 12, 1))
    qtbot.addWidget(panel)
    rows = panel.practitioners
    shown = {rows.index(r, 0).data(): rows.index(r, 1).data() for r in range(rows.rowCount())}
    assert list(shown).count("Sam Okafor") == 1 and len(shown) == 3
    assert shown["Sam Okafor"] == "3 of 4"  # two meetings as the stand-in, one as himself
    assert Names(vault, network.id).list([me, stand_in, SAM_ID]) == "Tuula Rantanen, Sam Okafor"


def test_the_people_tab_lists_him_once_and_offers_him_nowhere_else(
    qtbot: QtBot, demo_vault: tuple[Vault, Network], tmp_path: Path
) -> None:
    vault, network = demo_vault
    _linked_and_synced(vault, network, tmp_path)
    other = networks.create_network(vault, "Another fictional network")
    tab = PeopleTab(vault, other.id)
    qtbot.addWidget(tab)
    offered = [tab.existing.itemText(i) for i in range(tab.existing.count())]
    assert [t for t in offered if t.startswith("Sam Okafor")] == ["Sam Okafor (psychologist)"]
    tab.existing.setCurrentIndex(offered.index("Sam Okafor (psychologist)"))
    tab._join()
    qtbot.waitUntil(lambda: SAM_ID in vault.get(Network, other.id).practitioner_ids)
    here = PeopleTab(vault, network.id)
    qtbot.addWidget(here)
    names = [here.practitioners.object_at(r).name for r in range(here.practitioners.rowCount())]
    assert names.count("Sam Okafor") == 1 and len(names) == 3
    assert not any(
        here.existing.itemText(i).startswith("Sam") for i in range(here.existing.count())
    )
