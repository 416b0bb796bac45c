"""The main window: the workspace while unlocked, only the lock screen while locked."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QMessageBox, QStackedWidget, QWidget

from odnotes.model import Network
from odnotes.vault import Change
from ui import vault_actions
from ui.dialogs.file_dialogs import remember_folders_in
from ui.disposal import dispose
from ui.host import WindowHost
from ui.lock_screen import LockScreen
from ui.menus import build_menus
from ui.operations import FOREGROUND
from ui.search.dialog import SearchDialog
from ui.search.index import SearchHit
from ui.search.indexer import BackgroundIndex
from ui.session import EditorPlace, Session, capture_place, restore_place
from ui.settings import Settings
from ui.sharing import Syncer, open_colleagues
from ui.status_progress import StatusProgress
from ui.vault_options import VaultOptions
from ui.windows import copy_for_clinical_record
from ui.workspace import Workspace

MIN_WIDTH, MIN_HEIGHT = 1000, 600
JOURNAL_CHECK_MS = 5_000
"""How often the vault checks that no other program took its WAL away (between saves)."""


class MainWindow(WindowHost):
    """One window per open vault (its signals are :class:`~ui.host.WindowHost`'s)."""

    def __init__(
        self,
        session: Session,
        settings: Settings,
        parent: QWidget | None = None,
        *,
        options: VaultOptions | None = None,
    ) -> None:
        super().__init__(session, settings, options or VaultOptions(), parent)
        remember_folders_in(settings)
        self.search_dialog: SearchDialog | None = None
        self._damage_dialog: QWidget | None = None
        self._journal_warned = False
        self._open_meetings: list[str] = []
        self._places: dict[str, EditorPlace] = {}
        self._current_meeting = ""
        self.stack = QStackedWidget()
        self.lock_screen = LockScreen(
            session.vault, known_passphrase=self.options.known_passphrase(session.vault.path)
        )
        self.lock_screen.unlocked.connect(session.mark_unlocked)
        self.lock_screen.forgot_passphrase.connect(self.unlock_with_recovery_key)
        self.stack.addWidget(self.lock_screen)
        self.setCentralWidget(self.stack)
        self.statusBar().addWidget(self.notice, 1)
        self.status_progress = StatusProgress()
        self.statusBar().addPermanentWidget(self.status_progress)
        self.search_index: BackgroundIndex | None = None
        self.syncer: Syncer | None = None
        self._journal_timer = QTimer(self)
        self._journal_timer.setInterval(JOURNAL_CHECK_MS)
        self._journal_timer.timeout.connect(self._check_journal)
        self.menu_actions = build_menus(self)
        self.search_requested.connect(self.open_search)
        self.colleagues_requested.connect(lambda: open_colleagues(self, self.syncer))
        self.sync_requested.connect(self.sync_now)
        self.setMinimumSize(MIN_WIDTH, MIN_HEIGHT)
        geometry = settings.geometry()
        if geometry is None or not self.restoreGeometry(geometry):
            self.resize(1280, 760)
        session.locking.connect(self._save_open_work)
        session.locked.connect(self._on_locked)
        session.unlocked.connect(self._on_unlocked)
        session.signals.changed.connect(self._on_changes)
        session.signals.damaged.connect(self._damage_found)
        settings.mark_session(session.vault.path)
        if session.is_locked:
            self._on_locked()
        else:
            self._build_workspace()

    # -- the place ---------------------------------------------------------------

    def open_meeting(self, meeting_id: str) -> Any | None:
        """Open a meeting in the editor (the one place the editor is embedded)."""
        if self.workspace is None:
            return None
        return self.workspace.open_meeting(meeting_id)

    def open_hit(self, hit: SearchHit) -> None:
        """Go to the exact place a search result came from."""
        if self.workspace is None:
            return
        if hit.meeting_id:
            self.workspace.open_item(hit.meeting_id, hit.section, hit.item_id)
        else:
            self.workspace.show_network(hit.network_id)
            if hit.kind in ("person", "practitioner"):
                self.workspace.show_network_tab("people")

    # -- actions -----------------------------------------------------------------

    def lock(self) -> None:
        """Lock now (Ctrl+L)."""
        self.session.lock()

    def unlock_with_recovery_key(self) -> None:
        """Forgot the passphrase (lock screen or File menu): the recovery key, then a new one."""
        vault_actions.unlock_with_recovery_key(self)

    def sync_now(self) -> None:
        """Exchange with colleagues now (File › Sync now, F5)."""
        if self.syncer is not None:
            self.syncer.sync()

    def open_search(self) -> None:
        """Show the search window (Ctrl+K / Ctrl+F)."""
        if self.workspace is None:
            return
        if self.search_dialog is None:
            self.search_dialog = SearchDialog(self.session.vault, self.search_index, self)
            self.search_dialog.open_hit.connect(self.open_hit)
        self.search_dialog.show()
        self.search_dialog.raise_()
        self.search_dialog.activateWindow()
        self.search_dialog.query.setFocus()
        self.search_dialog.query.selectAll()

    def update_title(self) -> None:
        """Say which vault, network and meeting are open (only the vault while locked)."""
        vault = self.session.vault.name
        if self.session.is_locked or self.workspace is None:
            self.setWindowTitle(self.tr("{vault} (locked) — OD Notes").format(vault=vault))
            return
        parts = []
        network_id = self.workspace.network_id()
        if network_id:
            parts.append(self.session.vault.get(Network, network_id).name)
        parts += [vault, self.tr("OD Notes")]
        self.setWindowTitle(" — ".join(parts))

    # -- locking -----------------------------------------------------------------

    def _save_open_work(self) -> None:
        self.side_windows.close_all()  # they save what they hold while the key is still here
        if self.workspace is None:
            return
        self.workspace.save_all()
        self._network_id = self.workspace.network_id()
        self._open_meetings = [e.meeting_id() for e in self.workspace.editors()]
        self._places = {e.meeting_id(): capture_place(e) for e in self.workspace.editors()}
        current = self.workspace.current_editor()
        self._current_meeting = current.meeting_id() if current is not None else ""

    def _on_locked(self) -> None:
        """Drop every widget and model that held decrypted data."""
        self._journal_timer.stop()
        if self.syncer is not None:
            self.syncer.stop()
            dispose(self.syncer)
            self.syncer = None
        if self.search_index is not None:
            self.search_index.stop()
            dispose(self.search_index)
            self.search_index = None
        if self.search_dialog is not None:
            self.search_dialog.clear()
            self.search_dialog.hide()
            dispose(self.search_dialog)
            self.search_dialog = None
        if self.workspace is not None:
            self.stack.removeWidget(self.workspace)
            self.workspace.hide()
            dispose(self.workspace)
            self.workspace = None
        self.clipboard.clear_now()
        self.stack.setCurrentWidget(self.lock_screen)
        self.lock_screen.focus_passphrase()
        self._set_actions_enabled(False)
        self.update_title()

    def _on_unlocked(self) -> None:
        with FOREGROUND.building():  # the index pass waits until the list is painted
            self._build_workspace()
        workspace = self.workspace
        if workspace is None:
            return
        network_id = getattr(self, "_network_id", "")

        def carry_on() -> None:  # once the network is read (off the GUI thread)
            if self.workspace is not workspace:
                return  # locked again meanwhile
            if network_id:
                workspace.show_network(network_id)
            for meeting_id in self._open_meetings:
                workspace.open_meeting(meeting_id)
            if self._current_meeting:
                workspace.open_meeting(self._current_meeting)
            current = workspace.current_editor()
            others = [e for e in workspace.editors() if e is not current]
            for editor in [*others, *([current] if current is not None else [])]:  # front last
                place = self._places.get(editor.meeting_id())
                if place is not None:
                    restore_place(editor, place)

        workspace.after_reading(network_id, carry_on)

    def _build_workspace(self) -> None:
        self.workspace = Workspace(self.session.vault)
        self.workspace.problem.connect(self.show_problem)
        self.workspace.context_changed.connect(self._context_changed)
        self.workspace.record_note_requested.connect(
            lambda meeting_id: copy_for_clinical_record(self, meeting_id)
        )
        self.workspace.summary_requested.connect(
            lambda _meeting_id: self.menu_actions["meeting_summary"].trigger()
        )
        self.stack.addWidget(self.workspace)
        self.stack.setCurrentWidget(self.workspace)
        self._set_actions_enabled(True)
        vault = self.session.vault
        if vault.damaged or not vault.integrity_ok:
            QTimer.singleShot(0, self._show_damage)
        notices = vault.migration.lines() if vault.migration is not None else []
        if vault.rollback_warning:
            notices.append(vault.rollback_warning)
        vault.migration, vault.rollback_warning = None, ""  # said once
        if notices:
            QTimer.singleShot(0, lambda: self._tell("\n\n".join(notices)))
        self.search_index = BackgroundIndex(vault, self)
        self.search_index.start(self, self.status_progress)  # it waits while the list paints
        self._journal_timer.start()
        self.syncer = Syncer(self, self.status_progress)
        self.syncer.start()
        self.update_title()

    def _tell(self, text: str) -> None:
        QMessageBox.information(self, self.tr("OD Notes"), text)

    def _show_damage(self) -> None:
        from ui.dialogs.damaged import DamagedVaultDialog

        if self._damage_dialog is not None and self._damage_dialog.isVisible():
            self._damage_dialog.close()
        self._damage_dialog = DamagedVaultDialog(self.session.vault, self)
        self._damage_dialog.open()

    def _damage_found(self, _found: list[object]) -> None:
        """Damage found after unlocking (a network read for the first time): say so at once."""
        if not self.session.is_locked:
            self._show_damage()

    def _check_journal(self) -> None:
        stopped = self.session.vault.check_journal() if not self.session.is_locked else ""
        if stopped and not self._journal_warned:
            self._journal_warned = True
            self.show_problem(stopped)

    def _set_actions_enabled(self, enabled: bool) -> None:
        for name, action in self.menu_actions.items():
            if name == "recovery_unlock":
                action.setEnabled(not enabled)  # for when the passphrase is forgotten
            elif name not in (
                "lock",
                "quit",
                "switch_vault",
                "shortcuts",
                "user_guide",
                "about",
                "larger",
                "smaller",
                "reset_font",
                "preferences",
                "restore",
            ):
                action.setEnabled(enabled)

    def _context_changed(self) -> None:
        self.update_title()
        current = self.workspace.current_editor() if self.workspace else None
        self.settings.mark_session(
            self.session.vault.path, current.meeting_id() if current is not None else ""
        )

    def _on_changes(self, changes: list[Change]) -> None:
        if self.workspace is not None:
            self.workspace.on_changes(changes)

    # -- window events -----------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt override)
        """Minimising locks the vault."""
        super().changeEvent(event)
        if event.type() == QEvent.Type.WindowStateChange and (
            self.windowState() & Qt.WindowState.WindowMinimized
        ):
            self.session.lock()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt override)
        """Closing saves everything and never asks "discard?"."""
        self.side_windows.close_all()
        if self.workspace is not None:
            self.workspace.save_all()
        self.settings.set_geometry(self.saveGeometry())
        self.session.close()
        self.settings.clear_session()
        event.accept()
        self.closed.emit()
