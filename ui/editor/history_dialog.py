"""Every stored revision of a meeting, and what changed between any two, word by word."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QItemSelectionModel, Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QSplitter,
    QTableView,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from odnotes.meetingtext import meeting_text
from odnotes.model import Meeting
from odnotes.textdiff import DiffOp, changed, word_diff
from odnotes.vault import Revision
from ui.columns import ColumnFitter
from ui.editor.models.revisions import RevisionModel
from ui.editor.widgets import rich_escape as escape


def diff_html(old: str, new: str, palette: QPalette) -> str:
    """The word diff as HTML: insertions underlined on green, deletions struck on red."""
    dark = palette.color(QPalette.ColorRole.Base).lightness() < 128
    inserted = "#1f5f2a" if dark else "#d6f5d6"
    deleted = "#6b2323" if dark else "#fadcdc"
    parts = []
    for piece in word_diff(old, new):
        text = escape(piece.text).replace("\n", "<br>")
        if piece.op is DiffOp.INSERTED:
            parts.append(
                QCoreApplication.translate(
                    "ui.editor.history_dialog",
                    '<span style="background-color:{inserted}; '
                    'text-decoration:underline">{text}</span>',
                ).format(inserted=inserted, text=text)
            )
        elif piece.op is DiffOp.DELETED:
            parts.append(
                QCoreApplication.translate(
                    "ui.editor.history_dialog",
                    '<span style="background-color:{deleted}; '
                    'text-decoration:line-through">{text}</span>',
                ).format(deleted=deleted, text=text)
            )
        else:
            parts.append(text)
    return "".join(parts)


class HistoryDialog(QDialog):
    """Revisions on the left; choose two (From, To) to see what changed between them."""

    def __init__(
        self, revisions: list[Revision], names: dict[str, str], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Meeting history"))
        self.resize(1100, 680)
        self._names = names
        self.model = RevisionModel(revisions)
        layout = QVBoxLayout(self)
        splitter = QSplitter()
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Revisions"))
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        ColumnFitter(self.table)
        splitter.addWidget(self.table)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        pick = QHBoxLayout()
        self.from_combo = QComboBox()
        self.to_combo = QComboBox()
        for combo in (self.from_combo, self.to_combo):  # long labels must not widen the window
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            combo.setMinimumContentsLength(16)
        self.from_combo.setAccessibleName(self.tr("Compare from revision"))
        self.to_combo.setAccessibleName(self.tr("Compare to revision"))
        for row in range(self.model.rowCount()):
            self.from_combo.addItem(self.model.label(row))
            self.to_combo.addItem(self.model.label(row))
        from_label, to_label = QLabel(self.tr("&From")), QLabel(self.tr("&To"))
        from_label.setBuddy(self.from_combo)
        to_label.setBuddy(self.to_combo)
        for widget in (from_label, self.from_combo, to_label, self.to_combo):
            pick.addWidget(widget)
        pick.addStretch(1)
        right_layout.addLayout(pick)
        self.summary = QLabel()
        self.summary.setAccessibleName(self.tr("What changed"))
        right_layout.addWidget(self.summary)
        self.diff_view = QTextBrowser()
        self.diff_view.setAccessibleName(self.tr("Differences, word by word"))
        self.diff_view.setOpenLinks(False)
        right_layout.addWidget(self.diff_view, 1)
        legend = QLabel(
            self.tr("Key: ")
            + diff_html(self.tr("removed"), self.tr("added"), self.palette()).replace(
                "</span><span", "</span> <span"
            )
            + self.tr("&nbsp;&nbsp;(struck through: removed; underlined: added)")
        )
        legend.setAccessibleName(self.tr("Legend: struck through removed, underlined added"))
        legend.setWordWrap(True)  # one line at normal size; wraps in large text
        right_layout.addWidget(legend)
        splitter.addWidget(right)
        splitter.setSizes([320, 780])
        layout.addWidget(splitter, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.from_combo.currentIndexChanged.connect(self.show_diff)
        self.to_combo.currentIndexChanged.connect(self.show_diff)
        self.table.selectionModel().currentRowChanged.connect(
            lambda current, _: self.select(current.row())
        )
        last = self.model.rowCount() - 1
        if last >= 0:
            self.select(last)
            self.table.selectionModel().setCurrentIndex(
                self.model.index(last, 0),
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows,
            )
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)

    def select(self, row: int) -> None:
        """Compare revision ``row`` with the one before it."""
        if row < 0:
            return
        self.from_combo.blockSignals(True)
        self.from_combo.setCurrentIndex(max(0, row - 1))
        self.from_combo.blockSignals(False)
        self.to_combo.setCurrentIndex(row)
        self.show_diff()

    def show_diff(self) -> None:
        """Show what changed from the From revision to the To revision."""
        old_row, new_row = self.from_combo.currentIndex(), self.to_combo.currentIndex()
        if old_row < 0 or new_row < 0:
            return
        old_record = self.model.revision(old_row).record
        new_record = self.model.revision(new_row).record
        if not isinstance(old_record, Meeting) or not isinstance(new_record, Meeting):
            self.summary.setText(self.tr("These revisions are not of a meeting."))
            self.diff_view.clear()
            return
        old = meeting_text(old_record, self._names) if old_row != new_row else ""
        new = meeting_text(new_record, self._names)
        if old_row == new_row:
            self.summary.setText(
                self.tr("The first revision, in full:")
                if new_row == 0
                else self.tr("The same revision on both sides: shown in full.")
            )
            old = new
        else:
            pieces = word_diff(old, new)
            self.summary.setText(
                self.tr("What changed, word by word:")
                if changed(pieces)
                else self.tr("No differences.")
            )
        self.diff_view.setHtml(
            self.tr('<div style="white-space: pre-wrap">{diff_html}</div>').format(
                diff_html=diff_html(old, new, self.palette())
            )
        )
