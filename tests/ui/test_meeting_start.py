"""A new meeting asks when it started; the meetings tab's buttons (issue 12, items 6 and 15)."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from odnotes import networks
from odnotes.model import Meeting, Network, NextMeeting
from odnotes.networks import suggested_start
from odnotes.vault import Vault
from tests.ui.editor.typing_dates import click_into, type_into
from tests.ui.helpers import on_next_dialog
from ui.main_window import MainWindow
from ui.network.meeting_time_dialog import MeetingTimeDialog


def test_the_suggested_start_is_today_at_the_planned_time_else_the_hour_before(
    demo_vault: tuple[Vault, Network],
) -> None:
    vault, network = demo_vault
    now = datetime(2026, 12, 1, 20, 20)
    # The demo's last meeting (a draft) agreed no next meeting: the round hour before now.
    assert networks.suggested_start(vault, network.id, now) == (datetime(2026, 12, 1, 19), False)
    last = networks.network_meetings(vault, network.id)[-1]
    last.next_meeting = NextMeeting(starts_at=datetime(2026, 10, 2, 9, 30))
    vault.save(last)
    assert networks.suggested_start(vault, network.id, now) == (
        datetime(2026, 12, 1, 9, 30),
        True,
    )


def test_new_meeting_asks_when_it_started_and_uses_the_answer(
    qtbot: QtBot, window: MainWindow
) -> None:
    vault = window.session.vault
    page = window.workspace.page  # type: ignore[union-attr]
    before = {m.id for m in vault.all(Meeting)}
    shown: list[datetime] = []
    opened_at: list[datetime] = []

    def answer(dialog: QDialog) -> None:
        assert isinstance(dialog, MeetingTimeDialog)
        dialog.activateWindow()
        qtbot.waitUntil(dialog.isActiveWindow, timeout=2_000)
        field = dialog.when_edit
        opened_at.append(datetime.now())  # the day the suggestion was made (midnight may pass)
        shown.append(field.moment())
        click_into(qtbot, field, f"{field.moment():%H}:")
        type_into(qtbot, field, "09")
        qtbot.keyClick(field, Qt.Key.Key_Return)

    on_next_dialog(answer)
    qtbot.mouseClick(page.meetings.from_last, Qt.MouseButton.LeftButton)
    (new_id,) = {m.id for m in vault.all(Meeting)} - before
    assert vault.get(Meeting, new_id).starts_at == shown[0].replace(hour=9)
    expected, _planned = suggested_start(vault, vault.get(Meeting, new_id).network_id, opened_at[0])
    assert shown[0] == expected  # the suggestion is made with the clock when the dialog opened


def test_cancelling_the_time_starts_no_meeting(qtbot: QtBot, window: MainWindow) -> None:
    vault = window.session.vault
    count = len(vault.all(Meeting))
    on_next_dialog(lambda dialog: dialog.reject())
    window.menu_actions["new_meeting"].trigger()
    assert len(vault.all(Meeting)) == count


def test_open_is_enabled_only_with_a_meeting_chosen(qtbot: QtBot, window: MainWindow) -> None:
    meetings = window.workspace.page.meetings  # type: ignore[union-attr]
    window.workspace.page.show_tab("meetings")  # type: ignore[union-attr]
    assert not meetings.open_button.isEnabled()
    view = meetings.view
    qtbot.mouseClick(
        view.viewport(),
        Qt.MouseButton.LeftButton,
        pos=view.visualRect(view.model().index(0, 0)).center(),
    )
    assert meetings.open_button.isEnabled()
