"""Section 6: open uncertainties, carried ones first, each kept, resolved or let go."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
)

from odnotes.continuity import UncertaintyThread
from odnotes.model import UncertaintyEntry, UncertaintyStatus
from ui.dates import day_date
from ui.editor.confirm import confirm_removal
from ui.editor.context import EditorContext
from ui.editor.models.checklist import ChecklistModel
from ui.editor.sections.base import Section, add_row
from ui.editor.sharing import SharingToggle
from ui.editor.views import ChipList
from ui.editor.widgets import Card, TextBox, heading, hint
from ui.i18n import QT_TRANSLATE_NOOP

STATUS_WORDS = {
    UncertaintyStatus.OPEN: QT_TRANSLATE_NOOP("ui.editor.sections.uncertainties", "Keep open"),
    UncertaintyStatus.RESOLVED: QT_TRANSLATE_NOOP("ui.editor.sections.uncertainties", "Resolved"),
    UncertaintyStatus.LET_GO: QT_TRANSLATE_NOOP("ui.editor.sections.uncertainties", "Let go"),
}


class UncertaintyCard(Card):
    """One uncertainty: its question (written here, or carried), status, note, sharing.

    For a carried uncertainty the entry is added to the meeting only when it is
    acted on, so merely opening a meeting never changes it.
    """

    def __init__(
        self,
        ctx: EditorContext,
        entry: UncertaintyEntry | None,
        *,
        thread: UncertaintyThread | None = None,
        number: int,
    ) -> None:
        super().__init__()
        self.ctx = ctx
        self.entry = entry
        self.uncertainty_thread = thread
        editable = ctx.editable
        layout = self.layout_
        what = self.tr("uncertainty {number}").format(number=number)
        header = QHBoxLayout()
        if thread is not None:
            since = thread.open_since()
            title = (
                self.tr("Open since {strftime}").format(strftime=day_date(since))
                if since
                else self.tr("Carried")
            )
            header.addWidget(heading(title, 2))
        else:
            header.addWidget(heading(self.tr("New in this meeting"), 2))
        header.addStretch(1)
        current = (
            entry.sharing
            if entry
            else (thread.last_entry.sharing if thread else UncertaintyEntry().sharing)
        )
        sharing = SharingToggle(self.ensure, current, what=what, editable=editable)
        sharing.sharing_changed.connect(ctx.edited)
        header.addWidget(sharing)
        self.remove_button: QPushButton | None = None
        if thread is None and editable:
            self.remove_button = QPushButton(self.tr("Remove"))
            self.remove_button.setAccessibleName(self.tr("Remove {what}").format(what=what))
            header.addWidget(self.remove_button)
        layout.addLayout(header)

        if thread is not None:
            question = QLabel(thread.question or self.tr("(no question was written)"))
            question.setTextFormat(Qt.TextFormat.PlainText)
            question.setWordWrap(True)
            question.setAccessibleName(self.tr("Question of {what}").format(what=what))
            layout.addWidget(question)
            whose = ", ".join(ctx.directory.name(pid) for pid in thread.whose)
            if whose:
                layout.addWidget(hint(self.tr("Whose: {whose}").format(whose=whose)))
            self.text_box = None
        else:
            self.text_box = TextBox(
                entry.question if entry else "",
                self._write_question,
                name=self.tr("Question of {what}").format(what=what),
                placeholder=self.tr("The question the network is living with, e.g. whether…"),
                editable=editable,
            )
            layout.addWidget(self.text_box)
            self.whose = ChecklistModel(
                [(pid, ctx.directory.name(pid)) for pid in self._people()],
                lambda: self.entry.whose if self.entry else [],
                ensure=lambda: self.ensure().whose,
                editable=editable,
                what=self.tr("{what} is theirs").format(what=what),
            )
            self.whose.selection_changed.connect(ctx.edited)
            whose_row = QHBoxLayout()
            whose_label = QLabel(self.tr("Whose:"))
            chips = ChipList(self.whose, name=self.tr("Whose {what} is").format(what=what))
            whose_label.setBuddy(chips)
            whose_row.addWidget(whose_label)
            whose_row.addWidget(chips, 1)
            layout.addLayout(whose_row)

        status = entry.status if entry else UncertaintyStatus.OPEN
        group = QButtonGroup(self)
        self.status_buttons: dict[UncertaintyStatus, QRadioButton] = {}
        buttons = []
        for value, marked in STATUS_WORDS.items():
            words = QCoreApplication.translate("ui.editor.sections.uncertainties", marked)
            button = QRadioButton(words)
            button.setAccessibleName(f"{what}: {words.lower()}")
            button.setChecked(value is status)
            button.setEnabled(editable)
            button.clicked.connect(lambda _=False, v=value: self._status(v))
            group.addButton(button)
            self.status_buttons[value] = button
            buttons.append(button)
        add_row(layout, *buttons)
        self.note_box = TextBox(
            entry.note if entry else "",
            self._write_note,
            name=self.tr("Note on {what}").format(what=what),
            placeholder=self.tr("A note: what changed, or why it is resolved or let go"),
            editable=editable,
            min_lines=1,
        )
        layout.addWidget(self.note_box)
        if entry is not None:
            ctx.register(entry.id, self.text_box or self.note_box)
            ctx.register(entry.uncertainty_id, self.text_box or self.note_box)

    def _people(self) -> list[str]:
        meeting = self.ctx.meeting
        found = list(meeting.present)
        if self.entry:
            found += [pid for pid in self.entry.whose if pid not in found]
        return found

    def ensure(self) -> UncertaintyEntry:
        """The entry in the working copy, added (carrying the thread) on first use."""
        if self.entry is None:
            if self.uncertainty_thread is not None:
                self.entry = UncertaintyEntry(
                    uncertainty_id=self.uncertainty_thread.uncertainty_id,
                    whose=list(self.uncertainty_thread.whose),
                    sharing=self.uncertainty_thread.last_entry.sharing,
                )
            else:
                self.entry = UncertaintyEntry()
            self.ctx.meeting.uncertainties.append(self.entry)
            widget = self.text_box or self.note_box
            self.ctx.register(self.entry.id, widget)
            self.ctx.register(self.entry.uncertainty_id, widget)
        return self.entry

    def _write_question(self, text: str) -> None:
        self.ensure().question = text
        self.ctx.edited()

    def _write_note(self, text: str) -> None:
        self.ensure().note = text
        self.ctx.edited()

    def _status(self, status: UncertaintyStatus) -> None:
        self.ensure().status = status
        self.ctx.edited()


class UncertaintiesSection(Section):
    """Those still open from earlier meetings first, then the ones raised now."""

    key = "uncertainties"
    title = QT_TRANSLATE_NOOP("UncertaintiesSection", "Open uncertainties")
    short_title = QT_TRANSLATE_NOOP("UncertaintiesSection", "Uncertainties")
    guidance = QT_TRANSLATE_NOOP(
        "UncertaintiesSection",
        "Questions the network is living with rather than closing early. "
        "Those still open from earlier meetings come first.",
    )

    def build(self, layout: QVBoxLayout) -> None:
        meeting = self.ctx.meeting
        carried = self.ctx.session.carried
        carried_ids = {t.uncertainty_id for t in carried}
        self.cards: list[UncertaintyCard] = []
        number = 0
        if carried:
            layout.addWidget(QLabel(self.tr("<b>Still open from earlier meetings</b>")))
        for thread in carried:
            number += 1
            entry = next(
                (u for u in meeting.uncertainties if u.uncertainty_id == thread.uncertainty_id),
                None,
            )
            card = UncertaintyCard(self.ctx, entry, thread=thread, number=number)
            self.cards.append(card)
            layout.addWidget(card)
        new = [u for u in meeting.uncertainties if u.uncertainty_id not in carried_ids]
        if new:
            layout.addWidget(QLabel(self.tr("<b>Raised in this meeting</b>")))
        for entry in new:
            number += 1
            card = UncertaintyCard(self.ctx, entry, number=number)
            if card.remove_button is not None:
                card.remove_button.clicked.connect(lambda _=False, e=entry: self._remove(e))
            self.cards.append(card)
            layout.addWidget(card)
        if self.ctx.editable:
            add = QPushButton(self.tr("Add an &uncertainty"))
            add.setAccessibleName(self.tr("Add an uncertainty"))
            add.setToolTip("Ctrl+Shift+U")
            add.clicked.connect(self.add_uncertainty)
            add_row(layout, add)

    def add_uncertainty(self) -> None:
        """Add a new uncertainty and put the cursor in its question."""
        if not self.ctx.editable:
            return
        self.ctx.meeting.uncertainties.append(UncertaintyEntry())
        self.rebuild()
        box = self.cards[-1].text_box
        if box is not None:
            box.setFocus()

    def _remove(self, entry: UncertaintyEntry) -> None:
        if confirm_removal(
            self, self.tr("this uncertainty"), bool(entry.question.strip() or entry.note)
        ):
            self.ctx.meeting.uncertainties.remove(entry)
            self.ctx.edited()
            self.rebuild()
