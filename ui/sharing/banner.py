"""The line that says records were changed differently on two laptops, and opens both versions.

A meeting shows it at its top; the network page shows it for the network
and its people. It is hidden while nothing is open.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from odnotes.vault import Vault
from ui.continuity.watch import refresh_on_change
from ui.sharing.conflict_dialog import ConflictDialog
from ui.sharing.conflicts import network_records_in_conflict, open_conflicts

BANNER_STYLE = (
    "QFrame#conflict-banner { background: #fff4d6; border: 1px solid #d9a400;"
    " border-radius: 4px; } QFrame#conflict-banner QLabel { color: #4a3800; }"
)


class ConflictBanner(QFrame):
    """Says how many parts differ and opens the side-by-side view; hidden when none do.

    Signals:
        settled(): the practitioner settled at least one conflict (the editor reads again).
    """

    settled = Signal()

    def __init__(
        self,
        vault: Vault,
        record_ids: Callable[[], list[str]],
        words: Callable[[int], str],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._vault = vault
        self._record_ids = record_ids
        self._words = words
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

    @classmethod
    def for_meeting(cls, vault: Vault, meeting_id: str) -> ConflictBanner:
        """At the top of a meeting."""
        return cls(
            vault,
            lambda: [meeting_id],
            lambda count: QCoreApplication.translate(
                "ConflictBanner",
                "<b>Changed on both laptops:</b> %n part(s) of this meeting differ between you "
                "and a colleague. Nothing was chosen for you.",
                "",
                count,
            ),
        )

    @classmethod
    def for_network(cls, vault: Vault, network_id: str) -> ConflictBanner:
        """On the network page, for the network and its people."""
        return cls(
            vault,
            lambda: network_records_in_conflict(vault, network_id),
            lambda count: QCoreApplication.translate(
                "ConflictBanner",
                "<b>Changed on both laptops:</b> %n part(s) of this network or its people "
                "differ between you and a colleague. Nothing was chosen for you.",
                "",
                count,
            ),
        )

    def refresh(self) -> None:
        """Show the count of open conflicts, or hide."""
        if not self._vault.is_unlocked:
            return
        count = sum(len(open_conflicts(self._vault, r)) for r in self._record_ids())
        self.text.setText(self._words(count))
        self.setVisible(count > 0)

    def compare(self) -> None:
        """Open both versions side by side."""
        from ui.editor.widgets import modal  # here: the editor package imports this module

        dialog = ConflictDialog(self._vault, self._record_ids(), self)
        with modal(dialog) as accepted:
            pass
        self.refresh()
        if accepted:
            self.settled.emit()
