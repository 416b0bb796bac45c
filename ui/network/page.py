"""The network page: who is in the network, its meetings, and what runs across them."""

from __future__ import annotations

import html
from collections.abc import Callable
from datetime import date, datetime
from typing import cast

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QTabWidget, QVBoxLayout, QWidget

from odnotes import networks
from odnotes.model import Network, NetworkStatus
from odnotes.retention import set_keep_until
from odnotes.vault import Change, Vault
from ui.dates import day_date, weekday_date_time
from ui.editor.widgets import modal
from ui.network.continuity_tab import DecisionsTab, UncertaintiesTab
from ui.network.deferred import DeferredTab
from ui.network.glance_tab import GlanceTab
from ui.network.meeting_time_dialog import MeetingTimeDialog
from ui.network.meetings_tab import MeetingsTab
from ui.network.network_dialog import NetworkDialog
from ui.network.people_tab import PeopleTab
from ui.network.record_number_dialog import RecordNumberDialog
from ui.network.retention import DeleteNetworkDialog, KeepUntilDialog
from ui.operations import Operation
from ui.sharing.banner import ConflictBanner
from ui.sharing.controls import SharingControls

TAB_NAMES = ("people", "meetings", "uncertainties", "decisions", "glance")


class NetworkPage(QWidget):
    """Tabs for one network; refreshes itself from the vault's change notices.

    Signals:
        open_meeting(str): open this meeting in the editor.
        open_item(str, str, str): open a meeting at a section and item.
        problem(str): something the user asked for was refused.
        delete_confirmed(str): the user typed the name to delete this network for good.
    """

    open_meeting = Signal(str)
    open_item = Signal(str, str, str)
    problem = Signal(str)
    delete_confirmed = Signal(str)

    def __init__(self, vault: Vault, network_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._vault = vault
        self.network_id = network_id
        self.header = QLabel()
        self.header.setAccessibleName(self.tr("Network"))
        self.header.setWordWrap(True)
        self.first_contact_button = QPushButton(self.tr("Change first &contact…"))
        self.first_contact_button.setAccessibleName(self.tr("Change when the first contact was"))
        self.first_contact_button.setToolTip(
            self.tr("When the first call came: the first meeting is aimed for within 24 hours")
        )
        self.first_contact_button.clicked.connect(self.change_first_contact)
        self.record_number_button = QPushButton(self.tr("&Record number…"))
        self.record_number_button.setAccessibleName(
            self.tr("The service's record number for this network")
        )
        self.record_number_button.setToolTip(
            self.tr("Your service's own identifier: on the note for the clinical record only")
        )
        self.record_number_button.clicked.connect(self.change_record_number)
        self.keep_button = QPushButton(self.tr("&Keep until…"))
        self.keep_button.setAccessibleName(self.tr("Until when the record is kept"))
        self.keep_button.clicked.connect(self.change_keep_until)
        self.delete_button = QPushButton(self.tr("Delete permanently…"))
        self.delete_button.setAccessibleName(self.tr("Delete this network permanently"))
        self.delete_button.setToolTip(
            self.tr("Destroys the network's key and removes its records from the vault file")
        )
        self.delete_button.clicked.connect(self.delete_permanently)
        self.sharing = SharingControls(vault, network_id)
        self.conflicts = ConflictBanner.for_network(vault, network_id)
        self.meetings = MeetingsTab(vault, network_id)
        self.meetings.open_meeting.connect(self.open_meeting.emit)
        self.meetings.new_meeting.connect(self.start_meeting)
        self.meetings.new_meeting_from_last.connect(self.start_meeting_from_last)
        # The meetings tab shows first; the others are made when first shown (or asked for),
        # so opening a network builds one tab, not five.
        self._people = DeferredTab(self._make_people)
        self._uncertainties = DeferredTab(self._make_uncertainties)
        self._decisions = DeferredTab(self._make_decisions)
        self._glance = DeferredTab(lambda: GlanceTab(vault, network_id))
        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(self.tr("Network sections"))
        self.tabs.addTab(self._people, self.tr("&People"))
        self.tabs.addTab(self.meetings, self.tr("&Meetings"))
        self.tabs.addTab(self._uncertainties, self.tr("Open &uncertainties"))
        self.tabs.addTab(self._decisions, self.tr("&Decisions and follow-ups"))
        self.tabs.addTab(self._glance, self.tr("At a &glance"))
        self._meetings_stale = False
        self._refresh = QTimer(self)
        self._refresh.setSingleShot(True)
        self._refresh.setInterval(0)
        self._refresh.timeout.connect(self._reload_meetings)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        # The header has the whole width (it wraps badly beside buttons); the network's
        # less frequent actions sit in one row under it, the permanent one apart.
        layout.addWidget(self.header)
        actions = QHBoxLayout()
        for button in (self.first_contact_button, self.record_number_button, self.keep_button):
            actions.addWidget(button)
        actions.addWidget(self.sharing)
        actions.addStretch(1)
        actions.addWidget(self.delete_button)
        layout.addLayout(actions)
        layout.addWidget(self.conflicts)
        layout.addWidget(self.tabs)
        self.tabs.setCurrentWidget(self.meetings)
        self._update_header()

    def _make_people(self) -> PeopleTab:
        tab = PeopleTab(self._vault, self.network_id)
        tab.problem.connect(self.problem.emit)
        return tab

    def _make_uncertainties(self) -> UncertaintiesTab:
        tab = UncertaintiesTab(self._vault, self.network_id)
        tab.open_item.connect(self.open_item.emit)
        return tab

    def _make_decisions(self) -> DecisionsTab:
        tab = DecisionsTab(self._vault, self.network_id)
        tab.open_item.connect(self.open_item.emit)
        return tab

    @property
    def people(self) -> PeopleTab:
        """The people tab (made now if it has not been shown yet)."""
        return cast(PeopleTab, self._people.content())

    @property
    def uncertainties(self) -> UncertaintiesTab:
        """The open uncertainties tab (made now if it has not been shown yet)."""
        return cast(UncertaintiesTab, self._uncertainties.content())

    @property
    def decisions(self) -> DecisionsTab:
        """The decisions and follow-ups tab (made now if it has not been shown yet)."""
        return cast(DecisionsTab, self._decisions.content())

    @property
    def glance(self) -> GlanceTab:
        """The at-a-glance tab (made now if it has not been shown yet)."""
        return cast(GlanceTab, self._glance.content())

    def network(self) -> Network:
        """A fresh copy of the network."""
        return self._vault.get(Network, self.network_id)

    def show_tab(self, name: str) -> None:
        """Switch to ``people``, ``meetings``, ``uncertainties``, ``decisions`` or ``glance``."""
        self.tabs.setCurrentIndex(TAB_NAMES.index(name))

    def current_tab(self) -> QWidget:
        """The tab on show (its content, not the place that holds it)."""
        shown = self.tabs.currentWidget()
        return shown.content() if isinstance(shown, DeferredTab) else shown

    def on_changes(self, changes: list[Change]) -> None:
        """Refresh exactly what a save changed (a tab not made yet reads it when it is)."""
        people = cast(PeopleTab | None, self._people.made)
        for change in changes:
            if change.kind == "person":
                if people is not None:
                    people.refresh_person(change.record_id)
            elif change.kind in ("practitioner", "network"):
                if change.kind == "network" and change.record_id != self.network_id:
                    continue
                if people is not None:
                    people.reload()
                self._update_header()
            elif change.kind == "meeting":
                self._meetings_stale = True
        if self._meetings_stale:
            self._refresh.start()

    def change_first_contact(self) -> None:
        """Ask when the first call came, and save it."""
        network = self.network()
        dialog = NetworkDialog(
            name=None,
            first_contact=network.first_contact,
            title=self.tr("First contact"),
            parent=self,
        )
        with modal(dialog) as accepted:
            when = dialog.first_contact()
        if not accepted:
            return
        Operation(
            self, lambda: networks.set_first_contact(self._vault, self.network_id, when)
        ).tell(self.problem.emit, self.tr("The first contact was not changed: {error}")).run()

    def change_record_number(self) -> None:
        """Ask for the service's record number, and save it."""
        dialog = RecordNumberDialog(self.network().record_number, self)
        with modal(dialog) as accepted:
            number = dialog.value()
        if not accepted:
            return
        Operation(
            self, lambda: networks.set_record_number(self._vault, self.network_id, number)
        ).tell(self.problem.emit, self.tr("The record number was not saved: {error}")).run()

    def change_keep_until(self) -> None:
        """Ask until when the record is kept, and save it."""
        network = self.network()
        dialog = KeepUntilDialog(network.name, network.keep_until, parent=self)
        with modal(dialog) as accepted:
            day = dialog.keep_until()
        if not accepted:
            return
        Operation(self, lambda: set_keep_until(self._vault, self.network_id, day)).tell(
            self.problem.emit, self.tr("Nothing was changed: {error}")
        ).run()

    def share_with(self) -> None:
        """Choose the paired colleagues this network goes to (Network › Share with…)."""
        self.sharing.open_share_dialog()

    def delete_permanently(self) -> None:
        """Ask for the name to be typed; if it is, ask for the network to be deleted for good."""
        dialog = DeleteNetworkDialog(self.network().name, parent=self)
        with modal(dialog) as accepted:
            pass
        if accepted:
            self.delete_confirmed.emit(self.network_id)

    def start_meeting(self) -> None:
        """Ask when the meeting started, then create an empty draft and open it."""
        when = self._ask_start(self.tr("New meeting"))
        if when is not None:
            self._start(lambda: networks.new_meeting(self._vault, self.network_id, when).id)

    def start_meeting_from_last(self) -> None:
        """Ask when it started, then draft from the last meeting: who is expected, what is open."""
        when = self._ask_start(self.tr("New meeting from the last one"))
        if when is not None:
            self._start(
                lambda: networks.new_meeting_from_last(self._vault, self.network_id, when).id
            )

    def _ask_start(self, title: str) -> datetime | None:
        suggested, planned = networks.suggested_start(self._vault, self.network_id)
        dialog = MeetingTimeDialog(suggested, title=title, planned=planned, parent=self)
        with modal(dialog) as accepted:
            when = dialog.starts_at()
        return when if accepted else None

    def _start(self, make: Callable[[], str]) -> None:
        Operation(self, make).success(self.open_meeting.emit).tell(
            self.problem.emit, self.tr("The meeting was not started: {error}")
        ).run()

    def _reload_meetings(self) -> None:
        self._meetings_stale = False
        if not self._vault.is_unlocked:
            return
        self.meetings.reload()
        for tab in (self._uncertainties.made, self._decisions.made):
            if isinstance(tab, UncertaintiesTab | DecisionsTab):
                tab.reload()
        self._update_header()

    def _update_header(self) -> None:
        network = self.network()
        drafts = self.meetings.model.drafts()
        status = self.tr("active") if network.status is NetworkStatus.ACTIVE else self.tr("closed")
        parts = [
            self.tr("<span style='font-size: x-large; font-weight: 600'>{escape}</span>").format(
                escape=html.escape(network.name)
            ),
            self.tr("{status} · first contact {first_contact}").format(
                status=status, first_contact=weekday_date_time(network.first_contact)
            ),
            self.tr("%n meeting(s)", "", self.meetings.model.rowCount()),
        ]
        first = parts[:1]
        if network.record_number:  # beside the name, where it is looked for
            first.append(
                self.tr("record number {number}").format(number=html.escape(network.record_number))
            )
        if drafts:
            parts.append(self.tr("<b>%n still in draft</b>", "", drafts))
        if network.keep_until is not None:
            if network.keep_until <= date.today():
                parts.append(
                    self.tr("<b>kept until {day}: due for deletion</b>").format(
                        day=day_date(network.keep_until)
                    )
                )
            else:
                parts.append(self.tr("kept until {day}").format(day=day_date(network.keep_until)))
        self.header.setText("&nbsp;&nbsp;".join(first) + "<br>" + " · ".join(parts[1:]))
