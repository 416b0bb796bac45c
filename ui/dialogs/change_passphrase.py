"""Changing the passphrase from the File menu, as ``odnotes passwd`` does.

The current passphrase is checked first (the command line unlocks with it;
here a second, read-only opening of the file is unlocked with it, so someone
at an unlocked laptop cannot change it), then the core rewraps the data key
under the new one (``Vault.change_passphrase``). Both are key derivations, so
they run off the GUI thread with a visible wait.
"""

from __future__ import annotations

from PySide6.QtWidgets import QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from odnotes.crypto import KdfPolicy
from odnotes.vault import Vault, open_unlocked
from ui.dialogs.busy import BusyIndicator, run_with_wait
from ui.dialogs.buttons import ok_cancel
from ui.dialogs.fitting import FittingDialog
from ui.dialogs.messages import error_label, message_for
from ui.dialogs.passphrase import PassphrasePair


def check_and_change(vault: Vault, current: str, new: str, policy: KdfPolicy) -> None:
    """Refuse unless ``current`` unlocks the vault's file; then set ``new`` (slow)."""
    open_unlocked(vault.path, current, readonly=True, policy=policy).close()
    vault.change_passphrase(new)


class ChangePassphraseDialog(FittingDialog):
    """The current passphrase, the new one twice; accepted once the new one is in place."""

    def __init__(self, vault: Vault, policy: KdfPolicy, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._vault = vault
        self._policy = policy
        self.setWindowTitle(self.tr("Change the passphrase of {name} — OD Notes").format(
            name=vault.name
        ))  # fmt: skip
        intro = QLabel(
            self.tr(
                "Type the passphrase the vault has now, then the new one twice. The records "
                "are not touched, and the recovery key keeps working."
            )
        )
        intro.setWordWrap(True)
        self.current = QLineEdit()
        self.current.setEchoMode(QLineEdit.EchoMode.Password)
        self.current.setAccessibleName(self.tr("Current passphrase"))
        self.new = PassphrasePair()
        self.error = error_label(self.tr("Problem"))
        self.busy = BusyIndicator()
        self.buttons, self.change_button = ok_cancel(
            self.tr("&Change passphrase"), self.tr("Change the passphrase")
        )
        cancel = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        self.current.textChanged.connect(self.error.hide)
        self.new.changed.connect(self.error.hide)
        form = QFormLayout()
        label = QLabel(self.tr("C&urrent passphrase:"))
        label.setBuddy(self.current)
        form.addRow(label, self.current)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(QLabel(self.tr("<b>The new passphrase</b>")))
        layout.addWidget(self.new)
        layout.addWidget(self.error)
        layout.addWidget(self.busy)
        layout.addWidget(self.buttons)
        self._controls = [self.change_button, cancel, self.current, self.new]
        self.setMinimumWidth(560)
        self.current.setFocus()

    def submit(self) -> None:
        """Check the form, then check the current passphrase and set the new one."""
        problem = self.new.problem()
        if not self.current.text():
            problem = self.tr("Please type the passphrase the vault has now.")
        elif not problem and self.new.passphrase() == self.current.text():
            problem = self.tr("The new passphrase is the same as the current one.")
        if problem:
            self._show_error(problem)
            return
        self.error.hide()
        vault, current, new = self._vault, self.current.text(), self.new.passphrase()
        run_with_wait(
            self.busy,
            self.tr("Checking the current passphrase and setting the new one…"),
            lambda: check_and_change(vault, current, new, self._policy),
            self._done,
            self._failed,
            self._controls,
        )

    def reject(self) -> None:
        """Not half-way through: the change takes a moment and then is complete."""
        if not self.busy.is_running():
            self.current.clear()
            self.new.clear()
            super().reject()

    def _done(self, _result: object) -> None:
        self.current.clear()
        self.new.clear()
        self.accept()

    def _failed(self, error: Exception) -> None:
        self.current.selectAll()
        self.current.setFocus()
        self._show_error(message_for(error))

    def _show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()
