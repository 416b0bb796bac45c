"""Section 4: what the practitioners reflected, and how it landed with each person."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from odnotes.model import Reflection, Response
from ui.editor.confirm import confirm_removal
from ui.editor.context import EditorContext
from ui.editor.models.checklist import ChecklistModel
from ui.editor.sections.base import Section, add_row
from ui.editor.sharing import SharingToggle
from ui.editor.views import ChipList
from ui.editor.widgets import Card, TextBox, heading
from ui.editor.widgets import rich_escape as escape
from ui.i18n import QT_TRANSLATE_NOOP


class ResponseBox(QWidget):
    """How the reflection landed with one person; added to the meeting when typed in."""

    def __init__(self, ctx: EditorContext, reflection: Reflection, person_id: str) -> None:
        super().__init__()
        self.ctx = ctx
        self.reflection = reflection
        self.person_id = person_id
        self.response = next((r for r in reflection.responses if r.person_id == person_id), None)
        name = ctx.directory.name(person_id)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        label = QLabel(escape(name))
        label.setMinimumWidth(110)
        self.text_box = TextBox(
            self.response.text if self.response else "",
            self._write,
            name=self.tr("How it landed with {name}").format(name=name),
            placeholder=self.tr("How it landed with {name}").format(name=name),
            editable=ctx.editable,
            min_lines=1,
        )
        label.setBuddy(self.text_box)
        sharing = SharingToggle(
            self.ensure,
            self.response.sharing if self.response else Response(person_id).sharing,
            what=self.tr("{name}'s response").format(name=name),
            editable=ctx.editable,
        )
        sharing.sharing_changed.connect(ctx.edited)
        layout.addWidget(label)
        layout.addWidget(self.text_box, 1)
        layout.addWidget(sharing)
        if self.response is not None:
            ctx.register(self.response.id, self.text_box)

    def ensure(self) -> Response:
        """The response in the working copy, added on first use."""
        if self.response is None:
            self.response = Response(self.person_id)
            self.reflection.responses.append(self.response)
            self.ctx.register(self.response.id, self.text_box)
        return self.response

    def _write(self, text: str) -> None:
        self.ensure().text = text
        self.ctx.edited()


class ReflectionCard(Card):
    """Who reflected, what was said, and a response box per present member."""

    def __init__(
        self, ctx: EditorContext, reflection: Reflection, number: int, remove: QPushButton | None
    ) -> None:
        super().__init__()
        self.ctx = ctx
        self.reflection = reflection
        layout = self.layout_
        header = QHBoxLayout()
        header.addWidget(heading(self.tr("Reflection {number}").format(number=number), 2))
        header.addStretch(1)
        sharing = SharingToggle(
            lambda: reflection,
            reflection.sharing,
            what=self.tr("reflection {number}").format(number=number),
            editable=ctx.editable,
        )
        sharing.sharing_changed.connect(ctx.edited)
        header.addWidget(sharing)
        if remove is not None:
            header.addWidget(remove)
        layout.addLayout(header)
        ids = ctx.directory.one_per_person(
            [*ctx.meeting.facilitators, *reflection.practitioner_ids]
        )
        self.practitioners = ChecklistModel(
            [(pid, ctx.directory.name(pid)) for pid in ids],
            lambda: reflection.practitioner_ids,
            same=ctx.directory.same_ids,
            editable=ctx.editable,
            what="reflected",
        )
        self.practitioners.selection_changed.connect(ctx.edited)
        who = QLabel(self.tr("Who reflected:"))
        chips = ChipList(
            self.practitioners,
            name=self.tr("Who reflected in reflection {number}").format(number=number),
        )
        who.setBuddy(chips)
        row = QHBoxLayout()
        row.addWidget(who)
        row.addWidget(chips, 1)
        layout.addLayout(row)

        def write(text: str) -> None:
            reflection.text = text
            ctx.edited()

        self.text_box = TextBox(
            reflection.text,
            write,
            name=self.tr("What was said in reflection {number}").format(number=number),
            placeholder=self.tr("What the practitioners said to each other"),
            editable=ctx.editable,
            min_lines=3,
        )
        layout.addWidget(self.text_box)
        ctx.register(reflection.id, self.text_box)
        members = list(ctx.meeting.present)
        members += [r.person_id for r in reflection.responses if r.person_id not in members]
        if members:
            layout.addWidget(QLabel(self.tr("<b>How it landed</b>")))
        for person_id in members:
            layout.addWidget(ResponseBox(ctx, reflection, person_id))


class ReflectionsSection(Section):
    """Reflections in the order they happened; add as many as there were."""

    key = "reflections"
    title = QT_TRANSLATE_NOOP("ReflectionsSection", "Reflections and how they landed")
    short_title = QT_TRANSLATE_NOOP("ReflectionsSection", "Reflections")
    guidance = QT_TRANSLATE_NOOP(
        "ReflectionsSection",
        "What the practitioners said to each other in front of the network, "
        "and each person's response.",
    )

    def build(self, layout: QVBoxLayout) -> None:
        self.cards: list[ReflectionCard] = []
        for number, reflection in enumerate(self.ctx.meeting.reflections, start=1):
            remove = None
            if self.ctx.editable:
                remove = QPushButton(self.tr("Remove"))
                remove.setAccessibleName(
                    self.tr("Remove reflection {number}").format(number=number)
                )
                remove.clicked.connect(lambda _=False, r=reflection: self._remove(r))
            card = ReflectionCard(self.ctx, reflection, number, remove)
            self.cards.append(card)
            layout.addWidget(card)
        if self.ctx.editable:
            add = QPushButton(self.tr("Add a &reflection"))
            add.setAccessibleName(self.tr("Add a reflection"))
            add.setToolTip("Ctrl+Shift+R")
            add.clicked.connect(self.add_reflection)
            add_row(layout, add)

    def add_reflection(self) -> None:
        """Add a reflection by the meeting's facilitators and put the cursor in it."""
        if not self.ctx.editable:
            return
        self.ctx.meeting.reflections.append(
            Reflection(practitioner_ids=list(self.ctx.meeting.facilitators))
        )
        self.ctx.edited()
        self.rebuild()
        self.cards[-1].text_box.setFocus()

    def _remove(self, reflection: Reflection) -> None:
        if confirm_removal(
            self, self.tr("this reflection"), bool(reflection.text.strip() or reflection.responses)
        ):
            self.ctx.meeting.reflections.remove(reflection)
            self.ctx.edited()
            self.rebuild()
