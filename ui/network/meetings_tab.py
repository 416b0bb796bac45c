"""A network's meetings in time order: open one, or start a new one."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from odnotes import networks
from odnotes.model import Meeting
from odnotes.vault import Vault
from ui.models.meetings import WHEN, MeetingsModel
from ui.models.names import Names
from ui.network.tables import selected_object, table_view


class MeetingsTab(QWidget):
    """The meetings table and the buttons that start a meeting.

    Signals:
        open_meeting(str): open this meeting id in the editor.
        new_meeting(): start an empty meeting.
        new_meeting_from_last(): start from the last meeting.
    """

    open_meeting = Signal(str)
    new_meeting = Signal()
    new_meeting_from_last = Signal()

    def __init__(self, vault: Vault, network_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._vault = vault
        self._network_id = network_id
        self.model = MeetingsModel(parent=self)
        self.view = table_view(
            self.model,
            self.tr("Meetings"),
            stretch=2,
            sort_column=WHEN,
            order=Qt.SortOrder.DescendingOrder,
        )
        self.view.activated.connect(self._open_current)
        self.drafts = QLabel()
        self.drafts.setAccessibleName(self.tr("Meetings still in draft"))
        self.new_button = new = QPushButton(self.tr("&New meeting"))
        new.setAccessibleName(self.tr("New meeting"))
        new.setToolTip(self.tr("An empty meeting (Ctrl+N)"))
        new.clicked.connect(self.new_meeting.emit)
        self.from_last = QPushButton(self.tr("New meeting from the &last one"))
        self.from_last.setAccessibleName(self.tr("New meeting from the last one"))
        self.from_last.setToolTip(
            self.tr(
                "Carries over who was there and the open uncertainties, never the words "
                "(Ctrl+Shift+N)"
            )
        )
        self.from_last.clicked.connect(self.new_meeting_from_last.emit)
        self.open_button = QPushButton(self.tr("&Open"))
        self.open_button.setAccessibleName(self.tr("Open the selected meeting"))
        self.open_button.clicked.connect(self._open_current)
        self.view.selectionModel().selectionChanged.connect(self._update_open)
        buttons = QHBoxLayout()
        buttons.addWidget(new)
        buttons.addWidget(self.from_last)
        buttons.addStretch(1)
        buttons.addWidget(self.drafts)
        buttons.addWidget(self.open_button)
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(self.view)
        self.reload()

    def reload(self) -> None:
        """Read the meetings again."""
        self.model.names = Names(self._vault, self._network_id)
        self.model.set_rows(networks.network_meetings(self._vault, self._network_id))
        drafts = self.model.drafts()
        self.drafts.setText(
            self.tr("No meetings in draft")
            if not drafts
            else self.tr("<b>%n meeting(s) still in draft</b>", "", drafts)
        )
        self.from_last.setEnabled(self.model.rowCount() > 0)
        self._update_open()

    def _update_open(self) -> None:
        self.open_button.setEnabled(bool(self.selected_meeting_id()))

    def selected_meeting_id(self) -> str:
        """The selected meeting's id, or ''."""
        meeting = selected_object(self.view)
        return meeting.id if isinstance(meeting, Meeting) else ""

    def _open_current(self) -> None:
        meeting = selected_object(self.view)
        if isinstance(meeting, Meeting):
            self.open_meeting.emit(meeting.id)
