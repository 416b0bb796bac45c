"""The network use cases (``odnotes.networks``) with no screen: what a script or the CLI gets."""

from __future__ import annotations

from datetime import datetime

import pytest

from odnotes import networks
from odnotes.errors import OdNotesError, RecordNotFound
from odnotes.model import (
    Meeting,
    Network,
    NetworkStatus,
    NextMeeting,
    Person,
    PersonKind,
    PlaceKind,
    Practitioner,
    PractitionerRole,
)
from odnotes.vault import Vault

CALL = datetime(2026, 9, 1, 9, 30)


def test_a_new_network_is_active_saved_and_named_without_spaces(vault: Vault) -> None:
    network = networks.create_network(vault, "  Aino  ", CALL)
    stored = vault.get(Network, network.id)
    assert (stored.name, stored.status, stored.first_contact) == (
        "Aino",
        NetworkStatus.ACTIVE,
        CALL,
    )


def test_a_refused_name_raises_a_readable_error_and_writes_nothing(vault: Vault) -> None:
    network = networks.create_network(vault, "Aino", CALL)
    before = vault.history(network.id)
    with pytest.raises(OdNotesError) as caught:
        networks.rename_network(vault, network.id, "   ")
    assert "name" in str(caught.value).lower()
    assert vault.get(Network, network.id).name == "Aino"
    assert vault.history(network.id) == before
    with pytest.raises(OdNotesError):
        networks.create_network(vault, "", CALL)
    assert [n.name for n in vault.all(Network)] == ["Aino"]


def test_first_contact_status_and_record_number_are_saved(vault: Vault) -> None:
    network = networks.create_network(vault, "Aino", CALL)
    networks.set_first_contact(vault, network.id, datetime(2026, 8, 31, 22, 15, 42))
    networks.set_network_status(vault, network.id, NetworkStatus.CLOSED)
    networks.set_record_number(vault, network.id, "  RN-0042 ")
    stored = vault.get(Network, network.id)
    assert stored.first_contact == datetime(2026, 8, 31, 22, 15)  # to the minute
    assert stored.status is NetworkStatus.CLOSED
    assert stored.record_number == "RN-0042"
    networks.set_record_number(vault, network.id, "")
    assert vault.get(Network, network.id).record_number == ""


def test_members_and_practitioners_join_the_network(vault: Vault) -> None:
    network = networks.create_network(vault, "Aino", CALL)
    other = networks.create_network(vault, "Bruno", CALL)
    person = networks.add_member(vault, network.id, " Aino Virtanen ", PersonKind.CENTRE)
    assert vault.get(Person, person.id).name == "Aino Virtanen"
    nurse = networks.add_practitioner(vault, network.id, "Mira Salo", PractitionerRole.NURSE)
    assert vault.get(Practitioner, nurse.id).role is PractitionerRole.NURSE
    assert vault.get(Network, network.id).practitioner_ids == [nurse.id]
    networks.join_practitioner(vault, other.id, nurse.id)
    networks.join_practitioner(vault, other.id, nurse.id)  # twice changes nothing
    assert vault.get(Network, other.id).practitioner_ids == [nurse.id]


def test_a_meeting_for_a_network_that_is_gone_is_refused(vault: Vault) -> None:
    with pytest.raises(RecordNotFound):
        networks.new_meeting(vault, "no-such-network", CALL)
    assert vault.all(Meeting) == []


def test_meetings_come_in_the_order_they_happened(vault: Vault) -> None:
    network = networks.create_network(vault, "Aino", CALL)
    later = networks.new_meeting(vault, network.id, datetime(2026, 9, 8, 10))
    earlier = networks.new_meeting(vault, network.id, datetime(2026, 9, 2, 10))
    assert [m.id for m in networks.network_meetings(vault, network.id)] == [earlier.id, later.id]


def test_the_suggested_start_follows_the_last_plan_or_the_hour_before(vault: Vault) -> None:
    network = networks.create_network(vault, "Aino", CALL)
    now = datetime(2026, 9, 10, 16, 47, 12)
    assert networks.suggested_start(vault, network.id, now) == (datetime(2026, 9, 10, 15), False)
    meeting = networks.new_meeting(vault, network.id, datetime(2026, 9, 3, 10))
    meeting.next_meeting = NextMeeting(starts_at=datetime(2026, 9, 9, 13, 30))
    vault.save(meeting)
    assert networks.suggested_start(vault, network.id, now) == (
        datetime(2026, 9, 10, 13, 30),
        True,
    )


def test_the_next_draft_carries_the_plan_never_the_words(vault: Vault) -> None:
    network = networks.create_network(vault, "Aino", CALL)
    first = networks.new_meeting_from_last(vault, network.id, datetime(2026, 9, 2, 10))
    assert first.next_meeting is None and first.present == []  # nothing to carry yet
    aino = networks.add_member(vault, network.id, "Aino Virtanen", PersonKind.CENTRE)
    first.present = [aino.id]
    first.next_meeting = NextMeeting(
        starts_at=datetime(2026, 9, 9, 10), place=PlaceKind.CLINIC, invitee_ids=[aino.id]
    )
    vault.save(first)
    draft = networks.new_meeting_from_last(vault, network.id, datetime(2026, 9, 9, 10))
    stored = vault.get(Meeting, draft.id)
    assert stored.id != first.id and stored.starts_at == datetime(2026, 9, 9, 10)
    assert stored.place is PlaceKind.CLINIC and stored.present == []
    assert stored.voices == [] and stored.next_meeting is None
