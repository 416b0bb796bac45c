"""What may happen to a network: start it, name it, close it, add people, start meetings.

The network screens call these, and so can a script or the CLI: each function
validates through the model and saves in one transaction, so a refused change
(an empty name, say) raises a readable error and writes nothing.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from odnotes import continuity
from odnotes.model import (
    Meeting,
    Network,
    NetworkStatus,
    Person,
    PersonKind,
    Practitioner,
    PractitionerRole,
)
from odnotes.vault import Vault


def now_for_meeting() -> datetime:
    """The current local time to the minute (a call that has just come in)."""
    return datetime.now().replace(second=0, microsecond=0)


def create_network(vault: Vault, name: str, first_contact: datetime | None = None) -> Network:
    """A new, active network; its first contact is when the first call came (default now)."""
    network = Network(name.strip(), first_contact=first_contact or now_for_meeting())
    vault.save(network)
    return network


def set_first_contact(vault: Vault, network_id: str, first_contact: datetime) -> None:
    """Correct when the first call came (the 24-hour aim is measured from it)."""
    network = vault.get(Network, network_id)
    network.first_contact = first_contact.replace(second=0, microsecond=0)
    vault.save(network)


def rename_network(vault: Vault, network_id: str, name: str) -> None:
    """Change what the network is called (the person at the centre chooses)."""
    network = vault.get(Network, network_id)
    network.name = name.strip()
    vault.save(network)


def set_record_number(vault: Vault, network_id: str, number: str) -> None:
    """Write down the service's own record number for the network ("" takes it away)."""
    network = vault.get(Network, network_id)
    network.record_number = number.strip()
    vault.save(network)


def set_network_status(vault: Vault, network_id: str, status: NetworkStatus) -> None:
    """Close a network at the end of an episode of care, or reopen it."""
    network = vault.get(Network, network_id)
    network.status = status
    vault.save(network)


def add_member(vault: Vault, network_id: str, name: str, kind: PersonKind) -> Person:
    """A new network member."""
    person = Person(network_id, name.strip(), kind)
    vault.save(person)
    return person


def add_practitioner(
    vault: Vault, network_id: str, name: str, role: PractitionerRole
) -> Practitioner:
    """A new practitioner, joined to the network in the same transaction."""
    practitioner = Practitioner(name.strip(), role)
    network = vault.get(Network, network_id)
    network.practitioner_ids.append(practitioner.id)
    vault.save_many([practitioner, network])
    return practitioner


def join_practitioner(vault: Vault, network_id: str, practitioner_id: str) -> None:
    """Add an existing practitioner (already on another network) to this one."""
    network = vault.get(Network, network_id)
    if practitioner_id not in network.practitioner_ids:
        network.practitioner_ids.append(practitioner_id)
        vault.save(network)


def network_meetings(vault: Vault, network_id: str) -> list[Meeting]:
    """The network's meetings in the order they happened."""
    return continuity.in_order(vault.all(Meeting, network_id=network_id))


def suggested_start(
    vault: Vault, network_id: str, now: datetime | None = None
) -> tuple[datetime, bool]:
    """When a new meeting probably started, and whether that came from the last meeting's plan.

    Today at the time agreed for the next meeting, if the last meeting agreed
    one; otherwise the round hour before now (a meeting written up just after).
    """
    now = (now or datetime.now()).replace(second=0, microsecond=0)
    meetings = network_meetings(vault, network_id)
    plan = meetings[-1].next_meeting if meetings else None
    if plan is not None and plan.starts_at is not None:
        return datetime.combine(now.date(), plan.starts_at.time()), True
    return now.replace(minute=0) - timedelta(hours=1), False


def new_meeting(vault: Vault, network_id: str, starts_at: datetime | None = None) -> Meeting:
    """An empty draft for a meeting that has just happened."""
    vault.get(Network, network_id)  # raises a readable error if the network is gone
    meeting = Meeting(network_id, starts_at or now_for_meeting())
    vault.save(meeting)
    return meeting


def new_meeting_from_last(
    vault: Vault, network_id: str, starts_at: datetime | None = None
) -> Meeting:
    """A draft expecting the last meeting's invitees, with its open uncertainties, never words."""
    meetings = network_meetings(vault, network_id)
    if not meetings:
        return new_meeting(vault, network_id, starts_at)
    when = starts_at or suggested_start(vault, network_id)[0]
    draft = continuity.start_from(meetings[-1], when, meetings)
    vault.save(draft)
    return draft
