"""When the app exchanges with colleagues: Sync now, after saves, on unlock, when files arrive.

One :class:`Syncer` per unlocked vault (made with the workspace, dropped on
lock). Every sync goes through the UI's operation runner, off the GUI thread;
one runs at a time, and a request made meanwhile runs once right after. What
happened is said in the status bar; open meeting editors whose meeting
changed read it again (views follow the vault's change signal by themselves).

Three things start a sync besides **Sync now**: a save in a shared network
(after a few quiet seconds, so typing does not sync on every word), unlocking,
and a new file for this vault appearing in the exchange folder (a
``QFileSystemWatcher`` while the vault is open; our own files and files for
others do not count, so writing never sets off another sync).
"""

from __future__ import annotations

import threading
import weakref
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QFileSystemWatcher, QObject, QTimer, Signal
from PySide6.QtWidgets import QMessageBox

from odnotes import sharing
from odnotes.errors import OdNotesError
from odnotes.exchange import incoming
from odnotes.sharing import SyncReport
from odnotes.vault import Change
from ui.dialogs.messages import message_for
from ui.operations import Operation
from ui.sharing.me import Me
from ui.sharing.words import refused_lines, report_line

if TYPE_CHECKING:
    from ui.host import WindowHost
    from ui.status_progress import StatusProgress

AFTER_SAVE_MS = 4_000
"""Quiet time after a save in a shared network before it is sent."""
SHARING_KINDS = frozenset({"paired_card", "network_share", "exchange_settings"})
"""Vault-wide records whose change means something new may be due to a colleague."""
AFTER_ARRIVAL_MS = 1_500
"""Wait after a file appears (a sync tool may still be renaming it into place)."""


class Syncer(QObject):
    """Runs the core's ``sync`` for the main window, and decides when.

    Signals:
        synced(object): the ``SyncReport`` of a finished sync.
        failed(str): a sync could not run (the message says why).
    """

    synced = Signal(object)
    failed = Signal(str)

    def __init__(self, window: WindowHost, progress: StatusProgress) -> None:
        super().__init__(window)
        self._window = window
        self._progress = progress
        self._vault = window.session.vault
        self.me = Me(self._vault, window.settings)
        self._running = False
        self._again = False
        self._asked_again = False
        self._stopped = False
        self._seen: set[str] = set()
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(lambda: self.sync(asked=False))
        self.watcher = QFileSystemWatcher(self)
        self.watcher.directoryChanged.connect(self._folder_changed)
        self._listen()

    # -- starting and stopping -------------------------------------------------------

    def start(self) -> None:
        """The vault was unlocked: name its author, watch the folder, sync once."""
        self._stopped = False
        self.me.apply()
        self._watch()
        self.sync(asked=False)

    def stop(self) -> None:
        """The vault is locking: no more syncs, no more watching."""
        self._stopped = True
        self.timer.stop()
        if self.watcher.directories():
            self.watcher.removePaths(self.watcher.directories())

    @property
    def running(self) -> bool:
        """A sync is under way."""
        return self._running

    # -- syncing -----------------------------------------------------------------

    def sync(self, *, asked: bool = True) -> None:
        """Exchange now; ``asked`` (Sync now) also explains why nothing could be done."""
        if self._stopped or not self._vault.is_unlocked:
            return
        if self._running:
            self._again = True
            self._asked_again = self._asked_again or asked
            return
        practitioner_id = self.me.apply()
        folder = sharing.exchange_folder(self._vault) if practitioner_id else None
        if not practitioner_id or folder is None:
            if asked:
                self._window.show_notice(
                    self.tr("Choose who you are in File › Colleagues… first.")
                    if not practitioner_id
                    else self.tr("Nothing is shared yet: open a network and choose “Share with…”.")
                )
            return
        self._running = True  # first: the saves just below are part of this sync
        if self._window.workspace is not None:
            self._window.workspace.save_all()  # what was typed goes out, and is not overwritten
        self._again = False
        operation = (
            Operation(self._window, lambda: sharing.sync(self._vault, practitioner_id))
            .success(lambda report: self._done(report, asked))
            .failure(lambda error: self._failed(error, asked))
            .progress(self.tr("Syncing with colleagues…"), self._progress)
        )
        # "Sync now" is waited for; a sync after a save or a change in the folder is not,
        # and does not hold up the person's own work.
        (operation.in_background() if asked else operation.giving_way()).run()

    def _done(self, report: SyncReport, asked: bool) -> None:
        self._running = False
        if not shiboken6.isValid(self) or self._stopped or not self._vault.is_unlocked:
            return  # locked meanwhile: this syncer is gone with the workspace
        self._refresh_editors(set(report.changed_records))
        self._window.show_notice(report_line(report, self._vault))
        if asked and report.refused:
            QMessageBox.warning(
                self._window,
                self.tr("Some files were not taken in — OD Notes"),
                "\n\n".join(refused_lines(report)),
            )
        self._seen = self._arrived()
        self._watch()
        self.synced.emit(report)
        self._run_again()

    def _failed(self, error: Exception, asked: bool) -> None:
        self._running = False
        if not shiboken6.isValid(self) or self._stopped:
            return  # locked meanwhile (the sync stopped at the lock): nothing to say
        text = message_for(error)
        self._window.show_notice(self.tr("Not synced: {error}").format(error=text))
        if asked:
            QMessageBox.warning(self._window, self.tr("Not synced — OD Notes"), text)
        self.failed.emit(text)
        self._run_again()

    def _run_again(self) -> None:
        if self._again:
            asked, self._again, self._asked_again = self._asked_again, False, False
            self.sync(asked=asked)

    def _refresh_editors(self, changed: set[str]) -> None:
        workspace = self._window.workspace
        if workspace is None or not changed:
            return
        for editor in workspace.editors():
            if editor.meeting_id() in changed:
                editor.take_stored()

    # -- when ------------------------------------------------------------------------

    def _listen(self) -> None:
        """Hear the saves made on the GUI thread: what the practitioner did.

        Saves on worker threads are the sync's own (received changes,
        acknowledgements) or other background work; they never start a sync,
        so a sync cannot set off the next one. The vault keeps its listeners,
        so this one checks that the syncer still exists.
        """
        me = weakref.ref(self)

        def listener(changes: list[Change]) -> None:
            syncer = me()
            if (
                syncer is not None
                and shiboken6.isValid(syncer)
                and threading.current_thread() is threading.main_thread()
            ):
                syncer._on_changes(changes)

        self._vault.on_change(listener)

    def _on_changes(self, changes: list[Change]) -> None:
        """A save in a shared network (or to the sharing itself) is sent after a pause."""
        if self._stopped or not self._vault.is_unlocked:
            return
        if any(self._goes_out(change) for change in changes):
            if self._running:
                self._again = True  # saved while a sync ran: send it right after
            else:
                self.timer.start(AFTER_SAVE_MS)

    def _goes_out(self, change: Change) -> bool:
        try:
            network_id = self._vault.network_of(change.record_id)
        except OdNotesError:
            return False
        if not network_id:
            return change.kind in SHARING_KINDS
        return bool(sharing.shared_with(self._vault, network_id))

    def _watch(self) -> None:
        folder = sharing.exchange_folder(self._vault) if self._vault.is_unlocked else None
        wanted = [str(folder)] if folder is not None and folder.is_dir() else []
        current = self.watcher.directories()
        if current != wanted:
            if current:
                self.watcher.removePaths(current)
            if wanted:
                self.watcher.addPaths(wanted)
                self._seen = self._arrived()

    def _arrived(self) -> set[str]:
        """Names of the files in the folder addressed to this vault's practitioner."""
        folder = sharing.exchange_folder(self._vault)
        practitioner_id = self.me.practitioner_id()
        if folder is None or not practitioner_id:
            return set()
        try:
            card_id = sharing.my_card(self._vault, practitioner_id).card_id
            return {path.name for path in incoming(folder, card_id)}
        except (OdNotesError, OSError):
            return set()

    def _folder_changed(self, _path: str) -> None:
        if self._stopped or not self._vault.is_unlocked:
            return
        if self._arrived() - self._seen and not self.timer.isActive():
            self.timer.start(AFTER_ARRIVAL_MS)
