"""Models behind the summary preview: the rendered pages and the items kept back."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QModelIndex,
    QPersistentModelIndex,
    QRectF,
    QSize,
    Qt,
)
from PySide6.QtGui import QImage, QPainter, QPalette, QPen, QPixmap
from PySide6.QtWidgets import QStyledItemDelegate, QStyleOptionViewItem

from odnotes.summary import KeptItem
from ui.i18n import QT_TRANSLATE_NOOP, core_translator
from ui.models.headered import HeaderedTableModel

_Index = QModelIndex | QPersistentModelIndex
OBJECT_ROLE = Qt.ItemDataRole.UserRole + 1


class PageModel(QAbstractListModel):
    """The pages exactly as they will print, one image per row."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._pages: list[QPixmap] = []

    def set_pages(self, images: list[QImage]) -> None:
        """Replace every page (after the options changed)."""
        self.beginResetModel()
        self._pages = [QPixmap.fromImage(image) for image in images]
        self.endResetModel()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 - Qt's default
        return 0 if parent.isValid() else len(self._pages)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._pages):
            return None
        label = self.tr("Page {value} of {len}").format(value=index.row() + 1, len=len(self._pages))
        if role == Qt.ItemDataRole.DecorationRole:
            return self._pages[index.row()]
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
            return label
        if role == Qt.ItemDataRole.SizeHintRole:
            pixmap = self._pages[index.row()]
            ratio = pixmap.devicePixelRatio() or 1.0
            return QSize(round(pixmap.width() / ratio), round(pixmap.height() / ratio))
        if role == OBJECT_ROLE:
            return self._pages[index.row()]
        return None


class KeptBackModel(HeaderedTableModel):
    """The items the team kept back: what kind, their words, and why (practitioners only)."""

    KIND, WORDS, REASON = range(3)
    HEADERS = (
        QT_TRANSLATE_NOOP("KeptBackModel", "Kind"),
        QT_TRANSLATE_NOOP("KeptBackModel", "Words"),
        QT_TRANSLATE_NOOP("KeptBackModel", "Why"),
    )

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._items: list[KeptItem] = []

    def set_items(self, items: list[KeptItem]) -> None:
        """Replace the list (the meeting or the options changed)."""
        self.beginResetModel()
        self._items = list(items)
        self.endResetModel()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 - Qt's default
        return 0 if parent.isValid() else len(self._items)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._items):
            return None
        kept = self._items[index.row()]
        if role == OBJECT_ROLE:
            return kept
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            column = index.column()
            if column == self.KIND:
                return kept.kind_in(core_translator()).capitalize()
            if column == self.WORDS:
                return kept.text
            return kept.reason
        return None


class PageDelegate(QStyledItemDelegate):
    """Paints each page as a sheet of paper: centred, with a thin edge, no selection."""

    MARGIN = 12

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: _Index) -> None:
        pixmap = index.data(OBJECT_ROLE)
        if not isinstance(pixmap, QPixmap):
            return
        ratio = pixmap.devicePixelRatio() or 1.0
        width, height = pixmap.width() / ratio, pixmap.height() / ratio
        rect = option.rect
        left = rect.x() + max((rect.width() - width) / 2, self.MARGIN)
        target = QRectF(left, rect.y() + self.MARGIN, width, height)
        painter.save()
        painter.setPen(QPen(option.palette.color(QPalette.ColorRole.Shadow), 1))
        painter.drawRect(target.adjusted(-1, -1, 0, 0))
        painter.drawPixmap(target, pixmap, QRectF(pixmap.rect()))
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: _Index) -> QSize:
        size = index.data(Qt.ItemDataRole.SizeHintRole)
        if not isinstance(size, QSize):
            return QSize()
        return size + QSize(2 * self.MARGIN, self.MARGIN)
