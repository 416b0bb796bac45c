"""Section 1: when, where, how long, and who was there."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
)

from odnotes.meetings import single_practitioner
from odnotes.model import PlaceKind
from ui.editor.models.attendance import AttendanceModel
from ui.editor.models.checklist import ChecklistModel
from ui.editor.moments import DateTimeField
from ui.editor.person_dialog import PersonDialog
from ui.editor.sections.base import Section
from ui.editor.views import ChipList, FittedTable
from ui.editor.widgets import clean_text, heading, hint, modal
from ui.i18n import QT_TRANSLATE_NOOP
from ui.words import place_text


class PeopleSection(Section):
    """When, where and how long; members present or absent; facilitating practitioners.

    Signals:
        when_changed(): the meeting's date or time changed (the title shows it).
    """

    when_changed = Signal()

    key = "people"
    title = QT_TRANSLATE_NOOP("PeopleSection", "When, where and who was there")
    short_title = QT_TRANSLATE_NOOP("PeopleSection", "Who was there")

    def build(self, layout: QVBoxLayout) -> None:
        meeting, editable = self.ctx.meeting, self.ctx.editable
        grid = QGridLayout()
        grid.setHorizontalSpacing(10)
        self.when_edit = DateTimeField(meeting.starts_at)
        self.when_edit.setAccessibleName(self.tr("When the meeting started"))
        self.when_edit.setReadOnly(not editable)
        self.when_edit.dateTimeChanged.connect(self._when)
        self.length_spin = QSpinBox()
        self.length_spin.setRange(0, 24 * 60)
        self.length_spin.setSingleStep(15)
        self.length_spin.setSuffix(self.tr(" min"))
        self.length_spin.setSpecialValueText(self.tr("not noted"))
        self.length_spin.setValue(meeting.duration_minutes or 0)
        self.length_spin.setAccessibleName(self.tr("How long, in minutes"))
        self.length_spin.setReadOnly(not editable)
        for field in (self.when_edit, self.length_spin):  # greyed like the place: no arrows
            field.setEnabled(editable)
        self.length_spin.valueChanged.connect(self._length)
        self.place_combo = QComboBox()
        for kind in PlaceKind:
            self.place_combo.addItem(place_text(kind), kind)
        self.place_combo.setCurrentIndex(self.place_combo.findData(meeting.place))
        self.place_combo.setAccessibleName(self.tr("Where"))
        self.place_combo.setEnabled(editable)
        self.place_combo.currentIndexChanged.connect(self._place)
        self.detail_edit = QLineEdit(meeting.place_detail)
        self.detail_edit.setPlaceholderText(self.tr("e.g. Maija's flat, room 2"))
        self.detail_edit.setAccessibleName(self.tr("Place details"))
        self.detail_edit.setReadOnly(not editable)
        self.detail_edit.textEdited.connect(self._detail)
        for column, (label, widget) in enumerate(
            [
                (self.tr("&When"), self.when_edit),
                (self.tr("How &long"), self.length_spin),
                (self.tr("W&here"), self.place_combo),
                (self.tr("Place &details"), self.detail_edit),
            ]
        ):
            caption = QLabel(label)
            caption.setBuddy(widget)
            grid.addWidget(caption, 0, column)
            grid.addWidget(widget, 1, column)
        grid.setColumnStretch(3, 1)
        layout.addLayout(grid)

        columns = QGridLayout()
        columns.setHorizontalSpacing(24)
        columns.addWidget(heading(self.tr("Network members"), 2), 0, 0)
        self.attendance = AttendanceModel(meeting, self.ctx.directory.members, editable)
        self.attendance.attendance_changed.connect(self._attendance)
        self.members_view = FittedTable(
            self.attendance,
            name=self.tr("Network members present or absent"),
            stretch=AttendanceModel.NAME,
            editable=editable,
        )
        columns.addWidget(self.members_view, 1, 0)
        self.add_person_button = QPushButton(self.tr("&Add a person…"))
        self.add_person_button.setAccessibleName(self.tr("Add a person to the network"))
        self.add_person_button.setToolTip(
            self.tr("Add someone new to the network, without leaving")
        )
        self.add_person_button.clicked.connect(self.add_person)
        self.add_person_button.setVisible(editable)
        columns.addWidget(self.add_person_button, 2, 0, Qt.AlignmentFlag.AlignLeft)

        columns.addWidget(heading(self.tr("Facilitating practitioners"), 2), 0, 1)
        self.facilitators = ChecklistModel(
            self.ctx.directory.practitioner_choices(),
            lambda: self.ctx.meeting.facilitators,
            same=self.ctx.directory.same_ids,
            editable=editable,
            what="facilitated",
        )
        self.facilitators.selection_changed.connect(self._facilitators)
        facilitator_column = QVBoxLayout()
        self.facilitators_view = ChipList(
            self.facilitators, name=self.tr("Facilitating practitioners")
        )
        self.facilitators_view.setFlow(ChipList.Flow.TopToBottom)
        self.facilitators_view.setWrapping(False)
        facilitator_column.addWidget(self.facilitators_view)
        self.single_note = hint(
            self.tr("One practitioner only: Open Dialogue asks for two or more.")
        )
        facilitator_column.addWidget(self.single_note)
        facilitator_column.addStretch(1)
        columns.addLayout(facilitator_column, 1, 1, 2, 1)
        columns.setColumnStretch(0, 3)
        columns.setColumnStretch(1, 2)
        layout.addLayout(columns)
        self._update_note()

    def _fit_facilitators(self) -> None:
        view = self.facilitators_view
        rows = view.model().rowCount()
        view.setFixedHeight(max(1, rows) * (view.sizeHintForRow(0) + 8) + 8 if rows else 30)

    def showEvent(self, event: object) -> None:  # noqa: D102 - Qt override
        super().showEvent(event)  # type: ignore[arg-type]
        self._fit_facilitators()

    def _update_note(self) -> None:
        none = not self.ctx.meeting.facilitators
        self.single_note.setText(
            self.tr("Tick who facilitated: Open Dialogue asks for two or more practitioners.")
            if none
            else self.tr("One practitioner only: Open Dialogue asks for two or more.")
        )
        self.single_note.setVisible(
            self.ctx.editable and (none or single_practitioner(self.ctx.meeting))
        )
        self._fit_facilitators()

    def _when(self, _: object) -> None:
        self.ctx.meeting.starts_at = self.when_edit.moment()
        self.ctx.edited()
        self.when_changed.emit()

    def _length(self, minutes: int) -> None:
        self.ctx.meeting.duration_minutes = minutes or None
        self.ctx.edited()

    def _place(self, _: int) -> None:
        self.ctx.meeting.place = PlaceKind(self.place_combo.currentData())
        self.ctx.edited()

    def _detail(self, text: str) -> None:
        self.ctx.meeting.place_detail = clean_text(text)
        self.ctx.edited()

    def _attendance(self) -> None:
        self.ctx.edited()
        self.ctx.people_changed()

    def _facilitators(self) -> None:
        self._update_note()
        self.ctx.edited()
        self.ctx.people_changed()

    def add_person(self) -> None:
        """Ask for a new member; they are marked present (they were just met)."""
        dialog = PersonDialog(self.ctx.session.vault, self.ctx.meeting.network_id, self)
        with modal(dialog) as accepted:
            person = dialog.person
        if not accepted or person is None:
            return
        self.ctx.directory.refresh()
        self.attendance.set_members(self.ctx.directory.members)
        self.ctx.meeting.present.append(person.id)
        self.members_view.fit()
        self._attendance()
