"""Corrections to the last summary are written in the editor and land in the next summary."""

from __future__ import annotations

import io

from pypdf import PdfReader
from pytestqt.qtbot import QtBot

from odnotes.model import Meeting, Network
from odnotes.summary import meeting_summary
from odnotes.summary.options import SummaryOptions
from odnotes.vault import Vault
from tests.ui.editor.conftest import demo_meetings, open_editor
from ui.editor import MeetingEditor
from ui.editor.sections.corrections import CorrectionsSection


def corrections(editor: MeetingEditor) -> CorrectionsSection:
    section = editor.sections["corrections"]
    assert isinstance(section, CorrectionsSection)
    return section


def test_a_correction_is_recorded_against_the_previous_summary(
    qtbot: QtBot, draft_editor: MeetingEditor, demo_vault: tuple[Vault, Network]
) -> None:
    vault, network = demo_vault
    first, second, draft = demo_meetings(vault, network)
    section = corrections(draft_editor)
    draft_editor.show_section("corrections")
    names = [box.person_id for box in section.boxes]
    assert set(names) == set(draft.present)
    paivi_box = next(b for b in section.boxes if b.correction is not None)
    assert "calmer about the team" in paivi_box.text_box.toPlainText()
    maija_box = next(b for b in section.boxes if b.person_id == draft.present[0])
    with qtbot.waitSignal(draft_editor.saved, timeout=10_000):
        qtbot.keyClicks(maija_box.text_box, "I said walking helped, not the tablets.")
    stored = vault.get(Meeting, draft.id)
    added = [c for c in stored.corrections if c.person_id == maija_box.person_id]
    assert len(added) == 1 and added[0].about_meeting_id == second.id
    assert added[0].text == "I said walking helped, not the tablets."
    pdf = meeting_summary(vault, draft.id, SummaryOptions()).pdf()
    text = " ".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)
    assert "Corrections to last time" in text
    assert "walking helped, not the tablets" in " ".join(text.split())
    assert first.is_final


def test_an_empty_box_adds_nothing_and_the_first_meeting_has_none(
    qtbot: QtBot, demo_vault: tuple[Vault, Network]
) -> None:
    vault, network = demo_vault
    first = demo_meetings(vault, network)[0]
    editor = open_editor(qtbot, vault, first.id)
    assert corrections(editor).boxes == []
    draft = demo_meetings(vault, network)[2]
    other = open_editor(qtbot, vault, draft.id)
    box = next(b for b in corrections(other).boxes if b.correction is None)
    qtbot.keyClicks(box.text_box, "x")
    box.text_box.clear()
    other.save_now()
    assert len(vault.get(Meeting, draft.id).corrections) == 1  # only Päivi's, from the demo
