"""Hypothesis strategies for what practitioners do to a meeting on their own laptop.

Every edit keeps the meeting valid and follows the finalising rules of
``odnotes/meetings.py``: a finalised meeting changes only by an amendment, and
a facilitator may add their own signature (co-signing on their own machine).
"""

from __future__ import annotations

import copy
from datetime import UTC, datetime, timedelta

from hypothesis import strategies as st

from odnotes import meetings
from odnotes.model import (
    Decision,
    Meeting,
    NextMeeting,
    Signature,
    Stance,
    StanceEntry,
    UncertaintyEntry,
    UncertaintyStatus,
    Voice,
)
from tests.odnotes.strategies import ids, text, words
from tests.odnotes.strategies import meetings as any_meetings

FACILITATORS = [
    "11111111-1111-4111-8111-111111111111",
    "22222222-2222-4222-8222-222222222222",
    "33333333-3333-4333-8333-333333333333",
]
PEOPLE = [
    "aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaaa",
    "bbbbbbbb-bbbb-4bbb-8bbb-bbbbbbbbbbbb",
    "cccccccc-cccc-4ccc-8ccc-cccccccccccc",
]
SIGNED_AT = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)
people = st.sampled_from(PEOPLE)


@st.composite
def base_meetings(draw: st.DrawFn, *, final: bool | None = None) -> Meeting:
    """A meeting of three facilitators, a draft or (sometimes) already finalised."""
    meeting = draw(any_meetings)
    meeting.facilitators = list(FACILITATORS)
    meeting.signatures, meeting.amendments = [], []
    meeting.present = draw(st.lists(people, unique=True, max_size=2))
    meeting.absent = [p for p in PEOPLE if p not in meeting.present][: draw(st.integers(0, 1))]
    if final if final is not None else draw(st.booleans()):
        meeting = meetings.finalise(meeting, [draw(st.sampled_from(FACILITATORS))], SIGNED_AT)
    return meeting


# Purpose and voices twice: two laptops touching the same words is what makes conflicts.
EDITS = ["purpose", "purpose", "voice", "voice", "add_voice", "drop_voice", "decision"]
EDITS += ["edit_decision", "stance", "drop_decision", "attendance", "uncertainty", "next"]
EDITS += ["duration", "place"]


def _content_edit(draw: st.DrawFn, m: Meeting) -> None:
    """One change to what the meeting says, in place."""
    choice = draw(st.sampled_from(EDITS))
    if choice == "purpose":
        m.purpose.text = draw(text)
    elif choice == "voice" and m.voices:
        draw(st.sampled_from(m.voices)).text = draw(text)
    elif choice == "drop_voice" and m.voices:
        m.voices.remove(draw(st.sampled_from(m.voices)))
    elif choice == "decision":
        m.decisions.append(Decision(text=draw(words), id=draw(ids)))
    elif choice == "edit_decision" and m.decisions:
        draw(st.sampled_from(m.decisions)).text = draw(words)
    elif choice == "stance" and m.decisions:
        decision = draw(st.sampled_from(m.decisions))
        person = draw(people)
        decision.stances = [s for s in decision.stances if s.person_id != person]
        decision.stances.append(StanceEntry(person, draw(st.sampled_from(Stance)), draw(text)))
    elif choice == "drop_decision" and m.decisions:
        m.decisions.remove(draw(st.sampled_from(m.decisions)))
    elif choice == "attendance":
        person = draw(people)
        m.present = [p for p in m.present if p != person]
        m.absent = [p for p in m.absent if p != person]
        where = draw(st.sampled_from(["present", "absent", "neither"]))
        if where != "neither":
            getattr(m, where).append(person)
    elif choice == "uncertainty":
        if m.uncertainties and draw(st.booleans()):
            draw(st.sampled_from(m.uncertainties)).status = draw(st.sampled_from(UncertaintyStatus))
        else:
            m.uncertainties.append(
                UncertaintyEntry(question=draw(text), id=draw(ids), uncertainty_id=draw(ids))
            )
    elif choice == "next":
        m.next_meeting = draw(st.none() | st.builds(NextMeeting, note=text, id=ids))
    elif choice == "duration":
        m.duration_minutes = draw(st.none() | st.integers(1, 24 * 60))
    elif choice == "place":
        m.place_detail = draw(text)
    else:
        m.voices.append(Voice(draw(people), draw(text), id=draw(ids)))


@st.composite
def edited(draw: st.DrawFn, meeting: Meeting, author: str) -> Meeting:
    """``meeting`` after one to four things ``author`` did to it on their laptop."""
    m = copy.deepcopy(meeting)
    at = SIGNED_AT + timedelta(minutes=draw(st.integers(1, 10_000)))
    for step in range(draw(st.integers(1, 4))):
        at += timedelta(minutes=step)
        action = draw(st.sampled_from(["content", "content", "finalise", "sign"]))
        if action == "finalise" and not m.is_final:
            m = meetings.finalise(m, [author], at)
        elif action == "sign" and m.is_final:
            if author not in [s.practitioner_id for s in m.signatures]:
                m.signatures.append(Signature(author, at))
        elif m.is_final:
            changed = copy.deepcopy(m)
            _content_edit(draw, changed)
            m = meetings.amend(m, changed, author, draw(words), at, finished=draw(st.booleans()))
        else:
            _content_edit(draw, m)
    m.validate()
    return m
