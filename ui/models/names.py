"""Who an id refers to, for models that show people by name."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from odnotes.model import Person, Practitioner
from odnotes.vault import Vault


class Names:
    """A snapshot of one network's people's and the practitioners' names, taken when a view
    reloads (only that network is read: reading every network here made opening one slow)."""

    def __init__(self, vault: Vault, network_id: str) -> None:
        self._names = {p.id: p.name for p in vault.all(Person, network_id=network_id)}
        self._names |= {p.id: p.name for p in vault.all(Practitioner)}

    def of(self, person_id: str | None) -> str:
        """The name, or a plain placeholder for someone no longer in the vault."""
        if person_id is None:
            return ""
        return self._names.get(person_id, QCoreApplication.translate("Names", "(removed person)"))

    def list(self, ids: list[str]) -> str:
        """Names joined with commas."""
        return ", ".join(self.of(i) for i in ids)
