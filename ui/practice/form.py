"""The team's private reflection on a meeting against the twelve key elements.

Never part of the family summary (it is a separate record); optionally part
of the supervision export.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from odnotes.model import Meeting, PracticeReflection
from odnotes.vault import Change, Vault
from ui.dates import long_day
from ui.operations import Operation
from ui.practice.models import RATING, WORDS, PracticeRatingsModel, rating_choices

Index = QModelIndex | QPersistentModelIndex


class RatingDelegate(QStyledItemDelegate):
    """A combo box of the four ratings (and "not rated yet")."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        editor = QComboBox(parent)
        editor.addItems(rating_choices())
        editor.setAccessibleName(self.tr("Rating"))
        return editor

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        assert isinstance(editor, QComboBox)
        editor.setCurrentText(str(index.data()))

    def setModelData(self, editor: QWidget, model: object, index: Index) -> None:
        assert isinstance(editor, QComboBox)
        index.model().setData(index, editor.currentText())


class PracticeReflectionForm(QWidget):
    """Rate each element for one meeting and save.

    Signals: ``saved(str)`` with the reflection's id after a save.
    """

    saved = Signal(str)

    def __init__(self, vault: Vault, meeting_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.vault = vault
        meeting = vault.get(Meeting, meeting_id)
        existing = next(
            (r for r in vault.all(PracticeReflection, network_id=meeting.network_id)
             if r.meeting_id == meeting_id),
            None,
        )  # fmt: skip
        reflection = (
            vault.get(PracticeReflection, existing.id)
            if existing
            else PracticeReflection.blank(meeting.id, meeting.network_id)
        )
        reflection.practitioner_ids = reflection.practitioner_ids or list(meeting.facilitators)
        self.model = PracticeRatingsModel(reflection, self)
        self.setAccessibleName(self.tr("Practice reflection"))
        intro = QLabel(
            self.tr(
                "For the team only: how present was each key element of dialogic "
                "practice in the meeting of {day}? This never goes into "
                "the network's summary."
            ).format(day=long_day(meeting.starts_at))
        )
        intro.setWordWrap(True)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Key elements and ratings"))
        self.table.setItemDelegateForColumn(RATING, RatingDelegate(self.table))
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.AllEditTriggers
            & ~QAbstractItemView.EditTrigger.CurrentChanged
        )
        self.table.verticalHeader().hide()
        self.table.setWordWrap(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(RATING, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(WORDS, QHeaderView.ResizeMode.Stretch)
        self.status = QLabel()
        self.status.setAccessibleName(self.tr("Save status"))
        self.save_button = QPushButton(self.tr("Save reflection"))
        self.save_button.setAccessibleName(self.tr("Save reflection"))
        self.save_button.clicked.connect(self.save)
        buttons = QHBoxLayout()
        buttons.addWidget(self.status, 1)
        buttons.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self.model.dataChanged.connect(lambda *_: self.status.setText(self.tr("Not saved yet.")))

    def save(self) -> None:
        """Save the reflection as a new revision."""
        Operation(self, lambda: self.vault.save(self.model.reflection)).success(self._saved).tell(
            self.status.setText, self.tr("Not saved: {error}")
        ).run()

    def _saved(self, change: Change) -> None:
        self.model.set_reflection(self.vault.get(PracticeReflection, change.record_id))
        self.status.setText(self.tr("Saved."))
        self.saved.emit(change.record_id)


__all__ = ["WORDS", "PracticeReflectionForm", "RatingDelegate"]
