"""Who can appear in a meeting: the network's members and the team's practitioners.

Practitioners are listed once per person (:class:`odnotes.team.Team`): a
colleague whose stand-in record was linked to their card appears once, and a
meeting naming either id shows them as the same person. Each id keeps its own
record's name where it is shown (a signature reads as it did before the link).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from odnotes.model import Network, Person, PersonKind
from odnotes.team import Team, TeamMember
from odnotes.vault import Vault
from ui.words import relation_text, role_text


class Directory:
    """Names and ordering of the people a meeting can refer to, read from the vault."""

    def __init__(self, vault: Vault, network_id: str) -> None:
        self._vault = vault
        self.network_id = network_id
        self.refresh()

    def refresh(self) -> None:
        """Re-read people (after one was added without leaving the editor)."""
        persons = self._vault.all(Person, network_id=self.network_id)
        self.members: list[Person] = sorted(
            persons, key=lambda p: (p.kind is not PersonKind.CENTRE, p.name.casefold())
        )
        network = next((n for n in self._vault.all(Network) if n.id == self.network_id), None)
        own = network.practitioner_ids if network else []
        self.team = Team.of(self._vault)

        def place(member: TeamMember) -> tuple[bool, int, str]:
            here = [own.index(i) for i in member.ids if i in own]
            return (not here, min(here, default=0), member.name)

        self.team_members: list[TeamMember] = sorted(self.team.members(), key=place)
        self.practitioners = [m.practitioner for m in self.team_members]
        self._names = {p.id: p.name for p in self.members}
        self._details = {p.id: relation_text(p.relationship, p.kind) for p in self.members}
        self._names |= self.team.names()
        for member in self.team_members:
            self._details |= dict.fromkeys(member.ids, role_text(member.practitioner.role))

    def name(self, record_id: str | None) -> str:
        """A person's or practitioner's name; "someone" if they are no longer in the vault."""
        return self._names.get(
            record_id or "", QCoreApplication.translate("Directory", "someone no longer listed")
        )

    def detail(self, record_id: str) -> str:
        """Relationship or role, in plain words."""
        return self._details.get(record_id, "")

    def names(self) -> dict[str, str]:
        """Every id to its name."""
        return dict(self._names)

    def is_practitioner(self, record_id: str) -> bool:
        """Whether the id belongs to a practitioner."""
        return self.team.member(record_id) is not None

    def practitioner_choices(self) -> list[tuple[str, str]]:
        """One (id, name) per practitioner to tick: the id a new tick names."""
        return [(m.id, m.name) for m in self.team_members]

    def same_ids(self, record_id: str) -> frozenset[str]:
        """Every id naming the same practitioner as ``record_id`` (just itself for others)."""
        return self.team.same_ids(record_id)

    def one_per_person(self, ids: list[str]) -> list[str]:
        """The ids in order, without a second id for a practitioner already listed."""
        return self.team.one_per_person(ids)
