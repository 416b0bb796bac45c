"""Dates and times as the UI shows them, in the language it speaks.

Every date a person reads in a window goes through here, never through
``strftime`` (whose day and month names are always English). The patterns are
Qt date formats, translated like any message ("ddd d MMM yyyy" is
"ddd d.M.yyyy" in Finnish), and filled in by :class:`QLocale` (``QLocale()``
is the language chosen in Preferences: the app sets it as the default), so the
date fields a person types into and the dates in tables read alike.
"""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, QLocale, QTime

from ui.i18n import QT_TRANSLATE_NOOP

# The patterns of the date fields (ui.editor.moments) and of the dates shown beside them.
DATE_FORMAT = QT_TRANSLATE_NOOP("ui.editor.moments", "ddd d MMM yyyy")
DATE_TIME_FORMAT = QT_TRANSLATE_NOOP("ui.editor.moments", "ddd d MMM yyyy, HH:mm")
_DAY = QT_TRANSLATE_NOOP("ui.dates", "d MMM yyyy")
_LONG_DAY = QT_TRANSLATE_NOOP("ui.dates", "d MMMM yyyy")
_DAY_MONTH = QT_TRANSLATE_NOOP("ui.dates", "d MMM")
_WEEKDAY_DAY_MONTH = QT_TRANSLATE_NOOP("ui.dates", "ddd d MMM")
_SECONDS = QT_TRANSLATE_NOOP("ui.dates", "ddd d MMM yyyy, HH:mm:ss")
_THIS_YEAR = QT_TRANSLATE_NOOP("ui.dates", "ddd d MMM, HH:mm")
_TIME = QT_TRANSLATE_NOOP("ui.dates", "HH:mm")
_TIME_SECONDS = QT_TRANSLATE_NOOP("ui.dates", "HH:mm:ss")


def shown_format(display_format: str) -> str:
    """A pattern above in the UI's language (also what a date field displays)."""
    fields = display_format in (DATE_FORMAT, DATE_TIME_FORMAT)
    return QCoreApplication.translate("ui.editor.moments" if fields else "ui.dates", display_format)


def _qt(moment: date | datetime) -> QDate | QDateTime:
    if isinstance(moment, datetime):  # wall-clock: no time zone conversion
        return QDateTime(
            QDate(moment.year, moment.month, moment.day),
            QTime(moment.hour, moment.minute, moment.second),
        )
    return QDate(moment.year, moment.month, moment.day)


def _shown(moment: date | datetime, display_format: str) -> str:
    return QLocale().toString(_qt(moment), shown_format(display_format))


def weekday_date(day: date) -> str:
    """``Fri 18 Sep 2026``, ``pe 18.9.2026``: a day, as a date field shows it."""
    return _shown(day, DATE_FORMAT)


def day_date(day: date) -> str:
    """``18 Sep 2026``, ``18.9.2026``: a day where the weekday does not matter."""
    return _shown(day, _DAY)


def long_day(day: date) -> str:
    """``18 September 2026``, ``18. syyskuuta 2026``: a day in running text."""
    return _shown(day, _LONG_DAY)


def day_month(day: date) -> str:
    """``18 Sep``: a day of this week or month, where the year goes without saying."""
    return _shown(day, _DAY_MONTH)


def weekday_day_month(day: date) -> str:
    """``Fri 18 Sep``: a day of the coming week."""
    return _shown(day, _WEEKDAY_DAY_MONTH)


def weekday_date_time(moment: datetime) -> str:
    """``Fri 18 Sep 2026, 14:00``: a meeting's time, as its title and fields show it."""
    return _shown(moment, DATE_TIME_FORMAT)


def weekday_date_seconds(moment: datetime) -> str:
    """``Fri 18 Sep 2026, 14:00:05``: when a revision was saved (two can share a minute)."""
    return _shown(moment, _SECONDS)


def recent(moment: datetime) -> str:
    """``Fri 18 Sep, 14:00``: a moment of the last few days, without its year."""
    return _shown(moment, _THIS_YEAR)


def time_of_day(moment: datetime, *, seconds: bool = False) -> str:
    """``14:00``, ``14.00``: the time of day only."""
    return _shown(moment, _TIME_SECONDS if seconds else _TIME)
