"""Section 5: shared decisions, each with every present person's stance and follow-ups."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
)

from odnotes.model import DecidedWhere, Decision
from ui.editor.confirm import confirm_removal
from ui.editor.context import EditorContext
from ui.editor.models.follow_ups import FollowUpDelegate, FollowUpModel
from ui.editor.models.stances import StanceDelegate, StanceModel
from ui.editor.outside_dialog import OutsideDialog, told_text
from ui.editor.sections.base import Section, add_row
from ui.editor.sections.earlier_follow_ups import EarlierFollowUps
from ui.editor.sharing import SharingToggle
from ui.editor.views import FittedTable
from ui.editor.widgets import Card, TextBox, heading, modal
from ui.editor.widgets import rich_escape as escape
from ui.i18n import QT_TRANSLATE_NOOP


def new_decision() -> Decision:
    """A decision whose words are still to be written (stored once it has some)."""
    decision = Decision("-")
    decision.text = ""
    return decision


class DecisionCard(Card):
    """The decision's words, who proposed it, where it was taken, stances, follow-ups."""

    def __init__(self, ctx: EditorContext, decision: Decision, number: int) -> None:
        super().__init__()
        self.ctx = ctx
        self.decision = decision
        editable = ctx.editable
        layout = self.layout_
        header = QHBoxLayout()
        header.addWidget(heading(self.tr("Decision {number}").format(number=number), 2))
        header.addStretch(1)
        sharing = SharingToggle(
            lambda: decision,
            decision.sharing,
            what=self.tr("decision {number}").format(number=number),
            editable=editable,
        )
        sharing.sharing_changed.connect(ctx.edited)
        header.addWidget(sharing)
        if editable:
            self.remove_button = QPushButton(self.tr("Remove"))
            self.remove_button.setAccessibleName(
                self.tr("Remove decision {number}").format(number=number)
            )
            header.addWidget(self.remove_button)
        layout.addLayout(header)

        def write(text: str) -> None:
            decision.text = text
            ctx.edited()

        self.text_box = TextBox(
            decision.text,
            write,
            name=self.tr("Decision {number}").format(number=number),
            placeholder=self.tr("What was decided, in plain words"),
            editable=editable,
        )
        layout.addWidget(self.text_box)
        ctx.register(decision.id, self.text_box)

        self.proposed = QComboBox()
        self.proposed.setAccessibleName(
            self.tr("Who proposed decision {number}").format(number=number)
        )
        self.proposed.addItem(self.tr("not noted"), None)
        for person_id in self._people_and_practitioners():
            self.proposed.addItem(ctx.directory.name(person_id), person_id)
        self.proposed.setCurrentIndex(max(0, self.proposed.findData(decision.proposed_by)))
        self.proposed.setEnabled(editable)
        self.proposed.currentIndexChanged.connect(self._proposed)
        proposed_label = QLabel(self.tr("Proposed by"))
        proposed_label.setBuddy(self.proposed)
        self.in_meeting = QRadioButton(self.tr("In the meeting"))
        self.outside = QRadioButton(self.tr("Outside the meeting…"))
        self.in_meeting.setAccessibleName(
            self.tr("Decision {number} taken in the meeting").format(number=number)
        )
        self.outside.setAccessibleName(
            self.tr("Decision {number} taken outside the meeting").format(number=number)
        )
        group = QButtonGroup(self)
        group.addButton(self.in_meeting)
        group.addButton(self.outside)
        outside = decision.where is DecidedWhere.OUTSIDE_MEETING
        (self.outside if outside else self.in_meeting).setChecked(True)
        for button in (self.in_meeting, self.outside):
            button.setEnabled(editable)
        self.in_meeting.clicked.connect(self._in_meeting)
        self.outside.clicked.connect(self._outside)
        add_row(
            layout,
            proposed_label,
            self.proposed,
            QLabel(self.tr("   Decided")),
            self.in_meeting,
            self.outside,
        )
        self.outside_info = QLabel()
        self.outside_info.setWordWrap(True)
        self.outside_info.setAccessibleName(
            self.tr("Why decision {number} was taken outside").format(number=number)
        )
        layout.addWidget(self.outside_info)
        self._show_outside()

        layout.addWidget(QLabel(self.tr("<b>Where everyone stands</b>")))
        self.stances = StanceModel(
            decision, list(ctx.meeting.present), ctx.directory.name, editable
        )
        self.stances.stances_changed.connect(ctx.edited)
        self.stance_view = FittedTable(
            self.stances,
            name=self.tr("Stances on decision {number}").format(number=number),
            stretch=StanceModel.WORDS,
            editable=editable,
        )
        self.stance_view.setItemDelegate(StanceDelegate(self.stance_view))
        layout.addWidget(self.stance_view)

        layout.addWidget(QLabel(self.tr("<b>Follow-ups</b>")))
        self.follow_ups = FollowUpModel(decision, ctx.directory.name, editable)
        self.follow_ups.follow_ups_changed.connect(ctx.edited)
        self.follow_up_view = FittedTable(
            self.follow_ups,
            name=self.tr("Follow-ups of decision {number}").format(number=number),
            stretch=FollowUpModel.WHAT,
            editable=editable,
        )
        self.follow_up_view.setItemDelegate(
            FollowUpDelegate(self._who_choices, self.follow_up_view)
        )
        layout.addWidget(self.follow_up_view)
        for follow_up in decision.follow_ups:
            ctx.register(follow_up.id, self.follow_up_view)
        if editable:
            self.add_follow_up_button = add = QPushButton(self.tr("Add a follow-up"))
            add.setAccessibleName(
                self.tr("Add a follow-up to decision {number}").format(number=number)
            )
            add.clicked.connect(self.add_follow_up)
            self.remove_follow_up_button = QPushButton(self.tr("Remove follow-up"))
            self.remove_follow_up_button.setAccessibleName(
                self.tr("Remove the selected follow-up of decision {number}").format(number=number)
            )
            self.remove_follow_up_button.clicked.connect(self._remove_follow_up)
            add_row(layout, add, self.remove_follow_up_button)

    def _people_and_practitioners(self) -> list[str]:
        meeting, directory = self.ctx.meeting, self.ctx.directory
        found = directory.one_per_person([*meeting.present, *meeting.facilitators])
        chosen = self.decision.proposed_by
        if chosen and chosen not in found:  # shown under the id it names, once
            same = directory.same_ids(chosen)
            found = [chosen if i in same else i for i in found]
            if chosen not in found:
                found.append(chosen)
        return found

    def _who_choices(self) -> list[tuple[str, str]]:
        return [(pid, self.ctx.directory.name(pid)) for pid in self._people_and_practitioners()]

    def _proposed(self, _: int) -> None:
        self.decision.proposed_by = self.proposed.currentData()
        self.ctx.edited()

    def _show_outside(self) -> None:
        decision = self.decision
        outside = decision.where is DecidedWhere.OUTSIDE_MEETING
        self.outside_info.setVisible(outside)
        if outside:
            self.outside_info.setText(
                self.tr("<i>Why outside:</i> {escape}<br>{escape2}").format(
                    escape=escape(decision.outside_reason), escape2=escape(told_text(decision))
                )
            )

    def _outside(self) -> None:
        dialog = OutsideDialog(self.decision, self)
        with modal(dialog) as accepted:
            if accepted:
                dialog.apply(self.decision)
                self.ctx.edited()
        self.outside.setChecked(self.decision.where is DecidedWhere.OUTSIDE_MEETING)
        self.in_meeting.setChecked(self.decision.where is DecidedWhere.IN_MEETING)
        self._show_outside()

    def _in_meeting(self) -> None:
        decision = self.decision
        decision.where = DecidedWhere.IN_MEETING
        decision.outside_reason, decision.told, decision.told_at = "", "", None
        self.ctx.edited()
        self._show_outside()

    def add_follow_up(self) -> None:
        """Add a follow-up (for whoever proposed the decision) and start writing what."""
        choices = self._people_and_practitioners() or [  # nobody ticked yet: anyone
            p.id for p in (*self.ctx.directory.practitioners, *self.ctx.directory.members)
        ]
        who = self.decision.proposed_by or (choices[0] if choices else None)
        if who is None:
            return
        row = self.follow_ups.add(who)
        self.ctx.register(self.decision.follow_ups[row].id, self.follow_up_view)
        index = self.follow_ups.index(row, FollowUpModel.WHAT)
        self.follow_up_view.setCurrentIndex(index)
        self.follow_up_view.setFocus()
        self.follow_up_view.edit(index)

    def _remove_follow_up(self) -> None:
        index = self.follow_up_view.currentIndex()
        if not index.isValid():
            return
        follow_up = self.decision.follow_ups[index.row()]
        if confirm_removal(self, self.tr("this follow-up"), bool(follow_up.what.strip())):
            self.follow_ups.remove(index.row())


class DecisionsSection(Section):
    """Decisions taken together (or, marked so, outside the meeting)."""

    key = "decisions"
    title = QT_TRANSLATE_NOOP("DecisionsSection", "Shared decisions")
    short_title = QT_TRANSLATE_NOOP("DecisionsSection", "Decisions")
    guidance = QT_TRANSLATE_NOOP(
        "DecisionsSection",
        "Agreement is not assumed: note where each person stands. "
        "A decision taken outside the meeting says why.",
    )

    def build(self, layout: QVBoxLayout) -> None:
        self.earlier: EarlierFollowUps | None = None
        if self.ctx.session.earlier_follow_ups:
            self.earlier = EarlierFollowUps(self.ctx)
            layout.addWidget(self.earlier)
        self.cards: list[DecisionCard] = []
        for number, decision in enumerate(self.ctx.meeting.decisions, start=1):
            card = DecisionCard(self.ctx, decision, number)
            if self.ctx.editable:
                card.remove_button.clicked.connect(lambda _=False, d=decision: self._remove(d))
            self.cards.append(card)
            layout.addWidget(card)
        if self.ctx.editable:
            add = QPushButton(self.tr("Add a &decision"))
            add.setAccessibleName(self.tr("Add a decision"))
            add.setToolTip("Ctrl+Shift+D")
            add.clicked.connect(self.add_decision)
            add_row(layout, add)

    def add_decision(self) -> None:
        """Add a decision with an empty stance for everyone present, cursor in its words."""
        if not self.ctx.editable:
            return
        self.ctx.meeting.decisions.append(new_decision())
        self.rebuild()
        self.cards[-1].text_box.setFocus()

    def _remove(self, decision: Decision) -> None:
        has_words = bool(decision.text.strip() or decision.follow_ups)
        if confirm_removal(self, self.tr("this decision"), has_words):
            self.ctx.meeting.decisions.remove(decision)
            self.ctx.edited()
            self.rebuild()
