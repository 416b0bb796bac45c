"""The network page: who is in the network, its meetings, and what runs across them."""

from __future__ import annotations

import html
from collections.abc import Callable

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QLabel, QTabWidget, QVBoxLayout, QWidget

from odnotes.errors import OdNotesError
from odnotes.model import Network, NetworkStatus
from odnotes.vault import Change, Vault
from ui.network import operations
from ui.network.continuity_tab import DecisionsTab, UncertaintiesTab
from ui.network.glance_tab import GlanceTab
from ui.network.meetings_tab import MeetingsTab
from ui.network.people_tab import PeopleTab

TAB_NAMES = ("people", "meetings", "uncertainties", "decisions", "glance")


class NetworkPage(QWidget):
    """Tabs for one network; refreshes itself from the vault's change notices.

    Signals:
        open_meeting(str): open this meeting in the editor.
        open_item(str, str, str): open a meeting at a section and item.
        problem(str): something the user asked for was refused.
    """

    open_meeting = Signal(str)
    open_item = Signal(str, str, str)
    problem = Signal(str)

    def __init__(self, vault: Vault, network_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._vault = vault
        self.network_id = network_id
        self.header = QLabel()
        self.header.setAccessibleName(self.tr("Network"))
        self.header.setWordWrap(True)
        self.people = PeopleTab(vault, network_id)
        self.meetings = MeetingsTab(vault, network_id)
        self.uncertainties = UncertaintiesTab(vault, network_id)
        self.decisions = DecisionsTab(vault, network_id)
        self.glance = GlanceTab(vault, network_id)
        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(self.tr("Network sections"))
        self.tabs.addTab(self.people, self.tr("&People"))
        self.tabs.addTab(self.meetings, self.tr("&Meetings"))
        self.tabs.addTab(self.uncertainties, self.tr("Open &uncertainties"))
        self.tabs.addTab(self.decisions, self.tr("&Decisions and follow-ups"))
        self.tabs.addTab(self.glance, self.tr("At a &glance"))
        self.people.problem.connect(self.problem.emit)
        self.meetings.open_meeting.connect(self.open_meeting.emit)
        self.meetings.new_meeting.connect(self.start_meeting)
        self.meetings.new_meeting_from_last.connect(self.start_meeting_from_last)
        self.uncertainties.open_item.connect(self.open_item.emit)
        self.decisions.open_item.connect(self.open_item.emit)
        self._meetings_stale = False
        self._refresh = QTimer(self)
        self._refresh.setSingleShot(True)
        self._refresh.setInterval(0)
        self._refresh.timeout.connect(self._reload_meetings)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.header)
        layout.addWidget(self.tabs)
        self.tabs.setCurrentWidget(self.meetings)
        self._update_header()

    def network(self) -> Network:
        """A fresh copy of the network."""
        return self._vault.get(Network, self.network_id)

    def show_tab(self, name: str) -> None:
        """Switch to ``people``, ``meetings``, ``uncertainties``, ``decisions`` or ``glance``."""
        self.tabs.setCurrentIndex(TAB_NAMES.index(name))

    def on_changes(self, changes: list[Change]) -> None:
        """Refresh exactly what a save changed."""
        for change in changes:
            if change.kind == "person":
                self.people.refresh_person(change.record_id)
            elif change.kind in ("practitioner", "network"):
                if change.kind == "network" and change.record_id != self.network_id:
                    continue
                self.people.reload()
                self._update_header()
            elif change.kind == "meeting":
                self._meetings_stale = True
        if self._meetings_stale:
            self._refresh.start()

    def start_meeting(self) -> None:
        """Create an empty draft and open it."""
        self._start(lambda: operations.new_meeting(self._vault, self.network_id).id)

    def start_meeting_from_last(self) -> None:
        """Create a draft from the last meeting (people and open uncertainties) and open it."""
        self._start(lambda: operations.new_meeting_from_last(self._vault, self.network_id).id)

    def _start(self, make: Callable[[], str]) -> None:
        try:
            meeting_id = make()
        except OdNotesError as error:
            self.problem.emit(self.tr("The meeting was not started: {error}").format(error=error))
            return
        self.open_meeting.emit(meeting_id)

    def _reload_meetings(self) -> None:
        self._meetings_stale = False
        if not self._vault.is_unlocked:
            return
        self.meetings.reload()
        self.uncertainties.reload()
        self.decisions.reload()
        self._update_header()

    def _update_header(self) -> None:
        network = self.network()
        drafts = self.meetings.model.drafts()
        status = self.tr("active") if network.status is NetworkStatus.ACTIVE else self.tr("closed")
        parts = [
            self.tr("<span style='font-size: x-large; font-weight: 600'>{escape}</span>").format(
                escape=html.escape(network.name)
            ),
            self.tr("{status} · first contact {first_contact:%d %b %Y}").format(
                status=status, first_contact=network.first_contact
            ),
            self.tr("%n meeting(s)", "", self.meetings.model.rowCount()),
        ]
        if drafts:
            parts.append(self.tr("<b>%n still in draft</b>", "", drafts))
        self.header.setText("&nbsp;&nbsp;".join(parts[:1]) + "<br>" + " · ".join(parts[1:]))
