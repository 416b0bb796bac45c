"""Creating a vault: where it goes and its passphrase (typed twice, strength shown).

Vaults are made with calibrated Argon2id parameters (about half a second of
work), so creation runs off the GUI thread with a busy indication.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from odnotes.vault import Vault
from ui.dialogs.busy import BusyIndicator
from ui.dialogs.buttons import ok_cancel
from ui.dialogs.file_dialogs import documents_dir, save_file_name
from ui.dialogs.fitting import FittingDialog
from ui.dialogs.messages import error_label, message_for
from ui.dialogs.passphrase import PassphrasePair
from ui.i18n import QT_TRANSLATE_NOOP
from ui.operations import Operation
from ui.vault_options import VaultOptions

VAULT_FILTER = QT_TRANSLATE_NOOP("ui.dialogs.create_vault", "OD Notes vaults (*.odvault)")


def vault_filter() -> str:
    """The file-dialog filter for vaults, in the user's language."""
    return QCoreApplication.translate("ui.dialogs.create_vault", VAULT_FILTER)


def default_vault_path() -> Path:
    """A first suggestion in the documents folder (made on Create if it is missing).

    A name already taken there gets a number ("OD Notes 2.odvault").
    """
    folder = documents_dir()
    stem = QCoreApplication.translate("ui.dialogs.create_vault", "OD Notes")
    candidate = folder / f"{stem}.odvault"
    number = 2
    while candidate.exists():
        candidate = folder / f"{stem} {number}.odvault"
        number += 1
    return candidate


class CreateVaultDialog(FittingDialog):
    """Accepted once the vault exists; ``vault`` and ``recovery_key`` are then set."""

    def __init__(self, options: VaultOptions, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._options = options
        self.vault: Vault | None = None
        self.recovery_key = ""
        self.setWindowTitle(self.tr("Create a vault — OD Notes"))
        intro = QLabel(
            self.tr(
                "A vault is one encrypted file holding your networks and meetings. Nobody can "
                "read it without the passphrase — or the recovery key you will be shown next."
            )
        )
        intro.setWordWrap(True)
        self.path = QLineEdit(str(default_vault_path()))
        self.path.setAccessibleName(self.tr("Vault file"))
        self.path.textChanged.connect(self._clear_error)
        browse = QPushButton(self.tr("&Browse…"))
        browse.setAccessibleName(self.tr("Choose where to save the vault"))
        browse.clicked.connect(self._browse)
        where = QHBoxLayout()
        where.addWidget(self.path, 1)
        where.addWidget(browse)
        self.passphrase = PassphrasePair()
        self.passphrase.changed.connect(self._clear_error)
        self.error = error_label(self.tr("Problem"))
        self.busy = BusyIndicator()
        self.buttons, self.create_button = ok_cancel(
            self.tr("&Create vault"), self.tr("Create vault")
        )
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout()
        file_label = QLabel(self.tr("&File:"))
        file_label.setBuddy(self.path)
        form.addRow(file_label, where)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.passphrase)
        layout.addWidget(self.error)
        layout.addWidget(self.busy)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(560)
        self.passphrase.first.setFocus()

    def _browse(self) -> None:
        title = self.tr("Save the vault as")
        chosen = save_file_name(self, title, self.target().name, vault_filter())
        if chosen is not None:
            self.path.setText(str(chosen))

    def _clear_error(self) -> None:
        """A changed field makes the last problem out of date; Create checks again."""
        self.error.hide()

    def target(self) -> Path:
        """The chosen file, with the ``.odvault`` suffix."""
        path = Path(self.path.text().strip()).expanduser()
        return path if path.suffix == ".odvault" else path.with_name(path.name + ".odvault")

    def submit(self) -> None:
        """Check the form, then create the vault off the GUI thread."""
        problem = self.passphrase.problem()
        if not self.path.text().strip():
            problem = self.tr("Please choose where to save the vault.")
        elif self.target().exists():
            problem = self.tr("{name} already exists there; choose another name.").format(
                name=self.target().name
            )
        elif not self._make_documents_folder():
            problem = self.tr("That folder does not exist. Choose one with Browse…")
        if problem:
            self._show_error(problem)
            return
        self.error.hide()
        self._set_busy(True)
        path, passphrase = self.target(), self.passphrase.passphrase()
        Operation(self, lambda: self._options.create(path, passphrase)).in_background().success(
            self._done
        ).failure(self._failed).run()

    def _make_documents_folder(self) -> bool:
        """The target's folder exists, or is the documents folder and was made now."""
        folder = self.target().parent
        if folder.is_dir():
            return True
        if folder != documents_dir():
            return False
        return documents_dir(create=True).is_dir() and folder.is_dir()

    def _done(self, result: object) -> None:
        self._set_busy(False)
        assert isinstance(result, tuple)
        self.vault, self.recovery_key = result
        self.passphrase.clear()
        self.accept()

    def _failed(self, error: Exception) -> None:
        self._set_busy(False)
        self._show_error(message_for(error))

    def _show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()

    def _set_busy(self, busy: bool) -> None:
        self.create_button.setEnabled(not busy)
        self.passphrase.setEnabled(not busy)
        if busy:
            self.busy.start(self.tr("Creating the vault and deriving its key…"))
        else:
            self.busy.stop()
