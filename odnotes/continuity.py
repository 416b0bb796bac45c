"""Threads that run across a network's meetings: uncertainties, decisions, follow-ups.

An uncertainty is one object across meetings (the same ``uncertainty_id``);
its question, owners and status history are derived here from the meetings,
so nothing has to be kept in sync by hand.
"""

from __future__ import annotations

import copy
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, TypeVar

from odnotes.model import (
    Decision,
    FollowUp,
    Meeting,
    UncertaintyEntry,
    UncertaintyStatus,
)
from odnotes.model.treatment import declared_fields

T = TypeVar("T")


def in_order(meetings: Iterable[Meeting]) -> list[Meeting]:
    """Meetings in the order they happened."""
    return sorted(meetings, key=lambda m: (m.starts_at, m.id))


@dataclass
class UncertaintyThread:
    """One open uncertainty as it was carried from meeting to meeting."""

    uncertainty_id: str
    question: str = ""
    whose: list[str] = field(default_factory=list)
    raised_in: Meeting | None = None
    history: list[tuple[Meeting, UncertaintyEntry]] = field(default_factory=list)

    @property
    def status(self) -> UncertaintyStatus:
        """The status at the latest meeting that mentioned it."""
        return self.history[-1][1].status if self.history else UncertaintyStatus.OPEN

    @property
    def is_open(self) -> bool:
        """Still being lived with."""
        return self.status is UncertaintyStatus.OPEN

    @property
    def last_entry(self) -> UncertaintyEntry:
        """The latest entry (its note says how it was resolved or let go)."""
        return self.history[-1][1]

    def open_since(self) -> date | None:
        """The date of the meeting where it was raised."""
        return self.raised_in.starts_at.date() if self.raised_in else None


def uncertainty_threads(meetings: Iterable[Meeting]) -> list[UncertaintyThread]:
    """Every uncertainty across ``meetings``, in the order they were raised."""
    threads: dict[str, UncertaintyThread] = {}
    for meeting in in_order(meetings):
        for entry in meeting.uncertainties:
            thread = threads.setdefault(
                entry.uncertainty_id, UncertaintyThread(entry.uncertainty_id)
            )
            if thread.raised_in is None:
                thread.raised_in = meeting
            if entry.question.strip():
                thread.question = entry.question
            if entry.whose:
                thread.whose = list(entry.whose)
            thread.history.append((meeting, entry))
    return list(threads.values())


def open_before(meetings: Iterable[Meeting], meeting: Meeting) -> list[UncertaintyThread]:
    """Uncertainties still open when ``meeting`` began (listed first in its editor)."""
    key = (meeting.starts_at, meeting.id)
    earlier = [m for m in meetings if m.id != meeting.id and (m.starts_at, m.id) < key]
    return [thread for thread in uncertainty_threads(earlier) if thread.is_open]


def carried(value: T, **given: Any) -> T:
    """A new object of the same kind holding copies of only its ``CARRIED`` fields, and ``given``.

    Nested parts are carried the same way, field by field; everything else
    starts afresh (new ids, no words).
    """
    values: dict[str, Any] = {}
    for declared in declared_fields(type(value)):
        if not declared.treatment.carried or declared.name in given:
            continue
        current = getattr(value, declared.name)
        if declared.part is None:
            values[declared.name] = copy.deepcopy(current)
        elif declared.many:
            values[declared.name] = [carried(each) for each in current]
        else:
            values[declared.name] = None if current is None else carried(current)
    return type(value)(**values, **given)


def start_from(
    previous: Meeting, starts_at: datetime, network_meetings: Iterable[Meeting]
) -> Meeting:
    """A new draft that carries over what the fields declare ``CARRIED``, never the words.

    Its uncertainties are the ones still open; where the last meeting planned
    the next one, the plan's place and invitees are used. Invitees (without a
    plan, those present last time) are *expected*: nobody is marked present
    until someone says they came.
    """
    threads = open_before([*network_meetings, previous], Meeting(previous.network_id, starts_at))
    draft = carried(
        previous,
        starts_at=starts_at,
        uncertainties=[carried(t.last_entry, whose=list(t.whose)) for t in threads],
    )
    plan = previous.next_meeting
    draft.expected = list(previous.present)
    if plan is not None:
        plan_for_draft = carried(plan)
        draft.place, draft.place_detail = plan_for_draft.place, plan_for_draft.place_detail
        if plan_for_draft.invitee_ids:
            draft.expected = plan_for_draft.invitee_ids
    draft.validate()
    return draft


@dataclass
class DecisionEntry:
    """A decision in the network's log, with the meeting it was taken in."""

    meeting: Meeting
    decision: Decision


def decisions_log(meetings: Iterable[Meeting]) -> list[DecisionEntry]:
    """Every decision across the meetings, oldest first."""
    return [DecisionEntry(m, d) for m in in_order(meetings) for d in m.decisions]


def checked_done(meetings: Iterable[Meeting]) -> dict[str, bool]:
    """Whether each follow-up checked at a later meeting was done (the latest check counts)."""
    return {c.follow_up_id: c.done for m in in_order(meetings) for c in m.follow_up_checks}


def _as_checked(follow_up: FollowUp, checks: dict[str, bool]) -> FollowUp:
    if follow_up.id not in checks or checks[follow_up.id] == follow_up.done:
        return follow_up
    seen = copy.copy(follow_up)
    seen.done = checks[follow_up.id]
    return seen


def follow_ups(meetings: Iterable[Meeting]) -> list[tuple[Meeting, Decision, FollowUp]]:
    """Every follow-up with its decision and meeting, soonest due first (undated last).

    A follow-up checked off at a later meeting shows as done (a copy; the
    earlier meeting is not changed).
    """
    ordered = in_order(meetings)
    checks = checked_done(ordered)
    found = [
        (m, d, _as_checked(f, checks)) for m in ordered for d in m.decisions for f in d.follow_ups
    ]
    return sorted(found, key=lambda t: (t[2].due is None, t[2].due or date.max))


def follow_ups_before(
    meetings: Iterable[Meeting], meeting: Meeting
) -> list[tuple[Meeting, Decision, FollowUp]]:
    """Follow-ups of earlier meetings still to do when ``meeting`` began, to check off at it.

    Those ``meeting`` itself checked stay listed, so a tick can be taken back.
    """
    key = (meeting.starts_at, meeting.id)
    earlier = [m for m in meetings if m.id != meeting.id and (m.starts_at, m.id) < key]
    mine = {c.follow_up_id for c in meeting.follow_up_checks}
    return [t for t in follow_ups(earlier) if not t[2].done or t[2].id in mine]


def overdue(meetings: Iterable[Meeting], today: date) -> list[tuple[Meeting, Decision, FollowUp]]:
    """Follow-ups not done whose date has passed."""
    return [t for t in follow_ups(meetings) if not t[2].done and t[2].due and t[2].due < today]


__all__ = [
    "DecisionEntry",
    "UncertaintyThread",
    "carried",
    "decisions_log",
    "checked_done",
    "follow_ups",
    "follow_ups_before",
    "in_order",
    "open_before",
    "overdue",
    "start_from",
    "uncertainty_threads",
]
