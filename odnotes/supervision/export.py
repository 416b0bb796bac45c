"""Building the de-identified supervision material from the vault.

The result is a plain tree (dicts and lists) whose leaves are labels
(:class:`Label`), de-identified free text (:class:`DeidText`) or plain
values. Markdown, PDF, JSON and the review screen are all drawn from this one
tree, so they can never disagree about what was replaced.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from odnotes.continuity import in_order, uncertainty_threads
from odnotes.errors import OdNotesError
from odnotes.i18n import N_, Translator, summary_languages, translator
from odnotes.indicators import describe_wait, element_presence, network_indicators
from odnotes.model import (
    DecidedWhere,
    Item,
    Meeting,
    Network,
    Person,
    PersonKind,
    PracticeRating,
    PracticeReflection,
    Practitioner,
)
from odnotes.supervision import words
from odnotes.supervision.allowlist import allowed
from odnotes.supervision.dates import RelativeDates
from odnotes.supervision.deidentify import Deidentifier, DeidText, ReviewChoices
from odnotes.supervision.entities import network_entities, network_label
from odnotes.supervision.identifiers import record_number_labels
from odnotes.supervision.labels import person_labels, practitioner_labels
from odnotes.vault import Vault

FORMAT = "odnotes-supervision"
FORMAT_VERSION = 1


class ExportError(OdNotesError):
    """The export could not be made as asked; nothing was written."""


class Label(str):
    """Text put in by the export (a person's label, a place kind), not typed by anyone."""

    __slots__ = ()


@dataclass(frozen=True)
class ExportOptions:
    """What goes into the export beyond the shared, finalised record.

    Drafts are left out unless ``include_drafts`` (or unless they are chosen
    one by one): a draft may still change, and may not be read by its
    co-facilitator yet. ``language`` is the language of every word the export
    writes itself (a code from :func:`odnotes.i18n.summary_languages`); what
    people said stays as they said it.
    """

    include_team_only: bool = False
    include_practice: bool = False
    include_drafts: bool = False
    language: str = "en"


__all__ = ["ExportError", "ExportOptions", "Label", "ReviewChoices", "build_tree"]


@dataclass
class _Context:
    """Everything one network's part of the export needs."""

    network: Network
    number: int
    labels: dict[str, str]
    deid: Deidentifier
    dates: RelativeDates
    options: ExportOptions
    meeting_numbers: dict[str, int]
    questions: dict[str, str]
    tr: Translator
    left_out: int = 0

    def who(self, record_id: str | None) -> Label:
        if record_id is None:
            return Label(self.tr.gettext("not recorded"))
        if record_id not in self.labels:
            return Label(self.tr.gettext("someone not in the network's record"))
        return Label(self.labels[record_id])

    def meeting(self, number: int) -> Label:
        """``meeting 3`` inside a sentence."""
        return Label(self.tr.gettext("meeting %(number)s") % {"number": self.tr.number(number)})

    def whom(self, ids: Iterable[str]) -> list[Label]:
        return [self.who(i) for i in ids]

    def free(self, text: str, meeting: Meeting) -> DeidText:
        return self.deid.text(text, meeting.starts_at.date())

    def keeps(self, item: Item) -> bool:
        """Whether an item goes in; counts what was left out so the export can say so."""
        if item.sharing.shared or self.options.include_team_only:
            return True
        self.left_out += 1
        return False

    def sharing(self, item: Item, meeting: Meeting) -> DeidText | None:
        return None if item.sharing.shared else self.free(item.sharing.reason, meeting)


def build_tree(
    vault: Vault,
    network_ids: list[str],
    meeting_ids: list[str] | None = None,
    options: ExportOptions | None = None,
    choices: ReviewChoices | None = None,
) -> dict[str, Any]:
    """The de-identified tree for the chosen networks (and meetings: ``None`` means all).

    Nothing in it depends on the day of the export: durations are counted to
    each network's latest meeting, so no figure can be anchored to a real date.
    """
    options = options or ExportOptions()
    choices = choices or ReviewChoices()
    if options.language not in summary_languages():
        raise ExportError(
            N_("The export cannot be written in %(language)s; choose one of %(languages)s."),
            language=options.language,
            languages=", ".join(summary_languages()),
        )
    tr = translator(options.language)
    if not network_ids:
        raise ExportError(N_("Choose at least one network to export."))
    networks = [vault.get(Network, nid) for nid in dict.fromkeys(network_ids)]
    chosen_meetings = set(meeting_ids) if meeting_ids is not None else None
    practitioners = vault.all(Practitioner)
    every_network = vault.all(Network)
    all_meetings = {n.id: in_order(vault.all(Meeting, network_id=n.id)) for n in networks}
    first_seen = [pid for n in networks for m in all_meetings[n.id] for pid in m.facilitators]
    first_seen += [pid for n in networks for pid in n.practitioner_ids]
    practitioner_label = practitioner_labels(practitioners, first_seen, tr)
    exported_ids = {n.id for n in networks}
    everyone = vault.all(Person)
    elsewhere = [p for p in everyone if p.network_id not in exported_ids]
    labels_of = {
        n.id: person_labels((p for p in everyone if p.network_id == n.id), tr) for n in networks
    }
    tree_networks = []
    for number, network in enumerate(networks, 1):
        every_meeting = all_meetings[network.id]
        if chosen_meetings is not None:
            meetings = [m for m in every_meeting if m.id in chosen_meetings]
            if not meetings:
                continue
        else:
            meetings = [m for m in every_meeting if m.is_final or options.include_drafts]
        people = [p for p in everyone if p.network_id == network.id]
        labels = {**practitioner_label, **labels_of[network.id]}
        others = [
            (
                p,
                tr.gettext("%(label)s (network %(number)s)")
                % {"label": labels_of[p.network_id][p.id], "number": tr.number(k)},
            )
            for k, other in enumerate(networks, 1)
            if other.id != network.id
            for p in everyone
            if p.network_id == other.id
        ]
        entities = network_entities(
            number=number,
            network_name=network.name,
            people=people,
            labels=labels,
            others=others,
            elsewhere=elsewhere,
            practitioners=practitioners,
            meetings=every_meeting,
            tr=tr,
        )
        dates = RelativeDates(network.first_contact, tr)
        record_numbers = record_number_labels(
            network.record_number,
            (n.record_number for n in every_network if n.id != network.id),
            tr,
        )
        deid = Deidentifier(entities, dates, choices=choices, identifiers=record_numbers)
        numbers = {m.id: i for i, m in enumerate(every_meeting, 1)}
        questions = {t.uncertainty_id: t.question for t in uncertainty_threads(every_meeting)}
        context = _Context(network, number, labels, deid, dates, options, numbers, questions, tr)
        tree = _network(vault, context, people, every_meeting, meetings)
        exported = {m.id for m in meetings}
        tree["drafts_left_out"] = sum(
            1 for m in every_meeting if not m.is_final and m.id not in exported
        )
        tree_networks.append(tree)
    if not tree_networks:
        raise ExportError(N_("None of the chosen meetings belong to the chosen networks."))
    return {
        "format": FORMAT,
        "version": FORMAT_VERSION,
        "language": tr.language,
        "networks": tree_networks,
    }


def _network(
    vault: Vault,
    ctx: _Context,
    people: list[Person],
    every_meeting: list[Meeting],
    meetings: list[Meeting],
) -> dict[str, Any]:
    # Counted to the latest meeting, never to today: "open 637 days" on the day of
    # the export would tell anyone who knows that day the real dates.
    last = every_meeting[-1].starts_at if every_meeting else ctx.network.first_contact
    indicators = network_indicators(ctx.network, every_meeting, last.date())
    reflections = {
        r.meeting_id: r
        for r in vault.all(PracticeReflection, network_id=ctx.network.id)
        if r.meeting_id in {m.id for m in meetings}
    }
    tr = ctx.tr
    kind_order = list(PersonKind)
    people = sorted(
        (allowed(p) for p in people), key=lambda p: (kind_order.index(p.kind), ctx.labels[p.id])
    )
    tree: dict[str, Any] = {
        "label": Label(network_label(ctx.number, tr)),
        "status": ctx.network.status.value,
        "people": [
            {
                "label": ctx.who(p.id),
                "kind": Label(words.kind_words(p.kind, tr))
                if p.kind is not PersonKind.CENTRE
                else None,
                "closeness": p.closeness.value,
                "meetings_attended": indicators.member_meetings.get(p.id, 0),
            }
            for p in people
        ],
        "practitioners": [
            {"label": ctx.who(pid), "meetings_attended": n}
            for pid, n in sorted(
                indicators.practitioner_meetings.items(), key=lambda kv: ctx.labels.get(kv[0], "")
            )
        ],
        "continuity": {
            "meetings_held": len(indicators.meetings),
            "first_meeting_after": Label(describe_wait(indicators.first_meeting_after, tr)),
            "within_24_hours": indicators.within_24_hours,
            "open_uncertainties": [
                {
                    "question": ctx.free(u.question, u.raised_in),
                    "raised_in": ctx.meeting(ctx.meeting_numbers[u.raised_in.id]),
                    "days_open": u.days_open,
                    "open_at": ctx.meeting(len(every_meeting)),
                }
                for u in indicators.open_uncertainties
            ],
            "overdue_follow_ups": len(indicators.overdue_follow_ups),
        },
        "meetings": [_meeting(ctx, m, reflections.get(m.id)) for m in meetings],
    }
    if ctx.options.include_practice:
        tree["practice"] = [
            {
                "element": Label(words.element_words(t.element, tr)),
                **{rating.value: t.count(rating) for rating in PracticeRating},
            }
            for t in element_presence(reflections.values())
        ]
    tree["team_only_left_out"] = ctx.left_out
    return tree


def _meeting(ctx: _Context, m: Meeting, practice: PracticeReflection | None) -> dict[str, Any]:
    m, practice = allowed(m), allowed(practice)
    tr = ctx.tr
    number = ctx.meeting_numbers[m.id]
    questions = ctx.questions
    out: dict[str, Any] = {
        "label": Label(tr.gettext("Meeting %(number)s") % {"number": tr.number(number)}),
        "when": Label(ctx.dates.meeting(number, m.starts_at)),
        "status": "finalised" if m.is_final else "draft",
        "amendments": len(m.amendments),
        "duration_minutes": m.duration_minutes,
        "place": Label(words.place_kind_words(m.place, tr)),
        "present": ctx.whom(m.present),
        "absent": ctx.whom(m.absent),
        "facilitators": ctx.whom(m.facilitators),
    }
    if ctx.keeps(m.purpose):
        out["purpose"] = ctx.free(m.purpose.text, m)
    out["voices"] = [
        {
            "who": ctx.who(v.person_id),
            "text": ctx.free(v.text, m),
            "verbatim": v.verbatim,
            "team_only": ctx.sharing(v, m),
        }
        for v in m.voices
        if ctx.keeps(v)
    ]
    out["reflections"] = [
        {
            "by": ctx.whom(r.practitioner_ids),
            "text": ctx.free(r.text, m),
            "team_only": ctx.sharing(r, m),
            "responses": [
                {"who": ctx.who(x.person_id), "text": ctx.free(x.text, m)}
                for x in r.responses
                if ctx.keeps(x)
            ],
        }
        for r in m.reflections
        if ctx.keeps(r)
    ]
    out["decisions"] = [
        {
            "text": ctx.free(d.text, m),
            "proposed_by": ctx.who(d.proposed_by),
            "taken": Label(
                tr.gettext("in the meeting")
                if d.where is DecidedWhere.IN_MEETING
                else tr.gettext("outside the meeting")
            ),
            "outside_reason": ctx.free(d.outside_reason, m),
            "told": ctx.free(d.told, m),
            "told_when": Label(ctx.dates.day(d.told_at)) if d.told_at else None,
            "team_only": ctx.sharing(d, m),
            "stances": [
                {
                    "who": ctx.who(s.person_id),
                    "stance": Label(words.stance_words(s.stance, tr)),
                    "words": ctx.free(s.words, m),
                }
                for s in d.stances
            ],
            "follow_ups": [
                {
                    "who": ctx.who(f.who_id),
                    "what": ctx.free(f.what, m),
                    "due": Label(ctx.dates.day(f.due)) if f.due else None,
                    "done": f.done,
                }
                for f in d.follow_ups
            ],
        }
        for d in m.decisions
        if ctx.keeps(d)
    ]
    out["uncertainties"] = [
        {
            "question": ctx.free(u.question or questions.get(u.uncertainty_id, ""), m),
            "whose": ctx.whom(u.whose),
            "status": Label(words.status_words(u.status, tr)),
            "note": ctx.free(u.note, m),
            "team_only": ctx.sharing(u, m),
        }
        for u in m.uncertainties
        if ctx.keeps(u)
    ]
    out["corrections"] = [
        {
            "who": ctx.who(c.person_id),
            "about": (
                ctx.meeting(ctx.meeting_numbers[c.about_meeting_id])
                if c.about_meeting_id in ctx.meeting_numbers
                else Label(tr.gettext("an earlier meeting"))
            ),
            "text": ctx.free(c.text, m),
        }
        for c in m.corrections
        if ctx.keeps(c)
    ]
    plan = m.next_meeting
    if plan is not None and ctx.keeps(plan):
        out["next_meeting"] = {
            "when": Label(ctx.dates.day(plan.starts_at)) if plan.starts_at else None,
            "place": Label(words.place_kind_words(plan.place, tr)),
            "invited": ctx.whom(plan.invitee_ids),
            "note": ctx.free(plan.note, m),
        }
    if ctx.options.include_practice and practice is not None:
        out["practice"] = [
            {
                "element": Label(words.element_words(r.element, tr)),
                "rating": Label(words.rating_words(r.rating, tr)) if r.rating else None,
                "words": ctx.free(r.words, m),
            }
            for r in practice.ratings
        ]
    return out
