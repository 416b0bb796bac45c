"""Date and date-time fields a person can type into: every date or time editor uses these.

Qt's date-time editors only take typed digits into a *selected* section: with
the cursor merely placed inside "20" (where a click leaves it), typing "14"
makes "1420" or "2014", which is refused or lands in the wrong place. These
fields select the whole section under the cursor after each click, on focus,
and after each move between sections, so typing "14" sets the hour to 14 and
":" or the right arrow moves on to the minutes. Text is sized to the longest
date the format can show, so "Wed 30 Sep 2026" is never cut to "Tue 1 D".
"""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import (
    QDate,
    QDateTime,
    QEvent,
    QLocale,
    QObject,
    Qt,
    QTime,
    QTimer,
)
from PySide6.QtGui import QFocusEvent, QFontMetrics, QKeyEvent
from PySide6.QtWidgets import QDateEdit, QDateTimeEdit, QWidget

from ui.dates import DATE_FORMAT, DATE_TIME_FORMAT, shown_format

_WIDEST_SAMPLE = QDateTime(QDate(2026, 9, 30), QTime(23, 58))
"""A long weekday, day, month and hour: the width the field must fit."""
_DIGITS = {QDateTimeEdit.Section.YearSection: 4}
"""Digits a section holds when full (two for every other numeric section)."""
_STEPS = {Qt.Key.Key_Left: -1, Qt.Key.Key_Right: 1}


def to_qdatetime(moment: datetime) -> QDateTime:
    """A naive wall-clock datetime as a QDateTime (no time zone conversion)."""
    return QDateTime(
        QDate(moment.year, moment.month, moment.day), QTime(moment.hour, moment.minute)
    )


def from_qdatetime(moment: QDateTime) -> datetime:
    """A QDateTime's wall-clock date and minute, naive."""
    day, time = moment.date(), moment.time()
    return datetime(day.year(), day.month(), day.day(), time.hour(), time.minute())


def from_qdate(day: QDate) -> date:
    """A QDate as a plain date."""
    return date(day.year(), day.month(), day.day())


class _SectionTyping(QObject):
    """Selects the section under the cursor of one date-time editor, so typing replaces it."""

    def __init__(self, editor: QDateTimeEdit) -> None:
        super().__init__(editor)
        self._editor = editor
        self._digits = 0
        self._soon = QTimer(self)  # owned, so it dies with the field (never fires on a dead one)
        self._soon.setSingleShot(True)
        self._soon.setInterval(0)
        self._soon.timeout.connect(self.select_current)
        editor.lineEdit().installEventFilter(self)

    def select_soon(self) -> None:
        """Select the section once the event being handled has moved the cursor."""
        self._soon.start()

    def select_current(self) -> None:
        """Select the whole section the cursor is in (typing then replaces it)."""
        editor = self._editor
        if editor.isReadOnly() or not editor.isEnabled():
            return
        section = editor.currentSection()
        if section != QDateTimeEdit.Section.NoSection:
            editor.setSelectedSection(section)
        self._digits = 0

    def move(self, step: int) -> None:
        """Select the section ``step`` places on (left or right), staying at the ends."""
        editor = self._editor
        index = min(max(editor.currentSectionIndex() + step, 0), editor.sectionCount() - 1)
        editor.setCurrentSectionIndex(index)
        self.select_current()

    def typed(self, text: str) -> None:
        """Move on once a section is full ("14" in the hour) or a separator (":") is typed."""
        if not text or self._editor.currentSection() == QDateTimeEdit.Section.NoSection:
            return
        if text.isdigit():
            self._digits += 1
            if self._digits >= _DIGITS.get(self._editor.currentSection(), 2):
                self.move(1)
        elif text.isprintable() and not text.isalnum() and not text.isspace():
            self.move(1)

    def moved(self) -> None:
        """The editor went to another section by itself: count its digits afresh."""
        self._digits = 0

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt override)
        """After a click (the cursor has moved), select the section it landed in."""
        if event.type() == QEvent.Type.MouseButtonRelease:
            self.select_soon()
        return False


class _TypedSections:
    """Mixed into both fields: keyboard focus and arrow keys select a section to type into."""

    _typing: _SectionTyping

    def focusInEvent(self, event: QFocusEvent) -> None:  # noqa: N802 (Qt override)
        """Focus by keyboard selects a section to type into."""
        super().focusInEvent(event)  # type: ignore[misc]
        self._typing.select_soon()

    def focusNextPrevChild(self, next: bool) -> bool:  # noqa: A002, N802 (Qt override)
        """Tab leaves the field, as in every other field of a form (arrows move sections)."""
        return QWidget.focusNextPrevChild(self, next)  # type: ignore[arg-type]

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt override)
        """Left and right move a whole section and select it, ready for typing."""
        step = _STEPS.get(Qt.Key(event.key()))
        if step is not None and event.modifiers() == Qt.KeyboardModifier.NoModifier:
            self._typing.move(step)
            event.accept()
            return
        before = self.currentSectionIndex()  # type: ignore[attr-defined]
        super().keyPressEvent(event)  # type: ignore[misc]
        if event.key() in (Qt.Key.Key_Home, Qt.Key.Key_End):
            self._typing.select_current()
        elif self.currentSectionIndex() == before:  # type: ignore[attr-defined]
            self._typing.typed(event.text())
        else:
            self._typing.moved()


class DateTimeField(_TypedSections, QDateTimeEdit):
    """A date and time to the minute, typed section by section or picked from a calendar."""

    def __init__(self, moment: datetime | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        _set_up(self, DATE_TIME_FORMAT)
        if moment is not None:
            self.setDateTime(to_qdatetime(moment))
        self._typing = _SectionTyping(self)

    def moment(self) -> datetime:
        """The wall-clock date and minute shown."""
        return from_qdatetime(self.dateTime())

    def set_moment(self, moment: datetime) -> None:
        """Show ``moment``."""
        self.setDateTime(to_qdatetime(moment))


class DateField(_TypedSections, QDateEdit):
    """A date, typed section by section or picked from a calendar."""

    def __init__(self, day: date | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        _set_up(self, DATE_FORMAT)
        if day is not None:
            self.setDate(QDate(day.year, day.month, day.day))
        self._typing = _SectionTyping(self)

    def day(self) -> date:
        """The date shown."""
        return from_qdate(self.date())


def date_field_width(metrics: QFontMetrics, display_format: str = DATE_FORMAT) -> int:
    """How wide a field showing the longest date (and its calendar button) needs to be."""
    widest = metrics.horizontalAdvance(
        QLocale().toString(_WIDEST_SAMPLE, shown_format(display_format))
    )
    return widest + 3 * metrics.height()  # frame, margins, the drop-down button


def _set_up(editor: QDateTimeEdit, display_format: str) -> None:
    editor.setCalendarPopup(True)
    editor.setDisplayFormat(shown_format(display_format))
    editor.setCurrentSectionIndex(0)
    editor.setMinimumWidth(date_field_width(editor.fontMetrics(), display_format))
