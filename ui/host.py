"""The main window as the menus, the side windows and the vault actions see it.

The main window builds its menus, and the menus open side windows and vault dialogs; if those
modules took the ``MainWindow`` class itself, each would import the module that imports it (the
circle issue 16 found). They take this base instead, which holds what they use: the session, the
settings and options, the workspace in front, the side windows, the clipboard guard, the notice
line, and signals for what only the main window does (open another vault, search).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QLabel, QMainWindow, QMessageBox, QWidget

from ui.clipboard import ClipboardGuard
from ui.session import Session
from ui.settings import Settings
from ui.side_windows import ClinicalWindows
from ui.vault_options import VaultOptions
from ui.workspace import Workspace


class WindowHost(QMainWindow):
    """One vault's window, as far as the code it builds needs to know it.

    Signals:
        closed(): the window closed and its vault was closed cleanly.
        switch_vault(): the user asked to open another vault.
        open_vault(object): the user chose a recent vault (a ``Path``) to open instead.
        search_requested(): the user asked for the search window.
        colleagues_requested(): the user asked for File › Colleagues….
        sync_requested(): the user asked to sync with colleagues now.
    """

    closed = Signal()
    switch_vault = Signal()
    open_vault = Signal(object)
    search_requested = Signal()
    colleagues_requested = Signal()
    sync_requested = Signal()

    def __init__(
        self,
        session: Session,
        settings: Settings,
        options: VaultOptions,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.settings = settings
        self.options = options
        self.side_windows = ClinicalWindows()
        self.workspace: Workspace | None = None
        self.clipboard = ClipboardGuard(parent=self)
        self.notice = QLabel()
        self.notice.setAccessibleName(QCoreApplication.translate("MainWindow", "Notice"))
        self.notice.setWordWrap(True)

    def show_notice(self, text: str) -> None:
        """A calm line in the status bar (stays until replaced)."""
        self.notice.setText(text)

    def show_problem(self, text: str) -> None:
        """A refused change: say why; nothing was written."""
        QMessageBox.warning(
            self, QCoreApplication.translate("MainWindow", "Not saved — OD Notes"), text
        )
