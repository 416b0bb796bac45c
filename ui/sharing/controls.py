"""On the network page: "Share with…", and who the network is shared with."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from odnotes import sharing
from odnotes.vault import Vault
from ui.continuity.watch import refresh_on_change
from ui.editor.widgets import modal
from ui.sharing.share_dialog import ShareDialog


class SharingControls(QWidget):
    """The network's "Share with…" button and a line naming the colleagues it goes to."""

    def __init__(self, vault: Vault, network_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._vault = vault
        self._network_id = network_id
        self.share_button = QPushButton(self.tr("Share &with…"))
        self.share_button.setAccessibleName(self.tr("Share this network with a colleague"))
        self.share_button.setToolTip(
            self.tr("Your paired co-facilitators get this network through the exchange folder")
        )
        self.share_button.clicked.connect(self.open_share_dialog)
        self.shared_label = QLabel()
        self.shared_label.setAccessibleName(self.tr("Shared with"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.share_button)
        layout.addWidget(self.shared_label)
        refresh_on_change(vault, self.refresh)
        self.refresh()

    def refresh(self) -> None:
        """Say who the network is shared with (after any save: sharing is saved too)."""
        if not self._vault.is_unlocked:
            return
        names = sorted(c.name for c in sharing.shared_with(self._vault, self._network_id))
        self.shared_label.setText(
            self.tr("Shared with {names}").format(names=", ".join(names)) if names else ""
        )
        self.shared_label.setVisible(bool(names))

    def open_share_dialog(self) -> None:
        """Choose the colleagues (and the exchange folder the first time)."""
        with modal(ShareDialog(self._vault, self._network_id, self)):
            pass
        self.refresh()
