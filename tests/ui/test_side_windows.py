"""Summaries, supervision, practice and the vault overview open from the main window
and close (saving first) when the vault locks."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from odnotes.model import Meeting
from odnotes.model.practice import PracticeReflection
from tests.ui.helpers import settled
from ui.main_window import MainWindow
from ui.summary import SummaryPreviewDialog
from ui.supervision import SupervisionExportDialog
from ui.windows import OverviewDialog, PracticeDialog


def first_meeting(window: MainWindow) -> Meeting:
    return min(window.session.vault.all(Meeting), key=lambda m: m.starts_at)


def test_summary_needs_a_meeting_then_previews_the_selected_one(
    qtbot: QtBot, window: MainWindow
) -> None:
    window.menu_actions["meeting_summary"].trigger()
    assert "select one" in window.notice.text()
    page = window.workspace.page  # type: ignore[union-attr]
    page.show_tab("meetings")
    page.meetings.view.selectRow(0)
    chosen = page.meetings.selected_meeting_id()
    assert chosen
    window.menu_actions["meeting_summary"].trigger()
    settled(qtbot)
    dialogs = window.findChildren(SummaryPreviewDialog)
    assert len(dialogs) == 1 and dialogs[0].isVisible()
    assert dialogs[0].page_model.rowCount() >= 1


def test_lock_closes_every_side_window_and_saves_the_practice_reflection(
    qtbot: QtBot, window: MainWindow
) -> None:
    vault = window.session.vault
    window.workspace.open_meeting(first_meeting(window).id)  # type: ignore[union-attr]
    window.menu_actions["practice"].trigger()
    window.menu_actions["network_summary"].trigger()
    window.menu_actions["supervision"].trigger()
    window.menu_actions["overview"].trigger()
    assert window.side_windows.count() == 4
    practice = window.findChildren(PracticeDialog)[0]
    model = practice.form.model
    model.setData(model.index(0, 2), "We asked open questions throughout.")
    window.lock()
    assert window.side_windows.count() == 0
    qtbot.waitUntil(
        lambda: (
            not window.findChildren(SummaryPreviewDialog)
            and not window.findChildren(SupervisionExportDialog)
            and not window.findChildren(OverviewDialog)
        ),
        timeout=5_000,
    )
    window.lock_screen.form.passphrase.setText("correct horse battery staple")
    window.lock_screen.form.submit()
    qtbot.waitUntil(lambda: window.workspace is not None, timeout=10_000)
    reflections = vault.all(PracticeReflection)
    assert len(reflections) == 1
    assert "open questions" in " ".join(r.words for r in reflections[0].ratings)


def test_the_glance_tab_shows_indicators_map_and_practice(window: MainWindow) -> None:
    window.menu_actions["tab_glance"].trigger()
    page = window.workspace.page  # type: ignore[union-attr]
    assert page.current_tab() is page.glance
    assert page.glance.map.scene().items()
