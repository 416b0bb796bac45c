"""Shared building blocks of the record model: ids, text checks, sharing."""

from __future__ import annotations

import re
import uuid
from dataclasses import dataclass, field, fields
from datetime import UTC, datetime
from enum import StrEnum
from typing import ClassVar

from odnotes.errors import InvalidRecord
from odnotes.model.treatment import (
    CARRIED,
    CHOICE,
    DEIDENTIFIED,
    HISTORY,
    KEPT,
    PRINTED,
    SEARCHED,
    WRITING,
    about,
)

# Control characters, and lone surrogates (half of a character: valid in a JSON
# escape such as "\ud800" but not as text, so they could never be saved).
_UNSTORABLE = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ud800-\udfff]")
MAX_TEXT = 5_000_000
_CANONICAL_ID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")


def new_id() -> str:
    """A random record id: never autoincrement, so vault copies can merge."""
    return str(uuid.uuid4())


def utc_now() -> datetime:
    """An audit timestamp (finalised, amended, saved): aware, UTC, whole seconds."""
    return datetime.now(UTC).replace(microsecond=0)


def check_id(value: object, field: str) -> None:
    """Refuse anything that is not a canonical UUID string (lowercase, hyphenated)."""
    if not isinstance(value, str):
        raise InvalidRecord(field, "must be an id")
    # Same rule as str(uuid.UUID(value)) == value, without building a UUID per id
    # (tens of thousands of ids are checked at every unlock).
    if _CANONICAL_ID.fullmatch(value) is None:
        raise InvalidRecord(field, "is not a valid id")


def check_ids(values: object, field: str) -> None:
    """A list of distinct ids."""
    if not isinstance(values, list):
        raise InvalidRecord(field, "must be a list of ids")
    for i, value in enumerate(values):
        check_id(value, f"{field}[{i}]")
    if len(set(values)) != len(values):
        raise InvalidRecord(field, "lists the same person twice")


def check_text(value: object, field: str, *, required: bool = False) -> None:
    """Plain text a person typed: no control characters, not absurdly long."""
    if not isinstance(value, str):
        raise InvalidRecord(field, "must be text")
    if required and not value.strip():
        raise InvalidRecord(field, "cannot be empty")
    if len(value) > MAX_TEXT:
        raise InvalidRecord(field, f"is longer than {MAX_TEXT:,} characters")
    found = _UNSTORABLE.search(value)
    if found is not None:
        if "\ud800" <= found.group() <= "\udfff":
            raise InvalidRecord(field, "contains a broken character (half of a character pair)")
        raise InvalidRecord(field, "contains control characters that cannot be stored")


def check_enum(value: object, enum: type[StrEnum], field: str) -> None:
    """The value is a member of ``enum``."""
    if not isinstance(value, enum):
        allowed = ", ".join(member.value for member in enum)
        raise InvalidRecord(field, f"must be one of: {allowed}")


def check_naive(value: object, field: str, *, optional: bool = False) -> None:
    """A wall-clock date-time (as the meeting was lived), without a time zone."""
    if value is None and optional:
        return
    if not isinstance(value, datetime):
        raise InvalidRecord(field, "must be a date and time")
    if value.tzinfo is not None:
        raise InvalidRecord(field, "must be a local date and time without a time zone")


def check_aware(value: object, field: str) -> None:
    """An audit timestamp, always with a time zone."""
    if not isinstance(value, datetime) or value.tzinfo is None:
        raise InvalidRecord(field, "must be a date and time with a time zone")


def check_items(items: object, field: str, cls: type[Validated]) -> None:
    """A list of nested items of one type, each validated with its index in the path."""
    if not isinstance(items, list):
        raise InvalidRecord(field, "must be a list")
    for i, item in enumerate(items):
        if not isinstance(item, cls):
            raise InvalidRecord(f"{field}[{i}]", f"must be a {cls.__name__}")
        assert isinstance(item, Validated)
        try:
            item.validate()
        except InvalidRecord as error:
            raise error.nested(f"{field}[{i}]") from None


def check_nested(item: object, field: str, cls: type[Validated], *, optional: bool = False) -> None:
    """One nested item, validated with ``field`` in the path."""
    if item is None and optional:
        return
    if not isinstance(item, cls):
        raise InvalidRecord(field, f"must be a {cls.__name__}")
    try:
        item.validate()
    except InvalidRecord as error:
        raise error.nested(field) from None


class Validated:
    """Mixin: validate on construction and on demand (before every save)."""

    def __post_init__(self) -> None:
        self.validate()

    def validate(self) -> None:
        """Raise :class:`InvalidRecord` naming the first field that is wrong."""


@dataclass
class Sharing(Validated):
    """Whether an item goes into the network's summary.

    Everything is shared by default (transparency); keeping an item to the team
    needs a reason, and summaries say that something was held back.
    """

    shared: bool = field(
        default=True,
        metadata=about("Shared with the network", CHOICE, KEPT, HISTORY | PRINTED | CARRIED),
    )
    # Exported (de-identified) only when the practitioner includes team-only items.
    reason: str = field(
        default="",
        metadata=about(
            "Why it is kept to the team", WRITING, DEIDENTIFIED, SEARCHED | HISTORY | CARRIED
        ),
    )

    @classmethod
    def team_only(cls, reason: str) -> Sharing:
        """Kept to the team, for ``reason``."""
        return cls(shared=False, reason=reason)

    def validate(self) -> None:
        if not isinstance(self.shared, bool):
            raise InvalidRecord("shared", "must be true or false")
        check_text(self.reason, "reason")
        if not self.shared and not self.reason.strip():
            raise InvalidRecord("reason", "keeping an item to the team needs a reason")


class Record(Validated):
    """A top-level record stored in the vault under its own id and revisions."""

    KIND: ClassVar[str] = ""
    id: str

    def validate(self) -> None:
        check_id(self.id, "id")


def field_names(cls: type) -> list[str]:
    """The dataclass field names of ``cls`` (used by the codec and tests)."""
    return [f.name for f in fields(cls)]


class Choice(StrEnum):
    """A stored choice whose plain words are its value: ``has_concerns`` -> ``has concerns``."""

    @property
    def label(self) -> str:
        """Plain words for the choice."""
        return self.value.replace("_", " ")
