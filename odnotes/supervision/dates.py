"""Exact dates become relative: counted in days from the network's first contact.

"meeting 3, day 12 after first contact" says what supervision needs (pace,
gaps, response time) without a calendar date that could identify a family.
Dates written inside free text are found and rewritten the same way.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime

_MONTHS = {
    "january": 1,
    "february": 2,
    "march": 3,
    "april": 4,
    "may": 5,
    "june": 6,
    "july": 7,
    "august": 8,
    "september": 9,
    "october": 10,
    "november": 11,
    "december": 12,
}
_MONTH_ABBREVIATIONS = {"jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8}
_MONTH_ABBREVIATIONS |= {"sep": 9, "sept": 9, "oct": 10, "nov": 11, "dec": 12}
_ALL_MONTHS = _MONTHS | _MONTH_ABBREVIATIONS
_MONTH = "|".join(sorted(_ALL_MONTHS, key=len, reverse=True))
_WEEKDAY = r"(?:mon|tues|wednes|thurs|fri|satur|sun)day|mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun"
_ORDINAL = r"(?:st|nd|rd|th)?"
_LEAD = rf"(?:(?:{_WEEKDAY})\.?,?\s+(?:the\s+)?)?"

_PATTERNS = [
    re.compile(r"(?<![\w/.-])(?P<y>\d{4})-(?P<m>\d{1,2})-(?P<d>\d{1,2})(?![\w/-])"),
    re.compile(r"(?<![\w/.-])(?P<d>\d{1,2})[./](?P<m>\d{1,2})[./](?P<y>\d{4}|\d{2})(?![\w/]|\.\d)"),
    re.compile(
        rf"(?<!\w){_LEAD}(?P<d>\d{{1,2}}){_ORDINAL}(?:\s+of)?\s+(?P<mn>{_MONTH})\.?"
        rf"(?:,?\s+(?P<y>\d{{4}}))?(?!\w)",
        re.IGNORECASE,
    ),
    re.compile(
        rf"(?<!\w){_LEAD}(?P<mn>{_MONTH})\.?\s+(?:the\s+)?(?P<d>\d{{1,2}}){_ORDINAL}"
        rf"(?:,?\s+(?P<y>\d{{4}}))?(?!\w)",
        re.IGNORECASE,
    ),
]


@dataclass(frozen=True)
class FoundDate:
    """A date written in free text: where, and which date (``None`` if impossible)."""

    start: int
    end: int
    value: date | None


def find_dates(text: str, near: date) -> Iterator[FoundDate]:
    """Every date in ``text``; a date without a year is taken in the year closest to ``near``."""
    taken: list[tuple[int, int]] = []
    for pattern in _PATTERNS:
        for match in pattern.finditer(text):
            start, end = match.span()
            if any(start < e and s < end for s, e in taken):
                continue
            taken.append((start, end))
            yield FoundDate(start, end, _resolve(match, near))


def _resolve(match: re.Match[str], near: date) -> date | None:
    groups = match.groupdict()
    month = _ALL_MONTHS[groups["mn"].casefold()] if groups.get("mn") else int(groups["m"])
    day = int(groups["d"])
    year_text = groups.get("y")
    try:
        if year_text:
            year = int(year_text)
            year = year + 2000 if year < 100 else year
            return date(year, month, day)
        candidates = [date(y, month, day) for y in (near.year - 1, near.year, near.year + 1)]
    except ValueError:
        return None
    return min(candidates, key=lambda d: abs((d - near).days))


class RelativeDates:
    """Days counted from a network's first contact (day 0)."""

    def __init__(self, first_contact: datetime) -> None:
        self.first_contact = first_contact

    def day(self, value: date | datetime) -> str:
        """``day 12 after first contact``; day 0 is first contact; earlier days count back."""
        when = value.date() if isinstance(value, datetime) else value
        days = (when - self.first_contact.date()).days
        if days == 0:
            return "day 0 (first contact)"
        if days < 0:
            return f"{-days} day{'s' if days != -1 else ''} before first contact"
        return f"day {days} after first contact"

    def meeting(self, number: int, starts_at: datetime) -> str:
        """``meeting 3, day 12 after first contact``."""
        return f"meeting {number}, {self.day(starts_at)}"

    def hours_to(self, when: datetime) -> float:
        """Hours from first contact to ``when`` (response time, not a date)."""
        return (when - self.first_contact).total_seconds() / 3600
