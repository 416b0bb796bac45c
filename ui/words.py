"""The words for stored choices (kinds, roles, stances, places...) in the UI's language.

A choice's ``.value`` is a storage key and its ``.label`` English: neither is
shown in a window. The core already has each choice's words in its catalog
(the summaries and the record note print them), so most come from
:func:`ui.i18n.core_translator`; a place's are the meeting editor's own (its context).
"""

from __future__ import annotations

from collections.abc import Callable
from enum import Enum
from typing import Any

from PySide6.QtCore import QCoreApplication

from odnotes.model import (
    KeyElement,
    PersonKind,
    PlaceKind,
    PracticeRating,
    PractitionerRole,
    Stance,
    UncertaintyStatus,
)
from odnotes.recordnote.words import kind_words, role_words
from odnotes.summary.options import Paper
from odnotes.summary.wording import stance_words, status_words
from ui.i18n import QT_TRANSLATE_NOOP, core_translator

_PLACES = {
    PlaceKind.HOME: QT_TRANSLATE_NOOP("ui.editor.views", "At home"),
    PlaceKind.CLINIC: QT_TRANSLATE_NOOP("ui.editor.views", "Team base or clinic"),
    PlaceKind.ONLINE: QT_TRANSLATE_NOOP("ui.editor.views", "Online"),
    PlaceKind.PHONE: QT_TRANSLATE_NOOP("ui.editor.views", "By phone"),
    PlaceKind.OTHER: QT_TRANSLATE_NOOP("ui.editor.views", "Somewhere else"),
}


def kind_text(kind: PersonKind) -> str:
    """``family``, ``perhe``: how a member came, when no relationship was written."""
    return kind_words(kind, core_translator())


def relation_text(relationship: str, kind: PersonKind) -> str:
    """The relationship as typed, else the kind of member in the UI's language."""
    return relationship or kind_text(kind)


def role_text(role: PractitionerRole) -> str:
    """``nurse``, ``sairaanhoitaja``."""
    return role_words(role, core_translator())


def stance_text(stance: Stance) -> str:
    """``Agrees``, ``Samaa mieltä``."""
    return stance_words(stance, core_translator())


def status_text(status: UncertaintyStatus) -> str:
    """``Still open``, ``Resolved``, ``Let go``."""
    return status_words(status, core_translator())


def place_text(place: PlaceKind, detail: str = "") -> str:
    """``At home — the kitchen``: the kind of place, then the team's words for it."""
    kind = QCoreApplication.translate("ui.editor.views", _PLACES[place])
    return f"{kind} — {detail}" if detail else kind


def element_text(element: KeyElement) -> str:
    """One of the twelve key elements of dialogic practice, by name."""
    return core_translator().gettext(element.label)


def rating_text(rating: PracticeRating) -> str:
    """``fully``, ``partly``, ``not at all``, ``not applicable``."""
    return core_translator().gettext(rating.label)


_PAPERS = {
    Paper.A4: QT_TRANSLATE_NOOP("ui.words", "A4"),
    Paper.LETTER: QT_TRANSLATE_NOOP("ui.words", "US Letter"),
}


def paper_text(paper: Paper) -> str:
    """``A4``, ``US Letter``: a paper size by its name where the reader lives."""
    return QCoreApplication.translate("ui.words", _PAPERS[paper])


_CHOICES: dict[type, Callable[[Any], str]] = {
    PersonKind: kind_text,
    PractitionerRole: role_text,
    Stance: stance_text,
    UncertaintyStatus: status_text,
    PlaceKind: place_text,
    KeyElement: element_text,
    PracticeRating: rating_text,
    Paper: paper_text,
}


def choice_text(choice: Enum) -> str:
    """Any stored choice in the UI's language (one without words of its own: its label)."""
    words = _CHOICES.get(type(choice))
    if words is not None:
        return words(choice)
    label = getattr(choice, "label", str(choice.value).replace("_", " "))
    return core_translator().gettext(str(label))
