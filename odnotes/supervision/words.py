"""The export's own words for stored choices (places, closeness, ratings), in its language.

The tree keeps each choice's stored value where JSON needs data (``status``,
``closeness``) and puts the words for it in the export's language where a
reader meets them (labels, the outline). Kinds, roles, stances and statuses
share the words the record note and the summary already translate.
"""

from __future__ import annotations

from odnotes.i18n import N_, Translator
from odnotes.model import Closeness, KeyElement, PlaceKind, PracticeRating
from odnotes.recordnote.words import kind_words, role_words
from odnotes.summary.wording import stance_words, status_words

__all__ = [
    "closeness_words",
    "element_words",
    "kind_words",
    "place_kind_words",
    "rating_words",
    "role_words",
    "stance_words",
    "status_words",
]

_PLACES = {
    PlaceKind.HOME: N_("home"),
    PlaceKind.CLINIC: N_("clinic"),
    PlaceKind.ONLINE: N_("online"),
    PlaceKind.PHONE: N_("phone"),
    PlaceKind.OTHER: N_("another place"),
}
_CLOSENESS = {
    Closeness.CLOSE: N_("close"),
    Closeness.SOMEWHAT: N_("somewhat close"),
    Closeness.DISTANT: N_("distant"),
    Closeness.UNKNOWN: N_("closeness not known"),
}
_RATINGS = {
    PracticeRating.FULLY: N_("fully"),
    PracticeRating.PARTLY: N_("partly"),
    PracticeRating.NOT_AT_ALL: N_("not at all"),
    PracticeRating.NOT_APPLICABLE: N_("not applicable"),
}
_ELEMENTS = {
    KeyElement.TWO_OR_MORE_PRACTITIONERS: N_("Two or more practitioners in the meeting"),
    KeyElement.FAMILY_AND_NETWORK: N_("Participation of family and network"),
    KeyElement.OPEN_ENDED_QUESTIONS: N_("Open-ended questions"),
    KeyElement.RESPONDING_TO_UTTERANCES: N_("Responding to clients' utterances"),
    KeyElement.PRESENT_MOMENT: N_("Emphasising the present moment"),
    KeyElement.MULTIPLE_VIEWPOINTS: N_("Eliciting multiple viewpoints"),
    KeyElement.RELATIONAL_FOCUS: N_("A relational focus"),
    KeyElement.PROBLEM_TALK_MATTER_OF_FACT: N_(
        "Responding to problem talk matter-of-factly, attentive to meaning"
    ),
    KeyElement.OWN_WORDS_AND_STORIES: N_("The clients' own words and stories, not symptoms"),
    KeyElement.REFLECTIONS_AMONG_PROFESSIONALS: N_(
        "Conversation among professionals (reflections)"
    ),
    KeyElement.TRANSPARENCY: N_("Transparency"),
    KeyElement.TOLERATING_UNCERTAINTY: N_("Tolerating uncertainty"),
}


def place_kind_words(place: PlaceKind, tr: Translator) -> str:
    """``home``, ``koti``: the kind of place, never the place written in the notes."""
    return tr.gettext(_PLACES[place])


def closeness_words(closeness: Closeness, tr: Translator) -> str:
    """``close``, ``läheinen``."""
    return tr.gettext(_CLOSENESS[closeness])


def rating_words(rating: PracticeRating, tr: Translator) -> str:
    """``partly``, ``osittain``."""
    return tr.gettext(_RATINGS[rating])


def element_words(element: KeyElement, tr: Translator) -> str:
    """A key element's name, as the team's practice reflection calls it."""
    return tr.gettext(_ELEMENTS[element])
