"""A meeting written out as plain, labelled text, section by section.

Used to show what changed between two revisions: both are written out the same
way and compared word by word (:mod:`odnotes.textdiff`). Every person is named
through ``names`` (id to name); unknown ids are shown as "someone".
"""

from __future__ import annotations

from collections.abc import Callable, Mapping

from odnotes.model import DecidedWhere, Item, Meeting, NextMeeting

_WHEN = "%a %d %b %Y, %H:%M"


def meeting_text(meeting: Meeting, names: Mapping[str, str]) -> str:
    """The whole meeting as text, in the order it is remembered."""

    def name(person_id: str | None) -> str:
        return names.get(person_id or "", "someone")

    def people(ids: list[str]) -> str:
        return ", ".join(name(i) for i in ids) or "nobody"

    lines = [
        f"When: {meeting.starts_at.strftime(_WHEN)}"
        + (f", {meeting.duration_minutes} minutes" if meeting.duration_minutes else ""),
        f"Where: {meeting.place.value}"
        + (f", {meeting.place_detail}" if meeting.place_detail else ""),
        f"Present: {people(meeting.present)}",
        f"Invited but absent: {people(meeting.absent)}",
        *([f"Expected, not yet marked: {people(meeting.expected)}"] if meeting.expected else []),
        f"Facilitators: {people(meeting.facilitators)}",
        "",
        f"Purpose{_sharing(meeting.purpose)}: {meeting.purpose.text}",
    ]
    for voice in meeting.voices:
        quote = " (their words)" if voice.verbatim else ""
        lines.append(f"Voice of {name(voice.person_id)}{quote}{_sharing(voice)}: {voice.text}")
    for number, reflection in enumerate(meeting.reflections, start=1):
        lines.append(
            f"Reflection {number} by {people(reflection.practitioner_ids)}"
            f"{_sharing(reflection)}: {reflection.text}"
        )
        for response in reflection.responses:
            lines.append(
                f"  How it landed with {name(response.person_id)}{_sharing(response)}: "
                f"{response.text}"
            )
    for number, decision in enumerate(meeting.decisions, start=1):
        lines.append(f"Decision {number}{_sharing(decision)}: {decision.text}")
        if decision.proposed_by:
            lines.append(f"  Proposed by {name(decision.proposed_by)}")
        if decision.where is DecidedWhere.OUTSIDE_MEETING:
            told_at = decision.told_at.strftime(_WHEN) if decision.told_at else "not yet"
            lines.append(f"  Taken outside the meeting because: {decision.outside_reason}")
            lines.append(f"  Told: {decision.told or 'nobody yet'}, when: {told_at}")
        for stance in decision.stances:
            words = f" ({stance.words})" if stance.words else ""
            lines.append(f"  {name(stance.person_id)}: {stance.stance.label}{words}")
        for follow_up in decision.follow_ups:
            due = f" by {follow_up.due.isoformat()}" if follow_up.due else ""
            done = " (done)" if follow_up.done else ""
            lines.append(f"  Follow-up: {name(follow_up.who_id)}: {follow_up.what}{due}{done}")
    for entry in meeting.uncertainties:
        question = entry.question or "(carried from an earlier meeting)"
        lines.append(f"Uncertainty{_sharing(entry)}: {question} [{entry.status.label}]")
        if entry.note:
            lines.append(f"  Note: {entry.note}")
    if meeting.next_meeting is not None:
        lines.append(_next_meeting(meeting.next_meeting, people))
    for check in meeting.follow_up_checks:
        state = "done" if check.done else "not done yet"
        lines.append(f"Earlier follow-up checked: {state} ({check.follow_up_id[:8]})")
    for correction in meeting.corrections:
        lines.append(f"Correction by {name(correction.person_id)}: {correction.text}")
    for amendment in meeting.amendments:
        lines.append(
            f"Amended by {name(amendment.by_id)} at "
            f"{amendment.at.strftime(_WHEN)}: {amendment.reason}"
        )
    return "\n".join(lines) + "\n"


def _sharing(item: Item) -> str:
    return "" if item.sharing.shared else f" [team only: {item.sharing.reason}]"


def _next_meeting(plan: NextMeeting, people: Callable[[list[str]], str]) -> str:
    when = plan.starts_at.strftime(_WHEN) if plan.starts_at else "to be agreed"
    where = plan.place.value + (f", {plan.place_detail}" if plan.place_detail else "")
    text = f"Next meeting{_sharing(plan)}: {when}, {where}; invited: {people(plan.invitee_ids)}"
    return text + (f". {plan.note}" if plan.note else "")
