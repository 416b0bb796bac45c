"""Preview, print and save a summary exactly as the network will read it."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSignalBlocker, Qt, Signal
from PySide6.QtGui import QImage, QPageSize, QPalette
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListView,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from odnotes.files import write_atomic
from odnotes.i18n import summary_languages
from odnotes.model import Person
from odnotes.summary import (
    MARKER,
    Paper,
    Summary,
    SummaryOptions,
    load_meeting,
    load_network,
    meeting_summary,
    network_summary,
)
from odnotes.summary.filenames import meeting_file_name, network_file_name
from odnotes.vault import Vault
from ui.dialogs.file_dialogs import save_file_with_suffix
from ui.i18n import core_translator, language_label
from ui.operations import Operation
from ui.summary.kept_panel import KeptBackPanel
from ui.summary.models import PageDelegate, PageModel
from ui.summary.pages import page_images
from ui.summary.printing import print_pdf
from ui.words import paper_text

_Rendered = tuple[Summary, bytes, list[QImage]]

PREVIEW_DPI = 72.0
_QT_PAPER = {Paper.A4: QPageSize.PageSizeId.A4, Paper.LETTER: QPageSize.PageSizeId.Letter}


class SummaryPreviewDialog(QDialog):
    """Shows the pages that will print, with the print options beside them.

    The summary is built, laid out and rendered off the GUI thread (a network's whole summary
    takes seconds); a newer choice of options replaces a render still running.

    Signals:
        pages_changed(int): the preview was rendered again; the new page count.
        saved(str): the summary was saved as a PDF at this path.
        printed(int): this many pages were sent to the printer.
    """

    pages_changed = Signal(int)
    saved = Signal(str)
    printed = Signal(int)

    def __init__(
        self,
        vault: Vault,
        *,
        meeting_id: str | None = None,
        network_id: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        if (meeting_id is None) == (network_id is None):
            raise ValueError("give exactly one of meeting_id or network_id")
        self._vault = vault
        self._meeting_id = meeting_id
        self._network_id = network_id
        self._summary: Summary | None = None
        self._pdf = b""
        self._rendering: Operation[_Rendered] | None = None
        if meeting_id is not None:
            meeting, records = load_meeting(vault, meeting_id)
            self._file_name = meeting_file_name(records.network, meeting)
            self.setWindowTitle(self.tr("Meeting summary: preview"))
        else:
            records = load_network(vault, network_id or "")
            self._file_name = network_file_name(records.network, records.meetings)
            self.setWindowTitle(self.tr("Network summary: preview"))
        self._people = sorted(records.people, key=lambda p: p.name.casefold())
        self.page_model = PageModel(self)
        self._build()
        self.resize(1100, 740)
        self.refresh()

    # layout ---------------------------------------------------------------

    def _build(self) -> None:
        self.pages_view = QListView()
        self.pages_view.setAccessibleName(self.tr("Summary pages"))
        self.pages_view.setModel(self.page_model)
        self.pages_view.setItemDelegate(PageDelegate(self.pages_view))
        self.pages_view.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.pages_view.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.pages_view.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.pages_view.verticalScrollBar().setSingleStep(24)
        self.pages_view.viewport().setBackgroundRole(QPalette.ColorRole.Dark)
        self.pages_view.viewport().setAutoFillBackground(True)
        self.pages_view.setMinimumWidth(480)

        self.large_print = QCheckBox(self.tr("&Large print (16 pt)"))
        self.paper = QComboBox()
        for paper in Paper:
            self.paper.addItem(paper_text(paper), paper)
        self.language = QComboBox()
        for code in summary_languages():
            self.language.addItem(language_label(code), code)
        self.language.setCurrentIndex(max(self.language.findData(core_translator().language), 0))
        self.recipient = QComboBox()
        self.recipient.addItem(self.tr("One shared copy"), None)
        for person in self._people:
            suffix = self.tr(" (asked for large print)") if person.large_print else ""
            self.recipient.addItem(
                self.tr("For {name}{suffix}").format(name=person.name, suffix=suffix), person.id
            )
        self.show_kept_back = QCheckBox(self.tr("Say how much the team &kept back"))
        self.show_kept_back.setChecked(True)
        self.invite_corrections = QCheckBox(self.tr("End by inviting &corrections"))
        self.invite_corrections.setChecked(True)
        for widget, name in [
            (self.large_print, self.tr("Large print")),
            (self.paper, self.tr("Paper size")),
            (self.recipient, self.tr("Whose copy")),
            (self.language, self.tr("Language of the summary")),
            (self.show_kept_back, self.tr("Say how much the team kept back")),
            (self.invite_corrections, self.tr("Invite corrections at the end")),
        ]:
            widget.setAccessibleName(name)
        self.paper.view().setAccessibleName(self.tr("Paper sizes"))
        self.recipient.view().setAccessibleName(self.tr("Copies to choose from"))
        self.language.view().setAccessibleName(self.tr("Languages a summary can be printed in"))
        self.language.setToolTip(
            self.tr(
                "The summary's own words and dates are printed in this language; what people "
                "said stays in their words. A copy for someone starts in their language."
            )
        )
        options = QGroupBox(self.tr("How to print"))
        form = QFormLayout(options)
        form.addRow(self.large_print)
        form.addRow(self.tr("&Paper:"), self.paper)
        form.addRow(self.tr("C&opy:"), self.recipient)
        form.addRow(self.tr("La&nguage:"), self.language)
        form.addRow(self.show_kept_back)
        form.addRow(self.invite_corrections)

        self.kept = KeptBackPanel()

        self.notice = QLabel()
        self.notice.setWordWrap(True)
        self.notice.setAccessibleName(self.tr("Printing notice"))
        self.notice.setForegroundRole(QPalette.ColorRole.BrightText)
        self.notice.setBackgroundRole(QPalette.ColorRole.Highlight)
        self.notice.setAutoFillBackground(True)
        self.notice.setMargin(6)
        self.notice.hide()
        self.status = QLabel()
        self.status.setAccessibleName(self.tr("Preview status"))
        self.status.setWordWrap(True)

        self.print_button = QPushButton(self.tr("&Print…"))
        self.print_button.setAccessibleName(self.tr("Print the summary"))
        self.save_button = QPushButton(self.tr("&Save as PDF…"))
        self.save_button.setAccessibleName(self.tr("Save the summary as a PDF file"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.print_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.ActionRole)
        close = buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setAccessibleName(self.tr("Close the preview"))
        buttons.rejected.connect(self.reject)
        self.print_button.clicked.connect(self.print_summary)
        self.save_button.clicked.connect(self.save_summary)

        # The options and what was kept scroll when the largest text sizes leave them too
        # little height; the notice, the status and the buttons always stay in view.
        choices = QWidget()
        choices_layout = QVBoxLayout(choices)
        choices_layout.setContentsMargins(0, 0, 0, 0)
        choices_layout.addWidget(options)
        choices_layout.addWidget(self.kept, 1)
        scroll = QScrollArea()
        scroll.setAccessibleName(self.tr("Print options and items kept to the team"))
        scroll.setWidget(choices)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        bar = scroll.style().pixelMetric(scroll.style().PixelMetric.PM_ScrollBarExtent)
        scroll.setMinimumWidth(choices.minimumSizeHint().width() + bar)  # never cut at the side

        side = QWidget()
        wide = max(400, side.fontMetrics().averageCharWidth() * 44, scroll.minimumWidth())
        side.setMaximumWidth(wide)  # large text
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(0, 0, 0, 0)
        side_layout.addWidget(scroll, 1)
        side_layout.addWidget(self.notice)
        side_layout.addWidget(self.status)
        side_layout.addWidget(buttons)
        layout = QHBoxLayout(self)
        layout.addWidget(self.pages_view, 1)
        layout.addWidget(side)

        self.large_print.toggled.connect(self.refresh)
        self.paper.currentIndexChanged.connect(self.refresh)
        self.recipient.currentIndexChanged.connect(self._recipient_changed)
        self.language.currentIndexChanged.connect(self.refresh)
        self.show_kept_back.toggled.connect(self.refresh)
        self.invite_corrections.toggled.connect(self.refresh)

    # behaviour ------------------------------------------------------------

    def options(self) -> SummaryOptions:
        """The options as chosen on the side panel."""
        return SummaryOptions(
            large_print=self.large_print.isChecked(),
            paper=Paper(self.paper.currentData()),
            recipient_id=self.recipient.currentData(),
            show_kept_back=self.show_kept_back.isChecked(),
            invite_corrections=self.invite_corrections.isChecked(),
            language=self.language.currentData(),
        )

    def pdf_bytes(self) -> bytes:
        """The PDF currently previewed: exactly what prints or is saved."""
        return self._pdf

    def _person(self, person_id: str | None) -> Person | None:
        return next((p for p in self._people if p.id == person_id), None)

    def _recipient_changed(self) -> None:
        """A copy for someone starts in their language and, if they asked, large print."""
        person = self._person(self.recipient.currentData())
        if person is not None:
            wanted = self.options().for_person(person)
            with QSignalBlocker(self.language), QSignalBlocker(self.large_print):
                self.language.setCurrentIndex(self.language.findData(wanted.language))
                self.large_print.setChecked(wanted.large_print)
        self.refresh()

    def refresh(self) -> None:
        """Build and render the summary again with the current options, off the GUI thread."""
        if self._rendering is not None:
            self._rendering.cancel()  # its result, if it still comes, is dropped
        options = self.options()
        vault, meeting_id, network_id = self._vault, self._meeting_id, self._network_id
        ratio = self.devicePixelRatioF() or 1.0

        def render() -> _Rendered:
            if meeting_id is not None:
                summary = meeting_summary(vault, meeting_id, options)
            else:
                summary = network_summary(vault, network_id or "", options)
            pdf = summary.pdf()
            images = page_images(pdf, PREVIEW_DPI * ratio)
            for image in images:
                image.setDevicePixelRatio(ratio)
            return summary, pdf, images

        self._enable(False)
        rendering = self._rendering = Operation(self, render)
        rendering.success(lambda done: self._show(options, *done)).tell(
            self._not_made, self.tr("The summary could not be made: {error}")
        ).progress(self.tr("Making the summary…"), self).in_background().run()

    def is_rendering(self) -> bool:
        """Whether a render is still running (print and save wait for it)."""
        return self._rendering is not None

    def show_progress(self, _done: int, _total: int, text: str) -> None:
        """The render has taken more than a moment: say so in the status line."""
        self.status.setText(text)

    def hide_progress(self) -> None:
        """The render ended; what it made (or why not) replaces the status line."""

    def _not_made(self, text: str) -> None:
        self._rendering = None
        self._summary, self._pdf = None, b""
        self.page_model.set_pages([])
        self.status.setText(text)
        self._enable(False)

    def _show(
        self, options: SummaryOptions, summary: Summary, pdf: bytes, images: list[QImage]
    ) -> None:
        self._rendering = None
        self._summary, self._pdf = summary, pdf
        self.page_model.set_pages(images)
        self.kept.show_summary(summary)
        self._show_unprintable(summary)
        pages = len(images)
        self.status.setText(
            self.tr("%n page(s) on {label} paper", "", pages).format(
                label=paper_text(options.paper)
            )
            + (self.tr(", large print.") if options.large_print else ".")
        )
        self._enable(True)
        self.pages_changed.emit(pages)

    def _show_unprintable(self, summary: Summary) -> None:
        missing = sorted(summary.unprintable())
        if not missing:
            self.notice.hide()
            return
        codes = ", ".join(f"U+{ord(c):04X}" for c in missing[:8])
        self.notice.setText(
            self.tr(
                "%n character(s) cannot be drawn by the print font ({codes}). They "
                "print as {MARKER}, and the summary tells the reader so.",
                "",
                len(missing),
            ).format(codes=codes, MARKER=MARKER)
        )
        self.notice.show()

    def _enable(self, on: bool) -> None:
        self.print_button.setEnabled(on)
        self.save_button.setEnabled(on)

    def printer(self) -> QPrinter:
        """A printer set up for the chosen paper; the PDF pages carry their own margins."""
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setFullPage(True)
        printer.setPageSize(QPageSize(_QT_PAPER[self.options().paper]))
        printer.setDocName(
            self.tr("OD Notes summary")
        )  # print queues are visible to others: no names
        return printer

    def print_to(self, printer: QPrinter) -> int:
        """Print the previewed pages on ``printer``; returns how many pages were printed."""
        pages = (
            Operation(self, lambda: print_pdf(self._pdf, printer))  # paints: the GUI thread
            .failure(self._not_printed)
            .run_now()
        )
        if pages is None:
            return 0
        self.printed.emit(pages)
        return pages

    def _not_printed(self, _error: Exception) -> None:
        """A failure here is the printer's, not a file's: say so rather than "the file"."""
        QMessageBox.warning(self, self.tr("Printing"), self.tr("The printer could not be started."))

    def print_summary(self) -> None:
        """Open the system print dialog and print the previewed pages."""
        printer = self.printer()
        dialog = QPrintDialog(printer, self)
        dialog.setMinMax(1, max(self.page_model.rowCount(), 1))
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.print_to(printer)

    def save_summary(self) -> None:
        """Ask where, then write the previewed PDF atomically."""
        target = save_file_with_suffix(
            self,
            self.tr("Save summary as PDF"),
            self._file_name,
            self.tr("PDF files (*.pdf)"),
            ".pdf",
        )
        if target is None:
            return
        pdf, doing = self._pdf, self.tr("saving the summary")
        Operation(self, lambda: write_atomic(target, pdf, doing=doing)).success(
            lambda _path: self._saved(target)
        ).titled(self.tr("Save as PDF")).run()

    def _saved(self, target: Path) -> None:
        self.status.setText(self.tr("Saved as {name}.").format(name=target.name))
        self.saved.emit(str(target))
