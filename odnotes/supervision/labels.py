"""Consistent labels by relationship or role, never by name.

The relationship a clinician typed is free text and may itself contain a name
("Anna's husband"), so a label is only ever built from a known relationship
word found in it, or from the person's kind; the typed words are never copied.

Which person gets which label is decided in English; only then is the label
written in the export's language, so every language replaces the same words.
People whose English labels would read the same in that language are lettered
apart ("Ystävä A", "Ystävä B"), so a label never stands for two people.
"""

from __future__ import annotations

import re
import string
from collections import defaultdict
from collections.abc import Iterable

from odnotes.i18n import ENGLISH, N_, Translator
from odnotes.model import Person, PersonKind, Practitioner
from odnotes.recordnote.words import role_words
from odnotes.team import Team

CENTRE_LABEL = N_("the person at the centre")
ELSEWHERE_LABEL = N_("a person from another network")

# Relationship words a label may be built from, longest first so that
# "stepmother" wins over "mother"; value is the label.
_RELATIONSHIPS: dict[str, str] = {
    "grandmother": N_("Grandmother"),
    "grandfather": N_("Grandfather"),
    "granddaughter": N_("Granddaughter"),
    "grandson": N_("Grandson"),
    "grandparent": N_("Grandparent"),
    "grandma": N_("Grandmother"),
    "granny": N_("Grandmother"),
    "nan": N_("Grandmother"),
    "nana": N_("Grandmother"),
    "grandad": N_("Grandfather"),
    "grandpa": N_("Grandfather"),
    "stepmother": N_("Stepmother"),
    "stepfather": N_("Stepfather"),
    "stepdaughter": N_("Stepdaughter"),
    "stepson": N_("Stepson"),
    "stepsister": N_("Stepsister"),
    "stepbrother": N_("Stepbrother"),
    "half-sister": N_("Half-sister"),
    "half-brother": N_("Half-brother"),
    "social worker": N_("Social worker"),
    "care coordinator": N_("Care coordinator"),
    "support worker": N_("Support worker"),
    "peer worker": N_("Peer worker"),
    "mother": N_("Mother"),
    "mum": N_("Mother"),
    "mom": N_("Mother"),
    "father": N_("Father"),
    "dad": N_("Father"),
    "parent": N_("Parent"),
    "sister": N_("Sister"),
    "brother": N_("Brother"),
    "sibling": N_("Sibling"),
    "daughter": N_("Daughter"),
    "son": N_("Son"),
    "child": N_("Child"),
    "aunt": N_("Aunt"),
    "auntie": N_("Aunt"),
    "uncle": N_("Uncle"),
    "cousin": N_("Cousin"),
    "niece": N_("Niece"),
    "nephew": N_("Nephew"),
    "husband": N_("Husband"),
    "wife": N_("Wife"),
    "boyfriend": N_("Boyfriend"),
    "girlfriend": N_("Girlfriend"),
    "fiancé": N_("Fiancé"),
    "fiancée": N_("Fiancée"),
    "partner": N_("Partner"),
    "spouse": N_("Partner"),
    "flatmate": N_("Flatmate"),
    "housemate": N_("Housemate"),
    "roommate": N_("Flatmate"),
    "neighbour": N_("Neighbour"),
    "neighbor": N_("Neighbour"),
    "colleague": N_("Colleague"),
    "employer": N_("Employer"),
    "manager": N_("Manager"),
    "teacher": N_("Teacher"),
    "tutor": N_("Tutor"),
    "friend": N_("Friend"),
    "gp": N_("GP"),
    "psychiatrist": N_("Psychiatrist"),
    "psychologist": N_("Psychologist"),
    "nurse": N_("Nurse"),
    "therapist": N_("Therapist"),
    "counsellor": N_("Counsellor"),
    "pharmacist": N_("Pharmacist"),
    "doctor": N_("Doctor"),
    "priest": N_("Priest"),
    "chaplain": N_("Chaplain"),
}

# Lower case, for telling "I told Mum" (not a name to ask about) from "I told Maija".
RELATIONSHIP_WORDS = frozenset(_RELATIONSHIPS) | {"mummy", "daddy", "mama", "papa"}

_BY_KIND = {
    PersonKind.FAMILY: N_("Family member"),
    PersonKind.PARTNER: N_("Partner"),
    PersonKind.FRIEND: N_("Friend"),
    PersonKind.PROFESSIONAL: N_("Professional"),
    PersonKind.PEER_WORKER: N_("Peer worker"),
    PersonKind.OTHER: N_("Network member"),
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


def person_labels(people: Iterable[Person], tr: Translator = ENGLISH) -> dict[str, str]:
    """A distinct label per person in ``tr``'s language: ``Mother``, ``Friend A``, ``Friend B``.

    Ordered by kind and then id (ids are random), so labels are stable across
    exports and reveal nothing about names.
    """
    ordered = sorted(people, key=lambda p: (_KIND_ORDER.index(p.kind), p.id))
    groups: dict[str, list[Person]] = defaultdict(list)
    always: set[str] = set()
    for person in ordered:
        base = relationship_label(person)
        written = tr.gettext(base)
        groups[written].append(person)
        if base in _ALWAYS_LETTERED:
            always.add(written)
    labels: dict[str, str] = {}
    for written, members in groups.items():
        lettered = len(members) > 1 or written in always
        for index, person in enumerate(members):
            labels[person.id] = f"{written} {_letter(index)}" if lettered else written
    return labels


def _letter(index: int) -> str:
    letters = string.ascii_uppercase
    return letters[index] if index < 26 else f"{letters[index // 26 - 1]}{letters[index % 26]}"


def practitioner_labels(
    practitioners: Iterable[Practitioner], first_seen: list[str], tr: Translator = ENGLISH
) -> dict[str, str]:
    """``Practitioner 1 (nurse)``, numbered by first facilitation (``first_seen``), then id.

    A colleague known under two ids (:mod:`odnotes.team`) is one practitioner: both
    ids get the same label.
    """
    team = Team(practitioners)
    people = {m.id: m for m in team.members()}
    order = [c for c in dict.fromkeys(map(team.canonical, first_seen)) if c in people]
    order += sorted(c for c in people if c not in order)
    labels: dict[str, str] = {}
    for n, canonical in enumerate(order, 1):
        member = people[canonical]
        label = tr.gettext("Practitioner %(number)s (%(role)s)") % {
            "number": tr.number(n),
            "role": role_words(member.practitioner.role, tr),
        }
        labels |= dict.fromkeys(member.ids, label)
    return labels
