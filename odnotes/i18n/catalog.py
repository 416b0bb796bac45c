"""The core's words in the reader's language: gettext catalogs and Babel, no Qt.

A :class:`Translator` holds one language's catalog and its Babel locale. It is
passed to whatever builds text (Anki's ``col.tr`` idea) rather than set as a
global, so a summary printed in Polish cannot leak its language into the next
one printed in Finnish. English is the source language and needs no catalog.

Catalogs live in ``odnotes/locale/<lang>/LC_MESSAGES/odnotes.po``; ``make``
compiles them to ``.mo`` files beside them. Without a compiled file (an
editable install that never ran ``make``) the ``.po`` is read directly, so a
summary never silently falls back to English.
"""

from __future__ import annotations

import functools
import gettext
import io
from collections.abc import Sequence
from datetime import date, datetime, time
from pathlib import Path

from babel import Locale
from babel.dates import format_date, format_time
from babel.lists import format_list
from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po
from babel.numbers import format_decimal

DOMAIN = "odnotes"
SOURCE_LANGUAGE = "en"
# The languages the core's words are translated into (English is the source).
CATALOG_LANGUAGES = ("fi", "de", "pl")
# The Babel locale for each language code (British English: the app's spelling).
_BABEL_LOCALES = {"en": "en_GB", "fi": "fi_FI", "de": "de_DE", "pl": "pl_PL"}


def N_(message: str) -> str:  # noqa: N802 - the gettext convention for "mark, translate later"
    """Mark ``message`` for the catalog without translating it yet (used for constants)."""
    return message


def N_plural(singular: str, plural: str) -> tuple[str, str]:  # noqa: N802 - pairs with N_
    """Mark the two English forms of a count for the catalog (see ``Translator.counted``)."""
    return singular, plural


def locale_dir() -> Path:
    """``odnotes/locale``: the catalogs, from source, an install or a PyInstaller bundle."""
    return Path(__file__).resolve().parent.parent / "locale"


def catalog_path(language: str, suffix: str = ".po") -> Path:
    """The catalog file of ``language`` (``.po`` source or compiled ``.mo``)."""
    return locale_dir() / language / "LC_MESSAGES" / f"{DOMAIN}{suffix}"


def summary_languages() -> tuple[str, ...]:
    """Codes of the languages a summary can be printed in, English first."""
    return (SOURCE_LANGUAGE, *CATALOG_LANGUAGES)


def _load_catalog(language: str) -> gettext.NullTranslations:
    compiled = catalog_path(language, ".mo")
    source = catalog_path(language, ".po")
    if compiled.exists() and (
        not source.exists() or compiled.stat().st_mtime >= source.stat().st_mtime
    ):
        with compiled.open("rb") as handle:
            return gettext.GNUTranslations(handle)
    with source.open("rb") as handle:
        catalog = read_po(handle, locale=language, domain=DOMAIN)
    buffer = io.BytesIO()
    write_mo(buffer, catalog, use_fuzzy=False)
    buffer.seek(0)
    return gettext.GNUTranslations(buffer)


class Translator:
    """One language's words, dates, lists and plurals for the core.

    Immutable once made, and shared through :func:`translator`; nothing in it
    depends on the computer's locale, so a summary reads the same everywhere.
    """

    def __init__(self, language: str = SOURCE_LANGUAGE) -> None:
        if language not in summary_languages():
            raise ValueError(f"OD Notes has no catalog for the language code {language!r}")
        self.language = language
        self.locale = Locale.parse(_BABEL_LOCALES[language])
        self._catalog = (
            gettext.NullTranslations() if language == SOURCE_LANGUAGE else _load_catalog(language)
        )

    def __repr__(self) -> str:
        return f"Translator({self.language!r})"

    # words ---------------------------------------------------------------

    def gettext(self, message: str) -> str:
        """``message`` in this language (the English itself if it has no translation)."""
        return self._catalog.gettext(message)

    def pgettext(self, context: str, message: str) -> str:
        """``message`` as meant in ``context`` (the same English can need two translations)."""
        return self._catalog.pgettext(context, message)

    def ngettext(self, singular: str, plural: str, n: int) -> str:
        """The form of a count's words this language uses for ``n`` (Polish has three)."""
        return self._catalog.ngettext(singular, plural, n)

    def counted(self, singular: str, plural: str, n: int) -> str:
        """``one voice``, ``2 tapaamista``: the plural form with the number filled in.

        The messages hold ``%(n)s``; small numbers are written as words where
        the catalog says so (:meth:`number_word`).
        """
        return self.ngettext(singular, plural, n) % {"n": self.number_word(n)}

    def number(self, n: int) -> str:
        """``n`` in digits, as the locale writes them (``1 234`` in Finnish)."""
        return format_decimal(n, locale=self.locale)

    def number_word(self, n: int) -> str:
        """``two`` for 2 where the language writes small numbers as words, else digits."""
        words = [
            w.strip()
            for w in self.pgettext(
                "the numbers 0 to 10 as words in counts like 'two decisions'; write digits "
                "(0, 1, 2, ...) where a word would have to agree with the noun",
                "no, one, two, three, four, five, six, seven, eight, nine, ten",
            ).split(",")
        ]
        if 0 <= n < len(words) and words[n]:
            return words[n]
        return self.number(n)

    # dates and lists -----------------------------------------------------

    def long_date(self, day: date) -> str:
        """``Friday 18 September 2026``, ``perjantai 18. syyskuuta 2026``."""
        pattern = self.pgettext(
            "a Babel (CLDR) date pattern for a weekday and date, as on a letter",
            "EEEE d MMMM y",
        )
        return format_date(day, pattern, locale=self.locale)

    def short_date(self, day: date) -> str:
        """``18 September 2026``, ``18. syyskuuta 2026``."""
        return format_date(day, "long", locale=self.locale)

    def time(self, moment: datetime | time) -> str:
        """``14:00``, ``14.00``."""
        return format_time(moment, "short", locale=self.locale)

    def date_and_time(self, moment: datetime) -> str:
        """``Friday 18 September 2026 at 14:00``."""
        return self.gettext("%(date)s at %(time)s") % {
            "date": self.long_date(moment.date()),
            "time": self.time(moment),
        }

    def join(self, items: Sequence[str]) -> str:
        """``Maija, Päivi and Łukasz``, ``Maija, Päivi ja Łukasz``."""
        return format_list(list(items), locale=self.locale) if items else ""


@functools.cache
def translator(language: str = SOURCE_LANGUAGE) -> Translator:
    """The shared, immutable :class:`Translator` for a code from :func:`summary_languages`."""
    return Translator(language)


ENGLISH = translator(SOURCE_LANGUAGE)
