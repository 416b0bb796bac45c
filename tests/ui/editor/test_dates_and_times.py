"""Typing dates and times into every date or time field (issue 12, item 14)."""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from odnotes.model import Meeting
from ui.editor import MeetingEditor
from ui.editor.moments import DateField, DateTimeField
from ui.editor.sections.people import PeopleSection

from .typing_dates import click_into, show_active, type_into


def test_typing_an_hour_after_clicking_on_it_sets_that_hour(
    qtbot: QtBot, blank_editor: MeetingEditor
) -> None:
    people = blank_editor.sections["people"]
    assert isinstance(people, PeopleSection)
    field = people.when_edit
    assert field.moment() == datetime(2026, 10, 2, 10, 0)
    click_into(qtbot, field, "10:00")
    type_into(qtbot, field, "14")
    assert field.moment() == datetime(2026, 10, 2, 14, 0)
    type_into(qtbot, field, ":35")
    assert field.moment() == datetime(2026, 10, 2, 14, 35)
    blank_editor.save_now()
    stored = blank_editor.session.vault.get(Meeting, blank_editor.meeting_id())
    assert stored.starts_at == datetime(2026, 10, 2, 14, 35)


def test_arrow_keys_move_whole_sections_so_typing_replaces_them(qtbot: QtBot) -> None:
    field = DateTimeField(datetime(2026, 12, 1, 20, 20))
    show_active(qtbot, field)
    click_into(qtbot, field, "1 Dec")
    type_into(qtbot, field, "3")
    assert field.moment() == datetime(2026, 12, 3, 20, 20)
    click_into(qtbot, field, "20:")
    type_into(qtbot, field, "9")  # no hour starts 9x: on to the minutes
    assert field.lineEdit().selectedText() == "20"
    type_into(qtbot, field, "05")
    assert field.moment() == datetime(2026, 12, 3, 9, 5)
    qtbot.keyClick(field, Qt.Key.Key_Left)
    assert field.lineEdit().selectedText() == "09"
    type_into(qtbot, field, "14")
    assert field.moment() == datetime(2026, 12, 3, 14, 5)
    qtbot.keyClick(field, Qt.Key.Key_Home)
    assert field.lineEdit().selectedText() == "Thu"


def test_a_date_field_takes_a_typed_day_and_shows_the_whole_date(qtbot: QtBot) -> None:
    field = DateField(date(2026, 9, 1))
    show_active(qtbot, field)
    click_into(qtbot, field, "1 Sep")
    type_into(qtbot, field, "30")
    assert field.day() == date(2026, 9, 30)
    shown = field.lineEdit().text()
    assert shown == "Wed 30 Sep 2026"
    assert field.lineEdit().fontMetrics().horizontalAdvance(shown) < field.lineEdit().width()
