"""Recorded fields the note does not set out itself, written under their declared labels.

Every field declared ``RECORDED`` belongs in the note. The note's layout sets
out the fields it knows (:data:`LAID_OUT`, per class); any other recorded
field, such as one added after this module was written, is written as
``Label: value`` beneath its item (or, for a meeting's own field, as a section
of its own), so a new field reaches the clinical record without a change here.
"""

from __future__ import annotations

from collections.abc import Mapping

from odnotes.meetingtext import shown_value
from odnotes.model import (
    Amendment,
    Correction,
    Decision,
    FollowUp,
    FollowUpCheck,
    Meeting,
    Network,
    NextMeeting,
    Person,
    Practitioner,
    Purpose,
    Reflection,
    Response,
    Sharing,
    Signature,
    StanceEntry,
    UncertaintyEntry,
    Voice,
)
from odnotes.model.treatment import DeclaredField, declared_fields

_ITEM = frozenset({"sharing"})
LAID_OUT: dict[type, frozenset[str]] = {
    Network: frozenset({"name", "record_number"}),
    Person: frozenset({"name", "kind", "relationship"}),
    Practitioner: frozenset({"name", "role"}),
    Meeting: frozenset(
        {
            "starts_at",
            "duration_minutes",
            "place",
            "place_detail",
            "present",
            "absent",
            "facilitators",
            "purpose",
            "voices",
            "reflections",
            "decisions",
            "uncertainties",
            "next_meeting",
            "corrections",
            "follow_up_checks",
            "signatures",
            "amendments",
        }
    ),
    Sharing: frozenset({"shared", "reason"}),
    Purpose: _ITEM | {"text"},
    Voice: _ITEM | {"person_id", "text", "verbatim"},
    Reflection: _ITEM | {"practitioner_ids", "text", "responses"},
    Response: _ITEM | {"person_id", "text"},
    Decision: _ITEM
    | {
        "text",
        "proposed_by",
        "stances",
        "where",
        "outside_reason",
        "told",
        "told_at",
        "follow_ups",
    },
    StanceEntry: frozenset({"person_id", "stance", "words"}),
    FollowUp: frozenset({"who_id", "what", "due", "done"}),
    UncertaintyEntry: _ITEM | {"uncertainty_id", "question", "whose", "status", "note"},
    NextMeeting: _ITEM | {"starts_at", "place", "place_detail", "invitee_ids", "note"},
    Correction: _ITEM | {"person_id", "about_meeting_id", "text"},
    Signature: frozenset({"practitioner_id", "signed_at"}),
    Amendment: frozenset({"by_id", "at", "reason"}),
    FollowUpCheck: frozenset({"follow_up_id", "done"}),
}
"""The fields the note's layout sets out itself, per class."""


def unlaid(cls: type) -> list[DeclaredField]:
    """The recorded fields of ``cls`` its layout does not set out, in declaration order."""
    laid = LAID_OUT.get(cls, frozenset())
    return [d for d in declared_fields(cls) if d.treatment.recorded and d.name not in laid]


def extra_lines(value: object, names: Mapping[str, str]) -> list[str]:
    """``Label: value`` for each recorded field of ``value`` the layout leaves out.

    A nested part is written as its label (numbered when there are several)
    and then its own recorded fields; empty values are left out.
    """
    return [line for d in unlaid(type(value)) for line in field_lines(value, d, names)]


def field_lines(value: object, declared: DeclaredField, names: Mapping[str, str]) -> list[str]:
    """One field of ``value`` as ``Label: value`` lines (none when it is empty)."""
    current = getattr(value, declared.name)
    label = declared.treatment.label
    if declared.part is None:
        words = shown_value(declared, current, names)
        return [f"{label}: {words}"] if words else []
    lines = []
    parts = current if declared.many else [] if current is None else [current]
    for number, part in enumerate(parts, start=1):
        recorded = [d for d in declared_fields(type(part)) if d.treatment.recorded]
        inner = "; ".join(line for d in recorded for line in field_lines(part, d, names))
        heading = f"{label} {number}" if declared.many else label
        lines.append(f"{heading}: {inner}" if inner else heading)
    return lines
