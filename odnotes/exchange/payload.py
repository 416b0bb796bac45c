"""What a sealed file carries: its header, and the revisions and acknowledgements inside.

Acknowledgements are a version vector per record: for each writer, the
highest revision number of that record the sender holds. A writer numbers a
new revision one above every revision of the record it holds, so holding
number *n* from a writer means holding all its earlier ones too (they are its
ancestors); "send what is not acknowledged" is then one comparison per
revision. Files are cumulative: each holds every revision the recipient has
not acknowledged, so a lost or late file is made up for by the next one.

Version 2 adds ``shared_with``: the colleagues (card ids) the sender shares
the network with, so a recipient can pass edits on to those it has paired
too. A version 1 payload has no such field and still reads (``None``).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from typing import Any, NoReturn

from odnotes.exchange import shapes
from odnotes.exchange.errors import Refusal, RefusedFile
from odnotes.exchange.revision import SharedRevision
from odnotes.i18n import N_
from odnotes.model import Practitioner

FORMAT = "odnotes-exchange-payload"
VERSION = 2
MAX_REVISIONS = 1_000_000
MAX_SHARED_WITH = 1000
HEADER_FIELDS = {"file_id", "sender", "recipient", "network_id", "sequence", "created_at"}
PAYLOAD_FIELDS = HEADER_FIELDS - {"created_at"} | {"format", "version", "revisions"}
PAYLOAD_FIELDS |= {"acknowledged"}
_FIELDS_OF = {1: PAYLOAD_FIELDS, 2: PAYLOAD_FIELDS | {"shared_with"}}

# record id -> writer -> the highest revision number of that writer held
Acknowledged = dict[str, dict[str, int]]


def damaged(detail: str) -> NoReturn:
    """Refuse a file whose inside does not read as this format says.

    ``detail`` is translated with the message when it is :class:`~odnotes.errors.Words`;
    a field path (``revisions[3].data.voices[0].text: …``) is shown as it is.
    """
    raise RefusedFile(
        Refusal.DAMAGED,
        N_(
            "This exchange file is damaged (%(detail)s); nothing was taken from it. "
            "Ask your colleague to sync again."
        ),
        detail=detail,
    )


@dataclass(frozen=True)
class Header:
    """The signed, unencrypted part: who to whom, which network, which file in the series."""

    file_id: str
    sender: str
    recipient: str
    network_id: str
    sequence: int
    created_at: datetime

    def to_plain(self) -> dict[str, Any]:
        """The header object (written as canonical JSON)."""
        return {
            "file_id": self.file_id,
            "sender": self.sender,
            "recipient": self.recipient,
            "network_id": self.network_id,
            "sequence": self.sequence,
            "created_at": shapes.iso(self.created_at),
        }

    @classmethod
    def from_plain(cls, data: Any) -> Header:
        """Parse a header; anything unexpected is damage."""
        data = shapes.fields(data, HEADER_FIELDS, damaged, "header")
        return cls(
            shapes.ident(data, "file_id", damaged, "header"),
            _card_id(data, "sender"),
            _card_id(data, "recipient"),
            shapes.ident(data, "network_id", damaged, "header"),
            shapes.whole(data, "sequence", damaged, "header", low=1),
            shapes.moment(data, "created_at", damaged, "header"),
        )


def _card_id(data: dict[str, Any], name: str) -> str:
    return shapes.hex_bytes(data, name, 16, damaged, "header").hex()


@dataclass(frozen=True)
class Payload:
    """The encrypted part: revisions of one network, and what the sender already holds.

    ``shared_with`` is ``None`` for a version 1 payload, which does not say.
    """

    revisions: tuple[SharedRevision, ...]
    acknowledged: Acknowledged
    shared_with: tuple[str, ...] | None = None

    def to_plain(self, header: Header) -> dict[str, Any]:
        """The payload object, repeating the header's names so they are bound inside too."""
        bound = header.to_plain()
        del bound["created_at"]
        out = bound | {
            "format": FORMAT,
            "version": 1 if self.shared_with is None else VERSION,
            "revisions": [r.to_plain() for r in self.revisions],
            "acknowledged": self.acknowledged,
        }
        if self.shared_with is not None:
            out["shared_with"] = list(self.shared_with)
        return out

    @classmethod
    def from_plain(cls, data: Any, header: Header) -> Payload:
        """Parse and validate everything inside; refuse the whole file at the first fault."""
        version = data.get("version") if isinstance(data, dict) else None
        if (
            not isinstance(data, dict)
            or data.get("format") != FORMAT
            or type(version) is not int  # not True, which equals 1
            or version not in _FIELDS_OF
        ):
            damaged("payload: unknown format")
        data = shapes.fields(data, _FIELDS_OF[version], damaged, "payload")
        bound = header.to_plain()
        if any(data[name] != bound[name] for name in HEADER_FIELDS - {"created_at"}):
            damaged("payload: does not match its header")
        revisions = data["revisions"]
        if not isinstance(revisions, list) or len(revisions) > MAX_REVISIONS:
            damaged("payload.revisions: must be a list")
        parsed = tuple(
            SharedRevision.from_plain(r, damaged, f"revisions[{i}]")
            for i, r in enumerate(revisions)
        )
        for i, revision in enumerate(parsed):
            if revision.kind != Practitioner.KIND and revision.network_id != header.network_id:
                damaged(f"revisions[{i}]: belongs to another network")
        shared_with = _shared_with(data["shared_with"]) if version >= 2 else None
        return cls(parsed, _acknowledged(data["acknowledged"]), shared_with)


def _shared_with(data: Any) -> tuple[str, ...]:
    if not isinstance(data, list) or len(data) > MAX_SHARED_WITH:
        damaged(f"payload.shared_with: must be a list of at most {MAX_SHARED_WITH} card ids")
    cards = tuple(
        shapes.hex_bytes({"card": c}, "card", 16, damaged, "payload.shared_with").hex()
        for c in data
    )
    if len(set(cards)) != len(cards):
        damaged("payload.shared_with: must name each card once")
    return cards


def _acknowledged(data: Any) -> Acknowledged:
    if not isinstance(data, dict):
        damaged("payload.acknowledged: must be an object")
    out: Acknowledged = {}
    for record_id, writers in data.items():
        shapes.ident({"record": record_id}, "record", damaged, "payload.acknowledged")
        if not isinstance(writers, dict):
            damaged("payload.acknowledged: each record must map writers to numbers")
        out[record_id] = {
            shapes.writer({"writer": w}, "writer", damaged, "payload.acknowledged"): (
                shapes.whole(writers, w, damaged, "payload.acknowledged", low=1)
            )
            for w in writers
        }
    return out


def acknowledgements(held: Iterable[SharedRevision]) -> Acknowledged:
    """What a vault holds, as the version vector it sends back to acknowledge it."""
    out: Acknowledged = {}
    for revision in held:
        writers = out.setdefault(revision.record_id, {})
        writers[revision.writer] = max(writers.get(revision.writer, 0), revision.revision)
    return out


def unacknowledged(
    held: Iterable[SharedRevision], acknowledged: Acknowledged
) -> list[SharedRevision]:
    """The revisions a colleague does not hold yet, parents before children."""
    missing = [r for r in held if r.revision > acknowledged.get(r.record_id, {}).get(r.writer, 0)]
    return sorted(missing, key=lambda r: (r.record_id, r.revision, r.writer))
