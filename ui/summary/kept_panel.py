"""Beside the preview: what the team kept back from the summary, which only the practitioner sees.

The printed summary says how many things were kept back and of what kind;
this panel lists their words and reasons, so the practitioner can check
what the network will not read before it prints.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from odnotes.summary import Summary, kept_back_kinds
from ui.i18n import core_translator
from ui.summary.models import KeptBackModel


class KeptBackPanel(QGroupBox):
    """The items kept to the team in the summary on show, with their reasons."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Kept to the team"))
        self.model = KeptBackModel(self)
        self.label = QLabel()
        self.label.setWordWrap(True)
        self.label.setAccessibleName(self.tr("Items kept to the team"))
        self.view = view = QTableView()
        view.setAccessibleName(self.tr("Items kept to the team, with their reasons"))
        view.setModel(self.model)
        view.setWordWrap(True)
        view.verticalHeader().hide()
        view.setCornerButtonEnabled(False)
        header = view.horizontalHeader()
        header.setAccessibleName(self.tr("Columns: kind, words, why"))
        view.verticalHeader().setAccessibleName(self.tr("Rows"))
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(KeptBackModel.KIND, QHeaderView.ResizeMode.ResizeToContents)
        header.sectionResized.connect(view.resizeRowsToContents)
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        # Only shown beside kept items: with nothing kept there are no words or reasons here.
        self.note = QLabel(
            self.tr(
                "Only you see the words and reasons here. The printed summary says how many "
                "things were kept back and what kind, never what they say."
            )
        )
        self.note.setWordWrap(True)
        self.note.setAccessibleName(self.tr("About items kept to the team"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.label)
        layout.addWidget(view, 1)
        layout.addWidget(self.note)
        layout.addStretch()  # with nothing kept, the sentence saying so stays at the top

    def show_summary(self, summary: Summary) -> None:
        """List what ``summary`` kept back, and say whether the printed summary mentions it."""
        kept = summary.kept
        self.model.set_items(kept)
        if not kept:
            self.label.setText(
                self.tr("Nothing was kept to the team: everything is in the summary.")
            )
            self.view.hide()
            self.note.hide()
            return
        printed = (
            self.tr("The summary says so and that anyone can ask about them.")
            if summary.options.show_kept_back
            else self.tr("The summary does not mention them (the option is off).")
        )
        self.label.setText(
            self.tr(
                "<b>%n item(s) kept to the team</b> ({kept_back_kinds}). {printed}", "", len(kept)
            ).format(kept_back_kinds=kept_back_kinds(kept, core_translator()), printed=printed)
        )
        self.view.show()
        self.note.show()
        self.view.resizeRowsToContents()
