"""One revision of a record as it travels between laptops: plain data and its place in history.

The vault hands these over as plain data and takes merged revisions back; the
exchange never sees ciphertext or keys of the vault. ``parents`` are the
revisions this one was written on top of (none for a record's first save,
two or more when a save settles diverged histories); ``open_conflicts`` are
the conflicts its author saw and left open, so they stay visible on every
laptop until someone resolves them.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from odnotes.codec import from_plain, to_plain
from odnotes.errors import InvalidRecord
from odnotes.exchange import shapes
from odnotes.exchange.conflict import Conflict
from odnotes.exchange.provenance import Origin, RevisionRef
from odnotes.exchange.shapes import Fail
from odnotes.model import RECORD_TYPES, Network, Practitioner, Record

MAX_PARENTS = 32
MAX_CONFLICTS = 10_000
FIELDS = {
    "record_id",
    "kind",
    "revision",
    "writer",
    "author",
    "saved_at",
    "deleted",
    "parents",
    "open_conflicts",
    "data",
}


@dataclass(frozen=True)
class SharedRevision:
    """A revision of one record: who numbered and wrote it, when, on top of what, and its data."""

    record_id: str
    kind: str
    revision: int
    writer: str
    author: str
    saved_at: datetime
    deleted: bool
    parents: tuple[RevisionRef, ...]
    data: dict[str, Any]
    open_conflicts: tuple[Conflict, ...] = ()

    @property
    def ref(self) -> RevisionRef:
        """This revision's name within its record."""
        return RevisionRef(self.writer, self.revision)

    @property
    def origin(self) -> Origin:
        """Who wrote it and when (what ranks it for the live value)."""
        return Origin(self.author, self.writer, self.revision, self.saved_at)

    @property
    def network_id(self) -> str | None:
        """The network the record belongs to (``None`` for a practitioner, who is team-wide)."""
        if self.kind == Network.KIND:
            return self.record_id
        if self.kind == Practitioner.KIND:
            return None
        value = self.data.get("network_id")
        return value if isinstance(value, str) else None

    @classmethod
    def of_record(
        cls,
        record: Record,
        *,
        revision: int,
        writer: str,
        author: str,
        saved_at: datetime,
        deleted: bool = False,
        parents: tuple[RevisionRef, ...] = (),
        open_conflicts: tuple[Conflict, ...] = (),
    ) -> SharedRevision:
        """A revision of ``record`` as the vault would hand it over."""
        return cls(
            record.id,
            record.KIND,
            revision,
            writer,
            author,
            saved_at,
            deleted,
            parents,
            to_plain(record),
            open_conflicts,
        )

    def record(self) -> Record:
        """The record object (validated)."""
        return from_plain(RECORD_TYPES[self.kind], self.data)

    def to_plain(self) -> dict[str, Any]:
        """As carried in a payload's ``revisions``."""
        return {
            "record_id": self.record_id,
            "kind": self.kind,
            "revision": self.revision,
            "writer": self.writer,
            "author": self.author,
            "saved_at": shapes.iso(self.saved_at),
            "deleted": self.deleted,
            "parents": [p.to_plain() for p in self.parents],
            "open_conflicts": [c.to_plain() for c in self.open_conflicts],
            "data": self.data,
        }

    @classmethod
    def from_plain(cls, data: Any, fail: Fail, where: str) -> SharedRevision:
        """Parse and validate a payload revision, its record data included."""
        data = shapes.fields(data, FIELDS, fail, where)
        kind = data["kind"]
        if kind not in RECORD_TYPES:
            fail(f"{where}.kind: is not a record kind this version knows")
        record_id = shapes.ident(data, "record_id", fail, where)
        parents = _list(data, "parents", MAX_PARENTS, fail, where)
        conflicts = _list(data, "open_conflicts", MAX_CONFLICTS, fail, where)
        revision = cls(
            record_id,
            kind,
            shapes.whole(data, "revision", fail, where, low=1),
            shapes.writer(data, "writer", fail, where),
            shapes.ident(data, "author", fail, where),
            shapes.moment(data, "saved_at", fail, where),
            shapes.flag(data, "deleted", fail, where),
            tuple(
                RevisionRef.from_plain(p, fail, f"{where}.parents[{i}]")
                for i, p in enumerate(parents)
            ),
            data["data"],
            tuple(
                Conflict.from_plain(c, fail, f"{where}.open_conflicts[{i}]")
                for i, c in enumerate(conflicts)
            ),
        )
        if revision.ref in revision.parents or len(set(revision.parents)) != len(parents):
            fail(f"{where}.parents: must name other revisions, each once")
        try:
            record = revision.record()
        except InvalidRecord as error:
            fail(f"{where}.data.{error}" if error.field else f"{where}.data: {error}")
        if record.id != record_id:
            fail(f"{where}.data.id: is not the revision's record_id")
        return revision


def _list(data: dict[str, Any], name: str, limit: int, fail: Fail, where: str) -> list[Any]:
    value = data[name]
    if not isinstance(value, list) or len(value) > limit:
        fail(f"{where}.{name}: must be a list of at most {limit}")
    return value
