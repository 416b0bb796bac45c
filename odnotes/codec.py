"""Records to plain JSON-able dicts and back, with field paths in every error.

One codec serves the vault (each revision's plaintext before encryption) and
the JSON interchange format, so the two can never disagree.
"""

from __future__ import annotations

import dataclasses
import functools
import types
import typing
from collections.abc import Callable
from datetime import date, datetime
from enum import Enum
from typing import Any, TypeVar

from odnotes.errors import InvalidRecord

T = TypeVar("T")

_WHEN_SET = "odnotes.codec.written_when_set"
WRITTEN_WHEN_SET: dict[str, bool] = {_WHEN_SET: True}
"""Field metadata: the field is left out of the plain form while it holds its default.

For a field added to a record that already travels between laptops: records that
do not use it encode exactly as before (older readers refuse unknown fields), and
a revision written before the field existed merges with one that has the default
without a conflict. Reading fills in the default, so the round trip is exact.
"""
_UNSET = object()


@functools.cache
def _plain_fields(cls: type) -> tuple[tuple[str, Any], ...]:
    """Each field's name and, for one written only when set, its default."""
    return tuple(
        (f.name, f.default if f.metadata.get(_WHEN_SET) else _UNSET)
        for f in dataclasses.fields(cls)
    )


def to_plain(value: Any) -> Any:
    """A dataclass tree as JSON-able values (enums by value, dates as ISO 8601)."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        out = {}
        for name, unset in _plain_fields(type(value)):
            held = getattr(value, name)
            if unset is _UNSET or held != unset:
                out[name] = to_plain(held)
        return out
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, list):
        return [to_plain(item) for item in value]
    return value


Decoder = Callable[[Any], Any]


class OversizedNumber:
    """A JSON number with far too many digits, kept unconverted so its field can be named."""

    def __init__(self, digits: int) -> None:
        self.digits = digits

    def __repr__(self) -> str:
        return f"OversizedNumber({self.digits} digits)"


def from_plain(cls: type[T], data: Any, path: str = "", *, trusted: bool = False) -> T:
    """Build ``cls`` from plain data, refusing unknown or mistyped fields by path.

    Nested objects are built without running their own validation; the
    outermost object is constructed normally, and its ``validate`` checks
    every nested object once (each model class validates what it contains),
    instead of once per level of nesting. ``trusted`` skips that validation
    too: for revisions the vault has just authenticated, which were validated
    before they were saved (types and field names are still checked).
    """
    try:
        kind = typing.cast(Any, cls)
        if dataclasses.is_dataclass(kind):
            build = _dataclass(typing.cast(Any, kind), validated=not trusted)
            return typing.cast(T, build(data))
        return typing.cast(T, _decoder(kind)(data))
    except InvalidRecord as error:
        raise (error.nested(path) if path else error) from None


# Decoders are compiled once per type (a vault holds tens of thousands of
# meetings, decoded at every unlock). Each raises errors relative to the value
# it decodes, and each enclosing list or object puts its part of the path in
# front, so paths are only built when something is wrong.


@functools.cache
def _decoder(kind: Any) -> Decoder:
    origin = typing.get_origin(kind)
    if origin in (typing.Union, types.UnionType):
        options = [arg for arg in typing.get_args(kind) if arg is not type(None)]
        return _optional(_decoder(options[0]))
    if origin is list:
        (item_kind,) = typing.get_args(kind)
        return _list(_decoder(item_kind))
    if dataclasses.is_dataclass(kind):
        return _dataclass(typing.cast(Any, kind), validated=False)
    if isinstance(kind, type) and issubclass(kind, Enum):
        return _enum(kind)
    if kind is datetime or kind is date:
        return functools.partial(_decode_time, kind)
    if kind in _SCALARS:
        return _SCALARS[kind]
    raise TypeError(f"the codec cannot decode {kind!r}")


def _optional(inner: Decoder) -> Decoder:
    def decode(data: Any) -> Any:
        return None if data is None else inner(data)

    return decode


def _list(item: Decoder) -> Decoder:
    def decode(data: Any) -> Any:
        if not isinstance(data, list):
            raise InvalidRecord("", "must be a list")
        out = []
        for i, value in enumerate(data):
            try:
                out.append(item(value))
            except InvalidRecord as error:
                raise error.nested(f"[{i}]") from None
        return out

    return decode


def _enum(kind: type[Enum]) -> Decoder:
    def decode(data: Any) -> Any:
        try:
            return kind(data)
        except ValueError:
            allowed = ", ".join(str(member.value) for member in kind)
            raise InvalidRecord("", f"must be one of: {allowed}") from None

    return decode


def _decode_bool(data: Any) -> Any:
    if not isinstance(data, bool):
        raise InvalidRecord("", "must be true or false")
    return data


def _decode_int(data: Any) -> Any:
    if isinstance(data, OversizedNumber):
        raise InvalidRecord("", f"is a number of {data.digits:,} digits, far too long")
    if not isinstance(data, int) or isinstance(data, bool):
        raise InvalidRecord("", "must be a whole number")
    return data


def _decode_str(data: Any) -> Any:
    if not isinstance(data, str):
        raise InvalidRecord("", "must be text")
    return data


_SCALARS: dict[Any, Decoder] = {bool: _decode_bool, int: _decode_int, str: _decode_str}


@functools.cache
def _dataclass(cls: Any, *, validated: bool) -> Decoder:
    fields = [f for f in dataclasses.fields(cls) if f.init]
    defaults = {f.name: f.default for f in fields if f.default is not dataclasses.MISSING}
    factories = {
        f.name: f.default_factory for f in fields if f.default_factory is not dataclasses.MISSING
    }
    names = {f.name for f in fields}
    required = {
        f.name
        for f in fields
        if f.default is dataclasses.MISSING and f.default_factory is dataclasses.MISSING
    }
    decoders: dict[str, Decoder] = {}

    def decode(data: Any) -> Any:
        if not isinstance(data, dict):
            raise InvalidRecord("", "must be an object")
        if not names.issuperset(data):
            raise InvalidRecord(str(sorted(set(data) - names)[0]), "is not a known field")
        if not required.issubset(data):
            raise InvalidRecord(sorted(required - set(data))[0], "is missing")
        if not decoders:  # filled on first use: dataclasses may refer to each other
            hints = typing.get_type_hints(cls)
            decoders.update({name: _decoder(hints[name]) for name in names})
        values = {}
        for name, value in data.items():
            try:
                values[name] = decoders[name](value)
            except InvalidRecord as error:
                raise error.nested(name) from None
        if validated:
            return cls(**values)
        built = object.__new__(cls)  # as __init__ would, minus __post_init__'s validation
        for name, factory in factories.items():
            if name not in values:
                values[name] = factory()
        built.__dict__.update(defaults)
        built.__dict__.update(values)
        return built

    return decode


def _decode_time(kind: type, data: Any) -> Any:
    suffix = " and time" if kind is datetime else ""
    if not isinstance(data, str):
        raise InvalidRecord("", "must be an ISO 8601 date" + suffix)
    try:
        if kind is datetime:
            return datetime.fromisoformat(data)
        if len(data) != 10:
            raise ValueError(data)
        return date.fromisoformat(data)
    except ValueError:
        raise InvalidRecord("", "is not a valid date" + suffix) from None
