"""The File menu's vault commands: back up, restore, change passphrase, recovery key.

The same operations as ``odnotes backup``, ``restore``, ``passwd`` and
``recover``, through the same core functions and with the same messages; the
dialogs run the slow parts off the GUI thread.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QMessageBox

from ui.dialogs.change_passphrase import ChangePassphraseDialog
from ui.dialogs.recovery_unlock import RecoveryUnlockDialog
from ui.dialogs.vault_copies import BackupDialog, RestoreDialog

if TYPE_CHECKING:
    from ui.host import WindowHost


def _while_unlocked(window: WindowHost, dialog: QDialog) -> None:
    """Close ``dialog`` when the vault locks (it works on the open vault), and free it after."""
    window.session.locking.connect(dialog.close)
    dialog.finished.connect(dialog.deleteLater)


def back_up(window: WindowHost) -> BackupDialog | None:
    """Write a verified backup of the open vault (what was just typed included)."""
    if window.session.is_locked:
        return None
    if window.workspace is not None:
        window.workspace.save_all()
    dialog = BackupDialog(window.session.vault, window)

    def closed(_result: int) -> None:
        if dialog.written is not None:
            window.show_notice(
                QCoreApplication.translate(
                    "ui.vault_actions", "Backup written to {path} and verified."
                ).format(path=dialog.written)
            )

    dialog.finished.connect(closed)
    _while_unlocked(window, dialog)
    dialog.open()
    return dialog


def restore(window: WindowHost) -> RestoreDialog:
    """Restore a backup to a new vault file; offer to open it afterwards."""
    dialog = RestoreDialog(window.options.policy, window)
    dialog.open_restored.connect(window.open_vault.emit)
    dialog.open()
    return dialog


def change_passphrase(window: WindowHost) -> ChangePassphraseDialog | QMessageBox | None:
    """Set a new passphrase after checking the current one (not for the demo vault)."""
    vault = window.session.vault
    if window.session.is_locked:
        return None
    if window.options.is_demo(vault.path):
        box = QMessageBox(
            QMessageBox.Icon.Information,
            QCoreApplication.translate("ui.vault_actions", "Change passphrase — OD Notes"),
            QCoreApplication.translate(
                "ui.vault_actions",
                "The demo vault keeps its passphrase, “{passphrase}”, so that it always opens. "
                "Your own vaults can have their passphrase changed here.",
            ).format(passphrase=window.options.known_passphrase(vault.path)),
            QMessageBox.StandardButton.Ok,
            window,
        )
        box.open()
        return box
    if window.workspace is not None:
        window.workspace.save_all()
    dialog = ChangePassphraseDialog(vault, window.options.policy, window)
    _while_unlocked(window, dialog)
    dialog.accepted.connect(
        lambda: window.show_notice(
            QCoreApplication.translate("ui.vault_actions", "The passphrase was changed.")
        )
    )
    dialog.open()
    return dialog


def unlock_with_recovery_key(window: WindowHost) -> RecoveryUnlockDialog | None:
    """Forgot the passphrase: unlock with the recovery key, then choose a new passphrase."""
    if not window.session.is_locked:
        return None
    dialog = RecoveryUnlockDialog(window.session.vault, window)

    def unlocked() -> None:
        window.session.mark_unlocked()
        if dialog.passphrase_changed:
            window.show_notice(
                QCoreApplication.translate(
                    "ui.vault_actions",
                    "The vault has a new passphrase. Your recovery key still works.",
                )
            )

    dialog.accepted.connect(unlocked)
    dialog.open()
    return dialog
