"""Unlocking a vault: the passphrase form (used by the dialog and the lock screen).

Key derivation runs off the GUI thread; a wrong passphrase says so plainly and
shows the back-off wait, counting down, before the next try is allowed.
"""

from __future__ import annotations

import math

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QFontMetrics, QKeyEvent, QResizeEvent
from PySide6.QtWidgets import (
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from odnotes.errors import TooManyAttempts, WrongPassphrase
from odnotes.vault import Vault
from ui.dialogs.busy import BusyIndicator
from ui.dialogs.fitting import FittingDialog
from ui.dialogs.messages import error_label, message_for
from ui.operations import Operation


class UnlockForm(QWidget):
    """Vault name and path, a passphrase field, Unlock and "Forgot passphrase?".

    Enter is handled here and goes no further: it unlocks, and nothing else.
    (Left to a dialog, it also pressed whichever button had become the default
    when the field was disabled, which opened the recovery dialog on top.)

    Signals:
        unlocked(): the vault is unlocked.
        forgot_passphrase(): the user wants to unlock with the recovery key.
    """

    unlocked = Signal()
    forgot_passphrase = Signal()

    def __init__(
        self, vault: Vault, parent: QWidget | None = None, *, known_passphrase: str = ""
    ) -> None:
        super().__init__(parent)
        self._vault = vault
        self._known = known_passphrase
        self._wait_left = 0
        self._busy = False
        title = QLabel(f"<b>{_escape(vault.name)}</b>")
        title.setTextFormat(Qt.TextFormat.RichText)
        title.setAccessibleName(self.tr("Vault name"))
        path = ElidedLabel(str(vault.path))
        path.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        path.setAccessibleName(self.tr("Vault file"))
        self.passphrase = QLineEdit()
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setAccessibleName(self.tr("Passphrase"))
        self.passphrase.setPlaceholderText(self.tr("Passphrase"))
        self.hint = QLabel(
            self.tr(
                "This is the fictional demo vault. Its passphrase is “{passphrase}”; "
                "press Enter to unlock it."
            ).format(passphrase=_escape(known_passphrase))
        )
        self.hint.setWordWrap(True)
        self.hint.setAccessibleName(self.tr("Demo passphrase"))
        self.hint.setVisible(bool(known_passphrase))
        if known_passphrase:  # public: nothing is protected by hiding it
            self.passphrase.setEchoMode(QLineEdit.EchoMode.Normal)
            self.passphrase.setText(known_passphrase)
        self.error = error_label(self.tr("Unlock problem"))
        self.unlock_button = QPushButton(self.tr("&Unlock"))
        self.unlock_button.setDefault(True)  # looks like the default; Enter is handled below
        self.unlock_button.setAccessibleName(self.tr("Unlock"))
        self.unlock_button.clicked.connect(self.submit)
        self.forgot = QPushButton(self.tr("F&orgot passphrase?"))  # Alt+F is the File menu
        self.forgot.setFlat(True)
        self.forgot.setAutoDefault(False)  # never the default: Enter must not reach it
        self.forgot.setAccessibleName(self.tr("Forgot passphrase: unlock with the recovery key"))
        self.forgot.clicked.connect(self.forgot_passphrase.emit)
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
        layout.addWidget(self.hint)
        layout.addWidget(self.error)
        layout.addWidget(self.busy)
        layout.addWidget(self.unlock_button)
        layout.addWidget(self.forgot, 0, Qt.AlignmentFlag.AlignLeft)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt override)
        """Enter presses the focused button, or else unlocks; it never reaches the dialog."""
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            event.accept()
            if self.forgot.hasFocus():
                self.forgot.click()
            else:
                self.submit()
            return
        super().keyPressEvent(event)

    def is_busy(self) -> bool:
        """A passphrase is being checked right now."""
        return self._busy

    def submit(self) -> None:
        """Try the passphrase off the GUI thread."""
        if self._busy or self._wait_left > 0 or not self.unlock_button.isEnabled():
            return
        passphrase = self.passphrase.text()
        if not passphrase:
            self._show_error(self.tr("Please type the vault's passphrase."))
            return
        self._set_busy(True)
        Operation(self, lambda: self._vault.unlock(passphrase)).in_background().success(
            self._done
        ).failure(self._failed).run()

    def _done(self, _result: object) -> None:
        self._set_busy(False)
        self.passphrase.setText(self._known)
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
            text += self.tr(" You can try again in %n s.", "", self._wait_left)
        self._show_error(text)

    def _show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()

    def _set_busy(self, busy: bool) -> None:
        # Read-only rather than disabled: a disabled field hands the focus on to a button.
        self._busy = busy
        self.passphrase.setReadOnly(busy)
        self.unlock_button.setEnabled(not busy)
        self.forgot.setEnabled(not busy)
        if busy:
            self.busy.start(self.tr("Unlocking… (deriving the key takes a moment)"))
        else:
            self.busy.stop()
            self.passphrase.setFocus()


class UnlockDialog(FittingDialog):
    """The unlock form in a dialog; accepted once the vault is unlocked."""

    def __init__(
        self, vault: Vault, parent: QWidget | None = None, *, known_passphrase: str = ""
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Unlock {name} — OD Notes").format(name=vault.name))
        self.form = UnlockForm(vault, known_passphrase=known_passphrase)
        self.form.unlocked.connect(self.accept)
        self.form.forgot_passphrase.connect(self._recover)
        self._vault = vault
        layout = QVBoxLayout(self)
        layout.addWidget(self.form)
        self.setMinimumWidth(460)

    def _recover(self) -> None:
        from ui.dialogs.recovery_unlock import RecoveryUnlockDialog

        recovery = RecoveryUnlockDialog(self._vault, self)
        recovery.accepted.connect(self.accept)
        recovery.open()


class ElidedLabel(QLabel):
    """A path shortened in the middle to the width it is given; the whole of it in the tooltip.

    It takes the width the layout can spare and asks for no more, so a long path
    never widens (or is cut off by) a dialog at a large text size.
    """

    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._full = text
        self.setToolTip(text)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self._elide()

    def full_text(self) -> str:
        """The text before shortening."""
        return self._full

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt override)
        """Shorten the text again for the new width."""
        super().resizeEvent(event)
        self._elide()

    def _elide(self) -> None:
        width = max(self.contentsRect().width(), 0)
        metrics = QFontMetrics(self.font())
        shown = metrics.elidedText(self._full, Qt.TextElideMode.ElideMiddle, width)
        if shown != self.text():
            super().setText(shown)


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
