"""Section 7: when and where to meet next, and whom to invite."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
)

from odnotes.model import NextMeeting, PlaceKind
from ui.editor.models.checklist import ChecklistModel
from ui.editor.moments import DateTimeField
from ui.editor.sections.base import Section, add_row
from ui.editor.sharing import SharingToggle
from ui.editor.views import ChipList
from ui.editor.widgets import TextBox, clean_text
from ui.i18n import QT_TRANSLATE_NOOP
from ui.words import place_text


class NextMeetingSection(Section):
    """The plan for the next meeting, added to the meeting when first filled in."""

    key = "next"
    title = QT_TRANSLATE_NOOP("NextMeetingSection", "Next meeting")
    short_title = QT_TRANSLATE_NOOP("NextMeetingSection", "Next meeting")
    guidance = QT_TRANSLATE_NOOP(
        "NextMeetingSection",
        "As agreed together. Leave the date unticked if it is still to be agreed.",
    )

    def _plan(self) -> NextMeeting | None:
        return self.ctx.meeting.next_meeting

    def ensure(self) -> NextMeeting:
        """The plan in the working copy, created on first use with everyone present invited."""
        meeting = self.ctx.meeting
        if meeting.next_meeting is None:
            meeting.next_meeting = NextMeeting(
                place=meeting.place,
                place_detail=meeting.place_detail,
                invitee_ids=list(meeting.present),
            )
            self.ctx.register(meeting.next_meeting.id, self.note_box)
            self.invitees.layoutChanged.emit()
        return meeting.next_meeting

    def build(self, layout: QVBoxLayout) -> None:
        meeting, editable, plan = self.ctx.meeting, self.ctx.editable, self._plan()
        self.dated = QCheckBox(self.tr("&Date agreed:"))
        self.dated.setAccessibleName(self.tr("The date of the next meeting is agreed"))
        self.dated.setChecked(bool(plan and plan.starts_at))
        self.dated.setEnabled(editable)
        default = plan.starts_at if plan and plan.starts_at else meeting.starts_at + timedelta(7)
        self.when_edit = DateTimeField(default)
        self.when_edit.setAccessibleName(self.tr("When the next meeting is"))
        self.when_edit.setEnabled(editable and self.dated.isChecked())
        self.dated.toggled.connect(self._dated)
        self.when_edit.dateTimeChanged.connect(self._when)
        self.place_combo = QComboBox()
        self.place_combo.setAccessibleName(self.tr("Where the next meeting is"))
        for kind in PlaceKind:
            self.place_combo.addItem(place_text(kind), kind)
        self.place_combo.setCurrentIndex(
            self.place_combo.findData(plan.place if plan else meeting.place)
        )
        self.place_combo.setEnabled(editable)
        self.place_combo.currentIndexChanged.connect(self._place)
        self.detail_edit = QLineEdit(plan.place_detail if plan else meeting.place_detail)
        self.detail_edit.setAccessibleName(self.tr("Details of where the next meeting is"))
        self.detail_edit.setPlaceholderText(self.tr("Place details"))
        self.detail_edit.setReadOnly(not editable)
        self.detail_edit.textEdited.connect(self._detail)
        add_row(
            layout,
            self.dated,
            self.when_edit,
            QLabel(self.tr("  Where")),
            self.place_combo,
            self.detail_edit,
            stretch_last=True,
        )

        self.invitees = ChecklistModel(
            [(p.id, p.name) for p in self.ctx.directory.members],
            lambda: plan_now.invitee_ids if (plan_now := self._plan()) else [],
            ensure=lambda: self.ensure().invitee_ids,
            editable=editable,
            what=self.tr("invited to the next meeting"),
        )
        self.invitees.selection_changed.connect(self.ctx.edited)
        row = QHBoxLayout()
        invite = QLabel(self.tr("Invite:"))
        chips = ChipList(self.invitees, name=self.tr("Invited to the next meeting"))
        invite.setBuddy(chips)
        row.addWidget(invite)
        row.addWidget(chips, 1)
        layout.addLayout(row)

        def write(text: str) -> None:
            self.ensure().note = text
            self.ctx.edited()

        self.note_box = TextBox(
            plan.note if plan else "",
            write,
            name=self.tr("Note about the next meeting"),
            placeholder=self.tr("Anything else agreed about the next meeting"),
            editable=editable,
            min_lines=1,
        )
        layout.addWidget(self.note_box)
        sharing = SharingToggle(
            self.ensure,
            plan.sharing if plan else NextMeeting().sharing,
            what=self.tr("the next meeting"),
            editable=editable,
        )
        sharing.sharing_changed.connect(self.ctx.edited)
        add_row(layout, sharing)
        if plan is not None:
            self.ctx.register(plan.id, self.note_box)

    def _dated(self, on: bool) -> None:
        self.when_edit.setEnabled(on)
        self.ensure().starts_at = self.when_edit.moment() if on else None
        self.ctx.edited()

    def _when(self, _: object) -> None:
        if self.dated.isChecked():
            self.ensure().starts_at = self.when_edit.moment()
            self.ctx.edited()

    def _place(self, _: int) -> None:
        self.ensure().place = PlaceKind(self.place_combo.currentData())
        self.ctx.edited()

    def _detail(self, text: str) -> None:
        self.ensure().place_detail = clean_text(text)
        self.ctx.edited()
