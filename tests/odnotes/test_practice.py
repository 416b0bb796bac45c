"""The private practice reflection: twelve elements, stored as its own record kind."""

from __future__ import annotations

import pytest

from odnotes.errors import InvalidRecord
from odnotes.model import (
    RECORD_TYPES,
    ElementRating,
    KeyElement,
    Meeting,
    PracticeRating,
    PracticeReflection,
)
from odnotes.vault import Vault


def test_twelve_named_elements() -> None:
    assert len(KeyElement) == 12
    assert KeyElement.OPEN_ENDED_QUESTIONS.label == "Open-ended questions"
    assert all(e.label for e in KeyElement)
    assert [r.label for r in PracticeRating] == ["not at all", "partly", "fully", "not applicable"]
    assert PracticeRating.PARTLY.present and not PracticeRating.NOT_APPLICABLE.present


def test_registered_and_round_trips_through_the_vault(
    demo_vault: tuple[Vault, object],
) -> None:
    vault, network = demo_vault
    assert RECORD_TYPES["practice_reflection"] is PracticeReflection
    meeting = vault.all(Meeting, network_id=network.id)[0]  # type: ignore[attr-defined]
    reflection = PracticeReflection.blank(meeting.id, meeting.network_id)
    assert [r.element for r in reflection.ratings] == list(KeyElement)
    entry = reflection.entry(KeyElement.TRANSPARENCY)
    assert entry is not None
    entry.rating = PracticeRating.FULLY
    entry.words = "Talked through the letter to the GP together."
    vault.save(reflection)
    stored = vault.get(PracticeReflection, reflection.id)
    assert stored == reflection
    assert stored.rating_of(KeyElement.TRANSPARENCY) is PracticeRating.FULLY
    assert stored.rating_of(KeyElement.PRESENT_MOMENT) is None
    assert vault.all(PracticeReflection, network_id=meeting.network_id) == [stored]


def test_validation_names_the_field() -> None:
    meeting_id = "00000000-0000-4000-8000-000000000001"
    with pytest.raises(InvalidRecord, match="rates one element twice"):
        PracticeReflection(
            meeting_id,
            meeting_id,
            [ElementRating(KeyElement.TRANSPARENCY), ElementRating(KeyElement.TRANSPARENCY)],
        )
    with pytest.raises(InvalidRecord, match="words: a few words"):
        PracticeReflection(
            meeting_id, meeting_id, [ElementRating(KeyElement.TRANSPARENCY, words="x" * 1001)]
        )
    with pytest.raises(InvalidRecord, match="rating: must be one of"):
        ElementRating(KeyElement.TRANSPARENCY, "fully")  # type: ignore[arg-type]
