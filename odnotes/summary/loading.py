"""Reading what a summary needs from the vault, with clear errors for wrong ids or names."""

from __future__ import annotations

from dataclasses import dataclass

from odnotes.errors import OdNotesError, RecordNotFound
from odnotes.i18n import N_
from odnotes.model import Meeting, Network, Person, Practitioner
from odnotes.summary.names import Names
from odnotes.vault import Vault


class SummaryError(OdNotesError):
    """A summary could not be made as asked (unknown meeting, network or person)."""


@dataclass
class NetworkRecords:
    """A network, its meetings and the names of everyone who may appear in them."""

    network: Network
    meetings: list[Meeting]
    people: list[Person]
    names: Names


def load_network(vault: Vault, network_id: str) -> NetworkRecords:
    """Everything about one network a summary draws on."""
    try:
        network = vault.get(Network, network_id)
    except RecordNotFound:
        raise SummaryError(
            N_("There is no network with the id %(id)s in this vault."), id=network_id
        ) from None
    people = vault.all(Person, network_id=network.id)
    return NetworkRecords(
        network,
        vault.all(Meeting, network_id=network.id),
        people,
        Names(people, vault.all(Practitioner)),
    )


def load_meeting(vault: Vault, meeting_id: str) -> tuple[Meeting, NetworkRecords]:
    """A meeting and its network."""
    try:
        meeting = vault.get(Meeting, meeting_id)
    except RecordNotFound:
        raise SummaryError(
            N_("There is no meeting with the id %(id)s in this vault."), id=meeting_id
        ) from None
    return meeting, load_network(vault, meeting.network_id)


def find_person(people: list[Person], wanted: str) -> Person:
    """A network member by id, or by a name they are called (any case).

    Raises :class:`SummaryError` when nobody or more than one person matches;
    the message names no one, since it may be shown on a logged terminal.
    """
    for person in people:
        if person.id == wanted:
            return person
    folded = wanted.strip().casefold()
    matches = [p for p in people if folded in (n.casefold() for n in p.all_names)]
    if not matches:
        raise SummaryError(N_("Nobody in this network has that id or name."))
    if len(matches) > 1:
        raise SummaryError(N_("More than one person in this network has that name; use their id."))
    return matches[0]


def summary_recipients(people: list[Person]) -> list[Person]:
    """Members who receive summaries, in name order."""
    return sorted((p for p in people if p.receives_summaries), key=lambda p: p.name.casefold())
