"""What of a meeting being written can be stored yet.

The editor keeps one working copy of a meeting and writes into it as the
clinician types. While an item is being written it may be incomplete: a
decision or follow-up whose words are still empty, or a box opened and left
blank. :func:`savable` gives the copy that can be stored now, and says what was
held back, so an autosave never fails on a half-written item and never stores
empty boxes.
"""

from __future__ import annotations

import copy
from collections.abc import Collection
from typing import Any

from odnotes.codec import to_plain
from odnotes.model import Decision, Meeting

_AUDIT_FIELDS = ("signatures", "amendments")


def savable(meeting: Meeting, carried: Collection[str] = ()) -> tuple[Meeting, list[str]]:
    """A valid copy of ``meeting`` without empty or unfinished items, and what was left out.

    ``carried`` holds the ids of uncertainties still open from earlier meetings:
    their entries are kept even without words (keeping one open is a choice).
    The notes name items by position only ("decision 2"), never by their words.
    """
    ready = copy.deepcopy(meeting)
    held_back: list[str] = []
    ready.voices = [v for v in ready.voices if v.text.strip() or not v.sharing.shared]
    for reflection in ready.reflections:
        reflection.responses = [
            r for r in reflection.responses if r.text.strip() or not r.sharing.shared
        ]
    ready.reflections = [
        r for r in ready.reflections if r.text.strip() or r.responses or not r.sharing.shared
    ]
    decisions = []
    for number, decision in enumerate(ready.decisions, start=1):
        if not decision.text.strip():
            if _has_content(decision):
                held_back.append(f"decision {number} has no words yet")
            continue
        kept = []
        for index, follow_up in enumerate(decision.follow_ups, start=1):
            if follow_up.what.strip():
                kept.append(follow_up)
            else:
                held_back.append(f"follow-up {index} of decision {number} says nothing yet")
        decision.follow_ups = kept
        decisions.append(decision)
    ready.decisions = decisions
    ready.corrections = [c for c in ready.corrections if c.text.strip()]
    ready.uncertainties = [
        u
        for u in ready.uncertainties
        if u.question.strip() or u.note.strip() or u.uncertainty_id in carried
    ]
    ready.validate()
    return ready, held_back


def _has_content(decision: Decision) -> bool:
    return bool(
        decision.follow_ups
        or any(s.words.strip() for s in decision.stances)
        or decision.outside_reason.strip()
    )


def content(meeting: Meeting) -> dict[str, Any]:
    """The meeting as plain data without its signatures and amendments.

    Two working copies with the same content need no new revision.
    """
    plain: dict[str, Any] = to_plain(meeting)
    for name in _AUDIT_FIELDS:
        plain.pop(name, None)
    return plain
