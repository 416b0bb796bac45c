"""The summary of one meeting, written for the network to read."""

from __future__ import annotations

from odnotes.continuity import in_order, uncertainty_threads
from odnotes.i18n import N_, Translator, translator
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
from odnotes.summary.wording import duration_words, place_words

REFLECTION_EXPLAINED = N_(
    "A reflection is when the practitioners talk with each other, in front of everyone, "
    "about what they heard, while the network listens; afterwards everyone can say what "
    "they made of it."
)
CORRECTIONS_INVITED = N_(
    "If anything here is wrong or missing, please tell us at the next meeting. We will "
    "write down what you say, in your words, and it will be in the next summary."
)


def addressed_to(names: Names, options: SummaryOptions) -> str:
    """``For Päivi`` on a copy addressed to one person, else nothing."""
    if options.recipient_id is None:
        return ""
    return names.tr.gettext("For %(name)s") % {"name": names(options.recipient_id)}


def closing_words(kept: list[KeptItem], options: SummaryOptions, tr: Translator) -> list[Text]:
    """The last words: what the team kept back, and corrections are welcome."""
    closing = []
    if options.show_kept_back and kept:
        closing.append(Text(kept_back_sentence(kept, tr)))
    if options.invite_corrections:
        closing.append(Text(tr.gettext(CORRECTIONS_INVITED)))
    return closing


def meeting_document(
    meeting: Meeting,
    network: Network,
    network_meetings: list[Meeting],
    names: Names,
    options: SummaryOptions,
) -> tuple[SummaryDocument, list[KeptItem]]:
    """The summary of ``meeting`` and the items the team kept back from it."""
    tr = translator(options.language)
    names = names.speaking(tr)
    shared, kept = shared_view(meeting)
    when = tr.date_and_time(meeting.starts_at)
    facts = [
        (tr.gettext("When"), f"{when} {duration_words(meeting.duration_minutes, tr)}".strip()),
        (tr.gettext("Where"), place_words(meeting.place, meeting.place_detail, tr)),
        (tr.gettext("Who was there"), names.joined(meeting.present)),
        (tr.gettext("Could not come"), names.joined(meeting.absent)),
        (tr.gettext("From the team"), names.joined(meeting.facilitators)),
    ]
    document = SummaryDocument(
        title=tr.gettext("Summary of our meeting"),
        header=tr.gettext("%(network)s  ·  meeting on %(date)s")
        % {"network": network.name, "date": tr.long_date(meeting.starts_at.date())},
        team=names.many(meeting.facilitators),
        facts=[(label, value) for label, value in facts if value],
        addressed_to=addressed_to(names, options),
        intro=tr.gettext(
            "This is what we talked about together, written down so that everyone in "
            "the network can read it."
        ),
        language=tr.language,
    )
    earlier = [
        m for m in network_meetings if m.id != meeting.id and m.starts_at <= meeting.starts_at
    ]
    sections = [
        _purpose(shared, tr),
        _voices(shared, names),
        _reflections(shared, names),
        _decisions(shared, names),
        _uncertainties(shared, [*earlier, meeting], names),
        _follow_ups(shared, names),
        _next_meeting(shared, names),
        _corrections(shared, network_meetings, names),
    ]
    document.sections = [s for s in sections if s.blocks]
    document.closing = closing_words(kept, options, tr)
    return document, kept


def _purpose(meeting: Meeting, tr: Translator) -> Section:
    text = meeting.purpose.text.strip()
    return Section(tr.gettext("What you wanted to talk about"), [Text(text)] if text else [])


def _voices(meeting: Meeting, names: Names) -> Section:
    tr = names.tr
    return Section(
        tr.gettext("Everyone's views"),
        [Said(names(v.person_id), v.text, v.verbatim) for v in meeting.voices if v.text.strip()],
        intro=tr.gettext(
            "Each person's view is written under their name. Words in quotation marks "
            "are exactly what the person said; the rest is how the team wrote it down."
        ),
    )


def _reflections(meeting: Meeting, names: Names) -> Section:
    tr = names.tr
    blocks: list[Text | Subheading | Said | Bullets] = []
    for reflection in meeting.reflections:
        who = names.joined(reflection.practitioner_ids) or tr.gettext("The team")
        blocks.append(Said(who, reflection.text))
        if reflection.responses:
            blocks.append(Subheading(tr.gettext("How it landed")))
            blocks += [Said(names(r.person_id), r.text) for r in reflection.responses]
    return Section(
        tr.gettext("What the team reflected on"),
        list(blocks),
        intro=tr.gettext(REFLECTION_EXPLAINED),
    )


def _decisions(meeting: Meeting, names: Names) -> Section:
    tr = names.tr
    return Section(
        tr.gettext("What we decided"),
        [decision_block(d, names, meeting.present) for d in meeting.decisions],
        intro=tr.gettext(
            "Agreement is never assumed: each person's view of each decision is written "
            "beside their name."
        ),
    )


def _uncertainties(meeting: Meeting, so_far: list[Meeting], names: Names) -> Section:
    tr = names.tr
    threads = {t.uncertainty_id: t for t in uncertainty_threads(shared_view(m)[0] for m in so_far)}
    open_blocks: list[Text | Subheading] = []
    settled: list[Text | Subheading] = []
    for entry in meeting.uncertainties:
        blocks = uncertainty_blocks(threads[entry.uncertainty_id], entry, names)
        (open_blocks if entry.status is UncertaintyStatus.OPEN else settled).extend(blocks)
    if settled:
        settled.insert(0, Subheading(tr.gettext("Settled at this meeting")))
    return Section(
        tr.gettext("What we are still unsure about"),
        [*open_blocks, *settled],
        intro=tr.gettext(
            "Some questions do not need an answer yet. We carry them from meeting to "
            "meeting until they are settled or let go."
        ),
    )


def _follow_ups(meeting: Meeting, names: Names) -> Section:
    items = [f for d in meeting.decisions for f in d.follow_ups]
    return Section(
        names.tr.gettext("Who does what next"), [follow_up_bullets(items, names)] if items else []
    )


def _next_meeting(meeting: Meeting, names: Names) -> Section:
    tr = names.tr
    plan = meeting.next_meeting
    heading = tr.gettext("Next meeting")
    if plan is None:
        return Section(heading)
    to_be_agreed = tr.gettext("to be agreed")
    entries = [
        (tr.gettext("When"), tr.date_and_time(plan.starts_at) if plan.starts_at else to_be_agreed),
        (tr.gettext("Where"), place_words(plan.place, plan.place_detail, tr)),
        (tr.gettext("Who is invited"), names.joined(plan.invitee_ids) or to_be_agreed),
    ]
    blocks: list[Text | Bullets] = [Bullets(entries)]
    if plan.note.strip():
        blocks.append(Text(plan.note))
    return Section(heading, list(blocks))


def _corrections(meeting: Meeting, network_meetings: list[Meeting], names: Names) -> Section:
    tr = names.tr
    dates = {m.id: m.starts_at.date() for m in in_order(network_meetings)}
    blocks: list[Subheading | Said] = []
    about_now = ""
    for correction in meeting.corrections:
        day = dates.get(correction.about_meeting_id)
        about = (
            tr.gettext("About the summary of %(date)s") % {"date": tr.long_date(day)}
            if day
            else tr.gettext("About an earlier summary")
        )
        if about != about_now:
            blocks.append(Subheading(about))
            about_now = about
        blocks.append(Said(names(correction.person_id), correction.text, own_words=True))
    return Section(
        tr.gettext("Corrections to last time"),
        list(blocks),
        intro=tr.gettext(
            "What people said was wrong or missing in an earlier summary, in their words."
        ),
    )
