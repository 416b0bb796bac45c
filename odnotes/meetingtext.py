"""A record written out as plain, labelled text, field by field, for its history.

Used to show what changed between two revisions: both are written out the same
way and compared word by word (:mod:`odnotes.textdiff`). Which fields appear,
and under which label, comes from the fields' declarations (``HISTORY``), in
the order they are declared; items are numbered ("Voice 2") and their fields
indented beneath them. A field left empty (or a yes/no at its usual value) is
left out, so filling it in shows as an added line. People are named through
``names`` (id to name); unknown ids are shown as "someone".
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date, datetime
from enum import Enum
from typing import Any

from odnotes.model import Item, Meeting
from odnotes.model.treatment import LINK, PERSON, DeclaredField, declared_fields

_WHEN = "%a %d %b %Y, %H:%M"
_DAY = "%a %d %b %Y"
_INDENT = "  "


def meeting_text(meeting: Meeting, names: Mapping[str, str]) -> str:
    """The whole meeting as text, in the order it is remembered."""
    return record_text(meeting, names)


def record_text(record: object, names: Mapping[str, str]) -> str:
    """Any record (or item) as labelled lines, one field a line."""
    lines: list[str] = []
    _write(record, names, "", lines)
    return "\n".join(lines) + "\n"


def _write(value: object, names: Mapping[str, str], indent: str, lines: list[str]) -> None:
    """Plain values first, then the item's sharing choice, then its nested items."""
    shown = [d for d in declared_fields(type(value)) if d.treatment.in_history]
    for declared in shown:
        if declared.part is None:
            words = _shown(declared, getattr(value, declared.name), names)
            if words:
                lines.append(f"{indent}{declared.treatment.label}: {words}")
    parts = [(d, getattr(value, d.name)) for d in shown if d.part is not None]
    for declared, part in parts:
        if not declared.many and part is not None and not isinstance(part, Item):
            _write(part, names, indent, lines)  # a plain part belongs to its item's lines
    for declared, part in parts:
        label = declared.treatment.label
        if declared.many:
            for number, each in enumerate(part, start=1):
                lines.append(f"{indent}{label} {number}")
                _write(each, names, indent + _INDENT, lines)
        elif isinstance(part, Item):
            lines.append(f"{indent}{label}")
            _write(part, names, indent + _INDENT, lines)


def _shown(declared: DeclaredField, value: Any, names: Mapping[str, str]) -> str:
    """The value as words, or an empty string when there is nothing to show."""
    if value is None or value == "" or value == []:
        return ""
    if isinstance(value, bool):
        return "" if value == declared.default() else ("yes" if value else "no")
    kind = declared.treatment.kind
    if kind in (PERSON, LINK):
        ids = value if isinstance(value, list) else [value]
        fallback = "someone" if kind is PERSON else ""
        return ", ".join(n for n in (names.get(i, fallback) for i in ids) if n)
    if isinstance(value, list):
        return ", ".join(str(v) for v in value)
    if isinstance(value, Enum):  # the choice's own plain words where it has them
        return str(getattr(value, "label", str(value.value).replace("_", " ")))
    if isinstance(value, datetime):  # an audit time is shown in the reader's own time zone
        return (value.astimezone() if value.tzinfo else value).strftime(_WHEN)
    if isinstance(value, date):
        return value.strftime(_DAY)
    return str(value)
