"""Fictional networks in English, Finnish, German and Polish, for measuring de-identification.

Each network's notes mark what must not survive the export and what must:
``[[kind|words]]`` is an identifier of a kind (a listed name in any form, an
initial, a name nobody listed, a phone number, an e-mail address, a street
address, a postcode, a listed place, an identity number, a date), and
``{{word}}`` an ordinary word that must stay as it is (the word "joy" where
someone is called Joy). Everyone and everything here is invented.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any

from odnotes import meetings
from odnotes.model import (
    Decision,
    FollowUp,
    Meeting,
    Network,
    NextMeeting,
    Person,
    PersonKind,
    PlaceKind,
    Practitioner,
    PractitionerRole,
    Purpose,
    Reflection,
    Response,
    Stance,
    StanceEntry,
    UncertaintyEntry,
    Voice,
)
from odnotes.vault import Vault

_MARK = re.compile(r"\[\[(?P<kind>[a-z]+)\|(?P<id>.+?)\]\]|\{\{(?P<word>.+?)\}\}")
KINDS = (
    "name", "initial", "unlisted", "phone", "email", "address", "postcode", "place",
    "id", "date",
)  # fmt: skip


@dataclass
class Marked:
    """What a fixture's notes hold: identifiers by kind and words that must stay."""

    identifiers: list[tuple[str, str]] = field(default_factory=list)
    ordinary: list[str] = field(default_factory=list)

    def plain(self, text: str) -> str:
        """``text`` without its marks, noting each marked piece."""

        def unmark(match: re.Match[str]) -> str:
            if match.group("word"):
                self.ordinary.append(match.group("word"))
                return match.group("word")
            assert match.group("kind") in KINDS, match.group("kind")
            self.identifiers.append((match.group("kind"), match.group("id")))
            return match.group("id")

        return _MARK.sub(unmark, text)


@dataclass(frozen=True)
class FixtureNetwork:
    """One language's network: people, practitioners and meetings with marked notes."""

    language: str
    name: str
    people: dict[str, tuple[str, PersonKind, str, tuple[str, ...]]]
    practitioners: dict[str, tuple[str, PractitionerRole, tuple[str, ...]]]
    places: tuple[str, ...]
    meetings: tuple[dict[str, Any], ...]


@dataclass
class Written:
    """The saved network and what its notes hold."""

    network: Network
    marked: Marked

    def identifier_counts(self) -> Counter[tuple[str, str]]:
        """How often each (kind, words) identifier was written."""
        return Counter(self.marked.identifiers)

    def ordinary_counts(self) -> Counter[str]:
        """How often each word that must stay was written."""
        return Counter(self.marked.ordinary)


FIRST_CONTACT = datetime(2025, 3, 3, 9, 15)


def write_network(vault: Vault, fixture: FixtureNetwork) -> Written:
    """Save ``fixture`` into ``vault``, every meeting finalised."""
    marked = Marked()
    team = {
        key: Practitioner(name, role, other_names=list(others))
        for key, (name, role, others) in fixture.practitioners.items()
    }
    network = Network(fixture.name, FIRST_CONTACT, practitioner_ids=[p.id for p in team.values()])
    people = {
        key: Person(network.id, name, kind, relationship, other_names=list(others))
        for key, (name, kind, relationship, others) in fixture.people.items()
    }
    ids = {**{k: p.id for k, p in people.items()}, **{k: p.id for k, p in team.items()}}
    vault.save_many([*team.values(), network, *people.values()])
    facilitators = [p.id for p in team.values()]
    written = []
    for number, spec in enumerate(fixture.meetings):
        starts = FIRST_CONTACT + timedelta(days=1 + 7 * number, hours=1)
        meeting = _meeting(network.id, spec, starts, fixture.places[number], ids, marked)
        meeting.facilitators = facilitators
        written.append(
            meetings.finalise(
                meeting, facilitators, (starts + timedelta(hours=3)).replace(tzinfo=UTC)
            )
        )
    vault.save_many(written)
    return Written(network, marked)


def _meeting(
    network_id: str,
    spec: dict[str, Any],
    starts: datetime,
    place: str,
    ids: dict[str, str],
    marked: Marked,
) -> Meeting:
    text = marked.plain
    voices = [Voice(ids[who], text(words)) for who, words in spec.get("voices", [])]
    reflections = [
        Reflection(
            practitioner_ids=[ids[k] for k in by],
            text=text(words),
            responses=[Response(ids[who], text(r)) for who, r in responses],
        )
        for by, words, responses in spec.get("reflections", [])
    ]
    decisions = [
        Decision(
            text(words),
            proposed_by=ids[proposer],
            stances=[StanceEntry(ids[w], Stance.HAS_CONCERNS, text(s)) for w, s in stances],
            follow_ups=[FollowUp(ids[w], text(what)) for w, what in follow_ups],
        )
        for words, proposer, stances, follow_ups in spec.get("decisions", [])
    ]
    uncertainties = [
        UncertaintyEntry(question=text(q), whose=[ids[w] for w in whose])
        for q, whose in spec.get("uncertainties", [])
    ]
    present = list(dict.fromkeys(ids[who] for who, _ in spec.get("voices", [])))
    return Meeting(
        network_id,
        starts,
        duration_minutes=75,
        place=PlaceKind.HOME,
        place_detail=place,
        present=present,
        purpose=Purpose(text=text(spec.get("purpose", ""))),
        voices=voices,
        reflections=reflections,
        decisions=decisions,
        uncertainties=uncertainties,
        next_meeting=NextMeeting(
            starts_at=starts + timedelta(days=7),
            place=PlaceKind.CLINIC,
            note=text(spec.get("next", "")),
            invitee_ids=present,
        ),
    )
