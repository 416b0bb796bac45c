"""Pieces both summaries share: decisions with their stances, uncertainties, follow-ups."""

from __future__ import annotations

from odnotes.continuity import UncertaintyThread
from odnotes.i18n import N_
from odnotes.model import DecidedWhere, Decision, FollowUp, UncertaintyEntry, UncertaintyStatus
from odnotes.summary.document import Bullets, DecisionBlock, StanceRow, Text, Tone
from odnotes.summary.names import Names
from odnotes.summary.wording import stance_words, status_words

QUESTION_KEPT = N_("A question raised earlier (its wording is not in this summary)")


def decision_block(
    decision: Decision, names: Names, present: list[str], *, when: str = ""
) -> DecisionBlock:
    """A decision with every person's stance side by side, never a majority line.

    For a decision taken in the meeting, anyone present who is missing from
    the grid is shown as not asked, so no silence reads as agreement.
    """
    tr = names.tr
    rows = [
        StanceRow(names(s.person_id), stance_words(s.stance, tr), s.words) for s in decision.stances
    ]
    if decision.where is DecidedWhere.IN_MEETING:
        listed = {s.person_id for s in decision.stances}
        rows += [
            StanceRow(names(pid), stance_words(decision.stance_of(pid), tr))
            for pid in present
            if pid not in listed
        ]
    outside = decision.where is DecidedWhere.OUTSIDE_MEETING
    told = ""
    if outside:
        told = decision.told.strip() or tr.gettext(
            "The team has not yet written down who was told."
        )
        if decision.told_at is not None:
            told += f" ({tr.date_and_time(decision.told_at)})"
    proposed = ""
    if decision.proposed_by:
        proposed = tr.gettext("Suggested by %(name)s") % {"name": names(decision.proposed_by)}
    return DecisionBlock(
        text=decision.text,
        when=when,
        proposed_by=proposed,
        stances=rows,
        outside_reason=decision.outside_reason if outside else "",
        told=told,
    )


def follow_up_entry(follow_up: FollowUp, names: Names) -> tuple[str, str]:
    """``(name, what, by when)`` as a bullet."""
    tr = names.tr
    rest = follow_up.what
    if follow_up.due is not None:
        rest = tr.gettext("%(what)s, by %(date)s") % {
            "what": rest,
            "date": tr.long_date(follow_up.due),
        }
    if follow_up.done:
        rest = tr.gettext("%(what)s (done)") % {"what": rest}
    return names(follow_up.who_id), rest


def whose_line(whose: list[str], names: Names) -> str:
    """``Whose question: Maija and Päivi.`` in plain words."""
    if not whose:
        return ""
    return names.tr.gettext("Whose question: %(names)s.") % {"names": names.joined(whose)}


def uncertainty_blocks(
    thread: UncertaintyThread, entry: UncertaintyEntry, names: Names
) -> list[Text]:
    """One uncertainty as it stood at one meeting: the question, whose, where it is now."""
    tr = names.tr
    blocks = [Text(thread.question or tr.gettext(QUESTION_KEPT), Tone.STRONG)]
    details = [whose_line(entry.whose or thread.whose, names)]
    note = entry.note.strip()
    if entry.status is not UncertaintyStatus.OPEN:
        status = status_words(entry.status, tr)
        details.append(
            tr.gettext("%(status)s: %(note)s") % {"status": status, "note": note}
            if note
            else status
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
