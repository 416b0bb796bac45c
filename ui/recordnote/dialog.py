"""Copy a finalised meeting into the service's clinical record, or save it to attach.

Shows the note exactly as it will paste, how many characters it is beside the
practitioner's limit, and, when it is longer, a short form that keeps every
heading and decision. Copying goes through the app's clipboard guard (cleared
after 30 seconds unless something else was copied); nothing is written to a
disk unless the practitioner saves it.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from odnotes.files import write_atomic
from odnotes.recordnote import RecordNote, ShortForm
from odnotes.summary import Paper
from ui.clipboard import ClipboardGuard
from ui.dialogs.file_dialogs import save_file_with_suffix
from ui.dialogs.fitting import FittingDialog
from ui.operations import Operation, show_failure


def local_paper() -> Paper:
    """US Letter where the locale measures in inches, A4 everywhere else."""
    imperial = QLocale().measurementSystem() == QLocale.MeasurementSystem.ImperialUSSystem
    return Paper.LETTER if imperial else Paper.A4


class RecordNoteDialog(FittingDialog):
    """The note of one finalised meeting, to copy into the record or save as text or PDF.

    Signals:
        copied(int): this many characters were put on the clipboard.
        saved(str): the note was saved at this path.
    """

    copied = Signal(int)
    saved = Signal(str)

    def __init__(
        self,
        note: RecordNote,
        *,
        limit: int,
        guard: ClipboardGuard,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("For the clinical record — OD Notes"))
        self.note = note
        self.limit = limit
        self._guard = guard
        self._short: ShortForm | None = None
        if len(note.text) > limit:
            self._short = note.short(limit)
        self._build()
        self.short_choice.setChecked(self._short is not None)
        self.full_choice.setChecked(self._short is None)
        self._show()
        self.resize(820, 700)

    # -- layout ---------------------------------------------------------------------

    def _build(self) -> None:
        intro = QLabel(
            self.tr(
                "This meeting as a note for your service's clinical record. It is the "
                "team's record: items kept to the team are in it, each marked “not shared "
                "with the network”. Nothing is saved unless you save it."
            )
        )
        intro.setWordWrap(True)
        self.no_number = QLabel(
            self.tr(
                "This network has no record number yet. Add it on the network page "
                "(Record number…) and the note will carry it."
            )
        )
        self.no_number.setWordWrap(True)
        self.no_number.setAccessibleName(self.tr("No record number"))
        self.no_number.setVisible(not self.note.network.record_number.strip())
        self.full_choice = QRadioButton(self.tr("&Full note"))
        self.short_choice = QRadioButton(
            self.tr("S&hort form: every heading and decision, the voices shortened")
        )
        self.short_choice.setEnabled(self._short is not None)
        if self._short is None:
            self.short_choice.setToolTip(self.tr("The full note is within your limit."))
        group = QButtonGroup(self)
        group.addButton(self.full_choice)
        group.addButton(self.short_choice)
        group.buttonToggled.connect(lambda _button, on: self._show() if on else None)
        choices = QHBoxLayout()
        choices.addWidget(self.full_choice)
        choices.addWidget(self.short_choice)
        choices.addStretch(1)
        self.text_view = QPlainTextEdit()
        self.text_view.setReadOnly(True)
        self.text_view.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        fixed = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        fixed.setPointSizeF(self.font().pointSizeF())  # as large as the text around it
        self.text_view.setFont(fixed)
        self.text_view.setAccessibleName(self.tr("The note, as it will be pasted"))
        self.count = QLabel()
        self.count.setWordWrap(True)
        self.count.setAccessibleName(self.tr("Length of the note"))
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setAccessibleName(self.tr("What happened"))
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.copy_button = QPushButton(self.tr("&Copy to the clipboard"))
        self.copy_button.setAccessibleName(self.tr("Copy the note to the clipboard"))
        self.copy_button.setDefault(True)
        self.copy_button.clicked.connect(self.copy_note)
        self.text_button = QPushButton(self.tr("Save as &text…"))
        self.text_button.setAccessibleName(self.tr("Save the note as a text file"))
        self.text_button.clicked.connect(self.save_text)
        self.pdf_button = QPushButton(self.tr("Save as &PDF…"))
        self.pdf_button.setAccessibleName(self.tr("Save the full note as a PDF to attach"))
        self.pdf_button.setToolTip(self.tr("The PDF always holds the full note."))
        self.pdf_button.clicked.connect(self.save_pdf)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.text_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.pdf_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.no_number)
        layout.addLayout(choices)
        layout.addWidget(self.text_view, 1)
        layout.addWidget(self.count)
        layout.addWidget(self.status)
        layout.addWidget(buttons)
        self.copy_button.setFocus()

    # -- what is shown ----------------------------------------------------------------

    def text(self) -> str:
        """The note in the form chosen: exactly what is copied or saved as text."""
        if self.short_choice.isChecked() and self._short is not None:
            return self._short.text
        return self.note.text

    def _show(self) -> None:
        self.text_view.setPlainText(self.text())
        self.count.setText(self._count_words())
        self.status.clear()

    def _count_words(self) -> str:
        locale = QLocale()
        n, limit = len(self.text()), locale.toString(self.limit)
        chars = self.tr("%Ln character(s)", "", n)
        short = self._short
        if self.short_choice.isChecked() and short is not None and not short.fits:
            return self.tr(
                "Even the short form is {chars}, over your limit of {limit}: paste it in "
                "two parts, or attach the PDF."
            ).format(chars=chars, limit=limit)
        if self.short_choice.isChecked() and short is not None:
            return self.tr(
                "The short form is {chars}, within your limit of {limit} (the full note is "
                "{full}: attach the PDF if the record should hold all of it)."
            ).format(chars=chars, limit=limit, full=locale.toString(len(self.note.text)))
        if n <= self.limit:
            return self.tr("{chars}, within your limit of {limit} (Preferences).").format(
                chars=chars, limit=limit
            )
        assert short is not None  # the full note is over the limit, so a short form was made
        return self.tr("{chars}: over your limit of {limit}. The short form is {short}.").format(
            chars=chars, limit=limit, short=locale.toString(len(short.text))
        )

    # -- actions ------------------------------------------------------------------------

    def copy_note(self) -> None:
        """Put the note on the clipboard, to be cleared after the guard's delay."""
        text = self.text()
        self._guard.copy(text)
        seconds = max(1, round(self._guard.clear_after_ms / 1000))
        self.status.setText(
            self.tr(
                "Copied {chars}. Paste it into the record now: the clipboard is cleared "
                "after %n second(s) unless you copy something else.",
                "",
                seconds,
            ).format(chars=self.tr("%Ln character(s)", "", len(text)))
        )
        self.copied.emit(len(text))

    def save_text(self) -> None:
        """Ask where, then write the text shown (UTF-8) atomically."""
        target = self._where(self.tr("Save the note as text"), "txt", self.tr("Text files (*.txt)"))
        if target is None:
            return
        text, doing = self.text().encode("utf-8"), self.tr("saving the note")
        Operation(self, lambda: write_atomic(target, text, doing=doing)).success(
            lambda _path: self._saved(str(target))
        ).titled(self.tr("Save as text")).run()

    def save_pdf(self) -> None:
        """Ask where, then make the full note's PDF and write it, off the GUI thread."""
        target = self._where(self.tr("Save the note as PDF"), "pdf", self.tr("PDF files (*.pdf)"))
        if target is None:
            return
        note, paper, doing = self.note, local_paper(), self.tr("saving the note")
        self.pdf_button.setEnabled(False)

        def done(_path: object) -> None:
            self.pdf_button.setEnabled(True)
            self._saved(str(target))

        def failed(error: Exception) -> None:
            self.pdf_button.setEnabled(True)
            show_failure(self, error, self.tr("Save as PDF"))

        Operation(self, lambda: write_atomic(target, note.pdf(paper), doing=doing)).success(
            done
        ).failure(failed).progress(self.tr("Making the PDF…")).in_background().run()

    def _where(self, title: str, suffix: str, filters: str) -> Path | None:
        """Ask where to save, starting from the note's own file name."""
        return save_file_with_suffix(
            self, title, self.note.file_name(suffix), filters, f".{suffix}"
        )

    def _saved(self, path: str) -> None:
        self.status.setText(self.tr("Saved as {name}.").format(name=Path(path).name))
        self.saved.emit(path)
