"""Column widths for every table in the app: fitted to what they show, kept across reloads.

Each column is as wide as its widest cell or its header (so "Network member"
and "Dr Anna-Liisa Korhonen" show whole), up to a cap; one column takes the
spare room, and never less than its own content. Widths are fitted again
when rows are added, changed or reloaded, but a width the person set by
dragging a header is kept until the table is closed. A table in a tab out of
sight is fitted when its tab is shown, before it is painted: measuring asks
every cell for its size, and a network's page has tables in every tab.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtWidgets import QHeaderView, QTableView

WIDEST = 320
"""No fitted column is wider than this (pixels); longer text is in the tooltip."""
STRETCH_LEAST = 180
"""The stretching column gives way down to this width (or its header's), never less."""


class ColumnFitter(QObject):
    """Keeps one table's column widths fitted; ``stretch`` (or -1 for the last) takes spare room."""

    def __init__(
        self,
        view: QTableView,
        stretch: int = -1,
        widest: int = WIDEST,
        *,
        hold_width: bool = False,
        scroll: bool = True,
    ) -> None:
        super().__init__(view)
        self._view = view
        self._stretch = stretch
        self._widest = widest
        self._hold_width = hold_width
        self._scroll = scroll
        if not scroll:  # a compact table: the stretching column gives way (its text elides)
            view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self._manual: dict[int, int] = {}
        self._natural: dict[int, int] = {}
        self._fitting = False
        header = view.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setTextElideMode(view.textElideMode())
        header.sectionResized.connect(self._resized)
        self._pending = QTimer(self)
        self._pending.setSingleShot(True)
        self._pending.setInterval(0)
        self._pending.timeout.connect(self.fit)
        model = view.model()
        for signal in (
            model.modelReset,
            model.rowsInserted,
            model.rowsRemoved,
            model.dataChanged,
            model.layoutChanged,
            model.headerDataChanged,
            model.columnsInserted,
            model.columnsRemoved,
        ):
            signal.connect(self._contents_changed)
        view.viewport().installEventFilter(self)
        view.installEventFilter(self)
        self._stale = False
        self.fit()

    def stretch_column(self) -> int:
        """The column that takes spare room."""
        count = self._view.horizontalHeader().count()
        return self._stretch if 0 <= self._stretch < count else count - 1

    def natural_width(self, column: int) -> int:
        """What ``column`` needs to show its header and every cell whole (before the cap).

        Measuring asks every cell for its size (the slow part of showing a table), so it is
        done again only when the contents, the font or the style change, not on each resize.
        """
        cells = self._natural.get(column)
        if cells is None:
            cells = self._natural[column] = self._view.sizeHintForColumn(column)
        # The header is measured each time (one call): its font is settled only once the
        # table is polished, which may come after the cells were first measured.
        return max(cells, self._view.horizontalHeader().sectionSizeFromContents(column).width())

    def _contents_changed(self) -> None:
        self._natural.clear()
        self._pending.start()

    def fit(self) -> None:
        """Size every column to its contents, keeping widths set by hand."""
        view = self._view
        if view.window() is not view and not view.isVisibleTo(view.window()):
            self._stale = True  # in a hidden tab: fitted when shown
            return
        self._stale = False
        header = view.horizontalHeader()
        stretch = self.stretch_column()
        self._fitting = True
        try:
            widths = {
                column: self._manual.get(column, min(self.natural_width(column), self._widest))
                for column in range(header.count())
                if not header.isSectionHidden(column) and column != stretch
            }
            if not self._scroll:  # no scrolling: every column gives way a share, and elides
                room = view.viewport().width() - (
                    header.sectionSizeFromContents(stretch).width() if stretch >= 0 else 0
                )
                total = sum(widths.values())
                if total > room > 0:
                    widths = {c: w * room // total for c, w in widths.items()}
            for column, width in widths.items():
                header.resizeSection(column, width)
            used = sum(widths.values())
            if stretch >= 0:
                # The stretching column takes the spare room; short of room it gives way
                # first, down to its header or a readable least width (then the table scrolls).
                title = header.sectionSizeFromContents(stretch).width()
                least = max(title, min(self.natural_width(stretch), STRETCH_LEAST))
                if not self._scroll:
                    least = min(least, title)
                spare = view.viewport().width() - used
                header.resizeSection(stretch, self._manual.get(stretch, max(spare, least)))
                if self._hold_width:  # never squeezed below its headers (no "work mem")
                    view.setMinimumWidth(used + least + 2 * view.frameWidth())
        finally:
            self._fitting = False

    def _resized(self, column: int, _old: int, new: int) -> None:
        if not self._fitting:
            self._manual[column] = new

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt override)
        """Share out spare room again when the table is resized; measure again on a new font."""
        kind = event.type()
        if kind in (QEvent.Type.FontChange, QEvent.Type.StyleChange, QEvent.Type.Polish):
            self._contents_changed()
        elif watched is self._view:
            if kind == QEvent.Type.Show and self._stale:
                self.fit()  # shown now: fitted before it is painted
        elif kind == QEvent.Type.Resize:
            self._pending.start()
        return False
