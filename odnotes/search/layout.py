"""A segment as bytes (layout 1 of the sealed search cache), made to load fast.

The vault seals these bytes under the network's key (``docs/vault-format.md``
says how, and gives this layout). Loading is a handful of C calls: one small
JSON head, one UTF-8 decode and one split for every string, and arrays read
straight from their bytes. Never pickle: the bytes are data, not code.

Layout, all integers little-endian:

- three uint32: the head's length in bytes, the strings' length in bytes,
  and the number of distinct words W;
- the head, UTF-8 JSON: ``{"names": [[kind, id, revision, text, network name,
  [practitioner ids]], ...], "meetings": [[id, revision, starts_at, places],
  ...], "sections": [section, ...]}`` (P, the number of places, is the sum of
  the meetings' places);
- the strings, UTF-8, joined by NUL: P item ids, P texts, P folded texts,
  then the W words;
- P bytes: each place's section, as its position in ``sections``;
- W uint32: how many places each word occurs in;
- then, word after word, the numbers of those places (uint32 each).
"""

from __future__ import annotations

import json
import struct
import sys
from array import array

from odnotes.search.segment import SEPARATOR, Segment

_PREFIX = struct.Struct("<III")


def _little(numbers: array[int]) -> bytes:
    if sys.byteorder == "big":
        numbers = array(numbers.typecode, numbers)
        numbers.byteswap()
    return numbers.tobytes()


def _array(data: bytes) -> array[int]:
    numbers = array("I")
    if numbers.itemsize != 4:
        raise ValueError("no 32-bit unsigned array on this platform")
    numbers.frombytes(data)
    if sys.byteorder == "big":
        numbers.byteswap()
    return numbers


def to_bytes(segment: Segment) -> bytes | None:
    """The stored form of ``segment``; ``None`` if it cannot be stored (a NUL in a text)."""
    sections = sorted(set(segment.sections))
    if len(sections) > 255:
        return None
    strings = [*segment.item_ids, *segment.texts, *segment.folded, *segment.words]
    text = SEPARATOR.join(strings)
    if text.count(SEPARATOR) != max(len(strings) - 1, 0):
        return None
    position = {section: at for at, section in enumerate(sections)}
    head = json.dumps(
        {"names": segment.names, "meetings": segment.meetings, "sections": sections},
        ensure_ascii=False,
        separators=(",", ":"),
    ).encode()
    encoded = text.encode()
    return b"".join(
        [
            _PREFIX.pack(len(head), len(encoded), len(segment.words)),
            head,
            encoded,
            bytes(position[section] for section in segment.sections),
            _little(segment.counts),
            _little(segment.numbers),
        ]
    )


def from_bytes(network_id: str, data: bytes) -> Segment | None:
    """The segment stored in ``data``; ``None`` if the bytes do not hold one (then rebuild)."""
    try:
        return _read(network_id, data)
    except (ValueError, TypeError, KeyError, IndexError, struct.error, RecursionError):
        return None


def _read(network_id: str, data: bytes) -> Segment | None:
    head_length, text_length, word_count = _PREFIX.unpack_from(data)
    at = _PREFIX.size
    head = json.loads(data[at : at + head_length])
    at += head_length
    strings = data[at : at + text_length].decode().split(SEPARATOR) if text_length else []
    at += text_length
    meetings = [tuple(entry) for entry in head["meetings"]]
    places = sum(entry[3] for entry in meetings)
    if len(strings) != 3 * places + word_count:
        return None
    sections = head["sections"]
    section_of = bytes(data[at : at + places])
    at += places
    counts = _array(data[at : at + 4 * word_count])
    at += 4 * word_count
    numbers = _array(data[at:])
    if len(section_of) != places or len(counts) != word_count or sum(counts) != len(numbers):
        return None
    return Segment(
        network_id,
        [tuple(entry) for entry in head["names"]],
        meetings,
        list(map(sections.__getitem__, section_of)),
        strings[:places],
        strings[places : 2 * places],
        strings[2 * places : 3 * places],
        strings[3 * places :],
        counts,
        numbers,
    )
