"""Everything shown while the vault is unlocked: networks list, network page, meeting tabs.

The workspace is built on unlock and destroyed on lock, so no model or widget
holding decrypted data outlives the key.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QSplitter, QTabWidget, QVBoxLayout, QWidget

from odnotes.model import Meeting
from odnotes.vault import Change, Vault
from ui.dialogs.messages import message_for
from ui.disposal import dispose
from ui.network.page import NetworkPage
from ui.network.panel import NetworksPanel
from ui.operations import FOREGROUND, Operation

if TYPE_CHECKING:
    from ui.editor import MeetingEditor


def meeting_editor_class() -> type[MeetingEditor]:
    """The meeting editor, imported here and nowhere else (it is its own package)."""
    from ui.editor import MeetingEditor

    return MeetingEditor


class Workspace(QWidget):
    """Networks on the left, the network page and open meetings as tabs on the right.

    Signals:
        context_changed(): the network or the meeting in front changed (for the title).
        problem(str): something was refused; show the message.
        record_note_requested(str): an editor asked to copy its meeting for the clinical record.
        summary_requested(str): an editor asked for its meeting's summary preview.
    """

    context_changed = Signal()
    problem = Signal(str)
    record_note_requested = Signal(str)
    summary_requested = Signal(str)

    def __init__(self, vault: Vault, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.vault = vault
        self.panel = NetworksPanel(vault)
        self.panel.network_chosen.connect(self._show_network)
        self.panel.problem.connect(self.problem.emit)
        self.page: NetworkPage | None = None
        self._waiting: dict[str, list[Callable[[], object]]] = {}
        self._wanted = ""
        self.empty = QLabel(
            self.tr(
                "Choose a network on the left, or make a new one with “New network…”.\n"
                "Press Ctrl+K to search everything."
            )
        )
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        self.empty.setAccessibleName(self.tr("No network chosen"))
        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(self.tr("Network and open meetings"))
        self.tabs.setTabsClosable(True)
        self.tabs.setDocumentMode(True)
        self.tabs.tabCloseRequested.connect(self._close_tab)
        self.tabs.currentChanged.connect(lambda _i: self.context_changed.emit())
        self.tabs.addTab(self.empty, self.tr("Network"))
        self._unclosable(0)
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(self.panel)
        split.addWidget(self.tabs)
        split.setStretchFactor(1, 1)
        split.setSizes([240, 1000])
        split.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(split)

    # -- where we are ------------------------------------------------------------

    def network_id(self) -> str:
        """The network in front, or an empty string."""
        return self.page.network_id if self.page else ""

    def editors(self) -> list[MeetingEditor]:
        """The open meeting editors, in tab order."""
        kind = meeting_editor_class()
        tabs = (self.tabs.widget(i) for i in range(1, self.tabs.count()))
        return [tab for tab in tabs if isinstance(tab, kind)]

    def current_editor(self) -> MeetingEditor | None:
        """The meeting editor in front, if any."""
        tab = self.tabs.currentWidget() if self.tabs.currentIndex() > 0 else None
        return tab if isinstance(tab, meeting_editor_class()) else None

    def save_all(self) -> None:
        """Ask every open editor to save now (before lock or close)."""
        for editor in self.editors():
            editor.save_now()

    # -- navigation --------------------------------------------------------------

    def show_network(self, network_id: str) -> bool:
        """Select a network in the list (which shows its page)."""
        return self.panel.select(network_id)

    def open_meeting(self, meeting_id: str) -> Any | None:
        """Open a meeting in the editor (in a tab), switching to its network first.

        A network not read yet is read off the GUI thread first; the meeting then
        opens by itself (and this returns ``None``).
        """
        if self._read_first(
            self.vault.network_of(meeting_id), lambda: self.open_meeting(meeting_id)
        ):
            return None
        meeting = (
            Operation(self, lambda: self.vault.get(Meeting, meeting_id))
            .tell(self.problem.emit)
            .run_now()
        )
        if meeting is None:
            return None
        if self.network_id() != meeting.network_id:
            self.show_network(meeting.network_id)
        for index, editor in enumerate(self.editors(), start=1):
            if editor.meeting_id() == meeting_id:
                self.tabs.setCurrentIndex(index)
                return editor
        editor = meeting_editor_class()(self.vault, meeting_id, self)
        editor.setAccessibleName(self.tr("Meeting editor"))
        index = self.tabs.addTab(editor, editor.title())
        editor.title_changed.connect(lambda title, e=editor: self._retitle(e, title))
        editor.record_note_requested.connect(self.record_note_requested.emit)
        editor.summary_requested.connect(self.summary_requested.emit)
        self.tabs.setCurrentIndex(index)
        return editor

    def open_item(self, meeting_id: str, section: str, item_id: str = "") -> None:
        """Open a meeting at a section, and show one item in it."""
        network_id = self.vault.network_of(meeting_id)
        if self._read_first(network_id, lambda: self.open_item(meeting_id, section, item_id)):
            return
        editor = self.open_meeting(meeting_id)
        if editor is None:
            return
        if section:
            editor.show_section(section)
        if item_id:
            editor.reveal_item(item_id)

    def show_network_tab(self, name: str) -> None:
        """Bring the network page to the front at one of its tabs."""
        if self.page is not None:
            self.tabs.setCurrentIndex(0)
            self.page.show_tab(name)

    def close_current_meeting(self) -> None:
        """Close the meeting in front (it is saved first, never discarded)."""
        if self.tabs.currentIndex() > 0:
            self._close_tab(self.tabs.currentIndex())

    def on_changes(self, changes: list[Change]) -> None:
        """Route a save's changes to the list and the page."""
        self.panel.on_changes(changes)
        if self.page is not None and any(
            c.kind == "network" and c.record_id == self.network_id() and c.revision == 0
            for c in changes
        ):
            self._show_network("")  # deleted for good: nothing of it stays on screen
            return
        if self.page is not None:
            self.page.on_changes(changes)
        if self.page and any(
            c.kind == "network" and c.record_id == self.network_id() for c in changes
        ):
            self.tabs.setTabText(0, self.page.network().name)
            self.context_changed.emit()

    # -- internals ---------------------------------------------------------------

    @property
    def reading(self) -> bool:
        """A network is being read in the background (what was asked for follows)."""
        return bool(self._waiting)

    def after_reading(self, network_id: str, then: Callable[[], object]) -> None:
        """Call ``then`` once ``network_id`` is read (at once if it is, or if there is none)."""
        if not self._read_first(network_id, then):
            then()

    def delete_network(self, network_id: str) -> None:
        """Delete a network for good: its meetings are saved and closed and its page goes
        first, then the key is destroyed and the rows removed, off the GUI thread."""
        if self.network_id() == network_id:
            self._show_network("")
        Operation(self, lambda: self.vault.delete_network_permanently(network_id)).tell(
            self.problem.emit
        ).progress(self.tr("Deleting the network permanently…")).in_background().run()

    def _read_first(self, network_id: str, then: Callable[[], object]) -> bool:
        """Read a network off the GUI thread if it was not read yet, then call ``then``.

        Returns whether the reading was started (so the caller stops here). A
        wait shows only if reading takes longer than a moment; several requests
        for one network share one read and run in the order they were made.
        """
        if network_id in self._waiting:  # a read is under way: wait for it, in order
            self._waiting[network_id].append(then)
            return True
        if not network_id or self.vault.is_loaded(network_id):
            return False
        self._waiting[network_id] = [then]

        def done(_result: object) -> None:
            for each in self._waiting.pop(network_id, []):
                if self.vault.is_unlocked:
                    each()

        def failed(error: Exception) -> None:
            self._waiting.pop(network_id, None)
            self.problem.emit(message_for(error))

        def read() -> None:
            self.vault.load_network(network_id)
            self.vault.all(Meeting, network_id=network_id)  # decoded here, not on the GUI thread

        Operation(self, read).success(done).failure(failed).progress(
            self.tr("Opening the network…")
        ).in_background().run()
        return True

    def _show_network(self, network_id: str) -> None:
        if self.page is not None and self.page.network_id == network_id:
            return
        self._wanted = network_id  # a later choice wins over a network still being read

        def show_if_still_wanted() -> None:
            if self._wanted == network_id:
                self._show_network(network_id)

        if self._read_first(network_id, show_if_still_wanted):
            return
        with FOREGROUND.building():  # the index pass waits until the page is painted
            self._build_page(network_id)

    def _build_page(self, network_id: str) -> None:
        for index in range(self.tabs.count() - 1, 0, -1):
            self._close_tab(index)
        old = self.tabs.widget(0)
        page: QWidget
        if network_id:
            self.page = NetworkPage(self.vault, network_id)
            self.page.open_meeting.connect(self.open_meeting)
            self.page.open_item.connect(self.open_item)
            self.page.problem.connect(self.problem.emit)
            self.page.delete_confirmed.connect(self.delete_network)
            page = self.page
        else:
            self.page = None
            page = self.empty
        self.tabs.blockSignals(True)
        self.tabs.removeTab(0)
        self.tabs.insertTab(0, page, self.page.network().name if self.page else self.tr("Network"))
        self._unclosable(0)
        self.tabs.setCurrentIndex(0)
        self.tabs.blockSignals(False)
        if old is not self.empty and old is not None:
            dispose(old)
        self.context_changed.emit()

    def _close_tab(self, index: int) -> None:
        if index <= 0:
            return
        editor = self.tabs.widget(index)
        if not isinstance(editor, meeting_editor_class()):
            return
        editor.save_now()
        self.tabs.removeTab(index)
        dispose(editor)
        self.context_changed.emit()

    def _retitle(self, editor: QWidget, title: str) -> None:
        index = self.tabs.indexOf(editor)
        if index > 0:
            self.tabs.setTabText(index, title)

    def _unclosable(self, index: int) -> None:
        bar = self.tabs.tabBar()
        for side in (bar.ButtonPosition.RightSide, bar.ButtonPosition.LeftSide):
            button = bar.tabButton(index, side)
            if button is not None:
                button.resize(0, 0)
                button.hide()
