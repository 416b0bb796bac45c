"""The follow-ups agreed at earlier meetings, shown at the top of the decisions to check off."""

from __future__ import annotations

from PySide6.QtWidgets import QVBoxLayout, QWidget

from ui.editor.context import EditorContext
from ui.editor.models.earlier_follow_ups import EarlierFollowUpsModel
from ui.editor.views import FittedTable
from ui.editor.widgets import heading, hint


class EarlierFollowUps(QWidget):
    """Who was to do what since the last meeting; ticking "Done now" records it here."""

    def __init__(self, ctx: EditorContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = EarlierFollowUpsModel(
            ctx.meeting, ctx.session.earlier_follow_ups, ctx.directory.name, ctx.editable
        )
        self.model.checks_changed.connect(ctx.edited)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(heading(self.tr("Follow-ups from earlier meetings"), 2))
        layout.addWidget(
            hint(
                self.tr(
                    "Tick what has been done. The earlier meeting stays as it was; "
                    "this meeting records the tick."
                )
            )
        )
        self.view = FittedTable(
            self.model,
            name=self.tr("Follow-ups from earlier meetings"),
            stretch=EarlierFollowUpsModel.WHAT,
            editable=ctx.editable,
        )
        layout.addWidget(self.view)
