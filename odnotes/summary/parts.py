"""Pieces both summaries share: decisions with their stances, uncertainties, follow-ups."""

from __future__ import annotations

from odnotes.continuity import UncertaintyThread
from odnotes.model import DecidedWhere, Decision, FollowUp, UncertaintyEntry, UncertaintyStatus
from odnotes.summary.document import Bullets, DecisionBlock, StanceRow, Text, Tone
from odnotes.summary.names import Names
from odnotes.summary.wording import (
    STANCE_WORDS,
    STATUS_WORDS,
    date_and_time,
    join_names,
    long_date,
)

QUESTION_KEPT = "A question raised earlier (its wording is not in this summary)"


def decision_block(
    decision: Decision, names: Names, present: list[str], *, when: str = ""
) -> DecisionBlock:
    """A decision with every person's stance side by side, never a majority line.

    For a decision taken in the meeting, anyone present who is missing from
    the grid is shown as not asked, so no silence reads as agreement.
    """
    rows = [
        StanceRow(names(s.person_id), STANCE_WORDS[s.stance], s.words) for s in decision.stances
    ]
    if decision.where is DecidedWhere.IN_MEETING:
        listed = {s.person_id for s in decision.stances}
        rows += [
            StanceRow(names(pid), STANCE_WORDS[decision.stance_of(pid)])
            for pid in present
            if pid not in listed
        ]
    outside = decision.where is DecidedWhere.OUTSIDE_MEETING
    told = ""
    if outside:
        told = decision.told.strip() or "The team has not yet written down who was told."
        if decision.told_at is not None:
            told += f" ({date_and_time(decision.told_at)})"
    return DecisionBlock(
        text=decision.text,
        when=when,
        proposed_by=f"Suggested by {names(decision.proposed_by)}" if decision.proposed_by else "",
        stances=rows,
        outside_reason=decision.outside_reason if outside else "",
        told=told,
    )


def follow_up_entry(follow_up: FollowUp, names: Names) -> tuple[str, str]:
    """``(name, what, by when)`` as a bullet."""
    rest = follow_up.what
    if follow_up.due is not None:
        rest += f", by {long_date(follow_up.due)}"
    if follow_up.done:
        rest += " (done)"
    return names(follow_up.who_id), rest


def whose_line(whose: list[str], names: Names) -> str:
    """``Maija's and Päivi's question`` in plain words."""
    if not whose:
        return ""
    return f"Whose question: {join_names(names.many(whose))}."


def uncertainty_blocks(
    thread: UncertaintyThread, entry: UncertaintyEntry, names: Names
) -> list[Text]:
    """One uncertainty as it stood at one meeting: the question, whose, where it is now."""
    blocks = [Text(thread.question or QUESTION_KEPT, Tone.STRONG)]
    details = [whose_line(entry.whose or thread.whose, names)]
    note = entry.note.strip()
    if entry.status is not UncertaintyStatus.OPEN:
        details.append(
            f"{STATUS_WORDS[entry.status]}: {note}" if note else STATUS_WORDS[entry.status]
        )
    elif note:
        details.append(note)
    line = " ".join(d for d in details if d)
    if line:
        blocks.append(Text(line, Tone.QUIET))
    return blocks


def follow_up_bullets(items: list[FollowUp], names: Names) -> Bullets:
    """Who does what next, as a list."""
    return Bullets([follow_up_entry(f, names) for f in items])
