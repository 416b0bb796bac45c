"""The search window (Ctrl+K): type, arrow down, Enter opens the exact place."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from odnotes.search import SearchIndex, vault_index
from odnotes.vault import Vault
from ui.i18n import QT_TRANSLATE_NOOP
from ui.models.roles import OBJECT_ROLE
from ui.models.table import Column, ObjectTableModel
from ui.search.index import SearchHit, search
from ui.search.indexer import BackgroundIndex

SHOWN_AT_MOST = 200
"""Hits shown at once; more than this is a sign the words are too common to help."""

KIND_LABELS = {
    "network": QT_TRANSLATE_NOOP("ui.search.dialog", "Network"),
    "person": QT_TRANSLATE_NOOP("ui.search.dialog", "Network member"),
    "practitioner": QT_TRANSLATE_NOOP("ui.search.dialog", "Practitioner"),
    "people": QT_TRANSLATE_NOOP("ui.search.dialog", "Where the meeting was"),
    "purpose": QT_TRANSLATE_NOOP("ui.search.dialog", "What they wanted to talk about"),
    "voices": QT_TRANSLATE_NOOP("ui.search.dialog", "Voice"),
    "reflections": QT_TRANSLATE_NOOP("ui.search.dialog", "Reflection"),
    "decisions": QT_TRANSLATE_NOOP("ui.search.dialog", "Decision"),
    "uncertainties": QT_TRANSLATE_NOOP("ui.search.dialog", "Open uncertainty"),
    "next": QT_TRANSLATE_NOOP("ui.search.dialog", "Next meeting"),
    "corrections": QT_TRANSLATE_NOOP("ui.search.dialog", "Correction to a summary"),
}


def _snippet(text: str, limit: int = 160) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[: limit - 1] + "…"


class SearchResultsModel(ObjectTableModel[SearchHit]):
    """Search hits: where, what kind, and the words."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(
            [
                Column(
                    self.tr("Where"),
                    lambda h: h.network_name + (f" · {h.meeting_title}" if h.meeting_title else ""),
                ),
                Column(
                    self.tr("What"),
                    lambda h: QCoreApplication.translate(
                        "ui.search.dialog", KIND_LABELS.get(h.kind, h.kind)
                    ),
                ),
                Column(self.tr("Words"), lambda h: _snippet(h.text)),
            ],
            key=lambda h: f"{h.kind}/{h.meeting_id}/{h.item_id}/{h.network_id}",
            parent=parent,
        )


class SearchDialog(QDialog):
    """Search across the whole vault in memory.

    Signals:
        open_hit(object): the user chose a ``SearchHit``.
    """

    open_hit = Signal(object)

    def __init__(
        self, vault: Vault, background: BackgroundIndex | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._vault = vault
        self._background = background
        self._index: SearchIndex | None = background.index if background else None
        self.setWindowTitle(self.tr("Search — OD Notes"))
        self.query = QLineEdit()
        self.query.setAccessibleName(self.tr("Search the vault"))
        self.query.setPlaceholderText(
            self.tr("Names, voices, reflections, decisions, uncertainties…")
        )
        self.query.setClearButtonEnabled(True)
        self.query.installEventFilter(self)
        self.results = SearchResultsModel(self)
        self.table = QTableView()
        self.table.setModel(self.results)
        self.table.setAccessibleName(self.tr("Search results"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.table.activated.connect(lambda index: self._choose(index.row()))
        self.status = QLabel(
            self.tr(
                "Type to search. The search index is kept in the vault, encrypted like your notes."
            )
        )
        self.status.setAccessibleName(self.tr("Search status"))
        self.status.setWordWrap(True)
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(150)
        self._debounce.timeout.connect(self.run_search)
        self.query.textChanged.connect(self._debounce.start)
        self.query.returnPressed.connect(self._enter)
        layout = QVBoxLayout(self)
        layout.addWidget(self.query)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.status)
        self.resize(860, 480)

    def run_search(self) -> None:
        """Search now with the current text."""
        self._debounce.stop()
        hits: list[SearchHit] = []
        if self._vault.is_unlocked and self.query.text().strip():
            if self._index is None:
                self._index = vault_index(self._vault)  # follows saves; dropped with the dialog
            hits = search(self._index, self.query.text(), SHOWN_AT_MOST)
        self.results.set_rows(hits)
        if self.query.text().strip():
            found = self.tr("%n found.", "", len(hits)) if hits else self.tr("Nothing found.")
            if len(hits) >= SHOWN_AT_MOST:
                found = self.tr(
                    "The first %n places found are shown; add a word to narrow it down.",
                    "",
                    len(hits),
                )
            if self._index is not None and not self._index.complete:
                found = (
                    self.tr(
                        "Still indexing: searched %n of {total} meetings so far.",
                        "",
                        self._index.indexed_meetings,
                    ).format(total=f"{self._index.total_meetings:,}")
                    + " "
                    + found
                )
            self.status.setText(found)
        if hits:
            self.table.selectRow(0)

    def _enter(self) -> None:
        self.run_search()
        if self.results.rowCount():
            current = self.table.currentIndex()
            self._choose(current.row() if current.isValid() else 0)

    def _choose(self, row: int) -> None:
        hit = self.results.index(row, 0).data(OBJECT_ROLE)
        if isinstance(hit, SearchHit):
            self.accept()
            self.open_hit.emit(hit)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt override)
        """Down arrow in the search field moves into the results."""
        if (
            watched is self.query
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() == Qt.Key.Key_Down
            and self.results.rowCount()
        ):
            self.table.setFocus()
            return True
        return False

    def clear(self) -> None:
        """Forget the query and the results (on lock)."""
        self.query.clear()
        self.results.clear()
        if self._index is not None and self._background is None:
            self._index.clear()  # the window's shared index is cleared by the window
        self._index = None
