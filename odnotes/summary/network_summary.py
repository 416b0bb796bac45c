"""A summary across all of a network's meetings, for a review meeting."""

from __future__ import annotations

from odnotes.continuity import (
    UncertaintyThread,
    decisions_log,
    follow_ups,
    in_order,
    uncertainty_threads,
)
from odnotes.i18n import Translator, translator
from odnotes.model import (
    DecidedWhere,
    Decision,
    Meeting,
    Network,
    UncertaintyEntry,
    UncertaintyStatus,
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
from odnotes.summary.meeting_summary import addressed_to, closing_words
from odnotes.summary.names import Names
from odnotes.summary.options import SummaryOptions
from odnotes.summary.parts import QUESTION_KEPT, decision_block, follow_up_entry, whose_line
from odnotes.summary.sharing import KeptItem, shared_view
from odnotes.summary.wording import place_words, status_words


def network_document(
    network: Network, meetings: list[Meeting], names: Names, options: SummaryOptions
) -> tuple[SummaryDocument, list[KeptItem]]:
    """What was decided and what we were unsure about, across every meeting."""
    tr = translator(options.language)
    names = names.speaking(tr)
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
        span = (
            tr.short_date(first)
            if first == last
            else tr.gettext("%(first)s to %(last)s")
            % {"first": tr.short_date(first), "last": tr.short_date(last)}
        )
    present: list[str] = []
    for meeting in shared:
        present += [p for p in meeting.present if p not in present]
    held = (
        tr.ngettext("%(n)s meeting", "%(n)s meetings", len(shared)) % {"n": tr.number(len(shared))}
        if shared
        else ""
    )
    facts = [
        (
            tr.gettext("Meetings"),
            tr.gettext("%(meetings)s, %(dates)s") % {"meetings": held, "dates": span}
            if shared
            else tr.gettext("none yet"),
        ),
        (tr.gettext("Who has come"), names.joined(present)),
        (tr.gettext("From the team"), names.joined(team_ids)),
    ]
    header = (
        tr.gettext("%(network)s  ·  our meetings, %(dates)s")
        if span
        else tr.gettext("%(network)s  ·  our meetings")
    )
    document = SummaryDocument(
        title=tr.gettext("Looking back together"),
        header=header % {"network": network.name, "dates": span},
        team=names.many(team_ids),
        facts=[(label, value) for label, value in facts if value],
        addressed_to=addressed_to(names, options),
        intro=tr.gettext(
            "This brings together what we decided and what we were unsure about across "
            "all our meetings, so that we can look back on them together."
        ),
        language=tr.language,
    )
    sections = [
        _meetings(shared, names),
        _decisions(shared, names),
        _uncertainties(uncertainty_threads(shared), names),
        _still_to_do(shared, names),
        _corrections(shared, names),
    ]
    document.sections = [s for s in sections if s.blocks]
    document.closing = closing_words(kept, options, tr)
    return document, kept


def _meetings(meetings: list[Meeting], names: Names) -> Section:
    tr = names.tr
    entries = []
    for meeting in meetings:
        where = place_words(meeting.place, meeting.place_detail, tr)
        who = names.joined(meeting.present)
        entries.append(
            (
                tr.long_date(meeting.starts_at.date()),
                tr.gettext("%(where)s, with %(names)s") % {"where": where, "names": who}
                if who
                else where,
            )
        )
    return Section(tr.gettext("Our meetings"), [Bullets(entries)] if entries else [])


def _when(decision: Decision, meeting: Meeting, tr: Translator) -> str:
    day = tr.long_date(meeting.starts_at.date())
    if decision.where is DecidedWhere.OUTSIDE_MEETING:
        return tr.gettext("Written down at the meeting on %(date)s") % {"date": day}
    return tr.gettext("Decided at the meeting on %(date)s") % {"date": day}


def _decisions(meetings: list[Meeting], names: Names) -> Section:
    tr = names.tr
    blocks: list[Block] = [
        decision_block(
            e.decision,
            names,
            e.meeting.present,
            when=_when(e.decision, e.meeting, tr),
        )
        for e in decisions_log(meetings)
    ]
    return Section(
        tr.gettext("What we decided"),
        blocks,
        intro=tr.gettext(
            "Each decision with everyone's view of it, as it was written at the time."
        ),
    )


def _step(entry: UncertaintyEntry, tr: Translator, *, first: bool) -> str:
    """One meeting's word on an uncertainty: its note, or what happened to it."""
    if entry.note.strip():
        return entry.note.strip()
    return tr.gettext("Raised.") if first else f"{status_words(entry.status, tr)}."


def _timeline(thread: UncertaintyThread, tr: Translator) -> Bullets:
    """Each meeting's word on the uncertainty; the last says where it stands now."""
    entries = [
        (tr.short_date(m.starts_at.date()), _step(e, tr, first=i == 0))
        for i, (m, e) in enumerate(thread.history[:-1])
    ]
    meeting, last = thread.history[-1]
    day = tr.short_date(meeting.starts_at.date())
    if len(thread.history) == 1 and thread.is_open:
        entries.append((day, last.note.strip() or tr.gettext("Raised.")))
    else:
        status = status_words(UncertaintyStatus.OPEN if thread.is_open else thread.status, tr)
        entries.append(
            (
                tr.gettext("%(status)s on %(date)s") % {"status": status, "date": day},
                last.note.strip(),
            )
        )
    return Bullets(entries)


def _uncertainties(threads: list[UncertaintyThread], names: Names) -> Section:
    tr = names.tr
    blocks: list[Block] = []
    for thread in threads:
        blocks.append(Subheading(thread.question or tr.gettext(QUESTION_KEPT)))
        raised = thread.open_since()
        details = [whose_line(thread.whose, names)]
        if raised:
            details.append(tr.gettext("First raised on %(date)s.") % {"date": tr.long_date(raised)})
        blocks += [Text(" ".join(d for d in details if d), Tone.QUIET), _timeline(thread, tr)]
    return Section(
        tr.gettext("What we were unsure about, and what happened"),
        blocks,
        intro=tr.gettext(
            "Each question we lived with, from when it was first raised to whether it is "
            "still open, was resolved, or was let go."
        ),
    )


def _still_to_do(meetings: list[Meeting], names: Names) -> Section:
    entries = [follow_up_entry(f, names) for _, _, f in follow_ups(meetings) if not f.done]
    return Section(
        names.tr.gettext("Who still has something to do"), [Bullets(entries)] if entries else []
    )


def _corrections(meetings: list[Meeting], names: Names) -> Section:
    tr = names.tr
    dates = {m.id: m.starts_at.date() for m in meetings}
    blocks: list[Block] = []
    for meeting in meetings:
        for correction in meeting.corrections:
            day = dates.get(correction.about_meeting_id)
            who = names(correction.person_id)
            if day:
                who = tr.gettext("%(name)s (about the summary of %(date)s)") % {
                    "name": who,
                    "date": tr.short_date(day),
                }
            blocks.append(Said(who, correction.text, True))
    return Section(tr.gettext("Corrections people made"), blocks)
