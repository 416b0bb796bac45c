"""From launch to an open window: welcome, create or unlock, recovery notice, damage notice.

Each step is a window-modal dialog opened without a nested event loop, so the
whole flow can be driven by tests click by click.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import QMessageBox, QProgressDialog, QWidget

from odnotes.vault import Vault
from ui.dialogs.create_vault import CreateVaultDialog
from ui.dialogs.file_dialogs import remember_folders_in
from ui.dialogs.messages import message_for
from ui.dialogs.recovery_key import RecoveryKeyDialog
from ui.dialogs.unlock import UnlockDialog
from ui.dialogs.welcome import WelcomeChoice, WelcomeDialog
from ui.disposal import dispose
from ui.i18n import QT_TRANSLATE_NOOP
from ui.main_window import MainWindow
from ui.operations import Operation
from ui.session import Session
from ui.settings import Settings
from ui.vault_options import VaultOptions

RECOVERED_NOTICE = QT_TRANSLATE_NOOP(
    "ui.launcher",
    "OD Notes did not close properly last time. The meeting you were writing has been "
    "reopened as it was last autosaved; at most the last few seconds of typing may be missing.",
)


class Launcher(QObject):
    """Walks the user to an unlocked main window.

    Signals:
        window_opened(object): the ``MainWindow`` now showing.
        dialog_shown(object): each dialog as it opens (tests drive them).
    """

    window_opened = Signal(object)
    dialog_shown = Signal(object)

    def __init__(
        self, settings: Settings, options: VaultOptions, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.settings = settings
        self.options = options
        remember_folders_in(settings)
        self.window: MainWindow | None = None
        self.dialog: QWidget | None = None
        self._recover_meeting = ""

    def start(self, vault_path: Path | None = None) -> None:
        """Open ``vault_path``, or the vault of a session that crashed, or the welcome screen."""
        crashed = self.settings.open_session()
        if vault_path is None and crashed and Path(crashed[0]).is_file():
            vault_path = Path(crashed[0])
            self._recover_meeting = crashed[1]
        if vault_path is not None:
            self.open_path(vault_path)
        else:
            self.welcome()

    def welcome(self) -> None:
        """Show the first-launch choices."""
        dialog = WelcomeDialog(self.settings.recent_vaults())
        dialog.accepted.connect(lambda: self._welcome_chosen(dialog))
        self._show(dialog)

    def open_path(self, path: Path) -> None:
        """Open a vault file and ask for its passphrase (never for the demo's)."""
        if self.options.is_demo(path):
            self.open_demo()
            return
        vault = Operation(None, lambda: self.options.open(path)).tell(self._refuse).run_now()
        if vault is None:
            return
        dialog = UnlockDialog(vault)
        dialog.accepted.connect(lambda: self._open_window(vault))
        dialog.rejected.connect(lambda: self._give_up(vault))
        self._show(dialog)

    def create(self) -> None:
        """Ask where and with which passphrase, then show the recovery key once."""
        dialog = CreateVaultDialog(self.options)
        dialog.accepted.connect(lambda: self._created(dialog))
        dialog.rejected.connect(self.welcome)
        self._show(dialog)

    def open_demo(self) -> None:
        """Create (first time) or open the fictional demo vault, off the GUI thread."""
        busy = QProgressDialog(
            self.tr("Opening the demo vault. Everyone in it is fictional."), "", 0, 0
        )
        busy.setWindowTitle(self.tr("Demo vault — OD Notes"))
        busy.setCancelButton(None)
        busy.setMinimumDuration(0)
        self._show(busy)

        def failed(error: Exception) -> None:
            busy.close()
            self._refuse(message_for(error))

        Operation(busy, self.options.open_demo).in_background().success(
            lambda v: self._demo_ready(busy, v)
        ).failure(failed).run()

    # -- steps -------------------------------------------------------------------

    def _welcome_chosen(self, dialog: WelcomeDialog) -> None:
        if dialog.choice is WelcomeChoice.CREATE:
            self.create()
        elif dialog.choice is WelcomeChoice.OPEN and dialog.path is not None:
            self.open_path(dialog.path)
        elif dialog.choice is WelcomeChoice.DEMO:
            self.open_demo()

    def _created(self, dialog: CreateVaultDialog) -> None:
        vault = dialog.vault
        assert vault is not None
        keep = RecoveryKeyDialog(vault.name, dialog.recovery_key)
        keep.accepted.connect(lambda: self._open_window(vault))
        self._show(keep)

    def _demo_ready(self, busy: QProgressDialog, vault: object) -> None:
        busy.close()
        assert isinstance(vault, Vault)
        self._open_window(vault)

    def _open_window(self, vault: Vault) -> None:
        self.dialog = None
        self.settings.add_recent_vault(vault.path)
        session = Session(vault, self.settings.idle_minutes())
        window = MainWindow(session, self.settings, options=self.options)
        session.setParent(window)
        window.switch_vault.connect(lambda: self._switch(window))
        window.open_vault.connect(lambda path: self._switch(window, path))
        self.window = window
        window.show()
        if self._recover_meeting:
            meeting_id, self._recover_meeting = self._recover_meeting, ""
            if vault.network_of(meeting_id):  # still there: it opens once its network is read
                window.open_meeting(meeting_id)
                window.show_notice(QCoreApplication.translate("ui.launcher", RECOVERED_NOTICE))
        self.window_opened.emit(window)

    def _switch(self, window: MainWindow, path: Path | None = None) -> None:
        """Show the welcome screen or ``path``'s unlock dialog, then close this vault's window.

        In that order: Qt quits when its last visible window closes. The closed window is
        deleted, not hidden: it would otherwise hold its vault's records and index (hundreds
        of MiB for a large vault) until the app exits.
        """
        if path is None:
            self.welcome()
        else:
            self.open_path(path)
        window.close()
        dispose(window)
        if self.window is window:
            self.window = None

    def _give_up(self, vault: Vault) -> None:
        vault.close()
        self.welcome()

    def _refuse(self, text: str) -> None:
        box = QMessageBox(
            QMessageBox.Icon.Warning, self.tr("Cannot open the vault — OD Notes"), text
        )
        box.finished.connect(lambda _r: self.welcome())
        self._show(box)

    def _show(self, dialog: QWidget) -> None:
        self.dialog = dialog
        dialog.show()
        self.dialog_shown.emit(dialog)
