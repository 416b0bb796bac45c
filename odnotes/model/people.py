"""Networks and the people in them: members and practitioners."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from enum import StrEnum

from odnotes.codec import WRITTEN_WHEN_SET
from odnotes.errors import InvalidRecord
from odnotes.i18n import language_code
from odnotes.model.base import (
    Choice,
    Record,
    check_enum,
    check_id,
    check_ids,
    check_naive,
    check_text,
    new_id,
)
from odnotes.model.treatment import (
    CHOICE,
    DEIDENTIFIED,
    HISTORY,
    KEPT,
    LEFT_OUT,
    LINK,
    NAME,
    OWN_ID,
    PERSON,
    PRINTED,
    RECORDED,
    SEARCHED,
    WHEN,
    WRITING,
    about,
)

# A chosen name is printed wherever its person is mentioned, but never exported:
# the supervision export reads names only to replace them.
_CALLED = SEARCHED | HISTORY | PRINTED | RECORDED
RECORD_NUMBER_MAX = 40
_ALSO_CALLED = SEARCHED | HISTORY


class NetworkStatus(StrEnum):
    """Whether the episode of care is going on."""

    ACTIVE = "active"
    CLOSED = "closed"


class PersonKind(StrEnum):
    """How a network member relates to the meeting (the relationship itself is free text)."""

    CENTRE = "centre"
    FAMILY = "family"
    PARTNER = "partner"
    FRIEND = "friend"
    PROFESSIONAL = "professional"
    PEER_WORKER = "peer_worker"
    OTHER = "other"

    @property
    def label(self) -> str:
        """Plain words for the kind."""
        return {
            "centre": "person at the centre",
            "family": "family",
            "partner": "partner",
            "friend": "friend",
            "professional": "other professional",
            "peer_worker": "peer worker",
            "other": "other",
        }[self.value]


class Closeness(StrEnum):
    """How close the person at the centre says a member is (drawn on the network map)."""

    CLOSE = "close"
    SOMEWHAT = "somewhat"
    DISTANT = "distant"
    UNKNOWN = "unknown"


class PractitionerRole(Choice):
    """The practitioner's profession on the OD team."""

    NURSE = "nurse"
    PSYCHIATRIST = "psychiatrist"
    PSYCHOLOGIST = "psychologist"
    SOCIAL_WORKER = "social_worker"
    OCCUPATIONAL_THERAPIST = "occupational_therapist"
    SUPPORT_WORKER = "support_worker"
    PEER_PRACTITIONER = "peer_practitioner"
    OTHER = "other"


def _check_other_names(names: object, field_name: str) -> None:
    if not isinstance(names, list):
        raise InvalidRecord(field_name, "must be a list of names")
    for i, name in enumerate(names):
        check_text(name, f"{field_name}[{i}]", required=True)


@dataclass
class Practitioner(Record):
    """A member of the OD team who facilitates meetings (shared across networks)."""

    KIND = "practitioner"

    name: str = field(metadata=about("Name", NAME, LEFT_OUT, _CALLED))
    role: PractitionerRole = field(
        default=PractitionerRole.OTHER, metadata=about("Role", CHOICE, KEPT, HISTORY | RECORDED)
    )
    other_names: list[str] = field(
        default_factory=list, metadata=about("Also called", NAME, LEFT_OUT, _ALSO_CALLED)
    )
    # The id of the practitioner's own record in their own vault (the id on their card),
    # when this record stood in for them before pairing; see odnotes.team. Written only
    # when set, so a record without a link reads as it always did.
    same_as: str = field(
        default="", metadata={**about("Same person as", LINK, LEFT_OUT), **WRITTEN_WHEN_SET}
    )
    id: str = field(default_factory=new_id, metadata=about("Id", OWN_ID, LEFT_OUT))

    def validate(self) -> None:
        super().validate()
        check_text(self.name, "name", required=True)
        check_enum(self.role, PractitionerRole, "role")
        _check_other_names(self.other_names, "other_names")
        if self.same_as:
            check_id(self.same_as, "same_as")
            if self.same_as == self.id:
                raise InvalidRecord("same_as", "cannot name the practitioner's own record")


@dataclass
class Network(Record):
    """The person at the centre and everyone around them: the unit the app is organised by."""

    KIND = "network"

    name: str = field(metadata=about("Name", NAME, LEFT_OUT, _CALLED))
    # The export counts days from the first contact, so it shows no real date.
    first_contact: datetime = field(metadata=about("First contact", WHEN, DEIDENTIFIED, HISTORY))
    status: NetworkStatus = field(
        default=NetworkStatus.ACTIVE, metadata=about("Status", CHOICE, KEPT, HISTORY)
    )
    practitioner_ids: list[str] = field(
        default_factory=list,
        metadata=about("Practitioners", PERSON, DEIDENTIFIED, HISTORY | PRINTED),
    )
    # The service's own identifier for this person (its clinical record's number):
    # written in the note for that record only, never printed for the network or
    # exported; the export also replaces it where someone typed it into a note.
    record_number: str = field(
        default="",
        metadata=about("Record number", WRITING, LEFT_OUT, SEARCHED | HISTORY | RECORDED),
    )
    # Until when the record is kept (a retention period, or what the family asked for);
    # after it, the network is listed as due for permanent deletion. Never exported.
    keep_until: date | None = field(
        default=None, metadata=about("Keep until", WHEN, LEFT_OUT, HISTORY)
    )
    id: str = field(default_factory=new_id, metadata=about("Id", OWN_ID, LEFT_OUT))

    def validate(self) -> None:
        super().validate()
        check_text(self.name, "name", required=True)
        check_naive(self.first_contact, "first_contact")
        check_enum(self.status, NetworkStatus, "status")
        check_ids(self.practitioner_ids, "practitioner_ids")
        check_text(self.record_number, "record_number")
        if len(self.record_number) > RECORD_NUMBER_MAX:
            raise InvalidRecord("record_number", f"is longer than {RECORD_NUMBER_MAX} characters")
        if "\n" in self.record_number or "\r" in self.record_number or "\t" in self.record_number:
            raise InvalidRecord("record_number", "must be on one line")
        if self.keep_until is not None and (
            not isinstance(self.keep_until, date) or isinstance(self.keep_until, datetime)
        ):
            raise InvalidRecord("keep_until", "must be a date")


@dataclass
class Person(Record):
    """A network member; the person at the centre chooses what they are called.

    ``language`` is the code of the language they read (from
    :data:`odnotes.i18n.PERSON_LANGUAGES`, "" when not said). Records written
    when it was free text keep what was typed; :attr:`language_code` reads
    both.
    """

    KIND = "person"

    network_id: str = field(metadata=about("Network", LINK, LEFT_OUT))
    name: str = field(metadata=about("Name", NAME, LEFT_OUT, _CALLED))
    kind: PersonKind = field(
        default=PersonKind.OTHER,
        metadata=about("Who they are", CHOICE, KEPT, HISTORY | RECORDED),
    )
    # Exported only as a label built from a known relationship word, never as typed.
    relationship: str = field(
        default="",
        metadata=about("Relationship", WRITING, DEIDENTIFIED, SEARCHED | HISTORY | RECORDED),
    )
    other_names: list[str] = field(
        default_factory=list, metadata=about("Also called", NAME, LEFT_OUT, _ALSO_CALLED)
    )
    receives_summaries: bool = field(
        default=True, metadata=about("Receives summaries", CHOICE, LEFT_OUT, HISTORY)
    )
    large_print: bool = field(
        default=False, metadata=about("Large print", CHOICE, LEFT_OUT, HISTORY)
    )
    language: str = field(default="", metadata=about("Language", WRITING, LEFT_OUT, HISTORY))
    pronouns: str = field(default="", metadata=about("Pronouns", WRITING, LEFT_OUT, HISTORY))
    closeness: Closeness = field(
        default=Closeness.UNKNOWN, metadata=about("Closeness", CHOICE, KEPT, HISTORY)
    )
    id: str = field(default_factory=new_id, metadata=about("Id", OWN_ID, LEFT_OUT))

    def validate(self) -> None:
        super().validate()
        check_id(self.network_id, "network_id")
        check_text(self.name, "name", required=True)
        check_enum(self.kind, PersonKind, "kind")
        check_text(self.relationship, "relationship")
        _check_other_names(self.other_names, "other_names")
        for flag in ("receives_summaries", "large_print"):
            if not isinstance(getattr(self, flag), bool):
                raise InvalidRecord(flag, "must be true or false")
        check_text(self.language, "language")
        check_text(self.pronouns, "pronouns")
        check_enum(self.closeness, Closeness, "closeness")

    @property
    def language_code(self) -> str | None:
        """The listed code for ``language`` ("Polish" and "pl" give "pl"); None if unlisted."""
        return language_code(self.language)

    @property
    def all_names(self) -> list[str]:
        """The name and every other name the person is called by."""
        return [self.name, *self.other_names]
