"""The conflict view names the field in the UI's language, from the core's catalog."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from odnotes import sharing
from odnotes.codec import to_plain
from odnotes.i18n import translator
from odnotes.model import Meeting, Network, Person, PlaceKind, Practitioner
from odnotes.vault import Vault
from tests.ui.sharing.colleague import colleague, share_with_sam
from ui.sharing.conflict_dialog import ConflictDialog
from ui.sharing.conflicts import field_label, field_of, version


def _place_conflict(vault: Vault, network: Network, tmp_path: Path) -> Meeting:
    """The demo draft's place chosen differently on two laptops, then exchanged."""
    me = next(p.id for p in vault.all(Practitioner) if p.name == "Tuula Rantanen")
    vault.author = me
    sam = colleague(tmp_path)
    share_with_sam(vault, me, sam, network.id)
    draft = next(m for m in vault.all(Meeting, network_id=network.id) if not m.is_final)
    for laptop, place in ((vault, PlaceKind.HOME), (sam.vault, PlaceKind.PHONE)):
        copy = laptop.get(Meeting, draft.id)
        copy.place = place
        laptop.save(copy)
    sam.sync()
    assert draft.id in sharing.sync(vault, me).conflicts
    return draft


@pytest.mark.parametrize("language", ["fi"], indirect=True)
def test_the_field_path_is_in_finnish(
    language: str, qtbot: QtBot, demo_vault: tuple[Vault, Network], tmp_path: Path
) -> None:
    vault, network = demo_vault
    draft = _place_conflict(vault, network, tmp_path)
    fi = translator("fi")
    assert fi.gettext("Where") == "Missä"  # the catalog's word, used elsewhere already
    dialog = ConflictDialog(vault, [draft.id])
    qtbot.addWidget(dialog)
    dialog.show()
    (choice,) = dialog.choices
    assert choice.title() == "Missä"
    assert {t.toPlainText() for t in choice.texts} == {"Kotona", "Puhelimessa"}
    data = to_plain(vault.get(Meeting, draft.id))
    nested = field_label("meeting", ("next_meeting", "place"), vault, data)
    assert nested == "Seuraava tapaaminen › Missä"


def test_in_english_the_declared_labels_are_shown(demo_vault: tuple[Vault, Network]) -> None:
    vault, network = demo_vault
    draft = next(m for m in vault.all(Meeting, network_id=network.id) if not m.is_final)
    data = to_plain(draft)
    assert field_label("meeting", ("next_meeting", "place"), vault, data) == "Next meeting › Where"


def test_a_choice_is_shown_in_words_and_never_offered_for_combining(
    qtbot: QtBot, demo_vault: tuple[Vault, Network], tmp_path: Path
) -> None:
    vault, network = demo_vault
    draft = _place_conflict(vault, network, tmp_path)
    dialog = ConflictDialog(vault, [draft.id])
    qtbot.addWidget(dialog)
    dialog.show()
    (choice,) = dialog.choices
    assert choice.title() == "Where"
    assert {t.toPlainText() for t in choice.texts} == {"At home", "By phone"}
    assert not choice.combine_button.isVisible() and not choice.combined.isVisible()
    assert {v.value for v in choice.versions} == {"home", "phone"}  # stored as they were


def test_attendance_reads_as_who_was_there(demo_vault: tuple[Vault, Network]) -> None:
    vault, network = demo_vault
    draft = next(m for m in vault.all(Meeting, network_id=network.id) if not m.is_final)
    person = draft.present[0]
    data = to_plain(draft)
    path = ("attendance", f"[{person}]", "status")
    name = next(p.name for p in vault.all(Person, network_id=network.id) if p.id == person)
    assert field_label("meeting", path, vault, data) == f"Who was there ({name})"
    assert version(vault, "absent", None, field_of("meeting", path)).text == "invited, not there"
    assert not version(vault, "absent", None, field_of("meeting", path)).is_text
