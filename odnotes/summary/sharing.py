"""What of a meeting the network may read, and what the team kept back.

Everything downstream of :func:`shared_view` only ever sees shared items, so
team-only text cannot reach a printed page by accident.
"""

from __future__ import annotations

import copy
from collections import Counter
from dataclasses import dataclass
from typing import TypeVar

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
from odnotes.summary.wording import count, join_names

T = TypeVar("T", bound=Item)

_KINDS: list[tuple[type[Item], str, str]] = [
    (Purpose, "note of what the meeting was for", "notes of what the meeting was for"),
    (Voice, "voice", "voices"),
    (Response, "response to a reflection", "responses to a reflection"),
    (Reflection, "reflection", "reflections"),
    (Decision, "decision", "decisions"),
    (UncertaintyEntry, "question we are unsure about", "questions we are unsure about"),
    (NextMeeting, "plan for the next meeting", "plans for the next meeting"),
    (Correction, "correction", "corrections"),
]


def kind_of(item: Item) -> tuple[str, str]:
    """The plain singular and plural name of an item's kind."""
    for cls, singular, plural in _KINDS:
        if isinstance(item, cls):
            return singular, plural
    return "item", "items"


@dataclass(frozen=True)
class KeptItem:
    """An item left out of the network's copy, and why (shown to practitioners only)."""

    item: Item
    meeting: Meeting
    reason: str

    @property
    def kind(self) -> str:
        """``voice``, ``decision``, ...."""
        return kind_of(self.item)[0]

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
    counted), so nothing is printed without its context.
    """
    shared = copy.deepcopy(meeting)
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
            reflection.responses = keep(reflection.responses)
            reflections.append(reflection)
            continue
        kept.append(KeptItem(reflection, meeting, reflection.sharing.reason))
        kept.extend(
            KeptItem(r, meeting, r.sharing.reason or "kept back with its reflection")
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


def kept_back_kinds(kept: list[KeptItem]) -> str:
    """``one voice and two decisions``: what kind of items, never their words."""
    tally: Counter[tuple[str, str]] = Counter(kind_of(k.item) for k in kept)
    order = [(singular, plural) for _, singular, plural in _KINDS]
    parts = [count(tally[key], *key) for key in order if tally[key]]
    return join_names(parts)


def kept_back_sentence(kept: list[KeptItem]) -> str:
    """The summary's honest line about what is not in it."""
    n = len(kept)
    things = count(n, "thing")
    return (
        f"The team kept {things} out of this summary: {kept_back_kinds(kept)}. "
        "This is usually because someone asked for it. "
        f"Anyone can ask about {'it' if n == 1 else 'them'} at the next meeting."
    )
