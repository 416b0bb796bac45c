"""Taking a network to supervision: choose, review every name, then write.

Page one chooses networks, meetings, options and where to write; meetings
still in draft are left unticked unless "Include meetings still in draft" is
ticked. Page two shows the de-identified text exactly as it will be written,
every replacement highlighted, and the words that may still be names, each
to replace or accept. Nothing is written until every word is answered and the
practitioner presses "Write export"; the files (and the key for an encrypted
one) are then made off the GUI thread.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from odnotes.continuity import in_order
from odnotes.crypto import KdfParams, calibrate
from odnotes.errors import OdNotesError
from odnotes.i18n import summary_languages
from odnotes.model import Meeting, Network
from odnotes.supervision import (
    ExportOptions,
    SupervisionMaterial,
    write_encrypted,
    write_files,
)
from odnotes.supervision.common_words import load as load_word_lists
from odnotes.vault import Vault
from ui.dates import day_date
from ui.dialogs.file_dialogs import existing_folder
from ui.dialogs.fitting import FittingDialog
from ui.dialogs.messages import message_for
from ui.i18n import core_translator, language_label
from ui.operations import Operation
from ui.supervision.models import ChoiceModel
from ui.supervision.review_view import ReviewTextView
from ui.supervision.review_words import ReviewWordsBox


class SupervisionExportDialog(FittingDialog):
    """The whole export flow in one dialog.

    Signals:
        exported(list): the written paths.
        failed(str): the message, when writing did not work.
        review_shown(): the review page shows the material as it now is (de-identifying and
            applying answers run off the GUI thread).
    """

    exported = Signal(list)
    failed = Signal(str)
    review_shown = Signal()

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
        self.pages.currentChanged.connect(self._default_button)
        self._default_button(0)
        # The common-word lists take a second or two to read: have them ready by the review.
        Operation(self, load_word_lists).in_background().failure(lambda _: None).run()

    def _default_button(self, page: int) -> None:
        """Enter reviews on page one and applies the answers on page two; it never writes.

        Set once the pages are in the dialog: a default set on a button with no
        dialog above it yet is lost, and Enter in the folder field then pressed
        "Choose folder…".
        """
        for button in self.findChildren(QPushButton):
            button.setAutoDefault(False)
            button.setDefault(False)
        (self.review_button if page == 0 else self.apply_button).setDefault(True)

    # -- page one --------------------------------------------------------------

    def _choose_page(self, network_id: str | None) -> QWidget:
        page = QWidget()
        self.networks = ChoiceModel(self)
        networks = sorted(self.vault.all(Network), key=lambda n: n.name.casefold())
        self.networks.set_entries(
            [(n.id, n.name) for n in networks], {network_id} if network_id else None
        )
        self.meetings = ChoiceModel(self)
        self.drafts = QCheckBox(self.tr("Include meetings still in draft"))
        self.drafts.setAccessibleName(self.tr("Include meetings still in draft"))
        self.drafts.setToolTip(
            self.tr(
                "A draft may still change and may not have been read by your co-facilitator; "
                "drafts are left out unless you tick them."
            )
        )
        self.drafts.toggled.connect(self._fill_meetings)
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
        self.language = QComboBox()
        for code in summary_languages():
            self.language.addItem(language_label(code), code)
        self.language.setCurrentIndex(max(self.language.findData(core_translator().language), 0))
        self.language.setAccessibleName(self.tr("Language of the export"))
        self.language.setToolTip(
            self.tr(
                "Headings, labels such as Mother or Meeting 2, and relative dates are written "
                "in this language; what people said stays in their words."
            )
        )
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
        form.addRow(self.tr("La&nguage:"), self.language)
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
            inner = QVBoxLayout(box)
            inner.addWidget(view)
            if view is meeting_list:
                inner.addWidget(self.drafts)
            lists.addWidget(box)
        self.choose_error = QLabel()
        self.choose_error.setAccessibleName(self.tr("Problem"))
        self.choose_error.setWordWrap(True)
        self.review_button = QPushButton(self.tr("Review before writing…"))
        self.review_button.setAccessibleName(self.tr("Review before writing"))
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
                "Names become relationships or roles, dates become days from first contact, "
                "places become their kind, and phone numbers, addresses and identity numbers "
                "are replaced by what they are. You will see everything before anything is "
                "written."
            )
        )
        intro.setWordWrap(True)
        # At the largest text size the choices are taller than a small laptop's screen:
        # they scroll, and the buttons stay in view.
        choices = QWidget()
        inner = QVBoxLayout(choices)
        inner.setContentsMargins(0, 0, 0, 0)
        inner.addWidget(intro)
        inner.addLayout(lists, 1)
        inner.addWidget(options)
        scroll = QScrollArea()
        scroll.setWidget(choices)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        layout.addWidget(scroll, 1)
        layout.addLayout(buttons)
        return page

    def _fill_meetings(self, *_: object) -> None:
        """The chosen networks' meetings, finalised ones ticked (drafts too if asked for)."""
        entries = []
        ticked = set()
        names = {n.id: n.name for n in self.vault.all(Network)}
        chosen = self.networks.checked_ids()
        for nid in chosen:
            for number, m in enumerate(in_order(self.vault.all(Meeting, network_id=nid)), 1):
                state = "" if m.is_final else self.tr(" (draft)")
                prefix = f"{names[nid]}: " if len(chosen) > 1 else ""
                entries.append(
                    (
                        m.id,
                        self.tr("{prefix}Meeting {number}, {day}{state}").format(
                            prefix=prefix, number=number, day=day_date(m.starts_at), state=state
                        ),
                    )
                )
                if m.is_final or self.drafts.isChecked():
                    ticked.add(m.id)
        self.meetings.set_entries(entries, ticked)

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
            if networks and self.meetings.rowCount() and not self.drafts.isChecked():
                self.choose_error.setText(
                    self.tr(
                        "No finalised meeting is ticked. Tick a meeting, or include meetings "
                        "still in draft."
                    )
                )
            else:
                self.choose_error.setText(self.tr("Choose at least one network and one meeting."))
            return
        if self.encrypted.isChecked():
            if not self.passphrase.text():
                self.choose_error.setText(self.tr("An encrypted export needs a passphrase."))
                return
            if self.passphrase.text() != self.passphrase_again.text():
                self.choose_error.setText(self.tr("The two passphrases are different."))
                return
        options = ExportOptions(
            self.team_only.isChecked(),
            self.practice.isChecked(),
            self.drafts.isChecked(),
            self.language.currentData(),
        )
        vault = self.vault
        self.review_button.setEnabled(False)
        Operation(self, lambda: SupervisionMaterial(vault, networks, meetings, options)).success(
            self._review
        ).tell(self._not_reviewed).progress(
            self.tr("De-identifying the chosen meetings…")
        ).in_background().run()

    def _review(self, material: SupervisionMaterial) -> None:
        self.review_button.setEnabled(True)
        self.material = material
        self.words.answers.clear()
        self.words.replacements.clear()
        self._show_review()
        self.pages.setCurrentIndex(1)

    def _not_reviewed(self, text: str) -> None:
        self.review_button.setEnabled(True)
        self.choose_error.setText(text)

    # -- page two --------------------------------------------------------------

    def _review_page(self) -> QWidget:
        page = QWidget()
        self.text = ReviewTextView()
        box = ReviewWordsBox(self)
        self.words, self.word_table, self.apply_button = box.words, box.table, box.apply_button
        box.word_chosen.connect(self.text.show_word)
        self.apply_button.clicked.connect(self.apply_answers)
        self.review_status = QLabel()
        self.review_status.setAccessibleName(self.tr("Review status"))
        self.review_status.setWordWrap(True)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.text)
        split.addWidget(box)
        split.setSizes([420, 220])
        back = QPushButton(self.tr("Back"))
        back.setAccessibleName(self.tr("Back to choices"))
        back.clicked.connect(lambda: self.pages.setCurrentIndex(0))
        self.back_button = back
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
        shaded = self.tr("%n replacement(s) shaded.", "", replaced)
        if count:
            rest = self.tr(
                "%n word(s) may still be names: answer each, then Apply answers.", "", count
            )
        else:
            rest = self.tr("Nothing else looks like a name; read it through, then Write export.")
        self.review_status.setText(f"{shaded} {rest}")
        self.write_button.setEnabled(not count)
        self.review_shown.emit()

    def apply_answers(self) -> None:
        """Rebuild the material with the answers given so far."""
        assert self.material is not None
        material = self.material
        replace, accept = self.words.answered()
        self._set_busy(True)
        Operation(self, lambda: material.answer(replace=replace, accept=accept)).success(
            self._answered
        ).tell(self._not_answered).progress(self.tr("Applying the answers…")).in_background().run()

    def _answered(self, _none: None) -> None:
        self._set_busy(False)
        self._show_review()

    def _not_answered(self, text: str) -> None:
        self._set_busy(False)
        self.review_status.setText(text)

    def write(self) -> None:
        """Write the reviewed export into the chosen folder, off the GUI thread."""
        assert self.material is not None
        folder = self.folder.text().strip()
        if not folder:
            self.review_status.setText(self.tr("Choose a folder first (Back)."))
            return
        material, passphrase = self.material, self.passphrase.text()
        work: Callable[[], list[Path]]
        if self.encrypted.isChecked():
            kdf = self.kdf
            work = lambda: [write_encrypted(material, folder, passphrase, kdf())]  # noqa: E731
        else:
            work = lambda: write_files(material, folder)  # noqa: E731
        self._set_busy(True)
        self.review_status.setText(self.tr("Writing the export…"))
        Operation(self, work).in_background().success(self._written).failure(
            self._not_written
        ).run()

    def _set_busy(self, busy: bool) -> None:
        for widget in (self.write_button, self.back_button, self.apply_button):
            widget.setEnabled(not busy)
        self.word_table.setEnabled(not busy)

    def _written(self, written: list[Path]) -> None:
        self._set_busy(False)
        self.passphrase.clear()
        self.passphrase_again.clear()
        self.review_status.setText(self.tr("Written: ") + ", ".join(p.name for p in written))
        self.write_button.setEnabled(False)
        self.exported.emit(written)

    def _not_written(self, error: Exception) -> None:
        self._set_busy(False)
        message = (
            message_for(error)
            if isinstance(error, OdNotesError)
            else self.tr("The export could not be written; nothing was left half-written.")
        )
        self.review_status.setText(message)
        self.failed.emit(message)
