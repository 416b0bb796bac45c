"""Laying out summaries: long meetings, large print, paper sizes, odd text."""

from __future__ import annotations

import subprocess
import sys
from datetime import datetime

from reportlab.lib.pagesizes import A4, LETTER

from odnotes.model import Decision, Meeting, Network, Person, Stance, StanceEntry, Voice
from odnotes.summary import Paper, SummaryOptions, meeting_summary
from odnotes.vault import Vault
from tests.odnotes.summary_helpers import Built, body_size, page_sizes, pdf_pages, pdf_text


def test_a_200_item_meeting_paginates_without_losing_text(vault: Vault) -> None:
    network = Network("Long", first_contact=datetime(2026, 1, 1, 9, 0))
    people = [Person(network.id, f"Member {i}") for i in range(4)]
    voices = [
        Voice(people[i % 4].id, f"Voice {i} says something worth keeping, word for word.")
        for i in range(150)
    ]
    decisions = [
        Decision(
            f"Decision {i} about the week ahead.",
            stances=[StanceEntry(p.id, Stance.AGREES, f"Stance {i} of {p.name}") for p in people],
        )
        for i in range(50)
    ]
    meeting = Meeting(
        network.id,
        datetime(2026, 1, 2, 10, 0),
        present=[p.id for p in people],
        voices=voices,
        decisions=decisions,
    )
    vault.save_many([network, *people, meeting])
    data = meeting_summary(vault, meeting.id).pdf()
    pages = pdf_pages(data)
    assert len(pages) > 10
    text = " ".join(pages)
    for i in range(150):
        assert f"Voice {i} says something worth keeping, word for word." in text
    for i in range(50):
        assert f"Decision {i} about the week ahead." in text
        for p in people:
            assert f"Stance {i} of {p.name}" in text
    assert f"Page {len(pages)} of {len(pages)}" in pages[-1]


def test_one_very_long_note_splits_across_pages(vault: Vault) -> None:
    built = Built(vault)
    meeting = vault.get(Meeting, built.meeting.id)
    words = " ".join(f"w{i}" for i in range(6000))
    meeting.decisions[0].stances[1].words = words  # inside a table cell
    meeting.decisions[1].outside_reason = words  # inside the outside-the-meeting box
    vault.save(meeting)
    text = pdf_text(meeting_summary(vault, meeting.id).pdf())
    assert text.count("w5999") == 2


def test_large_print_really_is_larger(vault: Vault) -> None:
    built = Built(vault)
    normal = meeting_summary(vault, built.meeting.id).pdf()
    large = meeting_summary(vault, built.meeting.id, SummaryOptions(large_print=True)).pdf()
    assert body_size(normal) == 11
    assert body_size(large) >= 16
    assert len(pdf_pages(large)) > len(pdf_pages(normal))


def test_paper_sizes(vault: Vault) -> None:
    built = Built(vault)
    a4 = meeting_summary(vault, built.meeting.id, SummaryOptions(paper=Paper.A4)).pdf()
    letter = meeting_summary(vault, built.meeting.id, SummaryOptions(paper=Paper.LETTER)).pdf()
    assert all(abs(w - A4[0]) < 1 and abs(h - A4[1]) < 1 for w, h in page_sizes(a4))
    assert all(abs(w - LETTER[0]) < 1 and abs(h - LETTER[1]) < 1 for w, h in page_sizes(letter))


def test_rendering_writes_no_file(vault: Vault, tmp_path, monkeypatch) -> None:
    import tempfile

    spy = tmp_path / "tmp"
    spy.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(spy))
    monkeypatch.chdir(spy)
    built = Built(vault)
    assert meeting_summary(vault, built.meeting.id).pdf().startswith(b"%PDF")
    assert list(spy.iterdir()) == []


def test_the_summary_core_never_imports_qt() -> None:
    code = (
        "import odnotes.summary, odnotes.cli.summary_commands, sys; print('PySide6' in sys.modules)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"
