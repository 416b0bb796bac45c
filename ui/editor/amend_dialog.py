"""Amending a finalised meeting: who is amending and why (both required)."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QFormLayout, QWidget

from odnotes.model import Meeting
from ui.editor.directory import Directory
from ui.editor.reason_dialog import ReasonDialog


class AmendDialog(ReasonDialog):
    """Choose the practitioner amending (facilitators first) and give the reason."""

    def __init__(
        self, meeting: Meeting, directory: Directory, parent: QWidget | None = None
    ) -> None:
        super().__init__(
            self.tr("Amend the finalised meeting"),
            self.tr(
                "Why does this meeting need changing? The reason is kept with the amendment, "
                "and the finalised version stays readable in its history."
            ),
            ok_text=self.tr("Start amending"),
            parent=parent,
        )
        self.who = QComboBox()
        self.who.setAccessibleName(self.tr("Who is amending"))
        ordered = directory.one_per_person(
            [*meeting.facilitators, *(i for i, _ in directory.practitioner_choices())]
        )
        for practitioner_id in ordered:
            self.who.addItem(directory.name(practitioner_id), practitioner_id)
        form = QFormLayout()
        form.addRow(self.tr("&Who is amending"), self.who)
        self.column.insertLayout(0, form)
        self.ok_button.setEnabled(False)
        self.reason_box.setFocus()

    def by_id(self) -> str:
        """The chosen practitioner's id."""
        return str(self.who.currentData())
