"""The stance grid of a shared decision: every present person, one stance each."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QEvent,
    QModelIndex,
    QPersistentModelIndex,
    QRect,
    Qt,
    Signal,
)
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QApplication,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionButton,
    QStyleOptionViewItem,
)

from odnotes.model import Decision, Stance, StanceEntry
from ui.editor.models import DOMAIN_ROLE
from ui.words import stance_text

_Index = QModelIndex | QPersistentModelIndex

STANCES = (Stance.AGREES, Stance.HAS_CONCERNS, Stance.DISAGREES, Stance.NOT_ASKED)


class StanceModel(QAbstractTableModel):
    """Rows are people (the present ones, and anyone who already has a stance).

    Columns: the person, one column per stance (exactly one is ticked), and
    their own words. Edits go into ``decision.stances`` of the working copy; a
    person without an entry is "not asked".

    Signals:
        stances_changed(): a stance or someone's words changed.
    """

    stances_changed = Signal()

    NAME = 0
    FIRST_STANCE = 1
    WORDS = FIRST_STANCE + len(STANCES)

    def __init__(
        self,
        decision: Decision,
        people: list[str],
        name: Callable[[str], str],
        editable: bool,
    ) -> None:
        super().__init__()
        self._decision = decision
        self._name = name
        self._editable = editable
        extra = [e.person_id for e in decision.stances if e.person_id not in people]
        self._people = [*people, *extra]

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._people)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self.WORDS + 1

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Vertical:
            return None
        if section == self.NAME:
            return self.tr("Person")
        if section == self.WORDS:
            return self.tr("In their words (optional)")
        return stance_text(STANCES[section - self.FIRST_STANCE])

    def _entry(self, person_id: str) -> StanceEntry | None:
        return next((e for e in self._decision.stances if e.person_id == person_id), None)

    def stance_column(self, column: int) -> Stance | None:
        """The stance a column stands for (``None`` for the name and words columns)."""
        if self.FIRST_STANCE <= column < self.WORDS:
            return STANCES[column - self.FIRST_STANCE]
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        person_id = self._people[index.row()]
        entry = self._entry(person_id)
        column = index.column()
        if role == DOMAIN_ROLE:
            return person_id
        if column == self.NAME:
            if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
                return self._name(person_id)
            return None
        if column == self.WORDS:
            if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
                return entry.words if entry else ""
            if role == Qt.ItemDataRole.AccessibleTextRole:
                return self.tr("{name}'s words: {value}").format(
                    name=self._name(person_id), value=entry.words if entry else ""
                )
            return None
        stance = self.stance_column(column)
        current = entry.stance if entry else Stance.NOT_ASKED
        if role == Qt.ItemDataRole.CheckStateRole:
            return Qt.CheckState.Checked if current is stance else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.AccessibleTextRole and stance is not None:
            chosen = self.tr("chosen") if current is stance else self.tr("not chosen")
            return self.tr("{name}, {stance}: {chosen}").format(
                name=self._name(person_id), stance=stance_text(stance), chosen=chosen
            )
        if role == Qt.ItemDataRole.ToolTipRole and stance is not None:
            return self.tr("{name}: {stance}").format(
                name=self._name(person_id), stance=stance_text(stance)
            )
        return None

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if self._editable and index.column() == self.WORDS:
            flags |= Qt.ItemFlag.ItemIsEditable
        elif self._editable and index.column() != self.NAME:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        return flags

    def setData(self, index: _Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or not self._editable:
            return False
        person_id = self._people[index.row()]
        entry = self._entry(person_id)
        column = index.column()
        if column == self.WORDS and role == Qt.ItemDataRole.EditRole:
            words = str(value)
            if entry is None:
                entry = StanceEntry(person_id)
                self._decision.stances.append(entry)
            entry.words = words
        elif (stance := self.stance_column(column)) is not None and (
            role == Qt.ItemDataRole.CheckStateRole and Qt.CheckState(value) == Qt.CheckState.Checked
        ):
            if entry is None:
                entry = StanceEntry(person_id)
                self._decision.stances.append(entry)
            entry.stance = stance
        else:
            return False
        row = index.row()
        self.dataChanged.emit(self.index(row, self.FIRST_STANCE), self.index(row, self.WORDS))
        self.stances_changed.emit()
        return True


class StanceDelegate(QStyledItemDelegate):
    """Draws the stance cells as radio buttons (one choice per row) and toggles them."""

    def paint(self, painter: Any, option: QStyleOptionViewItem, index: _Index) -> None:
        model = index.model()
        if not isinstance(model, StanceModel) or model.stance_column(index.column()) is None:
            super().paint(painter, option, index)
            return
        style = option.widget.style() if option.widget else QApplication.style()
        background = QStyleOptionViewItem(option)
        self.initStyleOption(background, index)
        background.features &= ~QStyleOptionViewItem.ViewItemFeature.HasCheckIndicator
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, background, painter, option.widget)
        radio = QStyleOptionButton()
        size = style.pixelMetric(QStyle.PixelMetric.PM_ExclusiveIndicatorWidth)
        rect = option.rect
        radio.rect = QRect(
            rect.x() + (rect.width() - size) // 2,
            rect.y() + (rect.height() - size) // 2,
            size,
            size,
        )
        checked = index.data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked
        radio.state = QStyle.StateFlag.State_Enabled | (
            QStyle.StateFlag.State_On if checked else QStyle.StateFlag.State_Off
        )
        if option.state & QStyle.StateFlag.State_HasFocus:
            radio.state |= QStyle.StateFlag.State_HasFocus
        style.drawPrimitive(QStyle.PrimitiveElement.PE_IndicatorRadioButton, radio, painter)

    def editorEvent(
        self, event: QEvent, model: Any, option: QStyleOptionViewItem, index: _Index
    ) -> bool:
        if not isinstance(model, StanceModel) or model.stance_column(index.column()) is None:
            return super().editorEvent(event, model, option, index)
        if not model.flags(index) & Qt.ItemFlag.ItemIsUserCheckable:
            return False
        chosen = event.type() == QEvent.Type.MouseButtonRelease or (
            event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Space, Qt.Key.Key_Select)
        )
        if chosen:
            return model.setData(index, Qt.CheckState.Checked, Qt.ItemDataRole.CheckStateRole)
        return event.type() in (QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonDblClick)
