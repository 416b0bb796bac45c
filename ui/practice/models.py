"""The twelve-element table of a practice reflection, edited in place.

Rows are the reflection's :class:`ElementRating` entries (one per key
element); the rating and the few words are editable. The model edits its own
copy of the reflection; the form saves it.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from odnotes.errors import InvalidRecord
from odnotes.model import ElementRating, PracticeRating, PracticeReflection
from ui.i18n import QT_TRANSLATE_NOOP
from ui.models.headered import HeaderedTableModel
from ui.words import element_text, rating_text

Index = QModelIndex | QPersistentModelIndex
ELEMENT, RATING, WORDS = range(3)
OBJECT_ROLE = Qt.ItemDataRole.UserRole + 1
NOT_RATED = QT_TRANSLATE_NOOP("ui.practice.models", "not rated yet")
RATING_CHOICES = [NOT_RATED, *(r.label for r in PracticeRating)]
"""The choices in English (what a test or a script may set)."""


def rating_from_label(label: str) -> PracticeRating | None:
    """The rating for a combo-box label, in the UI's language or English (``None``: not rated)."""
    return next((r for r in PracticeRating if label in (rating_text(r), r.label)), None)


def rating_choices() -> list[str]:
    """The combo-box labels in the user's language, "not rated yet" first."""
    return [not_rated_text(), *(rating_text(r) for r in PracticeRating)]


def not_rated_text() -> str:
    """ "not rated yet" in the user's language."""
    return QCoreApplication.translate("ui.practice.models", NOT_RATED)


class PracticeRatingsModel(HeaderedTableModel):
    """Element, rating, a few words: one row per key element."""

    HEADERS = (
        QT_TRANSLATE_NOOP("PracticeRatingsModel", "Key element"),
        QT_TRANSLATE_NOOP("PracticeRatingsModel", "Present?"),
        QT_TRANSLATE_NOOP("PracticeRatingsModel", "A few words"),
    )
    EDITABLE = (RATING, WORDS)

    def __init__(self, reflection: PracticeReflection, parent: Any = None) -> None:
        super().__init__(parent)
        self.reflection = reflection

    def set_reflection(self, reflection: PracticeReflection) -> None:
        """Show another reflection."""
        self.beginResetModel()
        self.reflection = reflection
        self.endResetModel()

    def entry(self, row: int) -> ElementRating:
        """The rating on ``row``."""
        return self.reflection.ratings[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.reflection.ratings)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        entry = self.entry(index.row())
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            if index.column() == ELEMENT:
                return element_text(entry.element)
            if index.column() == RATING:
                return rating_text(entry.rating) if entry.rating else not_rated_text()
            return entry.words
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == ELEMENT:
            return element_text(entry.element)
        if role == OBJECT_ROLE:
            return entry
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.EditRole:
            return False
        entry = self.entry(index.row())
        if index.column() == RATING:
            if value not in RATING_CHOICES and value not in rating_choices():
                return False
            entry.rating = rating_from_label(value)
        elif index.column() == WORDS:
            words = str(value)
            try:
                ElementRating(entry.element, entry.rating, words)
            except InvalidRecord:
                return False
            entry.words = words
        else:
            return False
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.DisplayRole])
        return True
