"""Only complete items of a meeting being written are stored; nothing typed is dropped."""

from __future__ import annotations

from datetime import datetime

import pytest

from odnotes.drafting import content, savable
from odnotes.meetingtext import meeting_text
from odnotes.model import (
    Decision,
    FollowUp,
    Meeting,
    Sharing,
    StanceEntry,
    UncertaintyEntry,
    Voice,
    new_id,
)


def _meeting() -> Meeting:
    return Meeting(new_id(), datetime(2026, 9, 18, 14, 0))


def test_empty_boxes_are_left_out_and_written_ones_kept() -> None:
    meeting = _meeting()
    someone = new_id()
    meeting.voices = [Voice(someone), Voice(someone, "Wants to sleep at home.")]
    ready, held_back = savable(meeting)
    assert [v.text for v in ready.voices] == ["Wants to sleep at home."]
    assert held_back == []
    assert len(meeting.voices) == 2  # the working copy is untouched


def test_decision_without_words_is_held_back_and_named_by_position() -> None:
    meeting = _meeting()
    someone = new_id()
    decision = Decision("placeholder", stances=[StanceEntry(someone, words="Relieved.")])
    decision.text = ""
    kept = Decision("Meet on Friday.", follow_ups=[FollowUp(someone, "call")])
    kept.follow_ups[0].what = " "
    meeting.decisions = [decision, kept]
    ready, held_back = savable(meeting)
    assert [d.text for d in ready.decisions] == ["Meet on Friday."]
    assert ready.decisions[0].follow_ups == []
    assert held_back == [
        "decision 1 has no words yet",
        "follow-up 1 of decision 2 says nothing yet",
    ]
    assert not any("Relieved" in note for note in held_back)


def test_carried_uncertainty_is_kept_without_words_but_a_blank_new_one_is_not() -> None:
    meeting = _meeting()
    carried, blank = UncertaintyEntry(), UncertaintyEntry()
    meeting.uncertainties = [carried, blank]
    ready, _ = savable(meeting, carried={carried.uncertainty_id})
    assert [u.uncertainty_id for u in ready.uncertainties] == [carried.uncertainty_id]


def test_team_only_empty_voice_is_kept_because_a_reason_was_typed() -> None:
    meeting = _meeting()
    meeting.voices = [Voice(new_id(), sharing=Sharing.team_only("asked to keep it"))]
    assert len(savable(meeting)[0].voices) == 1


def test_content_ignores_signatures_and_amendments(demo_meetings: list[Meeting]) -> None:
    first, second = demo_meetings[0], demo_meetings[1]
    plain = content(first)
    assert "signatures" not in plain and "amendments" not in plain
    assert content(second) != plain


def test_meeting_text_names_people_and_marks_team_only(demo_meetings: list[Meeting]) -> None:
    second = demo_meetings[1]
    names = {pid: f"P{i}" for i, pid in enumerate(second.present)}
    text = meeting_text(second, names)
    assert "Present: P0, P1, P2" in text
    assert "  Shared with the network: no\n  Why it is kept to the team: Päivi asked" in text
    assert (
        "  Where it was decided: outside meeting\n  Why outside the meeting: The GP surgery" in text
    )
    assert text.index("What they wanted") < text.index("Voice 1") < text.index("Decision 1")


@pytest.fixture
def demo_meetings() -> list[Meeting]:
    """The demo's meetings, oldest first, without a vault."""
    from odnotes.demo import demo_batches

    batches = demo_batches()
    return [b[0] for b in batches[1:] if isinstance(b[0], Meeting)]
