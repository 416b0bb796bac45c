"""Which revision is which, and who wrote it: the names the exchange gives history.

A revision is named by its record, the *writer* that numbered it (one vault
copy: a restored backup is a new writer) and its number. Numbers grow along
each writer's saves of a record, so ``(writer, revision)`` never repeats
within a record, however many laptops write it.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from odnotes.exchange import shapes
from odnotes.exchange.shapes import Fail


@dataclass(frozen=True, order=True)
class RevisionRef:
    """One revision of a record: who numbered it, and its number."""

    writer: str
    revision: int

    def to_plain(self) -> dict[str, Any]:
        """As written in a payload's ``parents``."""
        return {"writer": self.writer, "revision": self.revision}

    @classmethod
    def from_plain(cls, data: Any, fail: Fail, where: str) -> RevisionRef:
        """Parse ``{"writer", "revision"}``."""
        data = shapes.fields(data, {"writer", "revision"}, fail, where)
        return cls(
            shapes.writer(data, "writer", fail, where),
            shapes.whole(data, "revision", fail, where, low=1),
        )


@dataclass(frozen=True)
class Origin:
    """Who wrote a revision and when; also what orders revisions for the live value."""

    author: str
    writer: str
    revision: int
    saved_at: datetime

    @property
    def ref(self) -> RevisionRef:
        """The revision this origin names."""
        return RevisionRef(self.writer, self.revision)

    @property
    def rank(self) -> tuple[datetime, str, int]:
        """Later saves rank higher; writer and number break ties, the same on every laptop."""
        return (self.saved_at.astimezone(UTC), self.writer, self.revision)

    def to_plain(self) -> dict[str, Any]:
        """As written beside an open conflict's values."""
        return {
            "author": self.author,
            "writer": self.writer,
            "revision": self.revision,
            "saved_at": shapes.iso(self.saved_at),
        }

    @classmethod
    def from_plain(cls, data: Any, fail: Fail, where: str) -> Origin:
        """Parse what :meth:`to_plain` wrote."""
        data = shapes.fields(data, {"author", "writer", "revision", "saved_at"}, fail, where)
        return cls(
            shapes.ident(data, "author", fail, where),
            shapes.writer(data, "writer", fail, where),
            shapes.whole(data, "revision", fail, where, low=1),
            shapes.moment(data, "saved_at", fail, where),
        )
