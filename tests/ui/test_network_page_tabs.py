"""The network page makes its other tabs when first shown, and they show the vault as it is then."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from odnotes import networks
from odnotes.model import Network, PersonKind
from tests.ui.helpers import new_network
from ui.main_window import MainWindow
from ui.network.page import TAB_NAMES, NetworkPage


def _page(qtbot: QtBot, window: MainWindow) -> NetworkPage:
    new_network(qtbot, window, "Ilona", datetime(2026, 11, 30, 9, 0))
    page = window.workspace.page  # type: ignore[union-attr]
    assert page is not None
    qtbot.waitUntil(page.isVisible)
    return page


def test_only_the_meetings_tab_is_made_when_a_network_opens(
    qtbot: QtBot, window: MainWindow
) -> None:
    page = _page(qtbot, window)
    assert page.current_tab() is page.meetings
    assert [page._people.made, page._uncertainties.made, page._decisions.made] == [None] * 3
    assert page._glance.made is None


def test_a_tab_made_later_shows_what_was_saved_before_it(qtbot: QtBot, window: MainWindow) -> None:
    page = _page(qtbot, window)
    vault = window.session.vault
    network = next(n for n in vault.all(Network) if n.name == "Ilona")
    networks.add_member(vault, network.id, "Veikko Aalto", PersonKind.FAMILY)
    qtbot.wait(50)  # the change notice reaches the page while the tab is not made yet
    assert page._people.made is None

    page.show_tab("people")
    qtbot.waitUntil(lambda: page.people.isVisible())
    names = [p.name for p in page.people.members.objects()]
    assert names == ["Veikko Aalto"]
    assert page.current_tab() is page.people


def test_clicking_a_tab_makes_and_shows_it(qtbot: QtBot, window: MainWindow) -> None:
    page = _page(qtbot, window)
    bar = page.tabs.tabBar()
    where = bar.tabRect(TAB_NAMES.index("glance")).center()
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=where)
    qtbot.waitUntil(lambda: page.tabs.currentIndex() == TAB_NAMES.index("glance"))
    assert page._glance.made is not None and page.glance.isVisible()
    assert page.glance.map.isVisible()
