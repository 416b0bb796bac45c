"""Plain English for dates, places, lists and counts in a summary.

Written by hand rather than through the locale so that a summary reads the
same on every laptop.
"""

from __future__ import annotations

from datetime import date, datetime

from odnotes.model import PlaceKind, Stance, UncertaintyStatus

_DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
_MONTHS = [
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
]  # fmt: skip
_NUMBERS = ["no", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"]

STANCE_WORDS = {
    Stance.AGREES: "Agrees",
    Stance.HAS_CONCERNS: "Has concerns",
    Stance.DISAGREES: "Disagrees",
    Stance.NOT_ASKED: "Was not asked",
}

STATUS_WORDS = {
    UncertaintyStatus.OPEN: "Still open",
    UncertaintyStatus.RESOLVED: "Resolved",
    UncertaintyStatus.LET_GO: "Let go",
}


def long_date(day: date) -> str:
    """``Friday 18 September 2026``."""
    return f"{_DAYS[day.weekday()]} {day.day} {_MONTHS[day.month - 1]} {day.year}"


def short_date(day: date) -> str:
    """``18 September 2026``."""
    return f"{day.day} {_MONTHS[day.month - 1]} {day.year}"


def date_and_time(moment: datetime) -> str:
    """``Friday 18 September 2026 at 14:00``."""
    return f"{long_date(moment.date())} at {moment:%H:%M}"


def place_words(place: PlaceKind, detail: str) -> str:
    """Where a meeting is, in the words the team wrote, or the kind of place."""
    detail = detail.strip()
    kind = {
        PlaceKind.HOME: "at home",
        PlaceKind.CLINIC: "at the team's base",
        PlaceKind.ONLINE: "online",
        PlaceKind.PHONE: "by phone",
        PlaceKind.OTHER: "",
    }[place]
    if not detail:
        return kind or "place to be agreed"
    if place in (PlaceKind.ONLINE, PlaceKind.PHONE):
        return f"{kind}: {detail}"
    return detail


def join_names(names: list[str]) -> str:
    """``Maija, Päivi and Łukasz``."""
    if len(names) <= 1:
        return "".join(names)
    return f"{', '.join(names[:-1])} and {names[-1]}"


def count(n: int, singular: str, plural: str | None = None) -> str:
    """``one voice``, ``three decisions``, ``12 items``."""
    word = _NUMBERS[n] if 0 <= n < len(_NUMBERS) else str(n)
    noun = singular if n == 1 else (plural or f"{singular}s")
    return f"{word} {noun}"
