"""The note's own words: headings, labels and phrases, through one small object.

Everything the note says that nobody typed goes through a ``Words`` object
(``tr.gettext("Attended")``), the same calls the core's translator makes, so
the note can be written in the service's language by passing another one.
:data:`ENGLISH` writes British English with the family summary's dates and
lists, so the two documents read alike.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime
from typing import Protocol

from odnotes.summary.wording import date_and_time, join_names, long_date, short_date


class Words(Protocol):
    """What the note needs of a translator (the core's own one has these calls)."""

    def gettext(self, message: str) -> str:
        """``message`` in the note's language."""
        ...

    def ngettext(self, singular: str, plural: str, n: int) -> str:
        """The form of a count's words for ``n``; the caller fills in ``%(n)s``."""
        ...

    def number(self, n: int) -> str:
        """``4,000``: a number as the language writes it."""
        ...

    def long_date(self, day: date) -> str:
        """``Friday 18 September 2026``."""
        ...

    def short_date(self, day: date) -> str:
        """``18 September 2026``."""
        ...

    def date_and_time(self, moment: datetime) -> str:
        """``Friday 18 September 2026 at 14:00``."""
        ...

    def join(self, items: Sequence[str]) -> str:
        """``Maija, Päivi and Łukasz``."""
        ...


class PlainEnglish:
    """The note in British English (the source language: messages are their own words)."""

    def gettext(self, message: str) -> str:
        """The English itself."""
        return message

    def ngettext(self, singular: str, plural: str, n: int) -> str:
        """English has one form for one and another for every other number."""
        return singular if n == 1 else plural

    def number(self, n: int) -> str:
        """Digits with a comma between thousands."""
        return f"{n:,}"

    def long_date(self, day: date) -> str:
        """As the family summary writes it."""
        return long_date(day)

    def short_date(self, day: date) -> str:
        """As the family summary writes it."""
        return short_date(day)

    def date_and_time(self, moment: datetime) -> str:
        """As the family summary writes it."""
        return date_and_time(moment)

    def join(self, items: Sequence[str]) -> str:
        """``a, b and c``."""
        return join_names(list(items))


ENGLISH: Words = PlainEnglish()


def numbered(tr: Words, words: str, n: int) -> str:
    """``words`` (a form from ``tr.ngettext``) with ``%(n)s`` filled in as digits."""
    return words % {"n": tr.number(n)}
