"""Section 2: what the network said it wanted to talk about, in their words."""

from __future__ import annotations

from PySide6.QtWidgets import QVBoxLayout

from ui.editor.sections.base import Section, add_row
from ui.editor.sharing import SharingToggle
from ui.editor.widgets import TextBox


class PurposeSection(Section):
    """One box for the purpose; the network's summary opens with it."""

    key = "purpose"
    title = "What the network wanted to talk about"
    short_title = "Purpose"
    guidance = "In their words: the summary opens with this."

    def build(self, layout: QVBoxLayout) -> None:
        purpose = self.ctx.meeting.purpose

        def write(text: str) -> None:
            self.ctx.meeting.purpose.text = text
            self.ctx.edited()

        self.text_box = TextBox(
            purpose.text,
            write,
            name="What the network wanted to talk about",
            placeholder="e.g. Maija wanted to talk about not sleeping…",
            editable=self.ctx.editable,
            min_lines=3,
        )
        sharing = SharingToggle(
            lambda: self.ctx.meeting.purpose,
            purpose.sharing,
            what="the purpose",
            editable=self.ctx.editable,
        )
        sharing.sharing_changed.connect(self.ctx.edited)
        layout.addWidget(self.text_box)
        add_row(layout, sharing)
        self.ctx.register(purpose.id, self.text_box)
