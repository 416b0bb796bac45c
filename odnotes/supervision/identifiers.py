"""A service's own identifiers (a network's record number) found inside free text.

The record number is left out of the export as a field, but a practitioner
may also have typed it into a note ("referred under RX-2047 781"). It is
found however it was spaced or punctuated (``RX2047781``, ``rx-2047-781``),
only as a whole (never inside a longer number or word), and replaced by a
label. Numbers of fewer than :data:`SHORTEST` letters and digits are too
common to look for.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence

from odnotes.i18n import ENGLISH, N_, Translator

RECORD_NUMBER_LABEL = N_("[the record number]")
OTHER_RECORD_NUMBER_LABEL = N_("[a record number]")
SHORTEST = 3
_SEPARATORS = r"[\s\-./:#_]*"

Patterns = Sequence[tuple[re.Pattern[str], str]]
"""Identifiers to look for, each with the label that replaces it."""


def identifier_pattern(identifier: str) -> re.Pattern[str] | None:
    """A pattern for ``identifier`` in any spacing, case and punctuation; ``None`` if too short."""
    characters = [c for c in identifier if c.isalnum()]
    if len(characters) < SHORTEST:
        return None
    body = _SEPARATORS.join(re.escape(c) for c in characters)
    return re.compile(rf"(?<![^\W_]){body}(?![^\W_])", re.IGNORECASE)


def identifier_patterns(labels: Mapping[str, str]) -> list[tuple[re.Pattern[str], str]]:
    """Each identifier worth looking for with its label (the longest first, so it wins)."""
    found = []
    for identifier in sorted(labels, key=lambda i: -len(i)):
        pattern = identifier_pattern(identifier)
        if pattern is not None:
            found.append((pattern, labels[identifier]))
    return found


def find_identifiers(text: str, patterns: Patterns) -> list[tuple[int, int, str]]:
    """``(start, end, label)`` of every identifier in ``text``."""
    return [(m.start(), m.end(), label) for p, label in patterns for m in p.finditer(text)]


def record_number_labels(
    own: str, others: Iterable[str], tr: Translator = ENGLISH
) -> dict[str, str]:
    """The network's own record number and every other network's, each with its label."""
    other = tr.gettext(OTHER_RECORD_NUMBER_LABEL)
    labels = {number: other for number in others if number.strip()}
    if own.strip():
        labels[own] = tr.gettext(RECORD_NUMBER_LABEL)
    return labels
