"""File › Colleagues…: who you are here, your card, pairing with a colleague's card.

Thin over :mod:`odnotes.sharing`: this window chooses which of the vault's
practitioners uses it on this laptop, writes that practitioner's public card,
reads a colleague's card and pairs with it only after the safety number was
compared ("They match"), and lists the colleagues paired so far.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from odnotes import sharing
from odnotes.exchange import (
    PractitionerCard,
    SafetyNumber,
    read_card,
    safety_number,
    write_card,
)
from odnotes.model import Practitioner
from odnotes.vault import Vault
from ui.dialogs.file_dialogs import open_file_name, save_file_with_suffix
from ui.editor.widgets import modal
from ui.models.roles import OBJECT_ROLE
from ui.operations import Operation
from ui.settings import Settings
from ui.sharing.me import Me
from ui.sharing.models import ColleaguesModel
from ui.sharing.pairing_dialog import PairingDialog
from ui.words import role_text


class ColleaguesDialog(QDialog):
    """Your card, your colleagues' cards, and pairing.

    Signals:
        paired_changed(): a colleague was paired or removed.
    """

    paired_changed = Signal()

    def __init__(self, vault: Vault, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._vault = vault
        self.me = Me(vault, settings)
        self.setWindowTitle(self.tr("Colleagues"))
        self.setMinimumWidth(560)
        self.who = QComboBox()
        self.who.setAccessibleName(self.tr("You are"))
        for practitioner in self.me.practitioners():
            self.who.addItem(
                f"{practitioner.name} ({role_text(practitioner.role)})", userData=practitioner.id
            )
        chosen = self.who.findData(self.me.practitioner_id())
        self.who.setCurrentIndex(max(chosen, 0))
        self.who.currentIndexChanged.connect(self._who_changed)
        intro = QLabel(
            self.tr(
                "Pair with the colleagues you facilitate with, then share a network with them "
                "from its page. Each of you saves your own card and gives it to the other (on a "
                "USB stick, by e-mail: the card holds no secret), then you compare the safety "
                "number together."
            )
        )
        intro.setWordWrap(True)
        self.save_card_button = QPushButton(self.tr("&Save my card…"))
        self.save_card_button.setAccessibleName(self.tr("Save my practitioner card"))
        self.save_card_button.clicked.connect(self.save_my_card)
        self.add_card_button = QPushButton(self.tr("&Add a colleague's card…"))
        self.add_card_button.setAccessibleName(self.tr("Add a colleague's practitioner card"))
        self.add_card_button.clicked.connect(self.add_card)
        self.model = ColleaguesModel(self)
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.setAccessibleName(self.tr("Paired colleagues"))
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.verticalHeader().hide()
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.remove_button = QPushButton(self.tr("&Remove"))
        self.remove_button.setAccessibleName(self.tr("Remove the chosen colleague"))
        self.remove_button.clicked.connect(self.remove_selected)
        self.outcome = QLabel()
        self.outcome.setWordWrap(True)
        self.outcome.setAccessibleName(self.tr("What happened"))
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        close.button(QDialogButtonBox.StandardButton.Close).setAutoDefault(False)
        form = QFormLayout()
        form.addRow(self.tr("&You are:"), self.who)
        cards = QHBoxLayout()
        cards.addWidget(self.save_card_button)
        cards.addWidget(self.add_card_button)
        cards.addStretch(1)
        listed = QHBoxLayout()
        listed.addWidget(self.view, 1)
        side = QVBoxLayout()
        side.addWidget(self.remove_button)
        side.addStretch(1)
        listed.addLayout(side)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addLayout(cards)
        layout.addWidget(QLabel(self.tr("Paired colleagues:")))
        layout.addLayout(listed)
        layout.addWidget(self.outcome)
        layout.addWidget(close)
        self.view.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self._who_changed()
        self.reload()

    # -- state -------------------------------------------------------------------

    def _card_filter(self) -> str:
        return self.tr("OD Notes practitioner card (*.odcard)")

    def reload(self) -> None:
        """List the paired colleagues again."""
        self.model.set_rows(sorted(sharing.paired(self._vault), key=lambda c: c.name.casefold()))
        self._update_buttons()

    def selected_card(self) -> PractitionerCard | None:
        """The colleague chosen in the list."""
        rows = self.view.selectionModel().selectedRows()
        return rows[0].data(OBJECT_ROLE) if rows else None

    def _who_changed(self) -> None:
        practitioner_id = self.who.currentData()
        if isinstance(practitioner_id, str):
            self.me.set_practitioner_id(practitioner_id)
        self._update_buttons()

    def _update_buttons(self) -> None:
        has_me = bool(self.me.practitioner_id())
        self.save_card_button.setEnabled(has_me)
        self.add_card_button.setEnabled(has_me)
        self.remove_button.setEnabled(self.selected_card() is not None)
        if not has_me:
            self._say(self.tr("Add yourself to a network's people (as a practitioner) first."))

    def _say(self, text: str) -> None:
        self.outcome.setText(text)

    # -- actions -----------------------------------------------------------------

    def save_my_card(self) -> None:
        """Write your public card to a file you give your colleague."""
        practitioner_id = self.me.practitioner_id()
        if not practitioner_id:
            return
        card = (
            Operation(self, lambda: sharing.my_card(self._vault, practitioner_id))
            .tell(self._say)
            .run_now()
        )
        if card is None:
            return
        target = save_file_with_suffix(
            self, self.tr("Save my card"), f"{card.name}.odcard", self._card_filter(), ".odcard"
        )
        if target is None:
            return
        Operation(self, lambda: write_card(target, card)).success(
            lambda _none: self._say(
                self.tr("Your card is saved as {name}. Give it to your colleague.").format(
                    name=target.name
                )
            )
        ).tell(self._say).run()

    def add_card(self) -> None:
        """Read a colleague's card, compare the safety number, pair if they match."""
        practitioner_id = self.me.practitioner_id()
        if not practitioner_id:
            return
        chosen = open_file_name(self, self.tr("Add a colleague's card"), self._card_filter())
        if chosen is not None:
            self.pair_with_file(chosen, practitioner_id)

    def pair_with_file(self, path: object, practitioner_id: str) -> None:
        """The pairing steps for one card file (the file dialog's choice, or a test's)."""

        def read() -> tuple[PractitionerCard, SafetyNumber, list[Practitioner], str]:
            theirs = read_card(str(path))
            number = safety_number(sharing.my_card(self._vault, practitioner_id), theirs)
            suggested = sharing.suggested_stand_in(self._vault, theirs)
            return (
                theirs,
                number,
                sharing.stand_ins(self._vault, theirs),
                suggested.id if suggested else "",
            )

        found = Operation(self, read).tell(self._say).run_now()
        if found is None:
            return
        theirs, number, stand_ins, suggested = found
        dialog = PairingDialog(theirs, number, self, stand_ins=stand_ins, suggested=suggested)
        with modal(dialog) as accepted:
            stand_in = dialog.stand_in()
        if not accepted:
            self._say(
                self.tr(
                    "Not paired with {name}. A different number means this card may not be "
                    "theirs: ask them to save it again and hand it to you themselves."
                ).format(name=theirs.name)
            )
            return
        Operation(
            self, lambda: sharing.pair(self._vault, practitioner_id, theirs, stand_in=stand_in)
        ).success(
            lambda _card: self._changed(
                self.tr("Paired with {name}. Share a network with them from its page.").format(
                    name=theirs.name
                )
            )
        ).tell(self._say).run()

    def remove_selected(self) -> None:
        """Stop exchanging with the chosen colleague (after asking)."""
        card = self.selected_card()
        if card is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Remove colleague"),
            self.tr(
                "Stop exchanging with {name}? Nothing more is sent to them or taken from "
                "them; what they already wrote stays in your records."
            ).format(name=card.name),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        Operation(self, lambda: sharing.unpair(self._vault, card.card_id)).success(
            lambda _none: self._changed(self.tr("{name} was removed.").format(name=card.name))
        ).tell(self._say).run()
        self.view.setFocus(Qt.FocusReason.OtherFocusReason)

    def _changed(self, said: str) -> None:
        """A colleague was paired or removed: list them again and say what happened."""
        self.reload()
        self._say(said)
        self.paired_changed.emit()
