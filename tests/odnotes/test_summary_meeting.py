"""The meeting summary: what is printed, what never is, and how it reads."""

from __future__ import annotations

from datetime import datetime

import pytest

from odnotes.continuity import in_order
from odnotes.model import Meeting, Network, Person, Voice
from odnotes.summary import (
    SummaryError,
    SummaryOptions,
    kept_back_kinds,
    meeting_summary,
    shared_view,
)
from odnotes.summary.names import SOMEONE_GONE
from odnotes.vault import Vault
from tests.odnotes.summary_helpers import (
    ENGLISH_HEADINGS,
    HOSTILE,
    Built,
    flat,
    pdf_pages,
    pdf_text,
)


@pytest.fixture
def built(vault: Vault) -> Built:
    return Built(vault)


def test_every_shared_item_is_printed_and_no_team_only_item(vault: Vault, built: Built) -> None:
    text = pdf_text(meeting_summary(vault, built.meeting.id).pdf())
    for sentence in built.shared_texts:
        assert sentence in text
    for secret in built.kept_texts:
        assert "Secret sentence" not in text, secret


def test_headings_are_plain_and_kind(vault: Vault, built: Built) -> None:
    text = pdf_text(meeting_summary(vault, built.meeting.id).pdf())
    for heading in ENGLISH_HEADINGS:
        assert heading in text


def test_kept_back_is_counted_by_kind_and_can_be_turned_off(vault: Vault, built: Built) -> None:
    summary = meeting_summary(vault, built.meeting.id)
    assert len(summary.kept) == 6  # the hidden decision's follow-up goes with it
    kinds = kept_back_kinds(summary.kept)
    assert kinds == (
        "one voice, two responses to a reflection, one reflection, one decision "
        "and one question we are unsure about"
    )
    text = pdf_text(summary.pdf())
    assert "The team kept six things out of this summary" in text
    assert "Anyone can ask about them at the next meeting" in text
    quiet = pdf_text(
        meeting_summary(vault, built.meeting.id, SummaryOptions(show_kept_back=False)).pdf()
    )
    assert "kept six things" not in quiet
    assert "Secret sentence" not in quiet


def test_corrections_invitation_can_be_turned_off(vault: Vault, built: Built) -> None:
    invite = "If anything here is wrong or missing"
    assert invite in pdf_text(meeting_summary(vault, built.meeting.id).pdf())
    off = SummaryOptions(invite_corrections=False)
    assert invite not in pdf_text(meeting_summary(vault, built.meeting.id, off).pdf())


def test_stances_side_by_side_and_someone_gone(vault: Vault, built: Built) -> None:
    text = pdf_text(meeting_summary(vault, built.meeting.id).pdf())
    assert "Łukasz Agrees" in text
    assert f"Päivi Disagrees {built.shared_texts[7]}" in text
    assert f"{SOMEONE_GONE} Has concerns" in text
    assert "Zoë Was not asked" in text  # present, not in the grid: never read as agreement
    assert "majority" not in text.lower()


def test_header_footer_and_facts(vault: Vault, built: Built) -> None:
    pages = pdf_pages(meeting_summary(vault, built.meeting.id).pdf())
    for number, page in enumerate(pages, start=1):
        assert "Ğülay · meeting on Thursday 5 March 2026" in page
        assert f"Page {number} of {len(pages)}" in page
        assert "From the team: Tuula Rantanen, Ümit Demir" in page
    assert "Thursday 5 March 2026 at 14:30" in pages[0]
    assert "Could not come Øyvind" in pages[0]
    assert "Thursday 12 March 2026 at 10:00" in " ".join(pages)
    assert "About the summary of Monday 2 March 2026" in " ".join(pages)


def test_markup_in_user_text_prints_literally(vault: Vault) -> None:
    built = Built(vault, hostile=True)
    text = pdf_text(meeting_summary(vault, built.meeting.id).pdf())
    for snippet in HOSTILE:
        assert snippet in text


def test_unicode_names_extract_intact(vault: Vault, built: Built) -> None:
    text = pdf_text(meeting_summary(vault, built.meeting.id).pdf())
    for name in ["Łukasz", "Päivi", "Zoë", "Øyvind", "Ümit", "Ğülay"]:
        assert name in text


def test_text_the_font_cannot_draw_is_marked_and_reported(vault: Vault, built: Built) -> None:
    meeting = vault.get(Meeting, built.meeting.id)
    meeting.voices.append(Voice(built.zoe.id, "She wrote 中文 in the card"))
    vault.save(meeting)
    summary = meeting_summary(vault, meeting.id)
    assert summary.unprintable() == {"中", "文"}
    text = pdf_text(summary.pdf())
    assert "She wrote \ufffd\ufffd in the card" in text
    assert "could not be shown in this print" in text


def test_addressed_copy_has_the_persons_name(vault: Vault, built: Built) -> None:
    options = SummaryOptions(recipient_id=built.paivi.id)
    first_page = pdf_pages(meeting_summary(vault, built.meeting.id, options).pdf())[0]
    assert first_page.startswith("For Päivi Summary of our meeting")
    shared = pdf_pages(meeting_summary(vault, built.meeting.id).pdf())[0]
    assert "For Päivi" not in shared


def test_recipient_must_be_in_the_network(vault: Vault, built: Built) -> None:
    stranger = Person(built.network.id, "Stranger")
    with pytest.raises(SummaryError, match="not a member"):
        meeting_summary(vault, built.meeting.id, SummaryOptions(recipient_id=stranger.id))


def test_unknown_meeting_is_a_clear_error(vault: Vault) -> None:
    with pytest.raises(SummaryError, match="no meeting with the id"):
        meeting_summary(vault, "00000000-0000-4000-8000-000000000000")


def test_shared_view_never_mutates_the_meeting(built: Built) -> None:
    before = flat(repr(built.meeting))
    view, kept = shared_view(built.meeting)
    assert flat(repr(built.meeting)) == before
    assert all(item.sharing.shared for item in view.items())
    assert len(kept) == len(built.meeting.team_only_items()) + 1  # plus a hidden reflection's reply


def test_demo_meetings_summarise(demo_vault: tuple[Vault, Network]) -> None:
    vault, network = demo_vault
    meetings = in_order(vault.all(Meeting, network_id=network.id))
    second = pdf_text(meeting_summary(vault, meetings[1].id).pdf())
    assert "Päivi spoke about her own mother's illness" not in second
    assert "The team kept one thing out of this summary: one voice." in second
    third = pdf_text(meeting_summary(vault, meetings[2].id).pdf())
    # a carried uncertainty prints the question written where it was raised
    assert "Whether Maija moving back to her mother's flat" in third
    assert "Let go" in third
    assert "About the summary of Friday 11 September 2026" in third


def test_a_meeting_starting_later_does_not_leak_into_earlier_questions(vault: Vault) -> None:
    built = Built(vault)
    later = Meeting(built.network.id, datetime(2027, 1, 1, 9, 0))
    vault.save(later)
    assert "Shared sentence number 12" in pdf_text(meeting_summary(vault, built.meeting.id).pdf())
