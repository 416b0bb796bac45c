"""Who an id refers to, for models that show people by name."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from odnotes.model import Person
from odnotes.team import Team
from odnotes.vault import Vault


class Names:
    """A snapshot of one network's people's and the practitioners' names, taken when a view
    reloads (only that network is read: reading every network here made opening one slow).

    A practitioner known under two ids (a colleague's stand-in and their own record)
    has one name, and is listed once.
    """

    def __init__(self, vault: Vault, network_id: str) -> None:
        self._names = {p.id: p.name for p in vault.all(Person, network_id=network_id)}
        self._team = Team.of(vault)
        self._names |= self._team.names()

    def of(self, person_id: str | None) -> str:
        """The name, or a plain placeholder for someone no longer in the vault."""
        if person_id is None:
            return ""
        return self._names.get(person_id, QCoreApplication.translate("Names", "(removed person)"))

    def list(self, ids: list[str]) -> str:
        """Names joined with commas, each person once."""
        return ", ".join(self.of(i) for i in self._team.one_per_person(ids))
