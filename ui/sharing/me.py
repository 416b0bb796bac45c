"""Which of the vault's practitioners uses it on this laptop.

Exchange files are signed and sealed in one practitioner's name, so the app
must know whose vault this is. The choice is the practitioner's id (never a
name), kept in the settings for this vault file; a vault with one
practitioner (or one whose keys are here) needs no choice. The vault's
``author`` follows it, so every revision written here names who wrote it.
"""

from __future__ import annotations

from odnotes.model import Practitioner
from odnotes.model.exchange_state import PractitionerKeys
from odnotes.team import Team
from odnotes.vault import Vault
from ui.settings import Settings


class Me:
    """The practitioner using one vault here, as chosen in File › Colleagues…."""

    def __init__(self, vault: Vault, settings: Settings) -> None:
        self._vault = vault
        self._settings = settings

    def practitioners(self) -> list[Practitioner]:
        """Every practitioner in the vault, by name, once per person."""
        return [m.practitioner for m in Team.of(self._vault).members()]

    def practitioner_id(self) -> str:
        """The chosen practitioner's id; else the only one with keys here, or the only one."""
        known = {p.id for p in self.practitioners()}
        chosen = self._settings.sharing_practitioner(self._vault.path)
        if chosen in known:
            return chosen
        with_keys = {k.practitioner_id for k in self._vault.all(PractitionerKeys)} & known
        for candidates in (with_keys, known):
            if len(candidates) == 1:
                return next(iter(candidates))
        return ""

    def set_practitioner_id(self, practitioner_id: str) -> None:
        """Remember who uses the vault here; revisions from now on name them."""
        self._settings.set_sharing_practitioner(self._vault.path, practitioner_id)
        self._vault.author = practitioner_id

    def apply(self) -> str:
        """Name the chosen practitioner as the vault's author (on unlock); their id."""
        practitioner_id = self.practitioner_id()
        if practitioner_id:
            self._vault.author = practitioner_id
        return practitioner_id
