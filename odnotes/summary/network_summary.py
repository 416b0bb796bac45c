"""A summary across all of a network's meetings, for a review meeting."""

from __future__ import annotations

from odnotes.continuity import (
    UncertaintyThread,
    decisions_log,
    follow_ups,
    in_order,
    uncertainty_threads,
)
from odnotes.model import (
    DecidedWhere,
    Decision,
    Meeting,
    Network,
    UncertaintyEntry,
)
from odnotes.summary.document import (
    Block,
    Bullets,
    Said,
    Section,
    Subheading,
    SummaryDocument,
    Text,
    Tone,
)
from odnotes.summary.meeting_summary import CORRECTIONS_INVITED
from odnotes.summary.names import Names
from odnotes.summary.options import SummaryOptions
from odnotes.summary.parts import QUESTION_KEPT, decision_block, follow_up_entry, whose_line
from odnotes.summary.sharing import KeptItem, kept_back_sentence, shared_view
from odnotes.summary.wording import (
    STATUS_WORDS,
    count,
    join_names,
    long_date,
    place_words,
    short_date,
)


def network_document(
    network: Network, meetings: list[Meeting], names: Names, options: SummaryOptions
) -> tuple[SummaryDocument, list[KeptItem]]:
    """What was decided and what we were unsure about, across every meeting."""
    shared: list[Meeting] = []
    kept: list[KeptItem] = []
    for meeting in in_order(meetings):
        view, left_out = shared_view(meeting)
        shared.append(view)
        kept += left_out
    team_ids = list(network.practitioner_ids)
    team_ids += [f for m in shared for f in m.facilitators if f not in team_ids]
    span = ""
    if shared:
        first, last = shared[0].starts_at.date(), shared[-1].starts_at.date()
        span = short_date(first) if first == last else f"{short_date(first)} to {short_date(last)}"
    present: list[str] = []
    for meeting in shared:
        present += [p for p in meeting.present if p not in present]
    facts = [
        ("Meetings", f"{count(len(shared), 'meeting')}, {span}" if shared else "none yet"),
        ("Who has come", join_names(names.many(present))),
        ("From the team", join_names(names.many(team_ids))),
    ]
    document = SummaryDocument(
        title="Looking back together",
        header=f"{network.name}  ·  our meetings{', ' + span if span else ''}",
        team=names.many(team_ids),
        facts=[(label, value) for label, value in facts if value],
        addressed_to=f"For {names(options.recipient_id)}" if options.recipient_id else "",
        intro="This brings together what we decided and what we were unsure about across "
        "all our meetings, so that we can look back on them together.",
    )
    sections = [
        _meetings(shared, names),
        _decisions(shared, names),
        _uncertainties(uncertainty_threads(shared), names),
        _still_to_do(shared, names),
        _corrections(shared, names),
    ]
    document.sections = [s for s in sections if s.blocks]
    if options.show_kept_back and kept:
        document.closing.append(Text(kept_back_sentence(kept)))
    if options.invite_corrections:
        document.closing.append(Text(CORRECTIONS_INVITED))
    return document, kept


def _meetings(meetings: list[Meeting], names: Names) -> Section:
    entries = []
    for meeting in meetings:
        where = place_words(meeting.place, meeting.place_detail)
        who = join_names(names.many(meeting.present))
        entries.append(
            (long_date(meeting.starts_at.date()), f"{where}, with {who}" if who else where)
        )
    return Section("Our meetings", [Bullets(entries)] if entries else [])


def _when(decision: Decision, meeting: Meeting) -> str:
    day = long_date(meeting.starts_at.date())
    if decision.where is DecidedWhere.OUTSIDE_MEETING:
        return f"Written down at the meeting on {day}"
    return f"Decided at the meeting on {day}"


def _decisions(meetings: list[Meeting], names: Names) -> Section:
    blocks: list[Block] = [
        decision_block(
            e.decision,
            names,
            e.meeting.present,
            when=_when(e.decision, e.meeting),
        )
        for e in decisions_log(meetings)
    ]
    return Section(
        "What we decided",
        blocks,
        intro="Each decision with everyone's view of it, as it was written at the time.",
    )


def _step(entry: UncertaintyEntry, *, first: bool) -> str:
    """One meeting's word on an uncertainty: its note, or what happened to it."""
    if entry.note.strip():
        return entry.note.strip()
    return "Raised." if first else f"{STATUS_WORDS[entry.status]}."


def _timeline(thread: UncertaintyThread) -> Bullets:
    """Each meeting's word on the uncertainty; the last says where it stands now."""
    entries = [
        (short_date(m.starts_at.date()), _step(e, first=i == 0))
        for i, (m, e) in enumerate(thread.history[:-1])
    ]
    meeting, last = thread.history[-1]
    day = short_date(meeting.starts_at.date())
    if len(thread.history) == 1 and thread.is_open:
        entries.append((day, last.note.strip() or "Raised."))
    else:
        status = "Still open" if thread.is_open else STATUS_WORDS[thread.status]
        entries.append((f"{status} on {day}", last.note.strip()))
    return Bullets(entries)


def _uncertainties(threads: list[UncertaintyThread], names: Names) -> Section:
    blocks: list[Block] = []
    for thread in threads:
        blocks.append(Subheading(thread.question or QUESTION_KEPT))
        raised = thread.open_since()
        details = [whose_line(thread.whose, names)]
        if raised:
            details.append(f"First raised on {long_date(raised)}.")
        blocks += [Text(" ".join(d for d in details if d), Tone.QUIET), _timeline(thread)]
    return Section(
        "What we were unsure about, and what happened",
        blocks,
        intro="Each question we lived with, from when it was first raised to whether it is "
        "still open, was resolved, or was let go.",
    )


def _still_to_do(meetings: list[Meeting], names: Names) -> Section:
    entries = [follow_up_entry(f, names) for _, _, f in follow_ups(meetings) if not f.done]
    return Section("Who still has something to do", [Bullets(entries)] if entries else [])


def _corrections(meetings: list[Meeting], names: Names) -> Section:
    dates = {m.id: m.starts_at.date() for m in meetings}
    blocks: list[Block] = []
    for meeting in meetings:
        for correction in meeting.corrections:
            day = dates.get(correction.about_meeting_id)
            about = f" (about the summary of {short_date(day)})" if day else ""
            blocks.append(Said(f"{names(correction.person_id)}{about}", correction.text, True))
    return Section("Corrections people made", blocks)
