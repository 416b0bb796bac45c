"""Item views sized to their content, so short tables sit inside the form without scrolling."""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, Qt
from PySide6.QtWidgets import QAbstractItemView, QListView, QTableView, QWidget

from ui.columns import ColumnFitter


class FittedTable(QTableView):
    """A table as tall as its rows; columns fitted, the ``stretch`` one taking spare room."""

    def __init__(
        self,
        model: QAbstractItemModel,
        *,
        name: str,
        stretch: int,
        editable: bool,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setModel(model)
        self.setAccessibleName(name)
        self.setTabKeyNavigation(False)
        self.verticalHeader().hide()
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setWordWrap(True)
        self.columns = ColumnFitter(self, stretch, hold_width=True)
        triggers = (
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
            | QAbstractItemView.EditTrigger.SelectedClicked
        )
        self.setEditTriggers(triggers if editable else QAbstractItemView.EditTrigger.NoEditTriggers)
        for signal in (model.rowsInserted, model.rowsRemoved, model.modelReset):
            signal.connect(self.fit)
        self.fit()

    def fit(self, *_: object) -> None:
        """Resize to show every row (all rows one line, easy to click)."""
        self.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 12)
        height = self.horizontalHeader().sizeHint().height() + 2 * self.frameWidth()
        for row in range(self.model().rowCount()):
            height += self.rowHeight(row)
        self.setFixedHeight(max(height, self.horizontalHeader().sizeHint().height() + 8))


class ChipList(QListView):
    """A wrapped, left-to-right list of ticked names (facilitators, invitees)."""

    def __init__(
        self, model: QAbstractItemModel, *, name: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setModel(model)
        self.setAccessibleName(name)
        self.setFlow(QListView.Flow.LeftToRight)
        self.setWrapping(True)
        self.setResizeMode(QListView.ResizeMode.Adjust)
        self.setSpacing(4)
        self.setUniformItemSizes(False)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setFrameShape(QListView.Shape.NoFrame)
        self.viewport().setAutoFillBackground(False)
        for signal in (model.rowsInserted, model.rowsRemoved, model.modelReset):
            signal.connect(self.fit)
        self.fit()

    def fit(self, *_: object) -> None:
        """Tall enough for every name (one or two lines in practice)."""
        model = self.model()
        rows = model.rowCount()
        line = self.sizeHintForRow(0) if rows else self.fontMetrics().height()
        width = max(self.viewport().width(), 300)
        total = sum(self.sizeHintForIndex(model.index(r, 0)).width() + 8 for r in range(rows))
        lines = max(1, -(-total // width))
        self.setFixedHeight(lines * (line + 8) + 6)

    def resizeEvent(self, event: object) -> None:  # noqa: D102 - Qt override
        super().resizeEvent(event)  # type: ignore[arg-type]
        self.fit()
