"""The practitioners' private reflection on dialogic practice after a meeting.

Rated against the twelve key elements of dialogic practice (Olson, Seikkula &
Ziedonis, 2014), by name only. It is a record of its own, never part of the
meeting, so no family summary can ever include it; the supervision export may.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum

from odnotes.errors import InvalidRecord
from odnotes.i18n.catalog import N_
from odnotes.model.base import (
    Choice,
    Record,
    Validated,
    check_aware,
    check_enum,
    check_id,
    check_ids,
    check_items,
    check_text,
    new_id,
    utc_now,
)
from odnotes.model.treatment import (
    CHOICE,
    DEIDENTIFIED,
    HISTORY,
    KEPT,
    LEFT_OUT,
    LINK,
    OWN_ID,
    PARTS,
    PERSON,
    STAMP,
    WRITING,
    about,
)

MAX_WORDS = 1000


class KeyElement(StrEnum):
    """The twelve key elements a team reflects on (names only)."""

    TWO_OR_MORE_PRACTITIONERS = "two_or_more_practitioners"
    FAMILY_AND_NETWORK = "family_and_network"
    OPEN_ENDED_QUESTIONS = "open_ended_questions"
    RESPONDING_TO_UTTERANCES = "responding_to_utterances"
    PRESENT_MOMENT = "present_moment"
    MULTIPLE_VIEWPOINTS = "multiple_viewpoints"
    RELATIONAL_FOCUS = "relational_focus"
    PROBLEM_TALK_MATTER_OF_FACT = "problem_talk_matter_of_fact"
    OWN_WORDS_AND_STORIES = "own_words_and_stories"
    REFLECTIONS_AMONG_PROFESSIONALS = "reflections_among_professionals"
    TRANSPARENCY = "transparency"
    TOLERATING_UNCERTAINTY = "tolerating_uncertainty"

    @property
    def label(self) -> str:
        """The element's name in plain words."""
        return _ELEMENT_LABELS[self.value]


_ELEMENT_LABELS = {  # English; shown in a language through a Translator's gettext
    "two_or_more_practitioners": N_("Two or more practitioners in the meeting"),
    "family_and_network": N_("Participation of family and network"),
    "open_ended_questions": N_("Open-ended questions"),
    "responding_to_utterances": N_("Responding to clients' utterances"),
    "present_moment": N_("Emphasising the present moment"),
    "multiple_viewpoints": N_("Eliciting multiple viewpoints"),
    "relational_focus": N_("A relational focus"),
    "problem_talk_matter_of_fact": N_(
        "Responding to problem talk matter-of-factly, attentive to meaning"
    ),
    "own_words_and_stories": N_("The clients' own words and stories, not symptoms"),
    "reflections_among_professionals": N_("Conversation among professionals (reflections)"),
    "transparency": N_("Transparency"),
    "tolerating_uncertainty": N_("Tolerating uncertainty"),
}


class PracticeRating(Choice):
    """How far an element was present in the meeting."""

    NOT_AT_ALL = "not_at_all"
    PARTLY = "partly"
    FULLY = "fully"
    NOT_APPLICABLE = "not_applicable"

    @property
    def label(self) -> str:
        """Plain words for the rating (English; a Translator's gettext gives them in a language)."""
        return _RATING_LABELS[self.value]

    @property
    def present(self) -> bool:
        """Partly or fully present."""
        return self in (PracticeRating.PARTLY, PracticeRating.FULLY)


_RATING_LABELS = {
    "not_at_all": N_("not at all"),
    "partly": N_("partly"),
    "fully": N_("fully"),
    "not_applicable": N_("not applicable"),
}


@dataclass
class ElementRating(Validated):
    """One element: a rating (or none yet) and a few words."""

    element: KeyElement = field(metadata=about("Element", CHOICE, KEPT, HISTORY))
    rating: PracticeRating | None = field(
        default=None, metadata=about("Rating", CHOICE, KEPT, HISTORY)
    )
    words: str = field(default="", metadata=about("Words", WRITING, DEIDENTIFIED, HISTORY))

    def validate(self) -> None:
        check_enum(self.element, KeyElement, "element")
        if self.rating is not None:
            check_enum(self.rating, PracticeRating, "rating")
        check_text(self.words, "words")
        if len(self.words) > MAX_WORDS:
            raise InvalidRecord("words", f"a few words, please: at most {MAX_WORDS} characters")


@dataclass
class PracticeReflection(Record):
    """The team's private reflection on one meeting against the twelve key elements."""

    KIND = "practice_reflection"

    meeting_id: str = field(metadata=about("Meeting", LINK, LEFT_OUT))
    network_id: str = field(metadata=about("Network", LINK, LEFT_OUT))
    ratings: list[ElementRating] = field(
        default_factory=list, metadata=about("Element", PARTS, DEIDENTIFIED, HISTORY)
    )
    practitioner_ids: list[str] = field(
        default_factory=list, metadata=about("Written by", PERSON, LEFT_OUT, HISTORY)
    )
    written_at: datetime = field(
        default_factory=utc_now, metadata=about("Written at", STAMP, LEFT_OUT, HISTORY)
    )
    id: str = field(default_factory=new_id, metadata=about("Id", OWN_ID, LEFT_OUT))

    def validate(self) -> None:
        super().validate()
        check_id(self.meeting_id, "meeting_id")
        check_id(self.network_id, "network_id")
        check_items(self.ratings, "ratings", ElementRating)
        elements = [r.element for r in self.ratings]
        if len(set(elements)) != len(elements):
            raise InvalidRecord("ratings", "rates one element twice")
        check_ids(self.practitioner_ids, "practitioner_ids")
        check_aware(self.written_at, "written_at")

    @classmethod
    def blank(cls, meeting_id: str, network_id: str) -> PracticeReflection:
        """A new reflection with every element listed and nothing rated yet."""
        return cls(meeting_id, network_id, [ElementRating(e) for e in KeyElement])

    def rating_of(self, element: KeyElement) -> PracticeRating | None:
        """The rating given to ``element``, if any."""
        return next((r.rating for r in self.ratings if r.element is element), None)

    def entry(self, element: KeyElement) -> ElementRating | None:
        """The entry for ``element``, if listed."""
        return next((r for r in self.ratings if r.element is element), None)
