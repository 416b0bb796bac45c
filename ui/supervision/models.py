"""Models for the supervision export dialog: what to export, and the name review.

``ChoiceModel`` is a checkable list of networks or meetings; ``ReviewWordsModel``
lists the words that may still be names with the practitioner's answer for
each (replace with some text, or accept as not a name).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from odnotes.supervision import ReviewWord
from ui.i18n import QT_TRANSLATE_NOOP
from ui.models.headered import HeaderedTableModel

Index = QModelIndex | QPersistentModelIndex
OBJECT_ROLE = Qt.ItemDataRole.UserRole + 1


class ChoiceModel(QAbstractListModel):
    """A checkable list of (id, text) entries; all checked by default.

    Signals: the standard ``dataChanged`` when a check changes.
    """

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._entries: list[tuple[str, str]] = []
        self._checked: set[str] = set()

    def set_entries(self, entries: list[tuple[str, str]], checked: set[str] | None = None) -> None:
        """Show ``entries``; ``checked`` ids are ticked (every entry when ``None``)."""
        self.beginResetModel()
        self._entries = list(entries)
        ids = {i for i, _ in entries}
        self._checked = ids if checked is None else checked & ids
        self.endResetModel()

    def checked_ids(self) -> list[str]:
        """Ticked ids in list order."""
        return [i for i, _ in self._entries if i in self._checked]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._entries)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        entry_id, text = self._entries[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return text
        if role == Qt.ItemDataRole.CheckStateRole:
            return Qt.CheckState.Checked if entry_id in self._checked else Qt.CheckState.Unchecked
        if role == OBJECT_ROLE:
            return entry_id
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = super().flags(index)
        return base | Qt.ItemFlag.ItemIsUserCheckable if index.isValid() else base

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.CheckStateRole:
            return False
        entry_id = self._entries[index.row()][0]
        checked = value in (Qt.CheckState.Checked, Qt.CheckState.Checked.value, 2, True)
        if checked:
            self._checked.add(entry_id)
        else:
            self._checked.discard(entry_id)
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.CheckStateRole])
        return True


WORD, TIMES, WHY, ANSWER, REPLACEMENT = range(5)
REPLACE, ACCEPT, UNANSWERED = (
    QT_TRANSLATE_NOOP("ui.supervision.models", "Replace"),
    QT_TRANSLATE_NOOP("ui.supervision.models", "Accept (not a name)"),
    QT_TRANSLATE_NOOP("ui.supervision.models", "Not answered"),
)
ANSWERS = [UNANSWERED, REPLACE, ACCEPT]


def answer_text(answer: str) -> str:
    """How an answer is shown in the user's language."""
    return QCoreApplication.translate("ui.supervision.models", answer)


def answer_from_text(text: object) -> str | None:
    """The answer a shown (translated) text stands for, if any."""
    return next((a for a in ANSWERS if text in (a, answer_text(a))), None)


class ReviewWordsModel(HeaderedTableModel):
    """Words that may still be names, each with an answer and replacement text."""

    HEADERS = (
        QT_TRANSLATE_NOOP("ReviewWordsModel", "Word"),
        QT_TRANSLATE_NOOP("ReviewWordsModel", "Times"),
        QT_TRANSLATE_NOOP("ReviewWordsModel", "Why it is listed"),
        QT_TRANSLATE_NOOP("ReviewWordsModel", "Answer"),
        QT_TRANSLATE_NOOP("ReviewWordsModel", "Replace with"),
    )
    EDITABLE = (ANSWER, REPLACEMENT)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.words: list[ReviewWord] = []
        self.answers: dict[str, str] = {}
        self.replacements: dict[str, str] = {}

    def set_words(self, words: list[ReviewWord]) -> None:
        """Show a fresh review list (answers for words still listed are kept)."""
        self.beginResetModel()
        self.words = list(words)
        for word in self.words:
            self.replacements.setdefault(word.word, word.suggestion)
        self.endResetModel()

    def answered(self) -> tuple[dict[str, str], set[str]]:
        """The replacements and acceptances given so far, for the listed words."""
        listed = {w.word for w in self.words}
        replace = {
            w: self.replacements[w]
            for w, a in self.answers.items()
            if a == REPLACE and w in listed and self.replacements.get(w, "").strip()
        }
        accept = {w for w, a in self.answers.items() if a == ACCEPT and w in listed}
        return replace, accept

    def answer_all(self, answer: str) -> None:
        """Give every listed word the same answer."""
        for word in self.words:
            self.answers[word.word] = answer
        if self.words:
            self.dataChanged.emit(self.index(0, ANSWER), self.index(len(self.words) - 1, ANSWER))

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.words)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        word = self.words[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return [
                word.word,
                str(len(word.occurrences)),
                word.reason,
                answer_text(self.answers.get(word.word, UNANSWERED)),
                self.replacements.get(word.word, ""),
            ][index.column()]
        if role == Qt.ItemDataRole.ToolTipRole:
            return word.reason
        if role == OBJECT_ROLE:
            return word
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.EditRole:
            return False
        word = self.words[index.row()].word
        if index.column() == ANSWER and answer_from_text(value) is not None:
            self.answers[word] = str(answer_from_text(value))
        elif index.column() == REPLACEMENT:
            self.replacements[word] = str(value)
            if str(value).strip():
                self.answers[word] = REPLACE
        else:
            return False
        self.dataChanged.emit(self.index(index.row(), ANSWER), self.index(index.row(), REPLACEMENT))
        return True
