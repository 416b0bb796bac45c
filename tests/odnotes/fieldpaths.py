"""A fictional network with every field filled, and a way to change one field at a time.

The declaration tests change each field of each record in turn (wherever it
occurs) and check that search, the history text, the summaries, the export and
the carry-over react exactly as the field's declaration says. Everyone here is
invented.
"""

from __future__ import annotations

import copy
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from enum import Enum
from typing import Any

from odnotes.errors import InvalidRecord
from odnotes.model import (
    Amendment,
    Closeness,
    Correction,
    DecidedWhere,
    Decision,
    ElementRating,
    FollowUp,
    FollowUpCheck,
    KeyElement,
    Meeting,
    Network,
    NextMeeting,
    Person,
    PersonKind,
    PlaceKind,
    PracticeRating,
    PracticeReflection,
    Practitioner,
    PractitionerRole,
    Purpose,
    Record,
    Reflection,
    Response,
    Sharing,
    Signature,
    Stance,
    StanceEntry,
    UncertaintyEntry,
    UncertaintyStatus,
    Voice,
)
from odnotes.model.treatment import (
    LINK,
    NAME,
    OWN_ID,
    PARTS,
    PERSON,
    WRITING,
    DeclaredField,
    declared_fields,
)

CANARY = "Zebedee"
"""The word a text field is changed to: in no fixture text, so it is easy to look for."""


def _id(n: int) -> str:
    return f"{n:08x}-0000-4000-8000-{n:012x}"


@dataclass(frozen=True)
class World:
    """One network's records, every field of every kind filled in."""

    network: Network
    people: tuple[Person, ...]
    practitioners: tuple[Practitioner, ...]
    earlier: Meeting
    meeting: Meeting
    practice: PracticeReflection

    def records(self) -> list[Record]:
        """Every record, in a fixed order (the index :func:`changed` takes)."""
        return [
            self.network,
            *self.people,
            *self.practitioners,
            self.earlier,
            self.meeting,
            self.practice,
        ]

    def with_record(self, index: int, record: Record) -> World:
        """The same world with ``records()[index]`` replaced."""
        records = self.records()
        records[index] = record
        people, practitioners = len(self.people), len(self.practitioners)
        return World(
            network=records[0],  # type: ignore[arg-type]
            people=tuple(records[1 : 1 + people]),  # type: ignore[arg-type]
            practitioners=tuple(records[1 + people : 1 + people + practitioners]),  # type: ignore[arg-type]
            earlier=records[-3],  # type: ignore[arg-type]
            meeting=records[-2],  # type: ignore[arg-type]
            practice=records[-1],  # type: ignore[arg-type]
        )

    def names(self) -> dict[str, str]:
        """Id to name, for the history text."""
        return {p.id: p.name for p in (*self.people, *self.practitioners)}

    def person_ids(self) -> list[str]:
        """Everyone a person field may point at."""
        return [p.id for p in (*self.people, *self.practitioners)]


def world() -> World:
    """The fictional Harbour network: two finalised meetings, the second amended."""
    aino = Practitioner("Aino Kallio", PractitionerRole.NURSE, ["Aino K"], id=_id(10))
    bertil = Practitioner("Bertil Sund", PractitionerRole.PSYCHOLOGIST, id=_id(11))
    cleo = Practitioner("Cleo Marsh", PractitionerRole.SOCIAL_WORKER, id=_id(0xFFFF))
    dagny = Practitioner("Dagny Holm", PractitionerRole.PEER_PRACTITIONER, id=_id(1))
    network = Network(
        "Harbour network",
        datetime(2031, 3, 2, 9, 0),
        practitioner_ids=[cleo.id, aino.id, bertil.id],
        id=_id(20),
    )
    dorit = Person(network.id, "Dorit", PersonKind.CENTRE, id=_id(30))
    emil = Person(
        network.id,
        "Emil",
        PersonKind.FAMILY,
        "brother",
        ["Em"],
        closeness=Closeness.CLOSE,
        id=_id(31),
    )
    fenna = Person(
        network.id,
        "Fenna",
        PersonKind.FRIEND,
        "neighbour from upstairs",
        receives_summaries=False,
        large_print=True,
        language="nl",
        pronouns="she/her",
        closeness=Closeness.SOMEWHAT,
        id=_id(32),
    )
    gus = Person(network.id, "Gus", PersonKind.PROFESSIONAL, "GP", id=_id(33))
    signed = datetime(2031, 3, 2, 12, 0, tzinfo=UTC)
    earlier = Meeting(
        network.id,
        datetime(2031, 3, 2, 10, 0),
        duration_minutes=90,
        place=PlaceKind.HOME,
        present=[dorit.id, emil.id],
        expected=[fenna.id],
        facilitators=[aino.id, bertil.id],
        purpose=Purpose(text="Dorit wanted to talk about the move."),
        voices=[Voice(dorit.id, "I keep thinking about the coast.")],
        uncertainties=[
            UncertaintyEntry(uncertainty_id=_id(40), question="Whether to move to the coast")
        ],
        signatures=[Signature(aino.id, signed), Signature(bertil.id, signed)],
        id=_id(50),
    )
    later = signed + timedelta(days=7)
    meeting = Meeting(
        network.id,
        datetime(2031, 3, 9, 14, 0),
        duration_minutes=60,
        place=PlaceKind.CLINIC,
        place_detail="Room 4 at the harbour clinic",
        present=[dorit.id, emil.id, fenna.id],
        absent=[gus.id],
        facilitators=[aino.id, bertil.id],
        purpose=Purpose(text="How the week went"),
        voices=[
            Voice(
                dorit.id,
                "Cleo rang on Monday and it helped.",
                verbatim=True,
                sharing=Sharing(True, "was kept back last week"),
            ),
            Voice(emil.id, "Worried about the stairs.", sharing=Sharing.team_only("Emil asked")),
        ],
        reflections=[
            Reflection(
                [aino.id, bertil.id],
                "We heard how much the coast means.",
                [
                    Response(dorit.id, "It felt odd to listen."),
                    Response(emil.id, "Fair enough.", sharing=Sharing.team_only("Not yet")),
                ],
            )
        ],
        decisions=[
            Decision(
                "Meet again at home next week.",
                proposed_by=dorit.id,
                stances=[
                    StanceEntry(dorit.id, Stance.AGREES, "Fine by me"),
                    StanceEntry(emil.id, Stance.HAS_CONCERNS),
                ],
                follow_ups=[FollowUp(aino.id, "Ring the housing office", date(2031, 3, 12))],
            ),
            Decision(
                "The team wrote to the housing office.",
                where=DecidedWhere.OUTSIDE_MEETING,
                outside_reason="The office needed an answer by Friday.",
                told="Dorit, by phone",
                told_at=datetime(2031, 3, 11, 9, 30),
                follow_ups=[FollowUp(emil.id, "Bring the letters", done=True)],
            ),
        ],
        uncertainties=[
            UncertaintyEntry(uncertainty_id=_id(40), whose=[dorit.id], note="Still thinking"),
            UncertaintyEntry(
                question="Whether Emil can stay over",
                whose=[emil.id],
                status=UncertaintyStatus.RESOLVED,
            ),
        ],
        next_meeting=NextMeeting(
            starts_at=datetime(2031, 3, 16, 14, 0),
            place=PlaceKind.ONLINE,
            place_detail="the usual video link from Dorit's kitchen",
            invitee_ids=[dorit.id, emil.id, gus.id],
            note="Bring the photos",
        ),
        corrections=[Correction(emil.id, earlier.id, "It was Tuesday, not Monday.")],
        follow_up_checks=[FollowUpCheck(_id(60), done=False)],
        signatures=[Signature(aino.id, later), Signature(bertil.id, later)],
        amendments=[Amendment(aino.id, later + timedelta(hours=2), "Added the phone call")],
        id=_id(51),
    )
    practice = PracticeReflection(
        meeting.id,
        network.id,
        [
            ElementRating(KeyElement.OPEN_ENDED_QUESTIONS, PracticeRating.PARTLY, "Mostly"),
            ElementRating(KeyElement.TRANSPARENCY),
        ],
        [aino.id],
        later,
        id=_id(60),
    )
    return World(
        network, (dorit, emil, fenna, gus), (aino, bertil, cleo, dagny), earlier, meeting, practice
    )


Step = tuple[str, int | None]


@dataclass(frozen=True)
class Place:
    """Where one field occurs: record ``index`` in the world, then a path of (field, item)."""

    index: int
    path: tuple[Step, ...]
    owner: type
    declared: DeclaredField

    @property
    def field_key(self) -> tuple[type, str]:
        """The declared field itself, whichever item it is in."""
        return self.owner, self.declared.name


def places(world: World) -> Iterator[Place]:
    """Every occurrence of every field in the world, outermost first."""
    for index, record in enumerate(world.records()):
        yield from _places(index, record, ())


def _places(index: int, value: Any, path: tuple[Step, ...]) -> Iterator[Place]:
    for declared in declared_fields(type(value)):
        here = (*path, (declared.name, None))
        yield Place(index, here, type(value), declared)
        current = getattr(value, declared.name)
        if declared.part is None or current is None:
            continue
        if declared.many:
            for i, each in enumerate(current):
                yield from _places(index, each, (*path, (declared.name, i)))
        else:
            yield from _places(index, current, here)


def structural(place: Place) -> bool:
    """A record's own id or the link that says which network (or meeting) it belongs to.

    Changing one moves the record elsewhere rather than changing what it says,
    so the tests leave them alone.
    """
    return (
        len(place.path) == 1
        and place.declared.treatment.kind in (OWN_ID, LINK)
        and (place.declared.name in ("id", "network_id", "meeting_id"))
    )


def changed(world: World, place: Place) -> World | None:
    """The world with the field at ``place`` changed, or ``None`` if no valid change exists."""
    record = copy.deepcopy(world.records()[place.index])
    owner: Any = record
    for name, item in place.path[:-1]:
        owner = getattr(owner, name)
        if item is not None:
            owner = owner[item]
    name = place.path[-1][0]
    new = _other_value(place.declared, getattr(owner, name), world.person_ids())
    if new is _NO_CHANGE:
        return None
    setattr(owner, name, new)
    try:
        record.validate()
    except InvalidRecord:
        return None
    return world.with_record(place.index, record)


_NO_CHANGE = object()


def _other_value(declared: DeclaredField, value: Any, people: list[str]) -> Any:
    """A different, plausible value for a field."""
    kind = declared.treatment.kind
    if kind is PARTS:
        if declared.many:
            return [] if value else _NO_CHANGE
        return None if declared.optional and value is not None else _NO_CHANGE
    if kind in (WRITING, NAME):
        return [*value, CANARY] if declared.many else CANARY
    if kind is PERSON:
        if declared.many:
            return value[1:] if value else people[:1]
        return next(p for p in reversed(people) if p != value)
    if kind in (LINK, OWN_ID):
        return [*value, _id(999)] if declared.many else _id(999)
    if isinstance(value, bool):
        return not value
    if isinstance(value, Enum):
        members = list(type(value))
        return members[(members.index(value) + 1) % len(members)]
    if value is None:
        return _first_value(declared)
    if isinstance(value, int):
        return value + 1
    if isinstance(value, datetime | date):
        return value + timedelta(days=1)
    raise TypeError(f"cannot change {declared.name}: {value!r}")


def _first_value(declared: DeclaredField) -> Any:
    value_type = declared.value_type
    if isinstance(value_type, type) and issubclass(value_type, Enum):
        return next(iter(value_type))
    if value_type is int:
        return 45
    if value_type is datetime:
        return datetime(2031, 3, 10, 9, 0)
    if value_type is date:
        return date(2031, 3, 20)
    raise TypeError(f"no first value for {declared.name}")


def without_ids(value: Any) -> Any:
    """A record's content with every own id blanked (new drafts get fresh ids)."""
    value = copy.deepcopy(value)
    for declared in declared_fields(type(value)):
        current = getattr(value, declared.name)
        if declared.treatment.kind is OWN_ID:
            setattr(value, declared.name, "")
        elif declared.part is not None and current is not None:
            parts = current if declared.many else [current]
            setattr(
                value,
                declared.name,
                [without_ids(p) for p in parts] if declared.many else without_ids(parts[0]),
            )
    return value


__all__ = ["CANARY", "Place", "World", "changed", "places", "structural", "without_ids", "world"]
