"""The line at the top of a meeting that was changed differently on two laptops."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from odnotes.vault import Vault
from ui.continuity.watch import refresh_on_change
from ui.sharing.conflict_dialog import ConflictDialog
from ui.sharing.conflicts import open_conflicts

BANNER_STYLE = (
    "QFrame#conflict-banner { background: #fff4d6; border: 1px solid #d9a400;"
    " border-radius: 4px; } QFrame#conflict-banner QLabel { color: #4a3800; }"
)


class ConflictBanner(QFrame):
    """Says how many fields differ and opens the side-by-side view; hidden when none do.

    Signals:
        settled(): the practitioner settled at least one conflict (the editor reads again).
    """

    settled = Signal()

    def __init__(self, vault: Vault, meeting_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._vault = vault
        self._meeting_id = meeting_id
        self.setObjectName("conflict-banner")
        self.setStyleSheet(BANNER_STYLE)
        self.setAccessibleName(self.tr("Changed on both laptops"))
        self.text = QLabel()
        self.text.setWordWrap(True)
        self.compare_button = QPushButton(self.tr("Compare and &choose…"))
        self.compare_button.setAccessibleName(self.tr("Compare both versions and choose"))
        self.compare_button.clicked.connect(self.compare)
        row = QHBoxLayout(self)
        row.setContentsMargins(12, 6, 12, 6)
        row.addWidget(self.text, 1)
        row.addWidget(self.compare_button)
        refresh_on_change(vault, self.refresh)
        self.refresh()

    def refresh(self) -> None:
        """Show the count of open conflicts, or hide."""
        if not self._vault.is_unlocked:
            return
        count = len(open_conflicts(self._vault, self._meeting_id))
        self.text.setText(
            self.tr(
                "<b>Changed on both laptops:</b> %n part(s) of this meeting differ between you "
                "and a colleague. Nothing was chosen for you.",
                "",
                count,
            )
        )
        self.setVisible(count > 0)

    def compare(self) -> None:
        """Open both versions side by side."""
        from ui.editor.widgets import modal  # here: the editor package imports this module

        with modal(ConflictDialog(self._vault, self._meeting_id, self)) as accepted:
            pass
        self.refresh()
        if accepted:
            self.settled.emit()
