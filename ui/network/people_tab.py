"""The people of a network: members and practitioners, added and edited in place."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from odnotes import networks
from odnotes.errors import OdNotesError
from odnotes.model import Network, Person, PersonKind, Practitioner, PractitionerRole
from odnotes.team import Team
from odnotes.vault import Vault
from ui.models.people import PeopleModel, PractitionersModel
from ui.network.tables import table_view
from ui.operations import Operation
from ui.words import kind_text, role_text


def _add_row(
    name_label: str,
    choices: list[tuple[str, object]],
    button_text: str,
    add: Callable[[str, object], None],
) -> tuple[QHBoxLayout, QLineEdit, QComboBox]:
    name = QLineEdit()
    name.setPlaceholderText(name_label)
    name.setAccessibleName(name_label)
    kind = QComboBox()
    kind.setAccessibleName(
        QCoreApplication.translate("ui.network.people_tab", "{name_label}: kind").format(
            name_label=name_label
        )
    )
    for label, value in choices:
        kind.addItem(label, value)
    button = QPushButton(button_text)
    button.setAccessibleName(button_text.replace("&", ""))

    def submit() -> None:
        add(name.text(), kind.currentData())

    button.clicked.connect(submit)
    name.returnPressed.connect(submit)
    row = QHBoxLayout()
    row.addWidget(name, 2)
    row.addWidget(kind, 1)
    row.addWidget(button)
    return row, name, kind


class PeopleTab(QWidget):
    """Members and practitioners of one network, editable in their tables.

    Signals:
        problem(str): a change was refused; the message says why.
    """

    problem = Signal(str)

    def __init__(self, vault: Vault, network_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._vault = vault
        self._network_id = network_id
        self.members = PeopleModel(vault.save, self)
        self.practitioners = PractitionersModel(vault.save, self)
        for model in (self.members, self.practitioners):
            model.edit_failed.connect(self.problem.emit)
        self.members_view = table_view(
            self.members, self.tr("Network members"), editable=True, stretch=2, sort_column=0
        )
        self.practitioners_view = table_view(
            self.practitioners, self.tr("Practitioners"), editable=True, stretch=2, sort_column=0
        )
        member_row, self.member_name, self.member_kind = _add_row(
            self.tr("New member's name"),
            [(kind_text(k), k) for k in PersonKind],
            self.tr("&Add member"),
            self._add_member,
        )
        pract_row, self.practitioner_name, self.practitioner_role = _add_row(
            self.tr("New practitioner's name"),
            [(role_text(r), r) for r in PractitionerRole],
            self.tr("Add &practitioner"),
            self._add_practitioner,
        )
        self.existing = QComboBox()
        self.existing.setAccessibleName(self.tr("Practitioner from another network"))
        self.existing.setPlaceholderText(self.tr("Practitioners from other networks appear here"))
        join = QPushButton(self.tr("&Join to this network"))
        join.setAccessibleName(self.tr("Join the chosen practitioner to this network"))
        join.clicked.connect(self._join)
        join_row = QHBoxLayout()
        join_row.addWidget(self.existing, 3)
        join_row.addWidget(join)
        members_box = QGroupBox(self.tr("Network members (double-click or type to edit)"))
        box_layout = QVBoxLayout(members_box)
        box_layout.addWidget(self.members_view)
        box_layout.addLayout(member_row)
        team_box = QGroupBox(self.tr("Practitioners"))
        team_layout = QVBoxLayout(team_box)
        team_layout.addWidget(self.practitioners_view)
        team_layout.addLayout(pract_row)
        team_layout.addLayout(join_row)
        layout = QVBoxLayout(self)
        layout.addWidget(members_box, 3)
        layout.addWidget(team_box, 2)
        self.reload()

    def reload(self) -> None:
        """Read the network's people from the vault."""
        network = self._vault.get(Network, self._network_id)
        self.members.set_rows(self._vault.all(Person, network_id=self._network_id))
        team = Team.of(self._vault)  # once per person, a linked stand-in under its colleague
        ours = team.members_of(network.practitioner_ids)
        self.practitioners.set_rows([m.practitioner for m in ours])
        self.existing.clear()
        others = [m for m in team.members() if m.ids.isdisjoint(network.practitioner_ids)]
        for member in others:
            self.existing.addItem(
                f"{member.name} ({role_text(member.practitioner.role)})", member.id
            )
        self.existing.setEnabled(bool(others))
        self._reset_kind()

    def _reset_kind(self) -> None:
        """The person at the centre first, while there is none; after that, family."""
        has_centre = any(p.kind is PersonKind.CENTRE for p in self.members.objects())
        kind = PersonKind.FAMILY if has_centre else PersonKind.CENTRE
        self.member_kind.setCurrentIndex(self.member_kind.findData(kind))

    def refresh_person(self, person_id: str) -> None:
        """Show one saved person without resetting the table (keeps the editing place)."""
        try:
            person = self._vault.get(Person, person_id)
        except OdNotesError:
            self.members.remove(person_id)
            return
        if person.network_id == self._network_id:
            self.members.upsert(person)

    def _add_member(self, name: str, kind: object) -> None:
        Operation(
            self,
            lambda: networks.add_member(self._vault, self._network_id, name, PersonKind(str(kind))),
        ).success(self._member_added).tell(
            self.problem.emit, self.tr("The member was not added: {error}")
        ).run()

    def _member_added(self, person: Person) -> None:
        self.member_name.clear()
        self.members.upsert(self._vault.get(Person, person.id))
        self._reset_kind()

    def _add_practitioner(self, name: str, role: object) -> None:
        Operation(
            self,
            lambda: networks.add_practitioner(
                self._vault, self._network_id, name, PractitionerRole(str(role))
            ),
        ).success(self._practitioner_added).tell(
            self.problem.emit, self.tr("The practitioner was not added: {error}")
        ).run()

    def _practitioner_added(self, _practitioner: Practitioner) -> None:
        self.practitioner_name.clear()
        self.practitioner_role.setCurrentIndex(0)

    def _join(self) -> None:
        practitioner_id = self.existing.currentData()
        if isinstance(practitioner_id, str):
            Operation(
                self,
                lambda: networks.join_practitioner(self._vault, self._network_id, practitioner_id),
            ).tell(self.problem.emit, self.tr("The practitioner was not added: {error}")).run()
