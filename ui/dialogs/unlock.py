"""Unlocking a vault: the passphrase form (used by the dialog and the lock screen).

Key derivation runs off the GUI thread; a wrong passphrase says so plainly and
shows the back-off wait, counting down, before the next try is allowed.
"""

from __future__ import annotations

import math

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from odnotes.errors import TooManyAttempts, WrongPassphrase
from odnotes.vault import Vault
from ui.dialogs.busy import BusyIndicator
from ui.dialogs.messages import error_label, message_for
from ui.workers import run_in_background


class UnlockForm(QWidget):
    """Vault name and path, a passphrase field, Unlock and "Forgot passphrase?".

    Signals:
        unlocked(): the vault is unlocked.
        forgot_passphrase(): the user wants to unlock with the recovery key.
    """

    unlocked = Signal()
    forgot_passphrase = Signal()

    def __init__(self, vault: Vault, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._vault = vault
        self._wait_left = 0
        title = QLabel(f"<b>{_escape(vault.name)}</b>")
        title.setTextFormat(Qt.TextFormat.RichText)
        title.setAccessibleName(self.tr("Vault name"))
        path = QLabel(elided_path(str(vault.path), 380, self))
        path.setToolTip(str(vault.path))
        path.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        path.setAccessibleName(self.tr("Vault file"))
        self.passphrase = QLineEdit()
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setAccessibleName(self.tr("Passphrase"))
        self.passphrase.setPlaceholderText(self.tr("Passphrase"))
        self.passphrase.returnPressed.connect(self.submit)
        self.error = error_label(self.tr("Unlock problem"))
        self.unlock_button = QPushButton(self.tr("&Unlock"))
        self.unlock_button.setDefault(True)
        self.unlock_button.setAccessibleName(self.tr("Unlock"))
        self.unlock_button.clicked.connect(self.submit)
        forgot = QPushButton(self.tr("&Forgot passphrase?"))
        forgot.setFlat(True)
        forgot.setAccessibleName(self.tr("Forgot passphrase: unlock with the recovery key"))
        forgot.clicked.connect(self.forgot_passphrase.emit)
        self.busy = BusyIndicator()
        self._countdown = QTimer(self)
        self._countdown.setInterval(1000)
        self._countdown.setTimerType(Qt.TimerType.PreciseTimer)  # never before the back-off ends
        self._countdown.timeout.connect(self._tick)

        form = QFormLayout()
        form.addRow(self.tr("Vault:"), title)
        form.addRow(self.tr("File:"), path)
        form.addRow(self.tr("&Passphrase:"), self.passphrase)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.busy)
        layout.addWidget(self.unlock_button)
        layout.addWidget(forgot, 0, Qt.AlignmentFlag.AlignLeft)

    def submit(self) -> None:
        """Try the passphrase off the GUI thread."""
        if self._wait_left > 0 or not self.unlock_button.isEnabled():
            return
        passphrase = self.passphrase.text()
        if not passphrase:
            self._show_error(self.tr("Please type the vault's passphrase."))
            return
        self._set_busy(True)
        run_in_background(lambda: self._vault.unlock(passphrase), self._done, self._failed)

    def _done(self, _result: object) -> None:
        self._set_busy(False)
        self.passphrase.clear()
        self.error.hide()
        self.unlocked.emit()

    def _failed(self, error: Exception) -> None:
        self._set_busy(False)
        self.passphrase.selectAll()
        if isinstance(error, TooManyAttempts):
            self._start_wait(math.ceil(error.retry_after), self.tr("Too many wrong attempts."))
        elif isinstance(error, WrongPassphrase):
            self._start_wait(math.ceil(error.retry_after), message_for(error))
        else:
            self._show_error(message_for(error))

    def _start_wait(self, seconds: int, message: str) -> None:
        self._wait_message = message
        self._wait_left = seconds
        if seconds > 0:
            self.unlock_button.setEnabled(False)
            self._countdown.start()
        self._render_wait()

    def _tick(self) -> None:
        self._wait_left -= 1
        if self._wait_left <= 0:
            self._countdown.stop()
            self.unlock_button.setEnabled(True)
            self.passphrase.setFocus()
        self._render_wait()

    def _render_wait(self) -> None:
        text = self._wait_message
        if self._wait_left > 0:
            text += self.tr(" You can try again in {wait_left} s.").format(
                wait_left=self._wait_left
            )
        self._show_error(text)

    def _show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()

    def _set_busy(self, busy: bool) -> None:
        self.passphrase.setEnabled(not busy)
        self.unlock_button.setEnabled(not busy)
        if busy:
            self.busy.start(self.tr("Unlocking… (deriving the key takes a moment)"))
        else:
            self.busy.stop()
            self.passphrase.setFocus()


class UnlockDialog(QDialog):
    """The unlock form in a dialog; accepted once the vault is unlocked."""

    def __init__(self, vault: Vault, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Unlock {name} — OD Notes").format(name=vault.name))
        self.form = UnlockForm(vault)
        self.form.unlocked.connect(self.accept)
        self.form.forgot_passphrase.connect(self._recover)
        self._vault = vault
        layout = QVBoxLayout(self)
        layout.addWidget(self.form)
        self.setMinimumWidth(460)

    def _recover(self) -> None:
        from ui.dialogs.recovery_unlock import RecoveryUnlockDialog

        if RecoveryUnlockDialog(self._vault, self).exec() == QDialog.DialogCode.Accepted:
            self.accept()


def elided_path(path: str, width: int, widget: QWidget) -> str:
    """A long path shortened in the middle to fit ``width`` pixels."""
    return QFontMetrics(widget.font()).elidedText(path, Qt.TextElideMode.ElideMiddle, width)


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
