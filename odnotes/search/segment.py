"""One network's share of the search index, in columns: built from its records, or loaded.

Walking a meeting's fields, folding its writing and listing its words is
most of the time of indexing it, and gives the same result until the
network changes. A segment holds that result for one network in a few flat
lists (one entry per place, per word), so it can be kept between unlocks
(sealed, see :mod:`odnotes.search.layout` and :mod:`odnotes.vault.search_cache`)
and taken into the index without a Python step per word or per place number.
"""

from __future__ import annotations

from array import array
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from odnotes.model import Meeting, Network, Person
from odnotes.search.folding import fold
from odnotes.search.postings import note_place
from odnotes.search.texts import plain_meeting_places, plain_record_text

SEPARATOR = "\x00"
"""Joins the places of a meeting (stored text never holds NUL: control characters are refused)."""

NameEntry = tuple[str, str, int, str, str, list[str]]
"""(kind, record id, revision, searched text, network name or "", practitioner ids)."""

MeetingEntry = tuple[str, int, str, int]
"""(record id, revision, start time in ISO form, how many places)."""


@dataclass
class Segment:
    """A network's names and meetings as the index takes them; places in meeting order.

    Place numbers are local: the places of the first meeting are 0, 1, ...,
    then the next meeting's follow. ``numbers`` holds, word after word in the
    order of ``words``, the numbers of the places each word occurs in
    (``counts`` says how many each).
    """

    network_id: str
    names: list[NameEntry] = field(default_factory=list)
    meetings: list[MeetingEntry] = field(default_factory=list)
    sections: list[str] = field(default_factory=list)
    item_ids: list[str] = field(default_factory=list)
    texts: list[str] = field(default_factory=list)
    folded: list[str] = field(default_factory=list)
    words: list[str] = field(default_factory=list)
    counts: array[int] = field(default_factory=lambda: array("I"))
    numbers: array[int] = field(default_factory=lambda: array("I"))


def fold_places(texts: list[str]) -> list[str]:
    """Each text folded, in one call for all (folding is character by character)."""
    if any(SEPARATOR in text for text in texts):
        texts = [text.replace(SEPARATOR, " ") for text in texts]
    return fold(SEPARATOR.join(texts)).split(SEPARATOR) if texts else []


def build_segment(network_id: str, live: Iterable[Any]) -> Segment:
    """The segment of one network's live records (``Unsealed``: plain data, as decrypted)."""
    segment = Segment(network_id)
    postings: dict[str, array[int]] = {}
    number = 0
    for sealed in live:
        plain = sealed.plain
        if sealed.kind == Meeting.KIND:
            kept = [place for place in plain_meeting_places(plain) if place[2]]
            folded = fold_places([text for _section, _item, text in kept])
            for piece in folded:
                note_place(postings, set(piece.split()), number)
                number += 1
            segment.meetings.append((plain["id"], sealed.revision, plain["starts_at"], len(kept)))
            segment.sections += [section for section, _item, _text in kept]
            segment.item_ids += [item for _section, item, _text in kept]
            segment.texts += [text for _section, _item, text in kept]
            segment.folded += folded
        elif sealed.kind in (Network.KIND, Person.KIND):
            cls = Network if sealed.kind == Network.KIND else Person
            name = plain["name"] if cls is Network else ""
            team = list(plain["practitioner_ids"]) if cls is Network else []
            text = plain_record_text(cls, plain)
            segment.names.append((sealed.kind, plain["id"], sealed.revision, text, name, team))
    segment.words = list(postings)
    segment.counts = array("I", map(len, postings.values()))
    for numbers in postings.values():
        segment.numbers += numbers
    return segment
