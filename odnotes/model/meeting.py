"""A network meeting, in the order it is remembered, and everything said in it."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from enum import StrEnum

from odnotes.errors import InvalidRecord
from odnotes.model.base import (
    Record,
    Sharing,
    Validated,
    check_enum,
    check_id,
    check_ids,
    check_items,
    check_naive,
    check_nested,
    check_text,
    new_id,
)
from odnotes.model.signing import Amendment, Signature


class PlaceKind(StrEnum):
    """Where a meeting happens; ``detail`` adds free text."""

    HOME = "home"
    CLINIC = "clinic"
    ONLINE = "online"
    PHONE = "phone"
    OTHER = "other"


class Stance(StrEnum):
    """One person's stance on a shared decision: agreement is never assumed."""

    AGREES = "agrees"
    HAS_CONCERNS = "has_concerns"
    DISAGREES = "disagrees"
    NOT_ASKED = "not_asked"

    @property
    def label(self) -> str:
        """Plain words for the stance."""
        return self.value.replace("_", " ")


class DecidedWhere(StrEnum):
    """Whether a decision was taken openly in the meeting or outside it."""

    IN_MEETING = "in_meeting"
    OUTSIDE_MEETING = "outside_meeting"


class UncertaintyStatus(StrEnum):
    """Open uncertainties are carried until resolved or let go."""

    OPEN = "open"
    RESOLVED = "resolved"
    LET_GO = "let_go"

    @property
    def label(self) -> str:
        """Plain words for the status."""
        return self.value.replace("_", " ")


@dataclass
class Item(Validated):
    """Something said or decided in a meeting: it has an id and may be kept to the team."""

    id: str = field(default_factory=new_id, kw_only=True)
    sharing: Sharing = field(default_factory=Sharing, kw_only=True)

    def validate(self) -> None:
        check_id(self.id, "id")
        check_nested(self.sharing, "sharing", Sharing)


@dataclass
class Purpose(Item):
    """What the network said it wanted to talk about, in their words."""

    text: str = ""

    def validate(self) -> None:
        super().validate()
        check_text(self.text, "text")


@dataclass
class Voice(Item):
    """One present person's view in their own words; voices are never merged."""

    person_id: str
    text: str = ""
    verbatim: bool = False

    def validate(self) -> None:
        super().validate()
        check_id(self.person_id, "person_id")
        check_text(self.text, "text")
        if not isinstance(self.verbatim, bool):
            raise InvalidRecord("verbatim", "must be true or false")


@dataclass
class Response(Item):
    """How a reflection landed with one network member, in their words."""

    person_id: str
    text: str = ""

    def validate(self) -> None:
        super().validate()
        check_id(self.person_id, "person_id")
        check_text(self.text, "text")


@dataclass
class Reflection(Item):
    """What practitioners said to each other in front of the network, and how it landed."""

    practitioner_ids: list[str] = field(default_factory=list)
    text: str = ""
    responses: list[Response] = field(default_factory=list)

    def validate(self) -> None:
        super().validate()
        check_ids(self.practitioner_ids, "practitioner_ids")
        check_text(self.text, "text")
        check_items(self.responses, "responses", Response)


@dataclass
class StanceEntry(Validated):
    """One person's stance on a decision, with their own words if they gave any."""

    person_id: str
    stance: Stance = Stance.NOT_ASKED
    words: str = ""

    def validate(self) -> None:
        check_id(self.person_id, "person_id")
        check_enum(self.stance, Stance, "stance")
        check_text(self.words, "words")


@dataclass
class FollowUp(Validated):
    """Who does what next, by when."""

    who_id: str
    what: str
    due: date | None = None
    done: bool = False
    id: str = field(default_factory=new_id)

    def validate(self) -> None:
        check_id(self.id, "id")
        check_id(self.who_id, "who_id")
        check_text(self.what, "what", required=True)
        if self.due is not None and (
            not isinstance(self.due, date) or isinstance(self.due, datetime)
        ):
            raise InvalidRecord("due", "must be a date")
        if not isinstance(self.done, bool):
            raise InvalidRecord("done", "must be true or false")


@dataclass
class Decision(Item):
    """A decision with every present person's stance; one taken outside is marked so."""

    text: str
    proposed_by: str | None = None
    stances: list[StanceEntry] = field(default_factory=list)
    where: DecidedWhere = DecidedWhere.IN_MEETING
    outside_reason: str = ""
    told: str = ""
    told_at: datetime | None = None
    follow_ups: list[FollowUp] = field(default_factory=list)

    def validate(self) -> None:
        super().validate()
        check_text(self.text, "text", required=True)
        if self.proposed_by is not None:
            check_id(self.proposed_by, "proposed_by")
        check_items(self.stances, "stances", StanceEntry)
        people = [entry.person_id for entry in self.stances]
        if len(set(people)) != len(people):
            raise InvalidRecord("stances", "gives one person two stances")
        check_enum(self.where, DecidedWhere, "where")
        check_text(self.outside_reason, "outside_reason")
        check_text(self.told, "told")
        check_naive(self.told_at, "told_at", optional=True)
        if self.where is DecidedWhere.OUTSIDE_MEETING and not self.outside_reason.strip():
            raise InvalidRecord(
                "outside_reason", "a decision taken outside the meeting needs its reason"
            )
        check_items(self.follow_ups, "follow_ups", FollowUp)

    def stance_of(self, person_id: str) -> Stance:
        """The recorded stance of ``person_id`` (not asked when absent from the grid)."""
        for entry in self.stances:
            if entry.person_id == person_id:
                return entry.stance
        return Stance.NOT_ASKED


@dataclass
class UncertaintyEntry(Item):
    """An open uncertainty as it stood at this meeting.

    ``uncertainty_id`` is the same across meetings: a carried uncertainty is the
    same object, not a copy. ``question`` is written where it was raised (or
    reworded) and left empty where it is only carried.
    """

    uncertainty_id: str = field(default_factory=new_id)
    question: str = ""
    whose: list[str] = field(default_factory=list)
    status: UncertaintyStatus = UncertaintyStatus.OPEN
    note: str = ""

    def validate(self) -> None:
        super().validate()
        check_id(self.uncertainty_id, "uncertainty_id")
        check_text(self.question, "question")
        check_ids(self.whose, "whose")
        check_enum(self.status, UncertaintyStatus, "status")
        check_text(self.note, "note")


@dataclass
class NextMeeting(Item):
    """When, where and whom to invite next, as decided together."""

    starts_at: datetime | None = None
    place: PlaceKind = PlaceKind.HOME
    place_detail: str = ""
    invitee_ids: list[str] = field(default_factory=list)
    note: str = ""

    def validate(self) -> None:
        super().validate()
        check_naive(self.starts_at, "starts_at", optional=True)
        check_enum(self.place, PlaceKind, "place")
        check_text(self.place_detail, "place_detail")
        check_ids(self.invitee_ids, "invitee_ids")
        check_text(self.note, "note")


@dataclass
class Correction(Item):
    """What a person said was wrong or missing in an earlier summary, in their words."""

    person_id: str
    about_meeting_id: str
    text: str

    def validate(self) -> None:
        super().validate()
        check_id(self.person_id, "person_id")
        check_id(self.about_meeting_id, "about_meeting_id")
        check_text(self.text, "text")


@dataclass
class FollowUpCheck(Validated):
    """A follow-up of an earlier meeting, checked off (or found not done) at this one.

    The earlier meeting is not changed (it may be finalised): whether a
    follow-up is done is read from the latest meeting that checked it.
    """

    follow_up_id: str
    done: bool = True

    def validate(self) -> None:
        check_id(self.follow_up_id, "follow_up_id")
        if not isinstance(self.done, bool):
            raise InvalidRecord("done", "must be true or false")


@dataclass
class Meeting(Record):
    """A network meeting. A draft until finalised; afterwards changed only by amendment."""

    KIND = "meeting"

    network_id: str
    starts_at: datetime
    duration_minutes: int | None = None
    place: PlaceKind = PlaceKind.HOME
    place_detail: str = ""
    present: list[str] = field(default_factory=list)
    absent: list[str] = field(default_factory=list)
    expected: list[str] = field(default_factory=list)
    facilitators: list[str] = field(default_factory=list)
    purpose: Purpose = field(default_factory=Purpose)
    voices: list[Voice] = field(default_factory=list)
    reflections: list[Reflection] = field(default_factory=list)
    decisions: list[Decision] = field(default_factory=list)
    uncertainties: list[UncertaintyEntry] = field(default_factory=list)
    next_meeting: NextMeeting | None = None
    corrections: list[Correction] = field(default_factory=list)
    follow_up_checks: list[FollowUpCheck] = field(default_factory=list)
    signatures: list[Signature] = field(default_factory=list)
    amendments: list[Amendment] = field(default_factory=list)
    id: str = field(default_factory=new_id)

    def validate(self) -> None:
        super().validate()
        check_id(self.network_id, "network_id")
        check_naive(self.starts_at, "starts_at")
        if self.duration_minutes is not None and (
            not isinstance(self.duration_minutes, int)
            or isinstance(self.duration_minutes, bool)
            or not 0 < self.duration_minutes <= 24 * 60
        ):
            raise InvalidRecord("duration_minutes", "must be between 1 and 1440 minutes")
        check_enum(self.place, PlaceKind, "place")
        check_text(self.place_detail, "place_detail")
        check_ids(self.present, "present")
        check_ids(self.absent, "absent")
        check_ids(self.facilitators, "facilitators")
        check_ids(self.expected, "expected")
        if set(self.present) & set(self.absent):
            raise InvalidRecord("absent", "someone is marked both present and absent")
        if set(self.expected) & (set(self.present) | set(self.absent)):
            raise InvalidRecord("expected", "someone is still expected but already marked")
        check_nested(self.purpose, "purpose", Purpose)
        check_items(self.voices, "voices", Voice)
        check_items(self.reflections, "reflections", Reflection)
        check_items(self.decisions, "decisions", Decision)
        check_items(self.uncertainties, "uncertainties", UncertaintyEntry)
        carried = [entry.uncertainty_id for entry in self.uncertainties]
        if len(set(carried)) != len(carried):
            raise InvalidRecord("uncertainties", "lists one uncertainty twice")
        check_nested(self.next_meeting, "next_meeting", NextMeeting, optional=True)
        check_items(self.corrections, "corrections", Correction)
        check_items(self.follow_up_checks, "follow_up_checks", FollowUpCheck)
        checked = [c.follow_up_id for c in self.follow_up_checks]
        if len(set(checked)) != len(checked):
            raise InvalidRecord("follow_up_checks", "checks one follow-up twice")
        check_items(self.signatures, "signatures", Signature)
        check_items(self.amendments, "amendments", Amendment)
        if any(a.in_progress for a in self.amendments[:-1]):
            raise InvalidRecord("amendments", "only the latest amendment can still be open")
        if self.amendments and not self.signatures:
            raise InvalidRecord("amendments", "only a finalised meeting can be amended")

    @property
    def is_final(self) -> bool:
        """Finalised meetings are signed and never edited in place."""
        return bool(self.signatures)

    @property
    def finalised_at(self) -> datetime | None:
        """When the last facilitator signed."""
        return max((s.signed_at for s in self.signatures), default=None)

    def items(self) -> list[Item]:
        """Every item that carries a sharing choice, in summary order."""
        found: list[Item] = [self.purpose, *self.voices]
        for reflection in self.reflections:
            found += [reflection, *reflection.responses]
        found += [*self.decisions, *self.uncertainties, *self.corrections]
        if self.next_meeting is not None:
            found.append(self.next_meeting)
        return found

    def team_only_items(self) -> list[Item]:
        """The items the team kept back from the network's summary."""
        return [item for item in self.items() if not item.sharing.shared]

    def voice_of(self, person_id: str) -> Voice | None:
        """The voice box of ``person_id``, if one was written."""
        return next((v for v in self.voices if v.person_id == person_id), None)
