"""Section 2: what the network said it wanted to talk about, in their words."""

from __future__ import annotations

from PySide6.QtWidgets import QVBoxLayout

from ui.editor.sections.base import Section, add_row
from ui.editor.sharing import SharingToggle
from ui.editor.widgets import TextBox
from ui.i18n import QT_TRANSLATE_NOOP


class PurposeSection(Section):
    """One box for the purpose; the network's summary opens with it."""

    key = "purpose"
    title = QT_TRANSLATE_NOOP("PurposeSection", "What the network wanted to talk about")
    short_title = QT_TRANSLATE_NOOP("PurposeSection", "Purpose")
    guidance = QT_TRANSLATE_NOOP("PurposeSection", "In their words: the summary opens with this.")

    def build(self, layout: QVBoxLayout) -> None:
        purpose = self.ctx.meeting.purpose

        def write(text: str) -> None:
            self.ctx.meeting.purpose.text = text
            self.ctx.edited()

        self.text_box = TextBox(
            purpose.text,
            write,
            name=self.tr("What the network wanted to talk about"),
            placeholder=self.tr("e.g. Maija wanted to talk about not sleeping…"),
            editable=self.ctx.editable,
            min_lines=3,
        )
        sharing = SharingToggle(
            lambda: self.ctx.meeting.purpose,
            purpose.sharing,
            what=self.tr("the purpose"),
            editable=self.ctx.editable,
        )
        sharing.sharing_changed.connect(self.ctx.edited)
        layout.addWidget(self.text_box)
        add_row(layout, sharing)
        self.ctx.register(purpose.id, self.text_box)
