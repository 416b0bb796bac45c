"""What the window shows while the vault is locked: nothing but the unlock form."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from odnotes.vault import Vault
from ui.dialogs.unlock import UnlockForm


class LockScreen(QWidget):
    """A centred card with the vault's name and the passphrase field.

    Signals:
        unlocked(): the vault was unlocked from here.
        forgot_passphrase(): the user wants to unlock with the recovery key.
    """

    unlocked = Signal()
    forgot_passphrase = Signal()

    def __init__(
        self, vault: Vault, parent: QWidget | None = None, *, known_passphrase: str = ""
    ) -> None:
        super().__init__(parent)
        self._vault = vault
        heading = QLabel(self.tr("<h2>Locked</h2>"))
        heading.setAlignment(Qt.AlignmentFlag.AlignCenter)
        note = QLabel(
            self.tr(
                "OD Notes locked this vault to keep it private. Everything was saved; "
                "unlock to carry on where you were."
            )
        )
        note.setWordWrap(True)
        note.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.form = UnlockForm(vault, known_passphrase=known_passphrase)
        self.form.unlocked.connect(self.unlocked.emit)
        self.form.forgot_passphrase.connect(self.forgot_passphrase.emit)
        card = QFrame()
        card.setObjectName("lockCard")
        card.setFrameShape(QFrame.Shape.StyledPanel)
        card.setFixedWidth(max(540, card.fontMetrics().averageCharWidth() * 60))  # large text
        card_layout = QVBoxLayout(card)
        card_layout.setContentsMargins(24, 18, 24, 18)
        card_layout.addWidget(heading)
        card_layout.addWidget(note)
        card_layout.addWidget(self.form)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(card)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addLayout(row)
        layout.addStretch(2)

    def focus_passphrase(self) -> None:
        """Put the cursor in the passphrase field."""
        self.form.passphrase.setFocus()
