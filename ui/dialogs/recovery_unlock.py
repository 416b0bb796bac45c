"""Forgot the passphrase: unlock with the recovery key, then choose a new passphrase."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QFontDatabase, QFontMetrics
from PySide6.QtWidgets import (
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from odnotes.vault import Vault
from ui.dialogs.busy import BusyIndicator, run_with_wait
from ui.dialogs.buttons import ok_cancel
from ui.dialogs.fitting import FittingDialog, PageStack
from ui.dialogs.messages import error_label, message_for
from ui.dialogs.passphrase import PassphrasePair


class RecoveryUnlockDialog(FittingDialog):
    """Two steps: the recovery key, then a new passphrase (accepted when both are done)."""

    def __init__(self, vault: Vault, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._vault = vault
        self.passphrase_changed = False
        self.setWindowTitle(
            self.tr("Unlock {name} with the recovery key — OD Notes").format(name=vault.name)
        )
        self.key = QLineEdit()
        self.key.setAccessibleName(self.tr("Recovery key"))
        self.key.setPlaceholderText("XXXXX-XXXXX-XXXXX-XXXXX-XXXXX-XXXXX-XXXXX-XXXXX")
        mono = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        mono.setPointSizeF(self.font().pointSizeF())
        self.key.setFont(mono)  # 0 and O, 1 and I look different
        self.key.setMinimumWidth(
            QFontMetrics(mono).horizontalAdvance(self.key.placeholderText()) + 24
        )
        key_page = QWidget()
        key_form = QFormLayout(key_page)
        intro = QLabel(
            self.tr(
                "Type the recovery key you printed or saved when the vault was made. "
                "Then you will choose a new passphrase."
            )
        )
        intro.setWordWrap(True)
        key_form.addRow(intro)
        key_form.addRow(self.tr("Recovery &key:"), self.key)
        self.new_passphrase = PassphrasePair()
        pass_page = QWidget()
        pass_layout = QVBoxLayout(pass_page)
        done = QLabel(self.tr("The vault is unlocked. Choose a new passphrase for it."))
        done.setWordWrap(True)
        pass_layout.addWidget(done)
        pass_layout.addWidget(self.new_passphrase)
        self.pages = PageStack()
        self.pages.addWidget(key_page)
        self.pages.addWidget(pass_page)
        self.error = error_label(self.tr("Problem"))
        self.busy = BusyIndicator()
        self.buttons, self.ok = ok_cancel(self.tr("&Unlock"), self.tr("Unlock with recovery key"))
        self.buttons.accepted.connect(self._next)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages)
        layout.addWidget(self.error)
        layout.addWidget(self.busy)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(560)

    def reject(self) -> None:
        """Cancelling after the key step keeps the vault unlocked with its old passphrase."""
        if self.pages.currentIndex() == 1:
            self.accept()
        else:
            super().reject()

    def _next(self) -> None:
        self.error.hide()
        if self.pages.currentIndex() == 0:
            key = self.key.text()
            self._run(
                lambda: self._vault.unlock_with_recovery_key(key),
                self.tr("Checking…"),
                self._key_ok,
            )
        else:
            problem = self.new_passphrase.problem()
            if problem:
                self._fail_text(problem)
                return
            new = self.new_passphrase.passphrase()
            self._run(
                lambda: self._vault.change_passphrase(new),
                self.tr("Setting the passphrase…"),
                self._changed,
            )

    def _changed(self, _result: object) -> None:
        self.passphrase_changed = True
        self.new_passphrase.clear()
        self.accept()

    def _key_ok(self, _result: object) -> None:
        self.key.clear()
        self.pages.setCurrentIndex(1)
        self.ok.setText(self.tr("&Set passphrase"))
        self.ok.setAccessibleName(self.tr("Set new passphrase"))
        self.new_passphrase.first.setFocus()

    def _run(self, work: Callable[[], object], text: str, done: Callable[[object], None]) -> None:
        run_with_wait(
            self.busy, text, work, done, lambda e: self._fail_text(message_for(e)), [self.ok]
        )

    def _fail_text(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()
