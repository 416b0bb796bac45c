"""Taking a network to supervision: choose, review every name, then write.

Page one chooses networks, meetings, options and where to write. Page two
shows the de-identified text exactly as it will be written, every
replacement highlighted, and the words that may still be names, each to
replace or accept. Nothing is written until every word is answered and the
practitioner presses "Write export".
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListView,
    QPushButton,
    QRadioButton,
    QSplitter,
    QStackedWidget,
    QStyledItemDelegate,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from odnotes.continuity import in_order
from odnotes.crypto import KdfParams, calibrate
from odnotes.errors import OdNotesError
from odnotes.model import Meeting, Network
from odnotes.supervision import (
    ExportOptions,
    SupervisionMaterial,
    write_encrypted,
    write_files,
)
from odnotes.vault import Vault
from ui.dialogs.file_dialogs import existing_folder
from ui.dialogs.fitting import FittingDialog
from ui.supervision.models import (
    ACCEPT,
    ANSWER,
    ANSWERS,
    REPLACE,
    ChoiceModel,
    ReviewWordsModel,
    answer_text,
)
from ui.supervision.review_view import ReviewTextView


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


class SupervisionExportDialog(FittingDialog):
    """The whole export flow in one dialog.

    Signals: ``exported(list)`` with the written paths.
    """

    exported = Signal(list)

    def __init__(
        self,
        vault: Vault,
        network_id: str | None = None,
        parent: QWidget | None = None,
        kdf: Callable[[], KdfParams] = calibrate,
    ) -> None:
        super().__init__(parent)
        self.vault = vault
        self.kdf = kdf
        self.material: SupervisionMaterial | None = None
        self.setWindowTitle(self.tr("Export for supervision"))
        self.setAccessibleName(self.tr("Export for supervision"))
        self.resize(1000, 680)
        self.pages = QStackedWidget()
        self.pages.addWidget(self._choose_page(network_id))
        self.pages.addWidget(self._review_page())
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages)

    # -- page one --------------------------------------------------------------

    def _choose_page(self, network_id: str | None) -> QWidget:
        page = QWidget()
        self.networks = ChoiceModel(self)
        networks = sorted(self.vault.all(Network), key=lambda n: n.name.casefold())
        self.networks.set_entries(
            [(n.id, n.name) for n in networks], {network_id} if network_id else None
        )
        self.meetings = ChoiceModel(self)
        self.networks.dataChanged.connect(self._fill_meetings)
        self.networks.modelReset.connect(self._fill_meetings)
        self._fill_meetings()
        network_list = QListView()
        network_list.setModel(self.networks)
        network_list.setAccessibleName(self.tr("Networks to export"))
        meeting_list = QListView()
        meeting_list.setModel(self.meetings)
        meeting_list.setAccessibleName(self.tr("Meetings to export"))
        self.team_only = QCheckBox(self.tr("Include items kept to the team"))
        self.team_only.setAccessibleName(self.tr("Include items kept to the team"))
        self.practice = QCheckBox(self.tr("Include the team's practice reflections"))
        self.practice.setAccessibleName(self.tr("Include practice reflections"))
        self.plain = QRadioButton(self.tr("PDF, Markdown and JSON files"))
        self.plain.setAccessibleName(self.tr("Write plain files"))
        self.plain.setChecked(True)
        self.encrypted = QRadioButton(self.tr("One encrypted file (for a USB stick)"))
        self.encrypted.setAccessibleName(self.tr("Write one encrypted file"))
        self.passphrase = QLineEdit()
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setAccessibleName(self.tr("Passphrase for the export"))
        self.passphrase_again = QLineEdit()
        self.passphrase_again.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase_again.setAccessibleName(self.tr("Passphrase again"))
        self.encrypted.toggled.connect(self._encrypted_toggled)
        self._encrypted_toggled(False)
        self.folder = QLineEdit()
        self.folder.setAccessibleName(self.tr("Folder to write into"))
        browse = QPushButton(self.tr("Choose folder…"))
        browse.setAccessibleName(self.tr("Choose folder"))
        browse.clicked.connect(self._browse)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder, 1)
        folder_row.addWidget(browse)
        options = QGroupBox(self.tr("What to include and where"))
        form = QFormLayout(options)
        form.addRow(self.team_only)
        form.addRow(self.practice)
        form.addRow(self.plain)
        form.addRow(self.encrypted)
        form.addRow(self.tr("Passphrase:"), self.passphrase)
        form.addRow(self.tr("Passphrase again:"), self.passphrase_again)
        form.addRow(self.tr("Folder:"), folder_row)
        lists = QHBoxLayout()
        for title, view in (
            (self.tr("Networks"), network_list),
            (self.tr("Meetings"), meeting_list),
        ):
            box = QGroupBox(title)
            QVBoxLayout(box).addWidget(view)
            lists.addWidget(box)
        self.choose_error = QLabel()
        self.choose_error.setAccessibleName(self.tr("Problem"))
        self.choose_error.setWordWrap(True)
        self.review_button = QPushButton(self.tr("Review before writing…"))
        self.review_button.setAccessibleName(self.tr("Review before writing"))
        self.review_button.setDefault(True)
        self.review_button.clicked.connect(self.start_review)
        cancel = QPushButton(self.tr("Cancel"))
        cancel.setAccessibleName(self.tr("Cancel"))
        cancel.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(self.choose_error, 1)
        buttons.addWidget(cancel)
        buttons.addWidget(self.review_button)
        layout = QVBoxLayout(page)
        intro = QLabel(
            self.tr(
                "Names become relationships or roles, dates become days from first contact, and "
                "places become their kind. You will see everything before anything is written."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        layout.addLayout(lists, 1)
        layout.addWidget(options)
        layout.addLayout(buttons)
        return page

    def _fill_meetings(self, *_: object) -> None:
        entries = []
        names = {n.id: n.name for n in self.vault.all(Network)}
        chosen = self.networks.checked_ids()
        for nid in chosen:
            for number, m in enumerate(in_order(self.vault.all(Meeting, network_id=nid)), 1):
                state = "" if m.is_final else self.tr(" (draft)")
                prefix = f"{names[nid]}: " if len(chosen) > 1 else ""
                entries.append(
                    (
                        m.id,
                        self.tr("{prefix}Meeting {number}, {starts_at:%d %b %Y}{state}").format(
                            prefix=prefix, number=number, starts_at=m.starts_at, state=state
                        ),
                    )
                )
        self.meetings.set_entries(entries)

    def _encrypted_toggled(self, on: bool) -> None:
        self.passphrase.setEnabled(on)
        self.passphrase_again.setEnabled(on)

    def _browse(self) -> None:
        folder = existing_folder(self, self.tr("Folder for the export"), self.folder.text())
        if folder is not None:
            self.folder.setText(str(folder))

    def start_review(self) -> None:
        """Build the de-identified material and show the review page."""
        self.choose_error.clear()
        networks = self.networks.checked_ids()
        meetings = self.meetings.checked_ids()
        if not networks or not meetings:
            self.choose_error.setText(self.tr("Choose at least one network and one meeting."))
            return
        if self.encrypted.isChecked():
            if not self.passphrase.text():
                self.choose_error.setText(self.tr("An encrypted export needs a passphrase."))
                return
            if self.passphrase.text() != self.passphrase_again.text():
                self.choose_error.setText(self.tr("The two passphrases are different."))
                return
        options = ExportOptions(self.team_only.isChecked(), self.practice.isChecked())
        try:
            self.material = SupervisionMaterial(self.vault, networks, meetings, options)
        except OdNotesError as error:
            self.choose_error.setText(str(error))
            return
        self.words.answers.clear()
        self.words.replacements.clear()
        self._show_review()
        self.pages.setCurrentIndex(1)

    # -- page two --------------------------------------------------------------

    def _review_page(self) -> QWidget:
        page = QWidget()
        self.text = ReviewTextView()
        self.words = ReviewWordsModel(self)
        self.word_table = QTableView()
        self.word_table.setModel(self.words)
        self.word_table.setAccessibleName(self.tr("Words that may still be names"))
        self.word_table.setItemDelegateForColumn(ANSWER, AnswerDelegate(self.word_table))
        self.word_table.verticalHeader().hide()
        self.word_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.word_table.setEditTriggers(QAbstractItemView.EditTrigger.AllEditTriggers)
        header = self.word_table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.word_table.clicked.connect(self._jump_to_word)
        self.review_status = QLabel()
        self.review_status.setAccessibleName(self.tr("Review status"))
        self.review_status.setWordWrap(True)
        accept_all = QPushButton(self.tr("Accept all as not names"))
        accept_all.setAccessibleName(self.tr("Accept all as not names"))
        accept_all.clicked.connect(lambda: self.words.answer_all(ACCEPT))
        replace_all = QPushButton(self.tr("Replace all as suggested"))
        replace_all.setAccessibleName(self.tr("Replace all as suggested"))
        replace_all.clicked.connect(lambda: self.words.answer_all(REPLACE))
        apply = QPushButton(self.tr("Apply answers"))
        apply.setAccessibleName(self.tr("Apply answers"))
        apply.clicked.connect(self.apply_answers)
        word_buttons = QHBoxLayout()
        word_buttons.addWidget(replace_all)
        word_buttons.addWidget(accept_all)
        word_buttons.addStretch(1)
        word_buttons.addWidget(apply)
        words_box = QGroupBox(self.tr("Still looks like a name: replace or accept each word"))
        inner = QVBoxLayout(words_box)
        inner.addWidget(self.word_table)
        inner.addLayout(word_buttons)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.text)
        split.addWidget(words_box)
        split.setSizes([420, 220])
        back = QPushButton(self.tr("Back"))
        back.setAccessibleName(self.tr("Back to choices"))
        back.clicked.connect(lambda: self.pages.setCurrentIndex(0))
        self.write_button = QPushButton(self.tr("Write export"))
        self.write_button.setAccessibleName(self.tr("Write export"))
        self.write_button.clicked.connect(self.write)
        buttons = QHBoxLayout()
        buttons.addWidget(self.review_status, 1)
        buttons.addWidget(back)
        buttons.addWidget(self.write_button)
        layout = QVBoxLayout(page)
        layout.addWidget(split, 1)
        layout.addLayout(buttons)
        return page

    def _show_review(self) -> None:
        assert self.material is not None
        review = self.material.review
        self.text.show_review(review)
        self.words.set_words(review.words)
        count = len(review.words)
        replaced = sum(1 for s in review.spans if s.kind != "label")
        if count:
            self.review_status.setText(
                self.tr("%n replacement(s) shaded.", "", replaced)
                + " "
                + self.tr(
                    "%n word(s) may still be names: answer each, then Apply answers.", "", count
                )
            )
        else:
            self.review_status.setText(
                self.tr("%n replacement(s) shaded.", "", replaced)
                + " "
                + self.tr("Nothing else looks like a name; read it through, then Write export.")
            )
        self.write_button.setEnabled(not count)

    def _jump_to_word(self, index: object) -> None:
        row = index.row()  # type: ignore[attr-defined]
        if 0 <= row < len(self.words.words):
            start, end = self.words.words[row].occurrences[0]
            self.text.show_word(start, end)

    def apply_answers(self) -> None:
        """Rebuild the material with the answers given so far."""
        assert self.material is not None
        replace, accept = self.words.answered()
        try:
            self.material.answer(replace=replace, accept=accept)
        except OdNotesError as error:
            self.review_status.setText(str(error))
            return
        self._show_review()

    def write(self) -> list[Path]:
        """Write the reviewed export into the chosen folder."""
        assert self.material is not None
        folder = self.folder.text().strip()
        if not folder:
            self.review_status.setText(self.tr("Choose a folder first (Back)."))
            return []
        try:
            if self.encrypted.isChecked():
                written = [
                    write_encrypted(self.material, folder, self.passphrase.text(), self.kdf())
                ]
            else:
                written = write_files(self.material, folder)
        except OdNotesError as error:
            self.review_status.setText(str(error))
            return []
        self.passphrase.clear()
        self.passphrase_again.clear()
        self.review_status.setText(self.tr("Written: ") + ", ".join(p.name for p in written))
        self.write_button.setEnabled(False)
        self.exported.emit(written)
        return written
