"""Records to plain JSON-able dicts and back, with field paths in every error.

One codec serves the vault (each revision's plaintext before encryption) and
the JSON interchange format, so the two can never disagree.
"""

from __future__ import annotations

import dataclasses
import functools
import types
import typing
from datetime import date, datetime
from enum import Enum
from typing import Any, TypeVar

from odnotes.errors import InvalidRecord

T = TypeVar("T")


def to_plain(value: Any) -> Any:
    """A dataclass tree as JSON-able values (enums by value, dates as ISO 8601)."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: to_plain(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, list):
        return [to_plain(item) for item in value]
    return value


@functools.cache
def _hints(cls: type) -> dict[str, Any]:
    return typing.get_type_hints(cls)


def from_plain(cls: type[T], data: Any, path: str = "") -> T:
    """Build ``cls`` from plain data, refusing unknown or mistyped fields by path."""
    return typing.cast(T, _decode(cls, data, path))


def _join(path: str, name: str) -> str:
    return f"{path}.{name}" if path else name


def _decode(kind: Any, data: Any, path: str) -> Any:
    origin = typing.get_origin(kind)
    if origin in (typing.Union, types.UnionType):
        options = [arg for arg in typing.get_args(kind) if arg is not type(None)]
        if data is None:
            return None
        return _decode(options[0], data, path)
    if origin is list:
        if not isinstance(data, list):
            raise InvalidRecord(path, "must be a list")
        (item_kind,) = typing.get_args(kind)
        return [_decode(item_kind, item, f"{path}[{i}]") for i, item in enumerate(data)]
    if dataclasses.is_dataclass(kind):
        return _decode_dataclass(kind, data, path)
    if isinstance(kind, type) and issubclass(kind, Enum):
        try:
            return kind(data)
        except ValueError:
            allowed = ", ".join(str(member.value) for member in kind)
            raise InvalidRecord(path, f"must be one of: {allowed}") from None
    if kind is datetime or kind is date:
        return _decode_time(kind, data, path)
    if kind is bool:
        if not isinstance(data, bool):
            raise InvalidRecord(path, "must be true or false")
        return data
    if kind is int:
        if not isinstance(data, int) or isinstance(data, bool):
            raise InvalidRecord(path, "must be a whole number")
        return data
    if kind is str:
        if not isinstance(data, str):
            raise InvalidRecord(path, "must be text")
        return data
    raise TypeError(f"the codec cannot decode {kind!r}")


def _decode_dataclass(cls: Any, data: Any, path: str) -> Any:
    if not isinstance(data, dict):
        raise InvalidRecord(path, "must be an object")
    names = {f.name for f in dataclasses.fields(cls) if f.init}
    unknown = sorted(set(data) - names)
    if unknown:
        raise InvalidRecord(_join(path, str(unknown[0])), "is not a known field")
    required = {
        f.name
        for f in dataclasses.fields(cls)
        if f.init and f.default is dataclasses.MISSING and f.default_factory is dataclasses.MISSING
    }
    missing = sorted(required - set(data))
    if missing:
        raise InvalidRecord(_join(path, missing[0]), "is missing")
    hints = _hints(cls)
    values = {name: _decode(hints[name], value, _join(path, name)) for name, value in data.items()}
    try:
        return cls(**values)
    except InvalidRecord as error:
        raise error.nested(path) if path else error from None


def _decode_time(kind: type, data: Any, path: str) -> Any:
    if not isinstance(data, str):
        raise InvalidRecord(
            path, "must be an ISO 8601 date" + (" and time" if kind is datetime else "")
        )
    try:
        if kind is datetime:
            return datetime.fromisoformat(data)
        if len(data) != 10:
            raise ValueError(data)
        return date.fromisoformat(data)
    except ValueError:
        raise InvalidRecord(
            path, "is not a valid date" + (" and time" if kind is datetime else "")
        ) from None
