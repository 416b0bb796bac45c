"""Backing up and restoring a vault from the File menu, as ``odnotes backup``/``restore`` do.

Both call the core's own functions (``Vault.backup``, ``restore_backup``):
the copy is made through SQLite's backup API, unlocked and fully verified
before it is kept, and neither ever writes over an existing file. The slow
part runs off the GUI thread with a visible wait.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from odnotes.crypto import KdfPolicy
from odnotes.vault import Vault, VerifyReport, restore_backup
from ui.dialogs.busy import BusyIndicator, run_with_wait
from ui.dialogs.create_vault import vault_filter
from ui.dialogs.file_dialogs import open_file_name, save_file_name, start_dir
from ui.dialogs.fitting import FittingDialog
from ui.dialogs.messages import error_label, message_for


def with_vault_suffix(text: str) -> Path:
    """The path typed, with ``.odvault`` added when it is missing."""
    path = Path(text.strip()).expanduser()
    return path if path.suffix == ".odvault" else path.with_name(path.name + ".odvault")


def _path_row(edit: QLineEdit, browse: QPushButton) -> QHBoxLayout:
    row = QHBoxLayout()
    row.addWidget(edit, 1)
    row.addWidget(browse)
    return row


class _CopyDialog(FittingDialog):
    """What backing up and restoring share: a problem line, a wait, a result, the buttons."""

    def __init__(self, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.error = error_label(self.tr("Problem"))
        self.busy = BusyIndicator()
        self.outcome = QLabel()
        self.outcome.setWordWrap(True)
        self.outcome.setAccessibleName(self.tr("Result"))
        self.outcome.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Close
        )
        self.go = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.close_button = self.buttons.button(QDialogButtonBox.StandardButton.Close)
        self.close_button.setAccessibleName(self.tr("Close"))
        self.buttons.rejected.connect(self.reject)
        self.setMinimumWidth(600)

    def finish_layout(self, intro: QLabel, form: QFormLayout) -> None:
        """Lay out the intro, the fields and the shared parts, in that order."""
        intro.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.busy)
        layout.addWidget(self.outcome)
        layout.addWidget(self.buttons)

    def reject(self) -> None:
        """Not while the copy is being written and checked (it finishes in moments)."""
        if not self.busy.is_running():
            super().reject()

    def show_error(self, text: str) -> None:
        """Say what went wrong; nothing was written."""
        self.outcome.hide()
        self.error.setText(text)
        self.error.show()

    def show_result(self, text: str) -> None:
        """Say what was written; the dialog can only be closed now."""
        self.error.hide()
        self.outcome.setText(text)
        self.outcome.show()
        self.go.hide()
        self.close_button.setDefault(True)
        self.close_button.setFocus()

    def failed(self, error: Exception) -> None:
        """The core refused or the disk failed: its message, never a traceback."""
        self.show_error(message_for(error))


class BackupDialog(_CopyDialog):
    """Write a verified, encrypted backup of the open vault to a new file."""

    def __init__(self, vault: Vault, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._vault = vault
        self.written: Path | None = None
        self.setWindowTitle(self.tr("Back up {name} — OD Notes").format(name=vault.name))
        intro = QLabel(
            self.tr(
                "A backup is an encrypted copy of the whole vault in one file. It is checked "
                "before it is kept, opens with the same passphrase, and never replaces a file. "
                "Keep it on a USB stick or another disk, away from this laptop."
            )
        )
        suggested = self.tr("{name} backup {today}.odvault").format(
            name=vault.name, today=date.today().isoformat()
        )
        self.path = QLineEdit(str(start_dir() / suggested))
        self.path.setAccessibleName(self.tr("Backup file"))
        self.path.textChanged.connect(self.error.hide)
        browse = QPushButton(self.tr("&Browse…"))
        browse.setAccessibleName(self.tr("Choose where to save the backup"))
        browse.clicked.connect(self._browse)
        self.buttons.accepted.connect(self.submit)
        self.go.setText(self.tr("&Write backup"))
        self.go.setAccessibleName(self.tr("Write the backup"))
        form = QFormLayout()
        label = QLabel(self.tr("&Save as:"))
        label.setBuddy(self.path)
        form.addRow(label, _path_row(self.path, browse))
        self.finish_layout(intro, form)
        self.path.setFocus()

    def _browse(self) -> None:
        name = with_vault_suffix(self.path.text() or "backup").name
        chosen = save_file_name(self, self.tr("Save the backup as"), name, vault_filter())
        if chosen is not None:
            self.path.setText(str(chosen))

    def submit(self) -> None:
        """Write the backup off the GUI thread (the core verifies it before keeping it)."""
        if not self.path.text().strip():
            self.show_error(self.tr("Please choose where to save the backup."))
            return
        target = with_vault_suffix(self.path.text())
        if target.resolve() == self._vault.path.resolve():
            self.show_error(self.tr("That is the vault itself; choose a new file for the backup."))
            return
        self.error.hide()
        run_with_wait(
            self.busy,
            self.tr("Writing the backup and checking every record…"),
            lambda: self._vault.backup(target),
            lambda _r: self._done(target),
            self.failed,
            [self.go, self.path, self.close_button],
        )

    def _done(self, target: Path) -> None:
        self.written = target
        self.show_result(self.tr("Backup written to {path} and verified.").format(path=target))


class RestoreDialog(_CopyDialog):
    """Make a new vault file from a backup, after verifying it; never replaces a vault.

    Signals:
        open_restored(object): the user asked to open the restored vault (a ``Path``).
    """

    open_restored = Signal(object)

    def __init__(self, policy: KdfPolicy, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._policy = policy
        self.restored: Path | None = None
        self.setWindowTitle(self.tr("Restore a backup — OD Notes"))
        intro = QLabel(
            self.tr(
                "Restoring makes a new vault file from a backup, after checking every record "
                "in it. It never replaces a vault: choose a name that is not taken."
            )
        )
        self.backup = QLineEdit()
        self.backup.setAccessibleName(self.tr("Backup file"))
        self.backup.textChanged.connect(self._backup_changed)
        browse_backup = QPushButton(self.tr("&Browse…"))
        browse_backup.setAccessibleName(self.tr("Choose the backup file"))
        browse_backup.clicked.connect(self._browse_backup)
        self.target = QLineEdit()
        self.target.setAccessibleName(self.tr("New vault file"))
        self.target.textChanged.connect(self.error.hide)
        browse_target = QPushButton(self.tr("B&rowse…"))
        browse_target.setAccessibleName(self.tr("Choose where to put the restored vault"))
        browse_target.clicked.connect(self._browse_target)
        self.passphrase = QLineEdit()
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setAccessibleName(self.tr("The backup's passphrase"))
        self.passphrase.textChanged.connect(self.error.hide)
        self.buttons.accepted.connect(self.submit)
        self.go.setText(self.tr("&Restore"))
        self.go.setAccessibleName(self.tr("Restore the backup"))
        self.open_button = QPushButton(self.tr("&Open the restored vault"))
        self.open_button.setAccessibleName(self.tr("Open the restored vault"))
        self.open_button.clicked.connect(self._open)
        self.buttons.addButton(self.open_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.open_button.hide()  # after adding: the box shows what it is given
        form = QFormLayout()
        for text, field, row in (
            (self.tr("&Backup:"), self.backup, _path_row(self.backup, browse_backup)),
            (self.tr("Restore &as:"), self.target, _path_row(self.target, browse_target)),
            (self.tr("&Passphrase:"), self.passphrase, None),
        ):
            label = QLabel(text)
            label.setBuddy(field)
            form.addRow(label, row if row is not None else field)
        hint = QLabel(self.tr("The passphrase the vault had when the backup was made."))
        hint.setWordWrap(True)
        form.addRow("", hint)
        self.finish_layout(intro, form)
        self._fields = [self.backup, self.target, self.passphrase, browse_backup, browse_target]
        self.backup.setFocus()

    def _backup_changed(self, text: str) -> None:
        self.error.hide()
        source = Path(text.strip()).expanduser()
        if source.name and source.parent.is_dir() and not self.target.isModified():
            suggested = self.tr("{stem} restored.odvault").format(stem=source.stem)
            self.target.setText(str(source.with_name(suggested)))

    def _browse_backup(self) -> None:
        chosen = open_file_name(self, self.tr("The backup to restore"), vault_filter())
        if chosen is not None:
            self.backup.setText(str(chosen))
            self.target.setFocus()

    def _browse_target(self) -> None:
        name = with_vault_suffix(self.target.text() or "restored").name
        chosen = save_file_name(self, self.tr("Restore the vault as"), name, vault_filter())
        if chosen is not None:
            self.target.setText(str(chosen))
            self.target.setModified(True)

    def submit(self) -> None:
        """Check the fields, then restore and verify off the GUI thread."""
        source = Path(self.backup.text().strip()).expanduser()
        target = with_vault_suffix(self.target.text()) if self.target.text().strip() else None
        problem = ""
        if not self.backup.text().strip() or not source.is_file():
            problem = self.tr("Choose the backup file to restore.")
        elif target is None:
            problem = self.tr("Choose a name for the restored vault.")
        elif target.exists():
            problem = self.tr(
                "{name} already exists there; OD Notes never writes over a vault. "
                "Choose another name."
            ).format(name=target.name)
        elif not target.parent.is_dir():
            problem = self.tr("That folder does not exist. Choose one with Browse…")
        elif not self.passphrase.text():
            problem = self.tr("Please type the backup's passphrase.")
        if problem or target is None:
            self.show_error(problem)
            return
        self.error.hide()
        passphrase = self.passphrase.text()
        run_with_wait(
            self.busy,
            self.tr("Checking the backup and writing the restored vault…"),
            lambda: restore_backup(source, target, passphrase, policy=self._policy),
            lambda report: self._done(target, report),
            self.failed,
            [self.go, self.close_button, *self._fields],
        )

    def reject(self) -> None:
        """Closing forgets the passphrase typed."""
        if not self.busy.is_running():
            self.passphrase.clear()
        super().reject()

    def _done(self, target: Path, report: object) -> None:
        records = report.records if isinstance(report, VerifyReport) else 0
        self.restored = target
        self.passphrase.clear()
        self.show_result(
            self.tr("Restored %n record(s) to {path}; verified.", "", records).format(path=target)
        )
        self.open_button.show()
        self.open_button.setDefault(True)
        self.open_button.setFocus()

    def _open(self) -> None:
        if self.restored is not None:
            self.accept()
            self.open_restored.emit(self.restored)
