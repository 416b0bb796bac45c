"""The words that may still be names, each to replace or accept, with buttons for all at once.

Signals: ``word_chosen(int, int)`` with the review-text span of a word's first
occurrence, when the practitioner clicks its row.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QStyledItemDelegate,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ui.supervision.models import ACCEPT, ANSWER, ANSWERS, REPLACE, ReviewWordsModel, answer_text


class AnswerDelegate(QStyledItemDelegate):
    """Replace, accept, or not answered yet."""

    def createEditor(self, parent, option, index):  # type: ignore[no-untyped-def]  # noqa: N802
        editor = QComboBox(parent)
        editor.addItems([answer_text(a) for a in ANSWERS])
        editor.setAccessibleName(self.tr("Answer"))
        return editor

    def setEditorData(self, editor, index):  # type: ignore[no-untyped-def]  # noqa: N802
        editor.setCurrentText(str(index.data()))

    def setModelData(self, editor, model, index):  # type: ignore[no-untyped-def]  # noqa: N802
        model.setData(index, editor.currentText())


class ReviewWordsBox(QGroupBox):
    """The review's word table: ``words`` (the model), ``table`` and ``apply_button``."""

    word_chosen = Signal(int, int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Still looks like a name: replace or accept each word"), parent)
        self.words = ReviewWordsModel(self)
        self.table = QTableView()
        self.table.setModel(self.words)
        self.table.setAccessibleName(self.tr("Words that may still be names"))
        self.table.setItemDelegateForColumn(ANSWER, AnswerDelegate(self.table))
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.AllEditTriggers)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.clicked.connect(self._chosen)
        accept_all = QPushButton(self.tr("Accept all as not names"))
        accept_all.setAccessibleName(self.tr("Accept all as not names"))
        accept_all.clicked.connect(lambda: self.words.answer_all(ACCEPT))
        replace_all = QPushButton(self.tr("Replace all as suggested"))
        replace_all.setAccessibleName(self.tr("Replace all as suggested"))
        replace_all.clicked.connect(lambda: self.words.answer_all(REPLACE))
        self.apply_button = QPushButton(self.tr("Apply answers"))
        self.apply_button.setAccessibleName(self.tr("Apply answers"))
        buttons = QHBoxLayout()
        buttons.addWidget(replace_all)
        buttons.addWidget(accept_all)
        buttons.addStretch(1)
        buttons.addWidget(self.apply_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addLayout(buttons)

    def _chosen(self, index: QModelIndex) -> None:
        row = index.row()
        if 0 <= row < len(self.words.words):
            self.word_chosen.emit(*self.words.words[row].occurrences[0])
