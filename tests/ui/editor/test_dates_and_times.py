"""Typing dates and times into every date or time field (issue 12, item 14)."""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from odnotes.model import Meeting
from ui.editor import MeetingEditor
from ui.editor.moments import DateField, DateTimeField, date_field_width
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


def test_the_follow_up_date_editor_is_wide_enough_for_the_whole_date(
    qtbot: QtBot, blank_editor: MeetingEditor
) -> None:
    from PySide6.QtWidgets import QApplication

    from ui.editor.models.follow_ups import FollowUpModel
    from ui.editor.sections.decisions import DecisionsSection

    shift = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    qtbot.keyClick(blank_editor, Qt.Key.Key_D, shift)
    qtbot.keyClicks(QApplication.focusWidget(), "Meet again on Friday.")
    card = blank_editor.section_of(DecisionsSection).cards[0]
    qtbot.mouseClick(card.add_follow_up_button, Qt.MouseButton.LeftButton)
    view = card.follow_up_view
    qtbot.waitUntil(lambda: view.model().rowCount() == 1, timeout=2000)
    qtbot.wait(20)  # the columns are fitted on the next turn
    width = view.horizontalHeader().sectionSize(FollowUpModel.DUE)
    assert width >= date_field_width(view.fontMetrics())  # the editor gets the cell's width
    field = DateField(date(2026, 9, 30))
    qtbot.addWidget(field)
    field.resize(width, field.sizeHint().height())
    field.show()
    shown = field.lineEdit().text()
    assert shown == "Wed 30 Sep 2026"
    assert field.lineEdit().fontMetrics().horizontalAdvance(shown) < field.lineEdit().width()


def test_tab_leaves_the_field_like_any_other(qtbot: QtBot) -> None:
    from PySide6.QtWidgets import QApplication, QLineEdit, QVBoxLayout, QWidget

    form = QWidget()
    layout = QVBoxLayout(form)
    field = DateTimeField(datetime(2026, 12, 1, 10, 0))
    after = QLineEdit()
    layout.addWidget(field)
    layout.addWidget(after)
    qtbot.addWidget(form)
    form.show()
    form.activateWindow()
    qtbot.waitUntil(form.isActiveWindow, timeout=2000)
    field.setFocus()
    qtbot.keyClick(field, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is after  # not the next section of the date
