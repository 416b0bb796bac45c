"""Add a network member without leaving the meeting."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from odnotes.model import Person, PersonKind
from odnotes.vault import Vault
from ui.editor.widgets import clean_text, ok_cancel
from ui.operations import Operation
from ui.words import kind_text


class PersonDialog(QDialog):
    """Name (required), how they relate, and pronouns; saved to the vault on OK."""

    def __init__(self, vault: Vault, network_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._vault = vault
        self._network_id = network_id
        self.person: Person | None = None
        self.setWindowTitle(self.tr("Add a person to the network"))
        self.setMinimumWidth(420)
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.name_edit = QLineEdit()
        self.name_edit.setAccessibleName(self.tr("Name"))
        self.name_edit.setPlaceholderText(self.tr("What they like to be called"))
        self.kind_combo = QComboBox()
        self.kind_combo.setAccessibleName(self.tr("Kind"))
        for kind in PersonKind:
            self.kind_combo.addItem(kind_text(kind).capitalize(), kind)
        self.kind_combo.setCurrentIndex(self.kind_combo.findData(PersonKind.FAMILY))
        self.relationship_edit = QLineEdit()
        self.relationship_edit.setAccessibleName(self.tr("Relationship"))
        self.relationship_edit.setPlaceholderText(self.tr("e.g. aunt, neighbour, GP"))
        self.pronouns_edit = QLineEdit()
        self.pronouns_edit.setAccessibleName(self.tr("Pronouns"))
        form.addRow(self.tr("&Name"), self.name_edit)
        form.addRow(self.tr("&Kind"), self.kind_combo)
        form.addRow(self.tr("&Relationship"), self.relationship_edit)
        form.addRow(self.tr("&Pronouns"), self.pronouns_edit)
        layout.addLayout(form)
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setAccessibleName(self.tr("Problem"))
        self.error.hide()
        layout.addWidget(self.error)
        buttons, self.ok_button = ok_cancel(self, self.tr("Add person"), self._save)
        layout.addWidget(buttons)
        self.name_edit.textChanged.connect(
            lambda text: self.ok_button.setEnabled(bool(text.strip()))
        )
        self.ok_button.setEnabled(False)

    def _save(self) -> None:
        def add() -> Person:
            person = Person(
                self._network_id,
                clean_text(self.name_edit.text()).strip(),
                PersonKind(self.kind_combo.currentData()),
                clean_text(self.relationship_edit.text()).strip(),
                pronouns=clean_text(self.pronouns_edit.text()).strip(),
            )
            self._vault.save(person)
            return person

        Operation(self, add).success(self._added).tell(
            self._refused, self.tr("Not added: {error}")
        ).run()

    def _added(self, person: Person) -> None:
        self.person = person
        self.accept()

    def _refused(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()
