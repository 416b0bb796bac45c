"""Section 8: what people said was wrong or missing in the last summary, in their words.

Each correction is recorded against the previous meeting's summary, kept in
the vault's history, and printed in the next summary under "Corrections to
last time".
"""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from odnotes.continuity import in_order
from odnotes.model import Correction, Meeting
from ui.editor.context import EditorContext
from ui.editor.sections.base import Section
from ui.editor.sharing import SharingToggle
from ui.editor.widgets import Card, TextBox
from ui.editor.widgets import rich_escape as escape
from ui.i18n import QT_TRANSLATE_NOOP


def previous_meeting(ctx: EditorContext) -> Meeting | None:
    """The network's meeting just before this one (whose summary people may correct)."""
    meeting = ctx.meeting
    others = ctx.session.vault.all(Meeting, network_id=meeting.network_id)
    key = (meeting.starts_at, meeting.id)
    earlier = [m for m in in_order(others) if m.id != meeting.id and (m.starts_at, m.id) < key]
    return earlier[-1] if earlier else None


class CorrectionBox(QWidget):
    """One person's correction; it joins the meeting when the first words are typed."""

    def __init__(
        self, ctx: EditorContext, person_id: str, about_id: str, correction: Correction | None
    ) -> None:
        super().__init__()
        self.ctx = ctx
        self.person_id = person_id
        self.about_id = about_id
        self.correction = correction
        name = ctx.directory.name(person_id)
        what = self.tr("{name}'s correction").format(name=name)
        self.text_box = TextBox(
            correction.text if correction else "",
            self._write,
            name=what,
            placeholder=self.tr("What {name} said was wrong or missing, in their words").format(
                name=name
            ),
            editable=ctx.editable,
        )
        self.sharing = SharingToggle(
            self.ensure,
            correction.sharing if correction else Correction(person_id, about_id, "").sharing,
            what=what,
            editable=ctx.editable,
        )
        self.sharing.sharing_changed.connect(ctx.edited)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.sharing)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(QLabel(f"<b>{escape(name)}</b>"))
        layout.addWidget(self.text_box)
        layout.addLayout(row)
        if correction is not None:
            ctx.register(correction.id, self.text_box)

    def ensure(self) -> Correction:
        """The correction in the working copy, added on first use."""
        if self.correction is None:
            self.correction = Correction(self.person_id, self.about_id, "")
            self.ctx.meeting.corrections.append(self.correction)
            self.ctx.register(self.correction.id, self.text_box)
        return self.correction

    def _write(self, text: str) -> None:
        self.ensure().text = text
        self.ctx.edited()


class CorrectionsSection(Section):
    """A box per present person for corrections to the previous meeting's summary."""

    key = "corrections"
    title = QT_TRANSLATE_NOOP("CorrectionsSection", "Corrections to the last summary")
    short_title = QT_TRANSLATE_NOOP("CorrectionsSection", "Corrections")
    guidance = QT_TRANSLATE_NOOP(
        "CorrectionsSection",
        "Anything someone said was wrong or missing in the last summary, in their words. "
        "It is printed in this meeting's summary under “Corrections to last time”.",
    )

    def build(self, layout: QVBoxLayout) -> None:
        meeting = self.ctx.meeting
        self.boxes: list[CorrectionBox] = []
        previous = previous_meeting(self.ctx)
        if previous is None and not meeting.corrections:
            layout.addWidget(
                QLabel(self.tr("This is the network's first meeting: no summary to correct yet."))
            )
            return
        about = previous.id if previous is not None else meeting.corrections[0].about_meeting_id
        people = list(meeting.present)
        people += [c.person_id for c in meeting.corrections if c.person_id not in people]
        if not people:
            layout.addWidget(
                QLabel(self.tr("Tick who was present in section 1 to list their boxes."))
            )
        card = Card()
        for person_id in people:
            existing: list[Correction | None] = [
                c for c in meeting.corrections if c.person_id == person_id
            ]
            existing = existing or [None]
            for correction in existing:
                target = correction.about_meeting_id if correction else about
                box = CorrectionBox(self.ctx, person_id, target, correction)
                card.layout_.addWidget(box)
                self.boxes.append(box)
        layout.addWidget(card)
