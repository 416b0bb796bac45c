"""Continuity at a glance, checked against values worked out by hand."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest

from odnotes.indicators import (
    describe_wait,
    element_presence,
    element_timeline,
    indicators_for,
    vault_overview,
    week_of,
)
from odnotes.model import (
    ElementRating,
    KeyElement,
    Meeting,
    Network,
    NetworkStatus,
    PracticeRating,
    PracticeReflection,
)
from odnotes.vault import Vault
from tests.odnotes.supervision_names import HardNames, write_hard_names


@pytest.fixture
def hard(vault: Vault) -> HardNames:
    return write_hard_names(vault)


def test_network_indicators_match_hand_computed_values(vault: Vault, hard: HardNames) -> None:
    found = indicators_for(vault, hard.network.id, date(2025, 3, 20))
    # First contact 3 March 09:15, first meeting 4 March 08:30: 23 h 15 min.
    assert found.first_meeting_after == timedelta(hours=23, minutes=15)
    assert found.within_24_hours is True
    assert describe_wait(found.first_meeting_after) == "23 hours (within 24 hours)"
    p = hard.practitioners
    assert found.practitioner_meetings == {p["Tuomas"].id: 2, p["Grace"].id: 1}
    people = hard.people
    assert found.member_meetings == {
        people["Hope"].id: 2, people["Anna"].id: 2, people["Mark"].id: 1,
        people["Rose"].id: 1, people["Will"].id: 1,
    }  # fmt: skip
    assert people["Jonas"].id not in found.member_meetings
    [open_one] = found.open_uncertainties
    assert open_one.days_open == 16 and open_one.raised_in.id == hard.meetings[0].id
    [(_, _, overdue)] = found.overdue_follow_ups
    assert overdue.due == date(2025, 3, 7)
    assert found.last_meeting is not None and found.last_meeting.id == hard.meetings[1].id


def test_planned_meetings_do_not_count_yet(vault: Vault, hard: HardNames) -> None:
    found = indicators_for(vault, hard.network.id, date(2025, 3, 5))
    assert len(found.meetings) == 1 and found.overdue_follow_ups == []
    assert indicators_for(vault, hard.network.id, date(2025, 3, 3)).within_24_hours is None


def test_describe_wait() -> None:
    assert describe_wait(None) == "no meeting yet"
    assert describe_wait(timedelta(hours=1)) == "1 hour (within 24 hours)"
    assert describe_wait(timedelta(hours=30)) == "30 hours"
    assert describe_wait(timedelta(days=3, hours=1)) == "3 days 1 hour"
    assert describe_wait(timedelta(days=3)) == "3 days"


def test_vault_overview(vault: Vault, hard: HardNames) -> None:
    quiet = Network("Quiet", datetime(2025, 1, 1, 9, 0))
    closed = Network("Closed", datetime(2025, 1, 1, 9, 0), status=NetworkStatus.CLOSED)
    vault.save_many([quiet, closed])
    overview = vault_overview(vault, date(2025, 3, 20), weeks=1)
    assert [m.id for _, m in overview.drafts] == [hard.meetings[1].id]
    assert [(n.name, m.id if m else None) for n, m in overview.quiet_networks] == [
        ("Hope", hard.meetings[1].id),
        ("Quiet", None),
    ]
    assert overview.due_this_week == []
    earlier = vault_overview(vault, date(2025, 3, 5), weeks=4)
    assert [n.name for n, _ in earlier.quiet_networks] == ["Quiet"]
    [(network, _, _, follow_up)] = earlier.due_this_week
    assert network.id == hard.network.id and follow_up.due == date(2025, 3, 7)
    assert week_of(date(2025, 3, 5)) == (date(2025, 3, 3), date(2025, 3, 9))
    with pytest.raises(ValueError):
        vault_overview(vault, weeks=0)


def test_element_presence_per_network_and_over_time(vault: Vault, hard: HardNames) -> None:
    second = PracticeReflection(
        hard.meetings[1].id,
        hard.network.id,
        [
            ElementRating(KeyElement.TWO_OR_MORE_PRACTITIONERS, PracticeRating.NOT_AT_ALL),
            ElementRating(KeyElement.OPEN_ENDED_QUESTIONS, PracticeRating.FULLY),
        ],
    )
    vault.save(second)
    reflections = vault.all(PracticeReflection, network_id=hard.network.id)
    tallies = {t.element: t for t in element_presence(reflections)}
    assert len(tallies) == 12
    two = tallies[KeyElement.TWO_OR_MORE_PRACTITIONERS]
    assert (two.count(PracticeRating.FULLY), two.count(PracticeRating.NOT_AT_ALL)) == (1, 1)
    assert (two.present, two.rated) == (1, 2)
    relational = tallies[KeyElement.RELATIONAL_FOCUS]
    assert (relational.present, relational.rated) == (0, 0)
    assert tallies[KeyElement.OPEN_ENDED_QUESTIONS].present == 2
    timeline = element_timeline(reflections, vault.all(Meeting, network_id=hard.network.id))
    assert [m.id for m, _ in timeline] == [m.id for m in hard.meetings]
    overall = vault_overview(vault, date(2025, 3, 20)).elements
    assert overall[0].present == 1 and overall[0].rated == 2
