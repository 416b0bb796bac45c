"""Section 3: each present person's view, side by side, never merged."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from odnotes.model import Voice
from ui.editor.context import EditorContext
from ui.editor.sections.base import Section
from ui.editor.sharing import SharingToggle
from ui.editor.widgets import Card, TextBox
from ui.editor.widgets import rich_escape as escape
from ui.i18n import QT_TRANSLATE_NOOP


class VoiceBox(QWidget):
    """One voice: the text, "their own words", and sharing.

    Until something is typed the voice is not in the meeting (``voice`` is
    ``None``); the first keystroke or toggle adds it to the working copy.
    """

    def __init__(
        self, ctx: EditorContext, person_id: str, voice: Voice | None, number: int
    ) -> None:
        super().__init__()
        self.ctx = ctx
        self.person_id = person_id
        self.voice = voice
        name = ctx.directory.name(person_id)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        what = self.tr("{name}'s voice").format(name=name) + (f" ({number})" if number > 1 else "")
        self.text_box = TextBox(
            voice.text if voice else "",
            self._write,
            name=what,
            placeholder=self.tr("What {name} said, in their own words").format(name=name),
            editable=ctx.editable,
        )
        layout.addWidget(self.text_box)
        row = QHBoxLayout()
        self.verbatim = QCheckBox(self.tr("Their exact words"))
        self.verbatim.setAccessibleName(
            self.tr("{what}: their exact words (a quote)").format(what=what)
        )
        self.verbatim.setToolTip(self.tr("Tick when the box quotes them word for word"))
        self.verbatim.setChecked(bool(voice and voice.verbatim))
        self.verbatim.setEnabled(ctx.editable)
        self.verbatim.toggled.connect(self._verbatim)
        self.sharing = SharingToggle(
            self.ensure,
            voice.sharing if voice else Voice(person_id).sharing,
            what=what,
            editable=ctx.editable,
        )
        self.sharing.sharing_changed.connect(ctx.edited)
        row.addWidget(self.verbatim)
        row.addStretch(1)
        row.addWidget(self.sharing)
        layout.addLayout(row)
        if voice is not None:
            ctx.register(voice.id, self.text_box)

    def ensure(self) -> Voice:
        """The voice in the working copy, added on first use."""
        if self.voice is None:
            self.voice = Voice(self.person_id)
            self.ctx.meeting.voices.append(self.voice)
            self.ctx.register(self.voice.id, self.text_box)
        return self.voice

    def _write(self, text: str) -> None:
        self.ensure().text = text
        self.ctx.edited()

    def _verbatim(self, on: bool) -> None:
        self.ensure().verbatim = on
        self.ctx.edited()


class VoicesSection(Section):
    """A card per present person (listed automatically), holding their voice boxes."""

    key = "voices"
    title = QT_TRANSLATE_NOOP("VoicesSection", "Voices")
    short_title = QT_TRANSLATE_NOOP("VoicesSection", "Voices")
    guidance = QT_TRANSLATE_NOOP(
        "VoicesSection",
        "Each person's view in their own words, side by side. "
        "Everyone present is listed; add a second box when someone said more.",
    )

    def build(self, layout: QVBoxLayout) -> None:
        meeting = self.ctx.meeting
        people = list(meeting.present)
        people += [v.person_id for v in meeting.voices if v.person_id not in people]
        self.boxes: list[VoiceBox] = []
        self._cards: dict[str, QVBoxLayout] = {}
        if not people:
            layout.addWidget(
                QLabel(self.tr("Tick who was present in section 1 to list their voices."))
            )
        for person_id in people:
            card = Card()
            header = QHBoxLayout()
            name = self.ctx.directory.name(person_id)
            detail = self.ctx.directory.detail(person_id)
            title = QLabel(f"<b>{escape(name)}</b>" + (f" · {escape(detail)}" if detail else ""))
            header.addWidget(title)
            header.addStretch(1)
            if person_id not in meeting.present:
                header.addWidget(QLabel(self.tr("<i>not marked present</i>")))
            if self.ctx.editable:
                more = QToolButton()
                more.setText(self.tr("Add another box"))
                more.setAccessibleName(
                    self.tr("Add another voice box for {name}").format(name=name)
                )
                more.clicked.connect(lambda _=False, pid=person_id: self.add_voice(pid))
                header.addWidget(more)
            card.layout_.addLayout(header)
            self._cards[person_id] = card.layout_
            voices: list[Voice | None] = [v for v in meeting.voices if v.person_id == person_id]
            voices = voices or [None]
            for number, voice in enumerate(voices, start=1):
                self._add_box(person_id, voice, number)
            layout.addWidget(card)

    def _add_box(self, person_id: str, voice: Voice | None, number: int) -> VoiceBox:
        box = VoiceBox(self.ctx, person_id, voice, number)
        self._cards[person_id].addWidget(box)
        self.boxes.append(box)
        return box

    def add_voice(self, person_id: str | None = None) -> None:
        """Open another voice box for ``person_id`` (the focused person's, or the first)."""
        if person_id is None:
            focus = QApplication.focusWidget()
            focused = next(
                (b for b in self.boxes if focus is not None and b.isAncestorOf(focus)), None
            )
            person_id = focused.person_id if focused else next(iter(self._cards), None)
        if person_id is None or not self.ctx.editable:
            return
        number = sum(1 for b in self.boxes if b.person_id == person_id) + 1
        box = self._add_box(person_id, None, number)
        box.ensure()
        box.text_box.setFocus()
