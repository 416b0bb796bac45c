"""The first contact: asked when a network is created, changeable later (issue 12, item 18)."""

from __future__ import annotations

from datetime import datetime, timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from odnotes.model import Network
from tests.ui.editor.typing_dates import click_into, type_into
from tests.ui.helpers import new_network, on_next_dialog
from ui.main_window import MainWindow
from ui.network.network_dialog import NetworkDialog


def test_a_new_network_is_dated_by_its_first_call(qtbot: QtBot, window: MainWindow) -> None:
    new_network(qtbot, window, "Kaisa", datetime(2026, 11, 29, 7, 45))
    kaisa = next(n for n in window.session.vault.all(Network) if n.name == "Kaisa")
    assert kaisa.first_contact == datetime(2026, 11, 29, 7, 45)
    page = window.workspace.page  # type: ignore[union-attr]
    assert "first contact Sun 29 Nov 2026, 07:45" in page.header.text()


def test_the_first_contact_is_changed_from_the_network_page(
    qtbot: QtBot, window: MainWindow
) -> None:
    vault = window.session.vault
    page = window.workspace.page  # type: ignore[union-attr]
    before = vault.get(Network, page.network_id).first_contact
    seen: list[str] = []

    def answer(dialog: QDialog) -> None:
        assert isinstance(dialog, NetworkDialog)
        assert dialog.name_edit is None  # only the time is asked here
        field = dialog.first_contact_edit
        dialog.activateWindow()
        qtbot.waitUntil(dialog.isActiveWindow, timeout=2_000)
        click_into(qtbot, field, f"{before:%H}:")
        type_into(qtbot, field, "06")
        seen.append(dialog.ok_button.text())
        qtbot.keyClick(field, Qt.Key.Key_Return)

    on_next_dialog(answer)
    qtbot.mouseClick(page.first_contact_button, Qt.MouseButton.LeftButton)
    assert seen == ["Save"]
    after = vault.get(Network, page.network_id).first_contact
    assert after == before.replace(hour=6)
    qtbot.waitUntil(lambda: f"{after:%H:%M}" in page.header.text(), timeout=2_000)


def test_a_first_contact_in_the_future_is_refused_with_a_reason(qtbot: QtBot) -> None:
    dialog = NetworkDialog(
        name="Kaisa", first_contact=datetime.now() + timedelta(days=2), title="New network"
    )
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.ok_button.isEnabled()
    assert dialog.problem.text() == "The first contact cannot be later than now."
    dialog.first_contact_edit.set_moment(datetime.now() - timedelta(hours=3))
    assert dialog.ok_button.isEnabled() and not dialog.problem.isVisible()
    dialog.name_edit.clear()  # type: ignore[union-attr]
    assert not dialog.ok_button.isEnabled()
