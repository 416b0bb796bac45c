"""Strict readers for the small JSON objects of cards, headers and payloads.

Each reader names the field that is wrong (never its value, which may be
clinical text) and raises the error class its caller chose, so a card says
"card" and an exchange file says "file".
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any, NoReturn

from odnotes.errors import InvalidRecord
from odnotes.model.base import check_id

Fail = Callable[[str], NoReturn]

_HEX = re.compile(r"[0-9a-f]*")
WRITER = re.compile(r"[A-Za-z0-9._-]{1,64}")


def fields(data: Any, required: set[str], fail: Fail, where: str) -> dict[str, Any]:
    """``data`` as an object with exactly the ``required`` fields."""
    if not isinstance(data, dict):
        fail(f"{where}: must be an object")
    missing = sorted(required - set(data))
    if missing:
        fail(f"{where}.{missing[0]}: is missing")
    unknown = sorted(set(data) - required)
    if unknown:
        fail(f"{where}: has a field this version does not know")
    return data


def text(data: dict[str, Any], name: str, fail: Fail, where: str, *, limit: int = 200) -> str:
    """A short string field."""
    value = data[name]
    if not isinstance(value, str) or len(value) > limit:
        fail(f"{where}.{name}: must be text of at most {limit} characters")
    return value


def whole(data: dict[str, Any], name: str, fail: Fail, where: str, *, low: int = 0) -> int:
    """A whole-number field, at least ``low``."""
    value = data[name]
    if not isinstance(value, int) or isinstance(value, bool) or not low <= value < 2**63:
        fail(f"{where}.{name}: must be a whole number from {low}")
    return value


def flag(data: dict[str, Any], name: str, fail: Fail, where: str) -> bool:
    """A true/false field."""
    value = data[name]
    if not isinstance(value, bool):
        fail(f"{where}.{name}: must be true or false")
    return value


def ident(data: dict[str, Any], name: str, fail: Fail, where: str) -> str:
    """A canonical UUID field (records, networks, files)."""
    value = data[name]
    try:
        check_id(value, name)
    except InvalidRecord:
        fail(f"{where}.{name}: must be an id")
    return str(value)


def writer(data: dict[str, Any], name: str, fail: Fail, where: str) -> str:
    """Who numbered a revision: letters, digits, dot, dash, underscore."""
    value = data[name]
    if not isinstance(value, str) or WRITER.fullmatch(value) is None:
        fail(f"{where}.{name}: must be a writer id")
    return value


def hex_bytes(data: dict[str, Any], name: str, size: int, fail: Fail, where: str) -> bytes:
    """Exactly ``size`` bytes written as lower-case hex."""
    value = data[name]
    if not isinstance(value, str) or len(value) != 2 * size or not _HEX.fullmatch(value):
        fail(f"{where}.{name}: must be {size} bytes in lower-case hex")
    return bytes.fromhex(value)


def moment(data: dict[str, Any], name: str, fail: Fail, where: str) -> datetime:
    """An ISO 8601 date and time with a time zone, returned in UTC."""
    value = data[name]
    try:
        assert isinstance(value, str) and len(value) <= 40
        parsed = datetime.fromisoformat(value)
        assert parsed.tzinfo is not None
    except (AssertionError, ValueError):
        fail(f"{where}.{name}: must be a date and time with a time zone")
    return parsed.astimezone(UTC)


def iso(value: datetime) -> str:
    """How every time is written in the exchange format: UTC, ISO 8601."""
    return value.astimezone(UTC).isoformat()
