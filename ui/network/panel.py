"""The networks list: search, active/closed filter, create, rename, close and reopen."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListView,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from odnotes import networks
from odnotes.errors import OdNotesError
from odnotes.model import Network, NetworkStatus
from odnotes.vault import Change, Vault
from ui.editor.widgets import modal
from ui.models.networks import NAME, NetworkFilter, NetworksModel
from ui.models.roles import OBJECT_ROLE
from ui.network.network_dialog import NetworkDialog
from ui.operations import Operation


class NetworksPanel(QWidget):
    """The left-hand list of networks.

    Signals:
        network_chosen(str): the current network changed to this id ("" for none).
        problem(str): a change was refused.
    """

    network_chosen = Signal(str)
    problem = Signal(str)

    def __init__(self, vault: Vault, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._vault = vault
        self.model = NetworksModel(self)
        self.proxy = NetworkFilter(self)
        self.proxy.setSourceModel(self.model)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Find a network"))
        self.search.setAccessibleName(self.tr("Find a network"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self.proxy.set_search)
        self.show_filter = QComboBox()
        self.show_filter.setAccessibleName(self.tr("Show networks"))
        for label, value in (
            (self.tr("Active networks"), NetworkFilter.SHOW_ACTIVE),
            (self.tr("Closed networks"), NetworkFilter.SHOW_CLOSED),
            (self.tr("All networks"), NetworkFilter.SHOW_ALL),
        ):
            self.show_filter.addItem(label, value)
        self.show_filter.currentIndexChanged.connect(
            lambda: self.proxy.set_show(self.show_filter.currentData())
        )
        self.view = QListView()
        self.view.setModel(self.proxy)
        self.view.setModelColumn(NAME)
        self.view.setUniformItemSizes(True)  # one line each: not every row asked its size
        self.view.setAccessibleName(self.tr("Networks"))
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.selectionModel().currentChanged.connect(self._current_changed)
        self.new_button = QPushButton(self.tr("&New network…"))
        self.new_button.setAccessibleName(self.tr("New network"))
        self.new_button.clicked.connect(self.create_network)
        self.rename_button = QPushButton(self.tr("Rena&me…"))
        self.rename_button.setAccessibleName(self.tr("Rename network"))
        self.rename_button.clicked.connect(self.rename_network)
        self.close_button = QPushButton(self.tr("&Close network"))
        self.close_button.setAccessibleName(self.tr("Close or reopen network"))
        self.close_button.clicked.connect(self.toggle_closed)
        self.close_hint = QLabel()
        self.close_hint.setWordWrap(True)
        self.close_hint.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.close_hint.setAccessibleName(self.tr("What closing a network does"))
        row = QHBoxLayout()
        row.addWidget(self.rename_button)
        row.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.search)
        layout.addWidget(self.show_filter)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.new_button)
        layout.addLayout(row)
        layout.addWidget(self.close_hint)
        self.reload()

    def reload(self) -> None:
        """Read the networks again, keeping the current one."""
        current = self.current_id()
        self.model.set_rows(self._vault.all(Network))
        if current:
            self.select(current)
        self._update_buttons()

    def on_changes(self, changes: list[Change]) -> None:
        """Show saved networks without losing the selection."""
        for change in changes:
            if change.kind != "network":
                continue
            try:
                self.model.upsert(self._vault.get(Network, change.record_id))
            except OdNotesError:
                self.model.remove(change.record_id)
        self._update_buttons()

    def current_network(self) -> Network | None:
        """The network selected in the list."""
        network = self.view.currentIndex().data(OBJECT_ROLE)
        return network if isinstance(network, Network) else None

    def current_id(self) -> str:
        """Its id, or an empty string."""
        network = self.current_network()
        return network.id if network else ""

    def select(self, network_id: str) -> bool:
        """Make ``network_id`` current (showing closed networks if need be)."""
        row = self.model.row_of(network_id)
        if row < 0:
            return False
        if not self.proxy.mapFromSource(self.model.index(row, NAME)).isValid():
            self.search.clear()
            self.show_filter.setCurrentIndex(self.show_filter.findData(NetworkFilter.SHOW_ALL))
        self.view.setCurrentIndex(self.proxy.mapFromSource(self.model.index(row, NAME)))
        return True

    def create_network(self) -> None:
        """Ask for a name and when the first call came, then create an active network."""
        dialog = NetworkDialog(
            name="",
            first_contact=networks.now_for_meeting(),
            title=self.tr("New network"),
            parent=self,
        )
        with modal(dialog) as accepted:
            name, first_contact = dialog.name(), dialog.first_contact()
        if not accepted:
            return
        Operation(self, lambda: networks.create_network(self._vault, name, first_contact)).success(
            lambda network: self.select(network.id)
        ).tell(self.problem.emit, self.tr("The network was not created: {error}")).run()

    def rename_network(self) -> None:
        """Ask for a new name for the current network."""
        network = self.current_network()
        if network is None:
            return
        name, ok = QInputDialog.getText(
            self, self.tr("Rename network"), self.tr("New name:"), text=network.name
        )
        if ok:
            Operation(self, lambda: networks.rename_network(self._vault, network.id, name)).tell(
                self.problem.emit, self.tr("The network was not renamed: {error}")
            ).run()

    def toggle_closed(self) -> None:
        """Close the current network, or reopen it if it is closed."""
        network = self.current_network()
        if network is None:
            return
        status = (
            NetworkStatus.CLOSED if network.status is NetworkStatus.ACTIVE else NetworkStatus.ACTIVE
        )
        Operation(
            self, lambda: networks.set_network_status(self._vault, network.id, status)
        ).success(lambda _none: self.select(network.id)).tell(
            self.problem.emit, self.tr("Nothing was changed: {error}")
        ).run()

    def _current_changed(self, current: QModelIndex) -> None:
        network = current.data(OBJECT_ROLE)
        self._update_buttons()
        self.network_chosen.emit(network.id if isinstance(network, Network) else "")

    def _update_buttons(self) -> None:
        network = self.current_network()
        self.rename_button.setEnabled(network is not None)
        self.close_button.setEnabled(network is not None)
        closed = network is not None and network.status is NetworkStatus.CLOSED
        self.close_button.setText(
            self.tr("Re&open network") if closed else self.tr("&Close network")
        )
        self.close_hint.setText(
            self.tr("Closed: care has ended. Reopen it to write new meetings.")
            if closed
            else self.tr(
                "Close it when care ends: nothing is deleted, and you can reopen it any time."
            )
        )
        self.close_hint.setVisible(network is not None)
