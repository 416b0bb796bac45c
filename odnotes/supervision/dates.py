"""Exact dates become relative: counted from the network's first contact.

"meeting 3, day 12 after first contact" says what supervision needs (pace,
gaps, response time) without a calendar date that could identify a family.
Dates written inside free text are found and rewritten the same way, in
English, Finnish, German and Polish: numeric dates (3.3.2025, 03/03/2025,
2025-03-03, "ma 3.3."), dates with a month name ("3 March", "3.
maaliskuuta 2025", "am 3. März", "3 marca 2025 r."), a month with a year or
alone ("maaliskuussa 2025", "w marcu") and a year on its own ("since 2019").
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime

from odnotes.i18n import ENGLISH, Translator
from odnotes.supervision.months import AMBIGUOUS, MONTHS, WEEKDAYS


def _alternation(words: list[str]) -> str:
    """Longest first; a short form may carry a full stop ("Sept.", "maalisk.")."""
    ordered = sorted(words, key=len, reverse=True)
    return "|".join(
        re.escape(w) + (r"\.?" if len(w) <= 4 or w.endswith("k") else "") for w in ordered
    )


_MONTH = _alternation(list(MONTHS))
_ALONE = frozenset(m for m in MONTHS if m not in AMBIGUOUS and len(m) >= 4)
_ORDINAL = r"(?:st|nd|rd|th|\.)?"
_YEAR = r"(?:,?\s+(?P<y>\d{4})(?:\s?r\.|\s+roku)?)?"
_NOT_AFTER = r"(?<![\w/.-])"
_UNITS = (
    r"(?!\s?(?:%|€|£|\$|kg|km|g\b|m\b|euro|eur|pln|zł|gbp|złotych|pounds|people|ihmistä"
    r"|menschen|osób))"
)

# Each pattern is tried only where a number or a month name starts, which keeps
# the long alternations of month names from being tried at every character.
_NUMERIC = [
    re.compile(r"(?P<y>\d{4})-(?P<m>\d{1,2})-(?P<d>\d{1,2})(?![\w/-])"),
    re.compile(r"(?P<d>\d{1,2})[./](?P<m>\d{1,2})[./](?P<y>\d{4}|\d{2})(?![\w/]|\.\d)"),
    re.compile(
        rf"(?P<d>\d{{1,2}}){_ORDINAL}(?:\s+of)?\s+(?P<mn>{_MONTH}){_YEAR}(?!\w)", re.IGNORECASE
    ),
    # "ma 3.3.", "am 3.3.", "3.3. klo 10": a day and month without a year (lead checked apart).
    re.compile(r"(?P<d>\d{1,2})\.(?P<m>\d{1,2})\.(?!\d)(?P<klo>(?=\s+(?:klo|kello|um)\b))?"),
]
_BY_NAME = [
    re.compile(
        rf"(?P<mn>{_MONTH})\s+(?:the\s+)?(?P<d>\d{{1,2}}){_ORDINAL}(?:,?\s+(?P<y>\d{{4}}))?(?!\w)",
        re.IGNORECASE,
    ),
    re.compile(rf"(?P<mn>{_MONTH}),?\s+(?P<y>\d{{4}})(?:\s?r\.|\s+roku)?(?!\w)", re.IGNORECASE),
]
_LEAD = re.compile(rf"(?<!\w)(?:{WEEKDAYS})\.?,?\s+(?:the\s+|den\s+)?$", re.IGNORECASE)
_SHORT_LEAD = re.compile(rf"(?<!\w)(?:{WEEKDAYS}|am|den|vom|bis)\.?,?\s+$", re.IGNORECASE)
_NUMBER_START = re.compile(rf"{_NOT_AFTER}\d")
_WORD = re.compile(r"(?<!\w)[^\W\d_]+\.?")
# A year on its own, not one group of a longer number ("+358 40 000 2000").
_YEAR_ALONE = re.compile(
    rf"(?<![\w/.,:$€£+-])(?<!\d[ \u00a0)-])(?P<y>19\d\d|20\d\d)(?![\w/:-]|[.,]\d|[ \u00a0]\d)"
    rf"{_UNITS}"
)


@dataclass(frozen=True)
class FoundDate:
    """A date written in free text: where, which date (``None`` if impossible), how exact.

    ``precision`` is ``day``, ``month`` or ``year``; ``word`` is true for a
    month name standing alone, which may also be a listed person's name.
    """

    start: int
    end: int
    value: date | None
    precision: str = "day"
    word: bool = False


def find_dates(text: str, near: date) -> Iterator[FoundDate]:
    """Every date in ``text``; one without a year is taken in the year closest to ``near``."""
    taken: list[tuple[int, int]] = []

    def free(start: int, end: int) -> bool:
        if any(start < e and s < end for s, e in taken):
            return False
        taken.append((start, end))
        return True

    def lead(start: int, pattern: re.Pattern[str]) -> int | None:
        found = pattern.search(text, max(0, start - 24), start)
        return found.start() if found else None

    month_words = [m for m in _WORD.finditer(text) if m.group(0).rstrip(".").casefold() in MONTHS]
    if any(c.isdigit() for c in text):
        for index, pattern in enumerate(_NUMERIC):
            for number in _NUMBER_START.finditer(text):
                match = pattern.match(text, number.start())
                if not match:
                    continue
                start = number.start()
                if index == 3:  # no year: only after a weekday or before "klo"
                    before = lead(start, _SHORT_LEAD)
                    if before is None and match.group("klo") is None:
                        continue
                    start = before if before is not None else start
                elif index == 2:
                    before = lead(start, _LEAD)
                    start = before if before is not None else start
                if free(start, match.end()):
                    yield FoundDate(start, match.end(), _resolve(match, near))
        for index, pattern in enumerate(_BY_NAME):
            for word in month_words:
                match = pattern.match(text, word.start())
                if not match:
                    continue
                if index == 0:
                    before = lead(word.start(), _LEAD)
                    start = before if before is not None else word.start()
                    if free(start, match.end()):
                        yield FoundDate(start, match.end(), _resolve(match, near))
                elif free(*match.span()):
                    month = MONTHS[match.group("mn").rstrip(".").casefold()]
                    yield FoundDate(*match.span(), date(int(match.group("y")), month, 1), "month")
        for match in _YEAR_ALONE.finditer(text):
            if free(*match.span()):
                yield FoundDate(*match.span(), date(int(match.group("y")), 1, 1), "year")
    for word in month_words:
        name = word.group(0).rstrip(".")
        folded = name.casefold()
        if folded not in _ALONE or (folded in _ENGLISH_ONLY and not name[0].isupper()):
            continue  # "june" in lower case is not the month
        if free(word.start(), word.start() + len(name)):
            value = _nearest(near, MONTHS[folded], 15)
            yield FoundDate(word.start(), word.start() + len(name), value, "month", word=True)


_ENGLISH_ONLY = frozenset(
    {"january", "february", "april", "june", "july", "september", "october", "november",
     "december"}
)  # fmt: skip


def _nearest(near: date, month: int, day: int) -> date | None:
    try:
        candidates = [date(y, month, day) for y in (near.year - 1, near.year, near.year + 1)]
    except ValueError:
        return None
    return min(candidates, key=lambda d: abs((d - near).days))


def _resolve(match: re.Match[str], near: date) -> date | None:
    groups = {k: v for k, v in match.groupdict().items() if v is not None}
    month = MONTHS[groups["mn"].rstrip(".").casefold()] if groups.get("mn") else int(groups["m"])
    day = int(groups["d"])
    year_text = groups.get("y")
    if not year_text:
        return _nearest(near, month, day)
    year = int(year_text)
    year = year + 2000 if year < 100 else year
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _numbered(tr: Translator, words: str, n: int) -> str:
    return words % {"n": tr.number(n)}


class RelativeDates:
    """Days counted from a network's first contact (day 0); months and years likewise.

    The words are ``tr``'s language; which dates are found never depends on it.
    """

    def __init__(self, first_contact: datetime, tr: Translator = ENGLISH) -> None:
        self.first_contact = first_contact
        self.tr = tr

    def day(self, value: date | datetime) -> str:
        """``day 12 after first contact``; day 0 is first contact; earlier days count back."""
        tr = self.tr
        when = value.date() if isinstance(value, datetime) else value
        days = (when - self.first_contact.date()).days
        if days == 0:
            return tr.gettext("day 0 (first contact)")
        if days < 0:
            return _numbered(
                tr,
                tr.ngettext(
                    "%(n)s day before first contact", "%(n)s days before first contact", -days
                ),
                -days,
            )
        return _numbered(tr, tr.gettext("day %(n)s after first contact"), days)

    def month(self, value: date) -> str:
        """``the month of first contact``, ``month 2 after first contact``."""
        tr = self.tr
        start = self.first_contact
        months = (value.year - start.year) * 12 + value.month - start.month
        if months == 0:
            return tr.gettext("the month of first contact")
        if months > 0:
            return _numbered(tr, tr.gettext("month %(n)s after first contact"), months)
        return _numbered(tr, tr.gettext("month %(n)s before first contact"), -months)

    def year(self, value: date) -> str:
        """``the year of first contact``, ``6 years before first contact``."""
        tr = self.tr
        years = value.year - self.first_contact.year
        if years == 0:
            return tr.gettext("the year of first contact")
        if years > 0:
            words = tr.ngettext(
                "%(n)s year after first contact", "%(n)s years after first contact", years
            )
        else:
            words = tr.ngettext(
                "%(n)s year before first contact", "%(n)s years before first contact", -years
            )
        return _numbered(tr, words, abs(years))

    def found(self, found: FoundDate) -> str:
        """The relative wording for a date found in free text."""
        if found.value is None:
            return self.tr.gettext("[a date]")
        if found.precision == "month":
            return self.month(found.value)
        if found.precision == "year":
            return self.year(found.value)
        return self.day(found.value)

    def meeting(self, number: int, starts_at: datetime) -> str:
        """``meeting 3, day 12 after first contact``."""
        return self.tr.gettext("meeting %(number)s, %(day)s") % {
            "number": self.tr.number(number),
            "day": self.day(starts_at),
        }

    def hours_to(self, when: datetime) -> float:
        """Hours from first contact to ``when`` (response time, not a date)."""
        return (when - self.first_contact).total_seconds() / 3600
