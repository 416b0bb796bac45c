"""What of a meeting the network may read, and what the team kept back.

Everything downstream of :func:`shared_view` only ever sees shared items, so
team-only text cannot reach a printed page by accident.
"""

from __future__ import annotations

import copy
from collections import Counter
from dataclasses import dataclass
from typing import TypeVar

from odnotes.i18n import ENGLISH, N_, N_plural, Translator
from odnotes.model import (
    Correction,
    Decision,
    Item,
    Meeting,
    NextMeeting,
    Purpose,
    Reflection,
    Response,
    UncertaintyEntry,
    Voice,
)

T = TypeVar("T", bound=Item)

# Shown to practitioners only, as the reason beside a response left out with its reflection.
KEPT_WITH_REFLECTION = N_("kept back with its reflection")

# Each kind's name (for the team's list) and its count in the summary's words,
# in the order the summary lists them.
_KINDS: list[tuple[type[Item], str, tuple[str, str]]] = [
    (
        Purpose,
        N_("note of what the meeting was for"),
        N_plural("one note of what the meeting was for", "%(n)s notes of what the meeting was for"),
    ),
    (Voice, N_("voice"), N_plural("one voice", "%(n)s voices")),
    (
        Response,
        N_("response to a reflection"),
        N_plural("one response to a reflection", "%(n)s responses to a reflection"),
    ),
    (Reflection, N_("reflection"), N_plural("one reflection", "%(n)s reflections")),
    (Decision, N_("decision"), N_plural("one decision", "%(n)s decisions")),
    (
        UncertaintyEntry,
        N_("question we are unsure about"),
        N_plural("one question we are unsure about", "%(n)s questions we are unsure about"),
    ),
    (
        NextMeeting,
        N_("plan for the next meeting"),
        N_plural("one plan for the next meeting", "%(n)s plans for the next meeting"),
    ),
    (Correction, N_("correction"), N_plural("one correction", "%(n)s corrections")),
]
_ITEM = (N_("item"), N_plural("one item", "%(n)s items"))


def _kind(item: Item) -> tuple[str, tuple[str, str]]:
    for cls, name, count in _KINDS:
        if isinstance(item, cls):
            return name, count
    return _ITEM


def kind_words(item: Item, tr: Translator = ENGLISH) -> str:
    """The plain name of an item's kind: ``voice``, ``puheenvuoro``."""
    return tr.gettext(_kind(item)[0])


@dataclass(frozen=True)
class KeptItem:
    """An item left out of the network's copy, and why (shown to practitioners only)."""

    item: Item
    meeting: Meeting
    reason: str

    @property
    def kind(self) -> str:
        """``voice``, ``decision``, ... in English (see :meth:`kind_in`)."""
        return self.kind_in(ENGLISH)

    def kind_in(self, tr: Translator) -> str:
        """The item's kind in ``tr``'s language."""
        return kind_words(self.item, tr)

    @property
    def text(self) -> str:
        """The item's own words (for the practitioner's eyes)."""
        for name in ("text", "question", "note", "place_detail"):
            value = getattr(self.item, name, "")
            if isinstance(value, str) and value.strip():
                return value
        return ""


def shared_view(meeting: Meeting) -> tuple[Meeting, list[KeptItem]]:
    """A copy of ``meeting`` holding only what the network may read, and what was left out.

    A response to a reflection the team kept back is left out with it (and
    counted), so nothing is printed without its context. Only the meeting,
    its lists of items and the reflections kept are copied; the shared items
    themselves are the meeting's own (nothing that prints a summary changes
    a record), since a summary views every meeting of the network and a deep
    copy of each took half of a meeting summary's time.
    """
    shared = copy.copy(meeting)
    kept: list[KeptItem] = []

    def keep(items: list[T]) -> list[T]:
        out: list[T] = []
        for item in items:
            if item.sharing.shared:
                out.append(item)
            else:
                kept.append(KeptItem(item, meeting, item.sharing.reason))
        return out

    if not shared.purpose.sharing.shared:
        kept.append(KeptItem(shared.purpose, meeting, shared.purpose.sharing.reason))
        shared.purpose = Purpose()
    shared.voices = keep(shared.voices)
    reflections: list[Reflection] = []
    for reflection in shared.reflections:
        if reflection.sharing.shared:
            reflection = copy.copy(reflection)
            reflection.responses = keep(reflection.responses)
            reflections.append(reflection)
            continue
        kept.append(KeptItem(reflection, meeting, reflection.sharing.reason))
        kept.extend(
            KeptItem(r, meeting, r.sharing.reason or KEPT_WITH_REFLECTION)
            for r in reflection.responses
        )
    shared.reflections = reflections
    shared.decisions = keep(shared.decisions)
    shared.uncertainties = keep(shared.uncertainties)
    shared.corrections = keep(shared.corrections)
    if shared.next_meeting is not None and not shared.next_meeting.sharing.shared:
        kept.append(KeptItem(shared.next_meeting, meeting, shared.next_meeting.sharing.reason))
        shared.next_meeting = None
    return shared, kept


def kept_back_kinds(kept: list[KeptItem], tr: Translator = ENGLISH) -> str:
    """``one voice and two decisions``: what kind of items, never their words."""
    tally: Counter[tuple[str, tuple[str, str]]] = Counter(_kind(k.item) for k in kept)
    order = [(name, count) for _, name, count in _KINDS] + [_ITEM]
    return tr.join([tr.counted(*key[1], tally[key]) for key in order if tally[key]])


def kept_back_sentence(kept: list[KeptItem], tr: Translator = ENGLISH) -> str:
    """The summary's honest line about what is not in it."""
    n = len(kept)
    return tr.ngettext(
        "The team kept %(things)s out of this summary: %(kinds)s. This is usually because "
        "someone asked for it. Anyone can ask about it at the next meeting.",
        "The team kept %(things)s out of this summary: %(kinds)s. This is usually because "
        "someone asked for it. Anyone can ask about them at the next meeting.",
        n,
    ) % {
        "things": tr.counted("one thing", "%(n)s things", n),
        "kinds": kept_back_kinds(kept, tr),
    }
