"""A network meeting, in the order it is remembered; what was said in it is in ``items``."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from odnotes.errors import InvalidRecord
from odnotes.model.base import (
    Record,
    Validated,
    check_aware,
    check_enum,
    check_id,
    check_ids,
    check_items,
    check_naive,
    check_nested,
    check_text,
    new_id,
)
from odnotes.model.items import (
    Correction,
    Decision,
    Item,
    NextMeeting,
    PlaceKind,
    Purpose,
    Reflection,
    UncertaintyEntry,
    Voice,
)
from odnotes.model.treatment import (
    CARRIED,
    CHOICE,
    DEIDENTIFIED,
    HISTORY,
    KEPT,
    LEFT_OUT,
    LINK,
    OWN_ID,
    PARTS,
    PERSON,
    SAID,
    SHOWN,
    STAMP,
    WHEN,
    WRITING,
    about,
)

_PEOPLE = "people"  # the editor section with when, where and who was there


@dataclass
class Signature(Validated):
    """A facilitating practitioner's sign-off of the finalised meeting."""

    practitioner_id: str = field(metadata=about("Signed by", PERSON, LEFT_OUT, HISTORY))
    signed_at: datetime = field(metadata=about("Signed at", STAMP, LEFT_OUT, HISTORY))

    def validate(self) -> None:
        check_id(self.practitioner_id, "practitioner_id")
        check_aware(self.signed_at, "signed_at")


@dataclass
class Amendment(Validated):
    """A change to a finalised meeting: who, when, why; the original stays readable.

    An amendment is open (``in_progress``) while its author is still editing, so
    autosaves during one amendment do not each record another; every revision
    is still kept in the vault's history.
    """

    by_id: str = field(metadata=about("Amended by", PERSON, LEFT_OUT, HISTORY))
    at: datetime = field(metadata=about("Amended at", STAMP, LEFT_OUT, HISTORY))
    # The audit trail: shown in the history, not searched, printed or exported.
    reason: str = field(metadata=about("Why", WRITING, LEFT_OUT, HISTORY))
    in_progress: bool = field(default=False, metadata=about("Still open", CHOICE, LEFT_OUT))

    def validate(self) -> None:
        check_id(self.by_id, "by_id")
        check_aware(self.at, "at")
        check_text(self.reason, "reason", required=True)
        if not isinstance(self.in_progress, bool):
            raise InvalidRecord("in_progress", "must be true or false")


@dataclass
class FollowUpCheck(Validated):
    """A follow-up of an earlier meeting, checked off at this one.

    The earlier meeting is not changed (it may be finalised): whether a
    follow-up is done is read from the latest meeting that checked it.
    """

    # Bookkeeping for the continuity views: neither exported nor shown by its id.
    follow_up_id: str = field(metadata=about("Follow-up", LINK, LEFT_OUT))
    done: bool = field(default=True, metadata=about("Done", CHOICE, LEFT_OUT, HISTORY))

    def validate(self) -> None:
        check_id(self.follow_up_id, "follow_up_id")
        if not isinstance(self.done, bool):
            raise InvalidRecord("done", "must be true or false")


@dataclass
class Meeting(Record):
    """A network meeting. A draft until finalised; afterwards changed only by amendment."""

    KIND = "meeting"

    network_id: str = field(metadata=about("Network", LINK, LEFT_OUT, CARRIED))
    starts_at: datetime = field(metadata=about("When", WHEN, DEIDENTIFIED, SHOWN, section=_PEOPLE))
    duration_minutes: int | None = field(
        default=None, metadata=about("Length in minutes", CHOICE, KEPT, SHOWN, section=_PEOPLE)
    )
    place: PlaceKind = field(
        default=PlaceKind.HOME,
        metadata=about("Where", CHOICE, KEPT, SHOWN | CARRIED, section=_PEOPLE),
    )
    # Places are given by kind in the export: the detail often names a street or a home.
    place_detail: str = field(
        default="",
        metadata=about("Place detail", WRITING, LEFT_OUT, SAID | CARRIED, section=_PEOPLE),
    )
    # Not carried: who came is asked afresh; the last meeting's people become ``expected``.
    present: list[str] = field(
        default_factory=list,
        metadata=about("Present", PERSON, DEIDENTIFIED, SHOWN, section=_PEOPLE),
    )
    absent: list[str] = field(
        default_factory=list,
        metadata=about("Invited but absent", PERSON, DEIDENTIFIED, SHOWN, section=_PEOPLE),
    )
    # Invited (at the last meeting) and not yet marked present or absent: a draft's to-do.
    expected: list[str] = field(
        default_factory=list,
        metadata=about("Expected, not yet marked", PERSON, LEFT_OUT, HISTORY, section=_PEOPLE),
    )
    facilitators: list[str] = field(
        default_factory=list,
        metadata=about("Facilitators", PERSON, DEIDENTIFIED, SHOWN | CARRIED, section=_PEOPLE),
    )
    purpose: Purpose = field(
        default_factory=Purpose,
        metadata=about("What they wanted to talk about", PARTS, DEIDENTIFIED, SAID),
    )
    voices: list[Voice] = field(
        default_factory=list, metadata=about("Voice", PARTS, DEIDENTIFIED, SAID)
    )
    reflections: list[Reflection] = field(
        default_factory=list, metadata=about("Reflection", PARTS, DEIDENTIFIED, SAID)
    )
    decisions: list[Decision] = field(
        default_factory=list, metadata=about("Decision", PARTS, DEIDENTIFIED, SAID)
    )
    # The open ones are carried, each with only its own carried fields.
    uncertainties: list[UncertaintyEntry] = field(
        default_factory=list,
        metadata=about("Uncertainty", PARTS, DEIDENTIFIED, SAID | CARRIED),
    )
    next_meeting: NextMeeting | None = field(
        default=None,
        metadata=about("Next meeting", PARTS, DEIDENTIFIED, SAID, section="next"),
    )
    corrections: list[Correction] = field(
        default_factory=list, metadata=about("Correction", PARTS, DEIDENTIFIED, SAID)
    )
    # Follow-ups of earlier meetings ticked off at this one (the earlier meeting is unchanged).
    follow_up_checks: list[FollowUpCheck] = field(
        default_factory=list,
        metadata=about("Earlier follow-up checked", PARTS, LEFT_OUT, HISTORY, section="decisions"),
    )
    # Exported only as whether the meeting is finalised, and how often it was amended.
    signatures: list[Signature] = field(
        default_factory=list, metadata=about("Signature", PARTS, DEIDENTIFIED, HISTORY)
    )
    amendments: list[Amendment] = field(
        default_factory=list, metadata=about("Amendment", PARTS, DEIDENTIFIED, HISTORY)
    )
    id: str = field(default_factory=new_id, metadata=about("Id", OWN_ID, LEFT_OUT))

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
