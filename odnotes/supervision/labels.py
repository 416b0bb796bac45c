"""Consistent labels by relationship or role, never by name.

The relationship a clinician typed is free text and may itself contain a name
("Anna's husband"), so a label is only ever built from a known relationship
word found in it, or from the person's kind; the typed words are never copied.
"""

from __future__ import annotations

import re
import string
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

from odnotes.model import Person, PersonKind, Practitioner

CENTRE_LABEL = "the person at the centre"
ELSEWHERE_LABEL = "a person from another network"

# Relationship words a label may be built from, longest first so that
# "stepmother" wins over "mother"; value is the label.
_RELATIONSHIPS: dict[str, str] = {
    "grandmother": "Grandmother",
    "grandfather": "Grandfather",
    "granddaughter": "Granddaughter",
    "grandson": "Grandson",
    "grandparent": "Grandparent",
    "grandma": "Grandmother",
    "granny": "Grandmother",
    "nan": "Grandmother",
    "nana": "Grandmother",
    "grandad": "Grandfather",
    "grandpa": "Grandfather",
    "stepmother": "Stepmother",
    "stepfather": "Stepfather",
    "stepdaughter": "Stepdaughter",
    "stepson": "Stepson",
    "stepsister": "Stepsister",
    "stepbrother": "Stepbrother",
    "half-sister": "Half-sister",
    "half-brother": "Half-brother",
    "social worker": "Social worker",
    "care coordinator": "Care coordinator",
    "support worker": "Support worker",
    "peer worker": "Peer worker",
    "mother": "Mother",
    "mum": "Mother",
    "mom": "Mother",
    "father": "Father",
    "dad": "Father",
    "parent": "Parent",
    "sister": "Sister",
    "brother": "Brother",
    "sibling": "Sibling",
    "daughter": "Daughter",
    "son": "Son",
    "child": "Child",
    "aunt": "Aunt",
    "auntie": "Aunt",
    "uncle": "Uncle",
    "cousin": "Cousin",
    "niece": "Niece",
    "nephew": "Nephew",
    "husband": "Husband",
    "wife": "Wife",
    "boyfriend": "Boyfriend",
    "girlfriend": "Girlfriend",
    "fiancé": "Fiancé",
    "fiancée": "Fiancée",
    "partner": "Partner",
    "spouse": "Partner",
    "flatmate": "Flatmate",
    "housemate": "Housemate",
    "roommate": "Flatmate",
    "neighbour": "Neighbour",
    "neighbor": "Neighbour",
    "colleague": "Colleague",
    "employer": "Employer",
    "manager": "Manager",
    "teacher": "Teacher",
    "tutor": "Tutor",
    "friend": "Friend",
    "gp": "GP",
    "psychiatrist": "Psychiatrist",
    "psychologist": "Psychologist",
    "nurse": "Nurse",
    "therapist": "Therapist",
    "counsellor": "Counsellor",
    "pharmacist": "Pharmacist",
    "doctor": "Doctor",
    "priest": "Priest",
    "chaplain": "Chaplain",
}

# Lower case, for telling "I told Mum" (not a name to ask about) from "I told Maija".
RELATIONSHIP_WORDS = frozenset(_RELATIONSHIPS) | {"mummy", "daddy", "mama", "papa"}

_BY_KIND = {
    PersonKind.FAMILY: "Family member",
    PersonKind.PARTNER: "Partner",
    PersonKind.FRIEND: "Friend",
    PersonKind.PROFESSIONAL: "Professional",
    PersonKind.PEER_WORKER: "Peer worker",
    PersonKind.OTHER: "Network member",
}

# Labels that name a group rather than one role: always lettered (Friend A).
_ALWAYS_LETTERED = {"Friend", "Neighbour", "Colleague", "Network member", "Family member"}

_KIND_ORDER = list(PersonKind)


def relationship_label(person: Person) -> str:
    """The label for a member's relationship, from a known word or else their kind."""
    if person.kind is PersonKind.CENTRE:
        return CENTRE_LABEL
    text = person.relationship.casefold()
    for word in sorted(_RELATIONSHIPS, key=len, reverse=True):
        if re.search(rf"(?<![\w-]){re.escape(word)}s?(?![\w-])", text):
            return _RELATIONSHIPS[word]
    return _BY_KIND[person.kind]


def person_labels(people: Iterable[Person]) -> dict[str, str]:
    """A distinct label per person: ``Mother``, ``Friend A``, ``Friend B``.

    Ordered by kind and then id (ids are random), so labels are stable across
    exports and reveal nothing about names.
    """
    ordered = sorted(people, key=lambda p: (_KIND_ORDER.index(p.kind), p.id))
    groups: dict[str, list[Person]] = defaultdict(list)
    for person in ordered:
        groups[relationship_label(person)].append(person)
    labels: dict[str, str] = {}
    for base, members in groups.items():
        lettered = len(members) > 1 or base in _ALWAYS_LETTERED
        for index, person in enumerate(members):
            labels[person.id] = f"{base} {_letter(index)}" if lettered else base
    return labels


def _letter(index: int) -> str:
    letters = string.ascii_uppercase
    return letters[index] if index < 26 else f"{letters[index // 26 - 1]}{letters[index % 26]}"


@dataclass(frozen=True)
class PractitionerLabel:
    """``Practitioner 1 (nurse)``: numbered in the order they first facilitated."""

    number: int
    role: str

    def __str__(self) -> str:
        return f"Practitioner {self.number} ({self.role})"


def practitioner_labels(
    practitioners: Iterable[Practitioner], first_seen: list[str]
) -> dict[str, str]:
    """Number practitioners by first facilitation (``first_seen`` ids), then the rest by id."""
    by_id = {p.id: p for p in practitioners}
    order = [pid for pid in dict.fromkeys(first_seen) if pid in by_id]
    order += sorted(pid for pid in by_id if pid not in order)
    return {pid: str(PractitionerLabel(n, by_id[pid].role.label)) for n, pid in enumerate(order, 1)}
