"""Everything said or decided in a meeting: voices, reflections, decisions, uncertainties.

Each field says how it is treated (:mod:`odnotes.model.treatment`): the words
people said are searched, shown in the history, printed for the network when
shared, and leave the app only de-identified.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from enum import StrEnum

from odnotes.errors import InvalidRecord
from odnotes.model.base import (
    Choice,
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
from odnotes.model.treatment import (
    CARRIED,
    CHOICE,
    DEIDENTIFIED,
    KEPT,
    LEFT_OUT,
    LINK,
    OWN_ID,
    PARTS,
    PERSON,
    PRINTED,
    SAID,
    SEARCHED,
    SHOWN,
    WHEN,
    WRITING,
    about,
)


# Where a person's words go: found by search, shown in the history, printed when shared.
class PlaceKind(StrEnum):
    """Where a meeting happens; ``detail`` adds free text."""

    HOME = "home"
    CLINIC = "clinic"
    ONLINE = "online"
    PHONE = "phone"
    OTHER = "other"


class Stance(Choice):
    """One person's stance on a shared decision: agreement is never assumed."""

    AGREES = "agrees"
    HAS_CONCERNS = "has_concerns"
    DISAGREES = "disagrees"
    NOT_ASKED = "not_asked"


class DecidedWhere(StrEnum):
    """Whether a decision was taken openly in the meeting or outside it."""

    IN_MEETING = "in_meeting"
    OUTSIDE_MEETING = "outside_meeting"


class UncertaintyStatus(Choice):
    """Open uncertainties are carried until resolved or let go."""

    OPEN = "open"
    RESOLVED = "resolved"
    LET_GO = "let_go"


@dataclass
class Item(Validated):
    """Something said or decided in a meeting: it has an id and may be kept to the team."""

    id: str = field(default_factory=new_id, kw_only=True, metadata=about("Id", OWN_ID, LEFT_OUT))
    sharing: Sharing = field(
        default_factory=Sharing,
        kw_only=True,
        metadata=about("Sharing", PARTS, DEIDENTIFIED, SEARCHED | SHOWN | CARRIED),
    )

    def validate(self) -> None:
        check_id(self.id, "id")
        check_nested(self.sharing, "sharing", Sharing)


@dataclass
class Purpose(Item):
    """What the network said it wanted to talk about, in their words."""

    text: str = field(default="", metadata=about("Words", WRITING, DEIDENTIFIED, SAID))

    def validate(self) -> None:
        super().validate()
        check_text(self.text, "text")


@dataclass
class Voice(Item):
    """One present person's view in their own words; voices are never merged."""

    person_id: str = field(metadata=about("Whose voice", PERSON, DEIDENTIFIED, SHOWN))
    text: str = field(default="", metadata=about("Words", WRITING, DEIDENTIFIED, SAID))
    verbatim: bool = field(default=False, metadata=about("In their own words", CHOICE, KEPT, SHOWN))

    def validate(self) -> None:
        super().validate()
        check_id(self.person_id, "person_id")
        check_text(self.text, "text")
        if not isinstance(self.verbatim, bool):
            raise InvalidRecord("verbatim", "must be true or false")


@dataclass
class Response(Item):
    """How a reflection landed with one network member, in their words."""

    person_id: str = field(metadata=about("Whose response", PERSON, DEIDENTIFIED, SHOWN))
    text: str = field(default="", metadata=about("Words", WRITING, DEIDENTIFIED, SAID))

    def validate(self) -> None:
        super().validate()
        check_id(self.person_id, "person_id")
        check_text(self.text, "text")


@dataclass
class Reflection(Item):
    """What practitioners said to each other in front of the network, and how it landed."""

    practitioner_ids: list[str] = field(
        default_factory=list, metadata=about("Reflected by", PERSON, DEIDENTIFIED, SHOWN)
    )
    text: str = field(default="", metadata=about("Words", WRITING, DEIDENTIFIED, SAID))
    responses: list[Response] = field(
        default_factory=list, metadata=about("How it landed", PARTS, DEIDENTIFIED, SAID)
    )

    def validate(self) -> None:
        super().validate()
        check_ids(self.practitioner_ids, "practitioner_ids")
        check_text(self.text, "text")
        check_items(self.responses, "responses", Response)


@dataclass
class StanceEntry(Validated):
    """One person's stance on a decision, with their own words if they gave any."""

    person_id: str = field(metadata=about("Whose stance", PERSON, DEIDENTIFIED, SHOWN))
    stance: Stance = field(default=Stance.NOT_ASKED, metadata=about("Stance", CHOICE, KEPT, SHOWN))
    words: str = field(default="", metadata=about("Their words", WRITING, DEIDENTIFIED, SAID))

    def validate(self) -> None:
        check_id(self.person_id, "person_id")
        check_enum(self.stance, Stance, "stance")
        check_text(self.words, "words")


@dataclass
class FollowUp(Validated):
    """Who does what next, by when."""

    who_id: str = field(metadata=about("Who", PERSON, DEIDENTIFIED, SHOWN))
    what: str = field(metadata=about("What", WRITING, DEIDENTIFIED, SAID))
    due: date | None = field(default=None, metadata=about("By", WHEN, DEIDENTIFIED, SHOWN))
    done: bool = field(default=False, metadata=about("Done", CHOICE, KEPT, SHOWN))
    id: str = field(default_factory=new_id, metadata=about("Id", OWN_ID, LEFT_OUT))

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

    text: str = field(metadata=about("Words", WRITING, DEIDENTIFIED, SAID))
    proposed_by: str | None = field(
        default=None, metadata=about("Proposed by", PERSON, DEIDENTIFIED, SHOWN)
    )
    stances: list[StanceEntry] = field(
        default_factory=list, metadata=about("Stance", PARTS, DEIDENTIFIED, SAID)
    )
    where: DecidedWhere = field(
        default=DecidedWhere.IN_MEETING, metadata=about("Where it was decided", CHOICE, KEPT, SHOWN)
    )
    outside_reason: str = field(
        default="", metadata=about("Why outside the meeting", WRITING, DEIDENTIFIED, SAID)
    )
    told: str = field(default="", metadata=about("Who was told", WRITING, DEIDENTIFIED, SAID))
    told_at: datetime | None = field(
        default=None, metadata=about("Told when", WHEN, DEIDENTIFIED, SHOWN)
    )
    follow_ups: list[FollowUp] = field(
        default_factory=list, metadata=about("Follow-up", PARTS, DEIDENTIFIED, SAID)
    )

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

    uncertainty_id: str = field(
        default_factory=new_id,
        metadata=about("The question asked earlier", LINK, DEIDENTIFIED, PRINTED | CARRIED),
    )
    question: str = field(default="", metadata=about("Question", WRITING, DEIDENTIFIED, SAID))
    whose: list[str] = field(
        default_factory=list,
        metadata=about("Whose question", PERSON, DEIDENTIFIED, SHOWN | CARRIED),
    )
    status: UncertaintyStatus = field(
        default=UncertaintyStatus.OPEN, metadata=about("Status", CHOICE, KEPT, SHOWN)
    )
    note: str = field(default="", metadata=about("Note", WRITING, DEIDENTIFIED, SAID))

    def validate(self) -> None:
        super().validate()
        check_id(self.uncertainty_id, "uncertainty_id")
        check_text(self.question, "question")
        check_ids(self.whose, "whose")
        check_enum(self.status, UncertaintyStatus, "status")
        check_text(self.note, "note")


@dataclass
class NextMeeting(Item):
    """When, where and whom to invite next, as decided together.

    Its place and invitees are carried into the next meeting's draft; the app
    offers its time as the next meeting's time.
    """

    starts_at: datetime | None = field(
        default=None, metadata=about("When", WHEN, DEIDENTIFIED, SHOWN)
    )
    place: PlaceKind = field(
        default=PlaceKind.HOME, metadata=about("Where", CHOICE, KEPT, SHOWN | CARRIED)
    )
    # Places are given by kind in the export: the detail often names a street or a home.
    place_detail: str = field(
        default="", metadata=about("Place detail", WRITING, LEFT_OUT, SAID | CARRIED)
    )
    invitee_ids: list[str] = field(
        default_factory=list, metadata=about("Invited", PERSON, DEIDENTIFIED, SHOWN | CARRIED)
    )
    note: str = field(default="", metadata=about("Note", WRITING, DEIDENTIFIED, SAID))

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

    person_id: str = field(metadata=about("Whose correction", PERSON, DEIDENTIFIED, SHOWN))
    # Printed and exported as the date (or number) of the meeting the correction is about.
    about_meeting_id: str = field(
        metadata=about("About the summary of", LINK, DEIDENTIFIED, PRINTED)
    )
    text: str = field(metadata=about("Words", WRITING, DEIDENTIFIED, SAID))

    def validate(self) -> None:
        super().validate()
        check_id(self.person_id, "person_id")
        check_id(self.about_meeting_id, "about_meeting_id")
        check_text(self.text, "text")


__all__ = [
    "Correction",
    "DecidedWhere",
    "Decision",
    "FollowUp",
    "Item",
    "NextMeeting",
    "PlaceKind",
    "Purpose",
    "Reflection",
    "Response",
    "Stance",
    "StanceEntry",
    "UncertaintyEntry",
    "UncertaintyStatus",
    "Voice",
]
