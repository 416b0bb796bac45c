"""Who can appear in a meeting: the network's members and the team's practitioners."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from odnotes.model import Network, Person, PersonKind, Practitioner
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
        everyone = self._vault.all(Practitioner)
        self.practitioners: list[Practitioner] = sorted(
            everyone,
            key=lambda p: (p.id not in own, own.index(p.id) if p.id in own else 0, p.name),
        )
        self._names = {p.id: p.name for p in self.members}
        self._names |= {p.id: p.name for p in self.practitioners}
        self._details = {p.id: relation_text(p.relationship, p.kind) for p in self.members}
        self._details |= {p.id: role_text(p.role) for p in self.practitioners}

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
        return any(p.id == record_id for p in self.practitioners)
