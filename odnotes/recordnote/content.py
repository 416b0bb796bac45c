"""What the note for the clinical record says, as a summary document (no layout here).

The note is the team's own record of one finalised meeting, in the shape
clinical records use: when, where, what kind of contact, who came and in
what role, who did not, who facilitated; then what was said and decided,
section by section; then who signed it and every amendment. Team-only items
are in it (it is the team's record), each marked as not shared with the
network. Every heading is there even when nothing was recorded under it, so
the record always reads the same way.

It is a :class:`~odnotes.summary.SummaryDocument`, so the PDF is laid out
with the family summary's own layout and fonts, and the plain text
(:mod:`odnotes.recordnote.plaintext`) reads the same blocks. What people said
is a :class:`VoiceBlock`, the one kind of block the short form shortens.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from odnotes.continuity import in_order, uncertainty_threads
from odnotes.model import (
    Item,
    Meeting,
    Network,
    PlaceKind,
    UncertaintyStatus,
)
from odnotes.recordnote.declared import extra_lines, field_lines, unlaid
from odnotes.recordnote.words import ENGLISH, Translator, kind_words, numbered, role_words
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
from odnotes.summary.names import Names
from odnotes.summary.parts import decision_block, follow_up_entry, uncertainty_blocks
from odnotes.summary.wording import place_words


@dataclass(frozen=True)
class VoiceBlock(Said):
    """What one person (or the reflecting practitioners) said; ``kind`` says which.

    ``kind`` is ``view``, ``reflection``, ``response`` or ``correction``;
    ``owner`` is whose words they are, for saying what the short form cut.
    """

    kind: str = "view"
    owner: str = ""


def _capital(text: str) -> str:
    return text[:1].upper() + text[1:]


class NoteBuilder:
    """Builds the note of one meeting; holds what every section needs."""

    def __init__(
        self,
        meeting: Meeting,
        network: Network,
        network_meetings: list[Meeting],
        names: Names,
        tr: Translator = ENGLISH,
    ) -> None:
        self.meeting = meeting
        self.network = network
        start = (meeting.starts_at, meeting.id)
        # Only what came before: a question reworded later is not what was asked here.
        self.earlier = [m for m in in_order(network_meetings) if (m.starts_at, m.id) < start]
        self.others = [m for m in network_meetings if m.id != meeting.id]
        self.names = names.speaking(tr)
        self.tr = tr
        self.by_id = {
            **{i: p.name for i, p in names.people.items()},
            **{i: p.name for i, p in names.practitioners.items()},
        }

    # -- shared pieces -----------------------------------------------------------

    def none(self) -> Text:
        """What a heading with nothing under it says."""
        return Text(self.tr.gettext("None recorded."))

    def team_only(self, item: Item) -> list[Block]:
        """The mark on an item kept to the team, with its reason; nothing for a shared one."""
        if item.sharing.shared:
            return []
        reason = item.sharing.reason.strip()
        return [
            Text(
                self.tr.gettext("Team only, not shared with the network. Reason: %(reason)s")
                % {"reason": reason},
                Tone.QUIET,
            )
        ]

    def extras(self, value: object) -> list[Block]:
        """Recorded fields the layout does not set out, one quiet line each."""
        return [Text(line, Tone.QUIET) for line in extra_lines(value, self.by_id)]

    def role(self, person_id: str) -> str:
        """``Päivi (mother)``, ``Tuula Rantanen (nurse)``: a name and the role they came in."""
        name = self.names(person_id)
        person = self.names.people.get(person_id)
        practitioner = self.names.practitioners.get(person_id)
        role = ""
        if person is not None:
            role = person.relationship.strip() or kind_words(person.kind, self.tr)
        elif practitioner is not None:
            role = role_words(practitioner.role, self.tr)
        return f"{name} ({role})" if role else name

    def roles(self, ids: list[str]) -> str:
        """Everyone in ``ids`` with their roles; "none recorded" for nobody."""
        return "; ".join(self.role(i) for i in ids) or self.tr.gettext("none recorded")

    # -- the note ------------------------------------------------------------------

    def document(self) -> SummaryDocument:
        """The whole note."""
        tr, meeting = self.tr, self.meeting
        title = tr.gettext("Network meeting (Open Dialogue)")
        day = tr.long_date(meeting.starts_at.date())
        header = f"{self.network.name}  ·  {day}"
        if self.network.record_number.strip():
            header += "  ·  " + tr.gettext("Record number %(number)s") % {
                "number": self.network.record_number.strip()
            }
        document = SummaryDocument(
            title=title,
            header=header,
            team=self.names.many(meeting.facilitators),
            facts=self.facts(),
            language=tr.language,
        )
        kept = len(meeting.team_only_items())
        if kept:
            document.intro = tr.gettext(
                "This is the team's record: it includes what the team kept to itself, "
                "each marked as not shared with the network."
            )
        sections = [
            self.purpose(),
            self.voices(),
            self.reflections(),
            self.decisions(),
            self.uncertainties(),
            self.follow_ups(),
            self.next_meeting(),
            self.corrections(),
            *self.unlaid_sections(),
            self.signatures(),
            self.amendments(),
        ]
        for section in sections:
            if not section.blocks:
                section.blocks.append(self.none())
        document.sections = sections
        return document

    def facts(self) -> list[tuple[str, str]]:
        """When, where, what kind of contact, who: the lines at the top of the note."""
        tr, meeting, network = self.tr, self.meeting, self.network
        start = meeting.starts_at
        time = tr.time(start)
        facts: list[tuple[str, str]] = []
        if network.record_number.strip():
            facts.append((tr.gettext("Record number"), network.record_number.strip()))
        facts.append((tr.gettext("Network"), network.name))
        facts.append((tr.gettext("Date"), tr.long_date(start.date())))
        if meeting.duration_minutes:
            end = start + timedelta(minutes=meeting.duration_minutes)
            time = tr.gettext("%(start)s to %(end)s") % {"start": time, "end": tr.time(end)}
            facts.append((tr.gettext("Time"), time))
            minutes = tr.ngettext("%(n)s minute", "%(n)s minutes", meeting.duration_minutes)
            facts.append((tr.gettext("Duration"), numbered(tr, minutes, meeting.duration_minutes)))
        else:
            facts.append((tr.gettext("Time"), time))
        facts.append(
            (tr.gettext("Place"), _capital(place_words(meeting.place, meeting.place_detail, tr)))
        )
        facts.append((tr.gettext("Type of contact"), self.contact_type()))
        facts.append((tr.gettext("Attended"), self.roles(meeting.present)))
        facts.append((tr.gettext("Invited but absent"), self.roles(meeting.absent)))
        facts.append((tr.gettext("Facilitators"), self.roles(meeting.facilitators)))
        kept = len(meeting.team_only_items())
        if kept:
            words = tr.ngettext("%(n)s item, marked below", "%(n)s items, each marked below", kept)
            facts.append((tr.gettext("Not shared with the network"), numbered(tr, words, kept)))
        return facts

    def contact_type(self) -> str:
        """``Network meeting (Open Dialogue), face to face``."""
        how = {
            PlaceKind.ONLINE: self.tr.gettext("by video"),
            PlaceKind.PHONE: self.tr.gettext("by telephone"),
        }.get(self.meeting.place, self.tr.gettext("face to face"))
        return self.tr.gettext("Network meeting (Open Dialogue), %(how)s") % {"how": how}

    # -- sections ------------------------------------------------------------------

    def purpose(self) -> Section:
        """What the network said it wanted to talk about, in their words."""
        purpose = self.meeting.purpose
        blocks: list[Block] = []
        if purpose.text.strip():
            blocks += [Text(purpose.text), *self.team_only(purpose)]
        blocks += self.extras(purpose)
        return Section(self.tr.gettext("What the network wanted to discuss"), blocks)

    def voices(self) -> Section:
        """Each person's view under their name, never merged."""
        blocks: list[Block] = []
        for voice in self.meeting.voices:
            if not voice.text.strip():
                continue
            name = self.names(voice.person_id)
            blocks.append(VoiceBlock(name, voice.text, voice.verbatim, "view", name))
            blocks += self.team_only(voice) + self.extras(voice)
        return Section(self.tr.gettext("Each person's view"), blocks)

    def reflections(self) -> Section:
        """What the practitioners reflected on, and how it landed with each person."""
        tr = self.tr
        blocks: list[Block] = []
        for reflection in self.meeting.reflections:
            who = self.names.many(reflection.practitioner_ids)
            lead = (
                tr.gettext("%(names)s reflected") % {"names": tr.join(who)}
                if who
                else tr.gettext("The team reflected")
            )
            blocks.append(VoiceBlock(lead, reflection.text, False, "reflection", tr.join(who)))
            blocks += self.team_only(reflection) + self.extras(reflection)
            for response in reflection.responses:
                name = self.names(response.person_id)
                lead = tr.gettext("%(name)s responded") % {"name": name}
                blocks.append(VoiceBlock(lead, response.text, False, "response", name))
                blocks += self.team_only(response) + self.extras(response)
        return Section(tr.gettext("Reflections and responses"), blocks)

    def decisions(self) -> Section:
        """Each decision with every person's stance; one taken outside with its reason."""
        blocks: list[Block] = []
        for decision in self.meeting.decisions:
            blocks.append(decision_block(decision, self.names, self.meeting.present))
            blocks += self.team_only(decision) + self.extras(decision)
            for entry in decision.stances:
                blocks += self.extras(entry)
        return Section(self.tr.gettext("Shared decisions"), blocks)

    def uncertainties(self) -> Section:
        """The questions the network is living with; those settled here come last."""
        threads = {t.uncertainty_id: t for t in uncertainty_threads([*self.earlier, self.meeting])}
        open_blocks: list[Block] = []
        settled: list[Block] = []
        for entry in self.meeting.uncertainties:
            blocks: list[Block] = list(
                uncertainty_blocks(threads[entry.uncertainty_id], entry, self.names)
            )
            blocks += self.team_only(entry) + self.extras(entry)
            (open_blocks if entry.status is UncertaintyStatus.OPEN else settled).extend(blocks)
        if settled:
            settled.insert(0, Subheading(self.tr.gettext("Settled at this meeting")))
        return Section(self.tr.gettext("Open uncertainties"), [*open_blocks, *settled])

    def follow_ups(self) -> Section:
        """Who does what next, by when (team-only ones marked); then earlier ones checked here."""
        entries: list[tuple[str, str]] = []
        for decision in self.meeting.decisions:
            for follow_up in decision.follow_ups:
                who, what = follow_up_entry(follow_up, self.names)
                if not decision.sharing.shared:
                    what += " " + self.tr.gettext("(team only)")
                extra = extra_lines(follow_up, self.by_id)
                entries.append((who, "; ".join([what, *extra])))
        blocks: list[Block] = [Bullets(entries)] if entries else []
        checked = self.checked_follow_ups()
        if checked:
            blocks += [Subheading(self.tr.gettext("From earlier meetings")), Bullets(checked)]
        return Section(self.tr.gettext("Follow-ups"), blocks)

    def checked_follow_ups(self) -> list[tuple[str, str]]:
        """Follow-ups of earlier meetings ticked off (or un-ticked) at this one."""
        tr = self.tr
        earlier = {f.id: (m, f) for m in self.earlier for d in m.decisions for f in d.follow_ups}
        entries = []
        for check in self.meeting.follow_up_checks:
            state = (
                tr.gettext("done, as checked at this meeting")
                if check.done
                else tr.gettext("not done yet, as checked at this meeting")
            )
            if check.follow_up_id not in earlier:
                entries.append((tr.gettext("A follow-up no longer in the record"), state))
                continue
            meeting, follow_up = earlier[check.follow_up_id]
            what = tr.gettext("%(what)s (from the meeting of %(date)s): %(state)s") % {
                "what": follow_up.what,
                "date": tr.short_date(meeting.starts_at.date()),
                "state": state,
            }
            entries.append((self.names(follow_up.who_id), what))
        return entries

    def next_meeting(self) -> Section:
        """When, where and whom to invite next, as decided together."""
        tr, plan = self.tr, self.meeting.next_meeting
        heading = tr.gettext("Next meeting")
        if plan is None:
            return Section(heading)
        to_agree = tr.gettext("to be agreed")
        entries = [
            (tr.gettext("When"), tr.date_and_time(plan.starts_at) if plan.starts_at else to_agree),
            (tr.gettext("Where"), _capital(place_words(plan.place, plan.place_detail, tr))),
            (tr.gettext("Invited"), "; ".join(self.names.many(plan.invitee_ids)) or to_agree),
        ]
        blocks: list[Block] = [Bullets(entries)]
        if plan.note.strip():
            blocks.append(Text(plan.note))
        blocks += self.team_only(plan) + self.extras(plan)
        return Section(heading, blocks)

    def corrections(self) -> Section:
        """What people said was wrong or missing in an earlier summary, in their words."""
        tr = self.tr
        dates = {m.id: m.starts_at.date() for m in self.others}
        blocks: list[Block] = []
        for correction in self.meeting.corrections:
            day = dates.get(correction.about_meeting_id)
            name = self.names(correction.person_id)
            about = (
                tr.gettext("%(name)s, about the summary of %(date)s")
                % {"name": name, "date": tr.short_date(day)}
                if day
                else tr.gettext("%(name)s, about an earlier summary") % {"name": name}
            )
            blocks.append(VoiceBlock(about, correction.text, True, "correction", name))
            blocks += self.team_only(correction) + self.extras(correction)
        return Section(tr.gettext("Corrections to earlier summaries"), blocks)

    def unlaid_sections(self) -> list[Section]:
        """A section for each recorded meeting field the layout does not set out."""
        return [
            Section(
                declared.treatment.label,
                [Text(line) for line in field_lines(self.meeting, declared, self.by_id)],
            )
            for declared in unlaid(Meeting)
        ]

    def signatures(self) -> Section:
        """Who signed the meeting off, and when (in the computer's own time zone)."""
        entries = [
            (self.role(s.practitioner_id), self.tr.date_and_time(_local(s.signed_at)))
            for s in self.meeting.signatures
        ]
        return Section(self.tr.gettext("Signed"), [Bullets(entries)] if entries else [])

    def amendments(self) -> Section:
        """Every change made after signing: who, when and why."""
        entries = [
            (
                f"{self.tr.date_and_time(_local(a.at))}, {self.names(a.by_id)}",
                a.reason,
            )
            for a in self.meeting.amendments
        ]
        return Section(self.tr.gettext("Amendments"), [Bullets(entries)] if entries else [])


def _local(moment: datetime) -> datetime:
    """An audit time in the computer's own time zone, as the history shows it."""
    return moment.astimezone().replace(tzinfo=None)
