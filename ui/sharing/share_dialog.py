"""Network › Share with…: which paired colleagues get this network, and through which folder.

The exchange folder is chosen once per vault (the core remembers it inside
the vault, encrypted); the dialog says in plain words what it is for. Only
what is ticked is stored, when the dialog is accepted.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from odnotes import sharing
from odnotes.model import Network
from odnotes.vault import Vault
from ui.dialogs.buttons import ok_cancel
from ui.dialogs.file_dialogs import existing_folder
from ui.dialogs.messages import error_label
from ui.operations import Operation
from ui.sharing.models import ShareChoicesModel


class ShareDialog(QDialog):
    """Tick the colleagues to share one network with; choose the exchange folder if needed."""

    def __init__(self, vault: Vault, network_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._vault = vault
        self._network_id = network_id
        name = vault.get(Network, network_id).name
        self.setWindowTitle(self.tr("Share {network}").format(network=name))
        self.setMinimumWidth(560)
        folder = sharing.exchange_folder(vault)
        self.explain = QLabel(
            self.tr(
                "The exchange folder is a folder your sync tool (Syncthing, a shared drive) "
                "carries to your colleague. OD Notes writes sealed files into it that only "
                "your colleague's vault can open, and reads theirs from it."
            )
        )
        self.explain.setWordWrap(True)
        self.folder = QLineEdit(str(folder) if folder else "")
        self.folder.setAccessibleName(self.tr("Exchange folder"))
        self.folder.setPlaceholderText(self.tr("No exchange folder chosen yet"))
        self.choose_button = QPushButton(self.tr("C&hoose…"))
        self.choose_button.setAccessibleName(self.tr("Choose the exchange folder"))
        self.choose_button.clicked.connect(self.choose_folder)
        self.model = ShareChoicesModel(self)
        paired = sorted(sharing.paired(vault), key=lambda c: c.name.casefold())
        shared = [c.card_id for c in sharing.shared_with(vault, network_id)]
        self.model.fill(paired, shared)
        self._before = set(shared)
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.setAccessibleName(self.tr("Colleagues to share with"))
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.verticalHeader().hide()
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.view.horizontalHeader().setStretchLastSection(True)
        self.empty = QLabel(
            self.tr("No colleague is paired yet: pair first in File › Colleagues….")
        )
        self.empty.setWordWrap(True)
        self.empty.setVisible(not paired)
        self.error = error_label(self.tr("Problem"))
        buttons, self.ok = ok_cancel(self.tr("&Share"), self.tr("Share the network"))
        buttons.accepted.connect(self.submit)
        buttons.rejected.connect(self.reject)
        row = QHBoxLayout()
        row.addWidget(self.folder, 1)
        row.addWidget(self.choose_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.explain)
        layout.addLayout(row)
        layout.addWidget(QLabel(self.tr("Share this network with:")))
        layout.addWidget(self.view)
        layout.addWidget(self.empty)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

    def choose_folder(self) -> None:
        """Pick the exchange folder."""
        chosen = existing_folder(self, self.tr("Exchange folder"), self.folder.text())
        if chosen is not None:
            self.folder.setText(str(chosen))

    def submit(self) -> None:
        """Store the folder and the shares; on a problem say it and store nothing more."""
        chosen = set(self.model.chosen())
        text = self.folder.text().strip()
        if chosen and not text:
            self._fail(self.tr("Choose the exchange folder first."))
            return
        folder = Path(text).expanduser() if text else None
        if folder is not None and not folder.is_dir():
            self._fail(self.tr("{folder} is not a folder that exists here.").format(folder=text))
            return

        def store() -> None:
            if folder is not None and folder != sharing.exchange_folder(self._vault):
                sharing.set_exchange_folder(self._vault, folder)
            for card_id in sorted(chosen - self._before):
                sharing.share(self._vault, self._network_id, card_id)
            for card_id in sorted(self._before - chosen):
                sharing.unshare(self._vault, self._network_id, card_id)

        Operation(self, store).success(lambda _none: self.accept()).tell(self._fail).run()

    def _fail(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()
