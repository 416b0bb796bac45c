"""File names for saved summaries: short, safe on every disk, and never colliding.

A summary's file stays on the practitioner's own machine, so a short form of
the network's name helps them find it again (two networks met on the same
day); it is cut short so a long name never makes a path the disk refuses.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from datetime import date
from pathlib import Path

from odnotes.model import Meeting, Network, Person

# Characters, and UTF-8 bytes, of a name in a file name: far inside every
# filesystem's 255-byte limit even with the rest of the name around it.
NAME_CHARS = 24
NAME_BYTES = 48
_UNSAFE = re.compile(r"[^\w]+")


def file_safe(text: str, fallback: str) -> str:
    """``Päivi Mäkinen (mum)`` -> ``Päivi-Mäkinen-mum``: letters and digits, short.

    Anything but letters and digits becomes one hyphen; the result is cut at
    :data:`NAME_CHARS` characters and :data:`NAME_BYTES` bytes, and is
    ``fallback`` when nothing usable is left (a name of emoji only).
    """
    words = _UNSAFE.sub("-", unicodedata.normalize("NFC", text)).replace("_", "-").strip("-")
    short = words[:NAME_CHARS]
    while len(short.encode()) > NAME_BYTES:
        short = short[:-1]
    # A cut must not leave a combining accent without its letter, or a trailing hyphen.
    while short and unicodedata.combining(short[-1]):
        short = short[:-1]
    return short.rstrip("-") or fallback


def meeting_file_name(network: Network, meeting: Meeting) -> str:
    """``summary-Maija-2026-09-08.pdf``: the network and the day of the meeting."""
    return f"summary-{file_safe(network.name, 'network')}-{meeting.starts_at:%Y-%m-%d}.pdf"


def network_file_name(network: Network, meetings: Iterable[Meeting]) -> str:
    """``network-summary-Maija-2026-09-18.pdf``: the network and its latest meeting's day."""
    days = [m.starts_at.date() for m in meetings]
    day = max(days) if days else date.today()
    return f"network-summary-{file_safe(network.name, 'network')}-{day:%Y-%m-%d}.pdf"


def copy_paths(output: Path, people: list[Person]) -> list[Path]:
    """One path per person beside ``output`` (``out-Päivi.pdf``), all different.

    Two people whose short names are the same (two Maijas, or two long names
    that start alike) get ``-2``, ``-3`` ... so no copy overwrites another.
    """
    suffix = output.suffix or ".pdf"
    paths: list[Path] = []
    taken: set[str] = set()
    for person in people:
        stem = f"{output.stem}-{file_safe(person.name, 'member')}"
        name, number = stem, 1
        while name.casefold() in taken:
            number += 1
            name = f"{stem}-{number}"
        taken.add(name.casefold())
        paths.append(output.with_name(name + suffix))
    return paths
