"""What a merge must know about meetings: attendance, finalising, signing and amending.

Attendance merges per person (present, absent or neither), so marking someone
present on one laptop and absent on the other is one visible conflict rather
than an invalid meeting. A meeting finalised on one laptop while it was edited
on the other keeps the edits, as an amendment by whoever made them: a signature
never silently covers words its signer did not see. Signatures from both sides
stand; earlier amendments are closed once a later one exists.
"""

from __future__ import annotations

import copy
from datetime import UTC, datetime
from typing import Any

from odnotes.exchange import shapes
from odnotes.exchange.provenance import Origin

KIND = "meeting"
MERGE_REASON = (
    "Edited on another laptop while this meeting was being finalised; those edits were merged in."
)
_SIGNED = ("signatures", "amendments")


def to_form(data: dict[str, Any]) -> dict[str, Any]:
    """``present`` and ``absent`` as one ``attendance`` list, keyed by person."""
    out = {k: v for k, v in data.items() if k not in ("present", "absent")}
    out["attendance"] = [
        {"person_id": person, "status": status}
        for status in ("present", "absent")
        for person in data.get(status, [])
    ]
    return out


def from_form(data: dict[str, Any]) -> dict[str, Any]:
    """Back to ``present`` and ``absent`` (each in merged order)."""
    out = {k: v for k, v in data.items() if k != "attendance"}
    for status in ("present", "absent"):
        out[status] = [
            entry["person_id"] for entry in data["attendance"] if entry["status"] == status
        ]
    return out


def content(data: dict[str, Any]) -> dict[str, Any]:
    """What a signature vouches for: the meeting without its signatures and amendments."""
    return {k: v for k, v in data.items() if k not in _SIGNED}


def settle(
    live: dict[str, Any],
    base: dict[str, Any] | None,
    ours: tuple[dict[str, Any], Origin],
    theirs: tuple[dict[str, Any], Origin],
) -> dict[str, Any]:
    """Add the amendments a merge across finalising needs, and close superseded ones."""
    if not live.get("signatures"):
        return live
    live = copy.deepcopy(live)
    amendments: list[dict[str, Any]] = live.setdefault("amendments", [])
    if base is None or not base.get("signatures"):
        for (final, _), (_, other) in ((ours, theirs), (theirs, ours)):
            if final.get("signatures") and content(final) != content(live):
                entry = {
                    "by_id": other.author,
                    "at": shapes.iso(other.saved_at),
                    "reason": MERGE_REASON,
                    "in_progress": False,
                }
                if not any(
                    (a["by_id"], a["at"]) == (entry["by_id"], entry["at"]) for a in amendments
                ):
                    amendments.append(entry)
    amendments.sort(key=lambda a: (utc_text(a.get("at")), str(a.get("by_id"))))
    for earlier in amendments[:-1]:
        earlier["in_progress"] = False
    return live


def utc_text(value: Any) -> str:
    """An ISO time as UTC text, so times written in different zones sort correctly."""
    try:
        assert isinstance(value, str)
        moment = datetime.fromisoformat(value)
        assert moment.tzinfo is not None
    except (AssertionError, ValueError):
        return str(value)
    return moment.astimezone(UTC).isoformat()
