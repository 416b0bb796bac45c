"""Keeping a network until a date, and deleting it for good after typing its name (issue 13)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from odnotes.model import Meeting, Network
from tests.ui.helpers import on_next_dialog
from ui.main_window import MainWindow
from ui.network.retention import DeleteNetworkDialog, KeepUntilDialog


def test_keep_until_is_set_from_the_network_page(qtbot: QtBot, window: MainWindow) -> None:
    page = window.workspace.page  # type: ignore[union-attr]
    vault = window.session.vault

    def answer(dialog: QDialog) -> None:
        assert isinstance(dialog, KeepUntilDialog)
        assert dialog.no_end.isChecked() and not dialog.day_edit.isEnabled()  # no date yet
        qtbot.keyClick(dialog.no_end, Qt.Key.Key_Space)  # the date becomes usable
        assert dialog.day_edit.isEnabled()
        dialog.day_edit.setDate(date(2026, 1, 2))
        qtbot.keyClick(dialog.day_edit, Qt.Key.Key_Return)

    on_next_dialog(answer)
    qtbot.mouseClick(page.keep_button, Qt.MouseButton.LeftButton)
    assert vault.get(Network, page.network_id).keep_until == date(2026, 1, 2)
    qtbot.waitUntil(lambda: "due for deletion" in page.header.text(), timeout=2000)


def test_deleting_for_good_needs_the_name_typed_and_leaves_nothing_on_screen(
    qtbot: QtBot, window: MainWindow
) -> None:
    page = window.workspace.page  # type: ignore[union-attr]
    vault = window.session.vault
    network = vault.get(Network, page.network_id)
    meeting_id = vault.all(Meeting, network_id=network.id)[0].id
    window.open_meeting(meeting_id)
    checked: list[bool] = []

    def confirm(dialog: QDialog) -> None:
        assert isinstance(dialog, DeleteNetworkDialog)
        assert "Older backups still contain this network" in " ".join(
            label.text() for label in dialog.findChildren(type(window.notice))
        )
        qtbot.keyClicks(dialog.typed, network.name[:-1])
        checked.append(dialog.delete_button.isEnabled())
        qtbot.keyClick(dialog.typed, Qt.Key.Key_Return)  # Enter does nothing yet
        checked.append(dialog.isVisible())
        qtbot.keyClicks(dialog.typed, network.name[-1])
        checked.append(dialog.delete_button.isEnabled())
        qtbot.keyClick(dialog.typed, Qt.Key.Key_Return)

    on_next_dialog(confirm)
    qtbot.mouseClick(page.delete_button, Qt.MouseButton.LeftButton)
    assert checked == [False, True, True]
    assert window.workspace.page is None  # type: ignore[union-attr]
    qtbot.waitUntil(lambda: vault.all(Network) == [], timeout=10_000)
    panel = window.workspace.panel  # type: ignore[union-attr]
    qtbot.waitUntil(lambda: panel.model.rowCount() == 0, timeout=5_000)
    assert window.workspace.editors() == []  # type: ignore[union-attr]
    assert vault.verify().ok
