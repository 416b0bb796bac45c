"""The record model refuses what a clinician could not mean, naming the field."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from odnotes.errors import InvalidRecord
from odnotes.model import (
    DecidedWhere,
    Decision,
    Meeting,
    Network,
    Person,
    PersonKind,
    Purpose,
    Sharing,
    StanceEntry,
    UncertaintyEntry,
    Voice,
    new_id,
)

WHEN = datetime(2026, 3, 4, 10, 30)


def test_team_only_needs_a_reason() -> None:
    with pytest.raises(InvalidRecord, match="reason: keeping an item to the team needs a reason"):
        Sharing(shared=False)
    assert Sharing.team_only("asked by Päivi").reason == "asked by Päivi"


def test_nested_errors_name_the_whole_path() -> None:
    meeting = Meeting(new_id(), WHEN)
    meeting.voices.append(Voice(new_id(), "fine"))
    meeting.voices.append(Voice(new_id(), "ok"))
    meeting.voices[1].sharing.shared = False
    with pytest.raises(InvalidRecord) as caught:
        meeting.validate()
    assert caught.value.field == "voices[1].sharing.reason"


def test_decision_outside_the_meeting_needs_its_reason() -> None:
    with pytest.raises(InvalidRecord, match="outside_reason"):
        Decision("Tell the GP", where=DecidedWhere.OUTSIDE_MEETING)
    decision = Decision(
        "Tell the GP", where=DecidedWhere.OUTSIDE_MEETING, outside_reason="before the weekend"
    )
    assert decision.where is DecidedWhere.OUTSIDE_MEETING


def test_one_stance_per_person() -> None:
    person = new_id()
    with pytest.raises(InvalidRecord, match="two stances"):
        Decision("x", stances=[StanceEntry(person), StanceEntry(person)])


def test_present_and_absent_are_exclusive() -> None:
    person = new_id()
    with pytest.raises(InvalidRecord, match="both present and absent"):
        Meeting(new_id(), WHEN, present=[person], absent=[person])


def test_meeting_times_are_wall_clock_and_audit_times_are_aware() -> None:
    with pytest.raises(InvalidRecord, match="starts_at"):
        Meeting(new_id(), WHEN.replace(tzinfo=UTC))
    with pytest.raises(InvalidRecord, match="first_contact"):
        Network("Maija", "yesterday")  # type: ignore[arg-type]


@pytest.mark.parametrize("bad", ["a\x00b", "bell\x07", "esc\x1b[31m"])
def test_control_characters_are_refused(bad: str) -> None:
    with pytest.raises(InvalidRecord, match="control characters"):
        Person(new_id(), bad)


def test_tabs_newlines_and_any_script_are_fine() -> None:
    text = "Päivi\tsaid:\n«Kiitos» — 日本語 שלום 👩‍👩‍👧\r\n"
    assert Purpose(text=text).text == text


def test_names_cannot_be_blank_and_ids_must_be_uuids() -> None:
    with pytest.raises(InvalidRecord, match="name: cannot be empty"):
        Person(new_id(), "   ")
    with pytest.raises(InvalidRecord, match="network_id: is not a valid id"):
        Person("42", "Zoë", PersonKind.FRIEND)


def test_uncertainty_listed_once_per_meeting() -> None:
    carried = UncertaintyEntry(question="Work in October?")
    twice = UncertaintyEntry(uncertainty_id=carried.uncertainty_id)
    with pytest.raises(InvalidRecord, match="one uncertainty twice"):
        Meeting(new_id(), WHEN, uncertainties=[carried, twice])


def test_team_only_items_are_found_everywhere_in_a_meeting(demo_vault) -> None:  # type: ignore[no-untyped-def]
    vault, network = demo_vault
    second = sorted(vault.all(Meeting, network_id=network.id), key=lambda m: m.starts_at)[1]
    kept = second.team_only_items()
    assert len(kept) == 1 and isinstance(kept[0], Voice)
    assert all(item.sharing.shared for item in second.items() if item not in kept)
