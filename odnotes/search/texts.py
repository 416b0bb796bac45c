"""What search reads of a record: the searched fields, as the field declarations say.

The same plan reads record objects (a record just saved) and their plain
form (what the vault decrypts for the index, without building objects, which
is most of the time of reading a caseload). A meeting gives one place per
item (section, item id, text); a network, person or practitioner gives its
names and words joined.
"""

from __future__ import annotations

import functools
import operator
from collections.abc import Callable
from typing import Any

from odnotes.model import Item, Meeting, Record
from odnotes.model.treatment import declared_fields

_TEXT, _ITEM, _PART = range(3)
_Read = Callable[[Any], tuple[Any, ...]]
# Per searched field: holds a list, its role, the nested class, and for a nested part
# whose searched fields are all single texts, one reader for them.
_Shape = tuple[bool, int, Any, _Read | None]
_Plan = tuple[_Read, tuple[_Shape, ...]]

Place = tuple[str, str, str]
"""(editor section, item id, text): one place in a meeting a hit can open."""


def _reader(names: list[str], plain: bool) -> _Read:
    """One call that reads every named field (keys of plain data, attributes of objects).

    Plain data written by an older version lacks the fields added since: those
    read as ``None`` (nothing to search), as decoding gives them their defaults.
    """
    if not names:
        return lambda _value: ()
    getter = operator.itemgetter(*names) if plain else operator.attrgetter(*names)
    every = getter if len(names) > 1 else (lambda value: (getter(value),))
    if not plain:
        return every

    def read(value: Any) -> tuple[Any, ...]:
        try:
            return every(value)
        except KeyError:
            return tuple(value.get(name) for name in names)

    return read


@functools.cache
def _plan(cls: Any, plain: bool) -> _Plan:
    """How to read the searched fields of ``cls``, read from the declarations once."""
    names: list[str] = []
    shapes: list[_Shape] = []
    for declared in declared_fields(cls):
        if not declared.treatment.searched:
            continue
        part, flat = declared.part, None
        if part is None:
            role = _TEXT
        elif issubclass(part, Item):
            role = _ITEM
        else:
            role = _PART
            inner = [d for d in declared_fields(part) if d.treatment.searched]
            if all(d.part is None and not d.many for d in inner):
                flat = _reader([d.name for d in inner], plain)
        names.append(declared.name)
        shapes.append((declared.many, role, part, flat))
    return _reader(names, plain), tuple(shapes)


def _strings(value: Any, cls: Any, plain: bool, found: list[str]) -> list[str]:
    """Every searched piece of text in ``value`` and its parts, added to ``found``."""
    read, shapes = _plan(cls, plain)
    for current, (many, role, part, flat) in zip(read(value), shapes, strict=True):
        if current is None:
            continue
        for each in current if many else (current,):
            if role == _TEXT:
                found.append(each)
            elif flat is not None:
                found += flat(each)
            else:
                _strings(each, part, plain, found)
    return found


def _item_places(section: str, item: Any, cls: Any, plain: bool, out: list[Place]) -> None:
    """An item is one place: its own text first, then its parts'; nested items are places too."""
    own: list[str] = []
    parts: list[str] = []
    nested: list[tuple[Any, Any]] = []
    read, shapes = _plan(cls, plain)
    for current, (many, role, part, flat) in zip(read(item), shapes, strict=True):
        if current is None:
            continue
        values = current if many else (current,)
        if role == _TEXT:
            own += values
        elif role == _ITEM:
            nested += [(each, part) for each in values]
        elif flat is not None:
            for each in values:
                parts += flat(each)
        else:
            for each in values:
                _strings(each, part, plain, parts)
    item_id = item.get("id", "") if plain else getattr(item, "id", "")
    out.append((section, item_id, " — ".join(filter(None, own + parts))))
    for each, part in nested:
        _item_places(section, each, part, plain, out)


@functools.cache
def _meeting_plan() -> tuple[tuple[str, str, bool, Any], ...]:
    """(field, editor section, holds a list, nested class) of a meeting's searched fields."""
    return tuple(
        (d.name, d.treatment.section or d.name, d.many, d.part)
        for d in declared_fields(Meeting)
        if d.treatment.searched
    )


def _places(meeting: Any, plain: bool) -> list[Place]:
    out: list[Place] = []
    for name, section, many, part in _meeting_plan():
        current = meeting.get(name) if plain else getattr(meeting, name)
        if current is None:
            continue
        for each in current if many else (current,):
            if part is not None:
                _item_places(section, each, part, plain, out)
            else:
                out.append((section, "", each))
    return out


def meeting_places(meeting: Meeting) -> list[Place]:
    """Every searched piece of writing in a meeting, as places."""
    return _places(meeting, plain=False)


def plain_meeting_places(plain: dict[str, Any]) -> list[Place]:
    """The same for a meeting's plain form (as the vault stores it)."""
    return _places(plain, plain=True)


def record_text(record: Record) -> str:
    """The searched names and words of a network, person or practitioner, joined."""
    return " / ".join(t for t in _strings(record, type(record), False, []) if t)


def plain_record_text(cls: type[Record], plain: dict[str, Any]) -> str:
    """The same for a record's plain form."""
    return " / ".join(t for t in _strings(plain, cls, True, []) if t)
