"""People's chosen names for the ids a meeting refers to."""

from __future__ import annotations

import copy
from collections.abc import Iterable

from odnotes.i18n import ENGLISH, N_, Translator
from odnotes.model import Person, Practitioner
from odnotes.team import Team

SOMEONE_GONE = N_("someone no longer in the network")


class Names:
    """Resolves network members and practitioners by id, kindly.

    A stance, voice or follow-up of someone removed from the vault prints as
    ``someone no longer in the network`` (in the summary's language) rather
    than failing. A practitioner named under two ids (a colleague's stand-in
    and their own record, :mod:`odnotes.team`) is printed once, each id with
    its own record's name.
    """

    def __init__(
        self,
        people: Iterable[Person],
        practitioners: Iterable[Practitioner],
        tr: Translator = ENGLISH,
    ) -> None:
        self.people = {p.id: p for p in people}
        self.team = Team(practitioners)
        self.practitioners = self.team.records
        self.tr = tr

    def speaking(self, tr: Translator) -> Names:
        """The same names, with the words for someone gone in ``tr``'s language."""
        other = copy.copy(self)
        other.tr = tr
        return other

    def __call__(self, person_id: str) -> str:
        """The chosen name of a member or practitioner."""
        if person_id in self.people:
            return self.people[person_id].name
        name = self.team.name_of(person_id)
        return name if name is not None else self.tr.gettext(SOMEONE_GONE)

    def many(self, ids: Iterable[str]) -> list[str]:
        """Names for several ids, in order, each person once."""
        return [self(i) for i in self.team.one_per_person(ids)]

    def joined(self, ids: Iterable[str]) -> str:
        """``Maija, Päivi and Łukasz`` in the summary's language."""
        return self.tr.join(self.many(ids))

    def is_known(self, person_id: str) -> bool:
        """Whether the id is someone still in the vault."""
        return person_id in self.people or self.team.member(person_id) is not None
