"""Who is the same person among a vault's practitioners: one entry per person.

A colleague's own vault knows them under the id on their card; this vault may
have held a stand-in record for them long before pairing (added to name them
as a facilitator). Pairing links the two by setting ``same_as`` on the
stand-in to the card's id; the link travels with the record, so every laptop
groups the same ids. Every list of practitioners to choose from or to read
groups through :class:`Team`, so the colleague appears once, and meetings that
still name the stand-in show them as the same person.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass

from odnotes.model import Practitioner
from odnotes.vault import Vault


def folded(name: str) -> str:
    """A name compared without case, accents or extra spaces ("Ümit  demir" is "umit demir")."""
    decomposed = unicodedata.normalize("NFKD", name.casefold())
    bare = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return " ".join(bare.split())


def named(practitioners: Iterable[Practitioner], name: str) -> list[Practitioner]:
    """The practitioners whose name or other name is ``name`` (case, accents and spaces aside)."""
    wanted = folded(name)
    return [p for p in practitioners if wanted in {folded(n) for n in (p.name, *p.other_names)}]


@dataclass(frozen=True)
class TeamMember:
    """One person of the team, under every id this vault knows them by.

    ``id`` is the one new choices name (the colleague's card id once linked);
    ``practitioner`` is the record shown for them (their own record when this
    vault holds it, else the stand-in).
    """

    id: str
    ids: frozenset[str]
    practitioner: Practitioner

    @property
    def name(self) -> str:
        """The name shown for the person."""
        return self.practitioner.name


class Team:
    """The practitioners of a vault grouped by person, through their ``same_as`` links.

    Links form chains (a stand-in names the id it stands for); a group's
    canonical id is the end of the chain, the one id that names no other. A
    loop (two records naming each other, only by mistake) takes the smallest
    id, so every laptop holding the same records groups them the same way.
    """

    def __init__(self, practitioners: Iterable[Practitioner]) -> None:
        self.records = {p.id: p for p in practitioners}
        parent: dict[str, str] = {}

        def root(record_id: str) -> str:
            while parent.setdefault(record_id, record_id) != record_id:
                parent[record_id] = parent[parent[record_id]]
                record_id = parent[record_id]
            return record_id

        for record in self.records.values():
            root(record.id)
            if record.same_as and record.same_as != record.id:
                parent[root(record.id)] = root(record.same_as)
        groups: dict[str, set[str]] = {}
        for record_id in parent:
            groups.setdefault(root(record_id), set()).add(record_id)
        self._members: dict[str, TeamMember] = {}
        for ids in groups.values():
            if not ids & self.records.keys():
                continue  # only ids named by links, no record: nobody to show
            member = self._member(frozenset(ids))
            for record_id in ids:
                self._members[record_id] = member

    @classmethod
    def of(cls, vault: Vault) -> Team:
        """The vault's team as it stands."""
        return cls(vault.all(Practitioner))

    def _member(self, ids: frozenset[str]) -> TeamMember:
        ends = sorted(i for i in ids if not self._links_on(i))
        canonical = ends[0] if ends else min(ids)
        shown = self.records.get(canonical) or self.records[min(ids & self.records.keys())]
        return TeamMember(canonical, ids, shown)

    def _links_on(self, record_id: str) -> bool:
        record = self.records.get(record_id)
        return record is not None and bool(record.same_as) and record.same_as != record_id

    def members(self) -> list[TeamMember]:
        """Everyone, once each, by name."""
        unique = {m.id: m for m in self._members.values()}
        return sorted(unique.values(), key=lambda m: (folded(m.name), m.id))

    def names(self) -> dict[str, str]:
        """Every id of the team to its name (:meth:`name_of`)."""
        return {
            i: self.records[i].name if i in self.records else m.name
            for i, m in self._members.items()
        }

    def member(self, record_id: str) -> TeamMember | None:
        """The person an id names, if it is one of the team's."""
        return self._members.get(record_id)

    def canonical(self, record_id: str) -> str:
        """The id new choices use for the person ``record_id`` names (itself if unknown)."""
        member = self._members.get(record_id)
        return member.id if member is not None else record_id

    def same_ids(self, record_id: str) -> frozenset[str]:
        """Every id naming the same person as ``record_id`` (at least itself)."""
        member = self._members.get(record_id)
        return member.ids if member is not None else frozenset({record_id})

    def name_of(self, record_id: str) -> str | None:
        """The id's own record's name (as before any link), else its person's; None if unknown."""
        record = self.records.get(record_id)
        if record is not None:
            return record.name
        member = self._members.get(record_id)
        return member.name if member is not None else None

    def one_per_person(self, ids: Iterable[str]) -> list[str]:
        """The ids in order, leaving out any that names someone already listed."""
        seen: set[str] = set()
        kept = []
        for record_id in ids:
            if record_id not in seen:
                kept.append(record_id)
                seen |= self.same_ids(record_id)
        return kept

    def members_of(self, ids: Iterable[str]) -> list[TeamMember]:
        """The people the ids name, in order, once each (unknown ids left out)."""
        found = (self._members.get(i) for i in self.one_per_person(ids))
        return [m for m in found if m is not None]
