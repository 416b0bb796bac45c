"""The summary of one meeting, written for the network to read."""

from __future__ import annotations

from odnotes.continuity import in_order, uncertainty_threads
from odnotes.model import Meeting, Network, UncertaintyStatus
from odnotes.summary.document import (
    Bullets,
    Said,
    Section,
    Subheading,
    SummaryDocument,
    Text,
)
from odnotes.summary.names import Names
from odnotes.summary.options import SummaryOptions
from odnotes.summary.parts import decision_block, follow_up_bullets, uncertainty_blocks
from odnotes.summary.sharing import KeptItem, kept_back_sentence, shared_view
from odnotes.summary.wording import (
    date_and_time,
    join_names,
    long_date,
    place_words,
)

REFLECTION_EXPLAINED = (
    "A reflection is when the practitioners talk with each other, in front of everyone, "
    "about what they heard, while the network listens; afterwards everyone can say what "
    "they made of it."
)
CORRECTIONS_INVITED = (
    "If anything here is wrong or missing, please tell us at the next meeting. We will "
    "write down what you say, in your words, and it will be in the next summary."
)


def duration_words(minutes: int | None) -> str:
    """``for an hour and a half``."""
    if not minutes:
        return ""
    hours, rest = divmod(minutes, 60)
    if minutes == 90:
        return "for an hour and a half"
    if rest == 0:
        return "for an hour" if hours == 1 else f"for {hours} hours"
    return f"for {minutes} minutes"


def meeting_document(
    meeting: Meeting,
    network: Network,
    network_meetings: list[Meeting],
    names: Names,
    options: SummaryOptions,
) -> tuple[SummaryDocument, list[KeptItem]]:
    """The summary of ``meeting`` and the items the team kept back from it."""
    shared, kept = shared_view(meeting)
    when = date_and_time(meeting.starts_at)
    facts = [
        ("When", f"{when} {duration_words(meeting.duration_minutes)}".strip()),
        ("Where", place_words(meeting.place, meeting.place_detail)),
        ("Who was there", join_names(names.many(meeting.present))),
        ("Could not come", join_names(names.many(meeting.absent))),
        ("From the team", join_names(names.many(meeting.facilitators))),
    ]
    document = SummaryDocument(
        title="Summary of our meeting",
        header=f"{network.name}  ·  meeting on {long_date(meeting.starts_at.date())}",
        team=names.many(meeting.facilitators),
        facts=[(label, value) for label, value in facts if value],
        addressed_to=f"For {names(options.recipient_id)}" if options.recipient_id else "",
        intro="This is what we talked about together, written down so that everyone in "
        "the network can read it.",
    )
    earlier = [
        m for m in network_meetings if m.id != meeting.id and m.starts_at <= meeting.starts_at
    ]
    sections = [
        _purpose(shared),
        _voices(shared, names),
        _reflections(shared, names),
        _decisions(shared, names),
        _uncertainties(shared, [*earlier, meeting], names),
        _follow_ups(shared, names),
        _next_meeting(shared, names),
        _corrections(shared, network_meetings, names),
    ]
    document.sections = [s for s in sections if s.blocks]
    if options.show_kept_back and kept:
        document.closing.append(Text(kept_back_sentence(kept)))
    if options.invite_corrections:
        document.closing.append(Text(CORRECTIONS_INVITED))
    return document, kept


def _purpose(meeting: Meeting) -> Section:
    text = meeting.purpose.text.strip()
    return Section("What you wanted to talk about", [Text(text)] if text else [])


def _voices(meeting: Meeting, names: Names) -> Section:
    return Section(
        "Everyone's views",
        [Said(names(v.person_id), v.text, v.verbatim) for v in meeting.voices if v.text.strip()],
        intro="Each person's view is written under their name. Words in quotation marks "
        "are exactly what the person said; the rest is how the team wrote it down.",
    )


def _reflections(meeting: Meeting, names: Names) -> Section:
    blocks: list[Text | Subheading | Said | Bullets] = []
    for reflection in meeting.reflections:
        who = join_names(names.many(reflection.practitioner_ids)) or "The team"
        blocks.append(Said(who, reflection.text))
        if reflection.responses:
            blocks.append(Subheading("How it landed"))
            blocks += [Said(names(r.person_id), r.text) for r in reflection.responses]
    return Section("What the team reflected on", list(blocks), intro=REFLECTION_EXPLAINED)


def _decisions(meeting: Meeting, names: Names) -> Section:
    return Section(
        "What we decided",
        [decision_block(d, names, meeting.present) for d in meeting.decisions],
        intro="Agreement is never assumed: each person's view of each decision is written "
        "beside their name.",
    )


def _uncertainties(meeting: Meeting, so_far: list[Meeting], names: Names) -> Section:
    threads = {t.uncertainty_id: t for t in uncertainty_threads(shared_view(m)[0] for m in so_far)}
    open_blocks: list[Text | Subheading] = []
    settled: list[Text | Subheading] = []
    for entry in meeting.uncertainties:
        blocks = uncertainty_blocks(threads[entry.uncertainty_id], entry, names)
        (open_blocks if entry.status is UncertaintyStatus.OPEN else settled).extend(blocks)
    if settled:
        settled.insert(0, Subheading("Settled at this meeting"))
    return Section(
        "What we are still unsure about",
        [*open_blocks, *settled],
        intro="Some questions do not need an answer yet. We carry them from meeting to "
        "meeting until they are settled or let go.",
    )


def _follow_ups(meeting: Meeting, names: Names) -> Section:
    items = [f for d in meeting.decisions for f in d.follow_ups]
    return Section("Who does what next", [follow_up_bullets(items, names)] if items else [])


def _next_meeting(meeting: Meeting, names: Names) -> Section:
    plan = meeting.next_meeting
    if plan is None:
        return Section("Next meeting")
    entries = [
        ("When", date_and_time(plan.starts_at) if plan.starts_at else "to be agreed"),
        ("Where", place_words(plan.place, plan.place_detail)),
        ("Who is invited", join_names(names.many(plan.invitee_ids)) or "to be agreed"),
    ]
    blocks: list[Text | Bullets] = [Bullets(entries)]
    if plan.note.strip():
        blocks.append(Text(plan.note))
    return Section("Next meeting", list(blocks))


def _corrections(meeting: Meeting, network_meetings: list[Meeting], names: Names) -> Section:
    dates = {m.id: m.starts_at.date() for m in in_order(network_meetings)}
    blocks: list[Subheading | Said] = []
    about_now = ""
    for correction in meeting.corrections:
        day = dates.get(correction.about_meeting_id)
        about = f"About the summary of {long_date(day)}" if day else "About an earlier summary"
        if about != about_now:
            blocks.append(Subheading(about))
            about_now = about
        blocks.append(Said(names(correction.person_id), correction.text, own_words=True))
    return Section(
        "Corrections to last time",
        list(blocks),
        intro="What people said was wrong or missing in an earlier summary, in their words.",
    )
