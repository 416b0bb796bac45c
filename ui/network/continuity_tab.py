"""Continuity across meetings: open uncertainties with their history, decisions, follow-ups."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QGroupBox,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from odnotes import continuity, networks
from odnotes.continuity import UncertaintyThread
from odnotes.model import Meeting
from odnotes.vault import Vault
from ui.models.decisions import DecisionsModel, FollowUpsModel
from ui.models.names import Names
from ui.models.roles import OBJECT_ROLE
from ui.models.uncertainties import QUESTION, ThreadHistoryModel, UncertaintiesModel
from ui.network.tables import table_view


def _meeting_of(view_index_data: object) -> Meeting | None:
    if isinstance(view_index_data, tuple) and isinstance(view_index_data[0], Meeting):
        return view_index_data[0]
    meeting = getattr(view_index_data, "meeting", None)
    return meeting if isinstance(meeting, Meeting) else None


class UncertaintiesTab(QWidget):
    """Uncertainties across the network's meetings; the selected one's history below.

    Signals:
        open_item(str, str, str): meeting id, section and item id to show.
    """

    open_item = Signal(str, str, str)

    def __init__(self, vault: Vault, network_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._vault = vault
        self._network_id = network_id
        self._threads: list[UncertaintyThread] = []
        self.model = UncertaintiesModel(parent=self)
        self.history = ThreadHistoryModel(self)
        self.open_only = QCheckBox(self.tr("Show &only open uncertainties"))
        self.open_only.setAccessibleName(self.tr("Show only open uncertainties"))
        self.open_only.setChecked(True)
        self.open_only.toggled.connect(self._fill)
        self.view = table_view(
            self.model, self.tr("Uncertainties"), stretch=QUESTION, long_text=True
        )
        self.view.selectionModel().currentRowChanged.connect(self._show_history)
        self.history_view = table_view(
            self.history, self.tr("History of the selected uncertainty"), stretch=2, long_text=True
        )
        self.history_view.activated.connect(self._open_history_row)
        history_box = QGroupBox(self.tr("How it was carried from meeting to meeting (Enter opens)"))
        QVBoxLayout(history_box).addWidget(self.history_view)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.view)
        split.addWidget(history_box)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(self.open_only)
        layout.addWidget(split)
        self.reload()

    def reload(self) -> None:
        """Read the threads again from the network's meetings."""
        self.model.names = Names(self._vault, self._network_id)
        meetings = networks.network_meetings(self._vault, self._network_id)
        self._threads = continuity.uncertainty_threads(meetings)
        self._fill()

    def _fill(self) -> None:
        shown = [t for t in self._threads if t.is_open or not self.open_only.isChecked()]
        self.model.set_rows(shown)
        self.history.clear()
        if shown:
            self.view.selectRow(0)

    def _show_history(self) -> None:
        thread = self.view.currentIndex().data(OBJECT_ROLE)
        self.history.set_rows(thread.history if isinstance(thread, UncertaintyThread) else [])

    def _open_history_row(self) -> None:
        row = self.history_view.currentIndex().data(OBJECT_ROLE)
        meeting = _meeting_of(row)
        if meeting is not None:
            self.open_item.emit(meeting.id, "uncertainties", row[1].id)


class DecisionsTab(QWidget):
    """The decisions log with the follow-ups below, soonest due first.

    Signals:
        open_item(str, str, str): meeting id, section and item id to show.
    """

    open_item = Signal(str, str, str)

    def __init__(self, vault: Vault, network_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._vault = vault
        self._network_id = network_id
        self.decisions = DecisionsModel(parent=self)
        self.follow_ups = FollowUpsModel(parent=self)
        self.decisions_view = table_view(
            self.decisions, self.tr("Decisions log"), stretch=1, long_text=True
        )
        self.follow_ups_view = table_view(
            self.follow_ups, self.tr("Follow-ups"), stretch=2, long_text=True
        )
        self.decisions_view.activated.connect(self._open_decision)
        self.follow_ups_view.activated.connect(self._open_follow_up)
        decisions_box = QGroupBox(self.tr("Decisions, oldest first (Enter opens the meeting)"))
        QVBoxLayout(decisions_box).addWidget(self.decisions_view)
        follow_box = QGroupBox(self.tr("Follow-ups, soonest due first"))
        QVBoxLayout(follow_box).addWidget(self.follow_ups_view)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(decisions_box)
        split.addWidget(follow_box)
        layout = QVBoxLayout(self)
        layout.addWidget(split)
        self.reload()

    def reload(self) -> None:
        """Read the log again from the network's meetings."""
        names = Names(self._vault, self._network_id)
        meetings = networks.network_meetings(self._vault, self._network_id)
        self.decisions.names = names
        self.follow_ups.names = names
        self.decisions.set_rows(continuity.decisions_log(meetings))
        self.follow_ups.set_rows(continuity.follow_ups(meetings))

    def _open_decision(self) -> None:
        entry = self.decisions_view.currentIndex().data(OBJECT_ROLE)
        meeting = _meeting_of(entry)
        if meeting is not None:
            self.open_item.emit(meeting.id, "decisions", entry.decision.id)

    def _open_follow_up(self) -> None:
        row = self.follow_ups_view.currentIndex().data(OBJECT_ROLE)
        meeting = _meeting_of(row)
        if meeting is not None:
            self.open_item.emit(meeting.id, "decisions", row[1].id)
