"""The preview's language: switched with the keyboard and re-rendered at once; a copy
for someone starts in their language."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from odnotes.continuity import in_order
from odnotes.model import Meeting, Network, Person
from odnotes.vault import Vault
from tests.odnotes.summary_helpers import pdf_text
from tests.ui.helpers import rendered
from ui.summary import SummaryPreviewDialog


@pytest.fixture
def dialog(qtbot, demo_vault: tuple[Vault, Network]) -> SummaryPreviewDialog:
    vault, network = demo_vault
    meeting = in_order(vault.all(Meeting, network_id=network.id))[-1]
    widget = rendered(qtbot, SummaryPreviewDialog(vault, meeting_id=meeting.id))
    widget.show()
    return widget


def test_switching_the_language_re_renders_at_once(qtbot, dialog: SummaryPreviewDialog) -> None:
    assert "Summary of our meeting" in pdf_text(dialog.pdf_bytes())
    dialog.language.setFocus()
    with qtbot.waitSignal(dialog.pages_changed):
        qtbot.keyClick(dialog.language, Qt.Key.Key_Down)  # English -> Suomi
    assert dialog.language.currentData() == "fi"
    text = pdf_text(dialog.pdf_bytes())
    assert "Yhteenveto tapaamisestamme" in text
    assert "Summary of our meeting" not in text
    assert dialog.options().language == "fi"
    with qtbot.waitSignal(dialog.pages_changed):
        qtbot.keyClick(dialog.language, Qt.Key.Key_End)  # the last one, Polski
    assert "Podsumowanie naszego spotkania" in pdf_text(dialog.pdf_bytes())


def test_a_copy_for_someone_starts_in_their_language(qtbot, dialog: SummaryPreviewDialog) -> None:
    lukasz = dialog.recipient.findText("For Łukasz")
    with qtbot.waitSignal(dialog.pages_changed):
        dialog.recipient.setCurrentIndex(lukasz)
    assert dialog.language.currentData() == "pl"  # the demo's Łukasz reads Polish
    assert "Egzemplarz dla: Łukasz" in pdf_text(dialog.pdf_bytes())
    with qtbot.waitSignal(dialog.pages_changed):  # the practitioner can still choose
        dialog.language.setCurrentIndex(dialog.language.findData("de"))
    assert "Für Łukasz" in pdf_text(dialog.pdf_bytes())
    maija = dialog.recipient.findText("For Maija")
    with qtbot.waitSignal(dialog.pages_changed):  # no language said: stays as chosen
        dialog.recipient.setCurrentIndex(maija)
    assert dialog.language.currentData() == "de"


def test_the_language_choice_names_each_language_in_itself(dialog: SummaryPreviewDialog) -> None:
    labels = [dialog.language.itemText(i) for i in range(dialog.language.count())]
    assert labels == ["English", "Suomi (Finnish)", "Deutsch (German)", "Polski (Polish)"]
    assert dialog.language.accessibleName() == "Language of the summary"


def test_an_older_free_text_language_still_chooses_the_copy(
    qtbot, demo_vault: tuple[Vault, Network]
) -> None:
    vault, network = demo_vault
    zoe = next(p for p in vault.all(Person, network_id=network.id) if p.name == "Zoë")
    zoe.language = "Deutsch"  # typed before the language became a choice
    vault.save(zoe)
    meeting = in_order(vault.all(Meeting, network_id=network.id))[-1]
    widget = rendered(qtbot, SummaryPreviewDialog(vault, meeting_id=meeting.id))
    with qtbot.waitSignal(widget.pages_changed):
        widget.recipient.setCurrentIndex(widget.recipient.findText("For Zoë"))
    assert widget.language.currentData() == "de"
