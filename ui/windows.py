"""The windows that open beside the main one: summaries, the clinical-record note,
supervision, practice, overview.

Each shows decrypted text, so each is tracked and closed (saving first where
there is something to save) when the vault locks.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from odnotes.model import Meeting
from odnotes.recordnote import RecordNote, record_note
from ui.continuity import VaultOverviewWidget
from ui.i18n import core_translator
from ui.operations import Operation
from ui.practice import PracticeChart, PracticeReflectionForm
from ui.recordnote import RecordNoteDialog
from ui.summary import SummaryPreviewDialog
from ui.supervision import SealedExportViewer, SupervisionExportDialog

if TYPE_CHECKING:
    from ui.host import WindowHost


class PracticeDialog(QDialog):
    """The twelve-element reflection for one meeting; saved on closing, never discarded."""

    def __init__(self, window: WindowHost, meeting_id: str) -> None:
        super().__init__(window)
        self.setWindowTitle(self.tr("Reflecting on our practice — OD Notes"))
        self.form = PracticeReflectionForm(window.session.vault, meeting_id, self)
        self._dirty = False
        self.form.model.dataChanged.connect(self._mark)
        self.form.saved.connect(self._clean)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.form)
        layout.addWidget(buttons)
        self.resize(900, 640)

    def _mark(self, *_: object) -> None:
        self._dirty = True

    def _clean(self, _record_id: str) -> None:
        self._dirty = False

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt override)
        """What was rated is saved, not asked about."""
        if self._dirty:
            self.form.save()
        super().closeEvent(event)

    def reject(self) -> None:
        """Escape closes (and saves) like the Close button."""
        self.close()


class OverviewDialog(QDialog):
    """Across every network: drafts, quiet networks, follow-ups due, and practice over time."""

    def __init__(self, window: WindowHost) -> None:
        super().__init__(window)
        vault = window.session.vault
        self.setWindowTitle(
            self.tr("Across all networks — {name} — OD Notes").format(name=vault.name)
        )
        self.overview = VaultOverviewWidget(vault, self)
        self.chart = PracticeChart(vault, None, self)
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(self.overview)
        chart_box = QWidget()
        chart_layout = QVBoxLayout(chart_box)
        chart_layout.addWidget(QLabel(self.tr("<b>Dialogic practice across all networks</b>")))
        chart_layout.addWidget(self.chart, 1)
        split.addWidget(chart_box)
        layout = QVBoxLayout(self)
        layout.addWidget(split)
        self.resize(1200, 640)


def chosen_meeting_id(window: WindowHost) -> str:
    """The meeting in front, or the one selected on the network page, or ''."""
    workspace = window.workspace
    if workspace is None:
        return ""
    editor = workspace.current_editor()
    if editor is not None:
        return str(editor.meeting_id())
    if workspace.page is not None:
        return workspace.page.meetings.selected_meeting_id()
    return ""


def _need_meeting(window: WindowHost) -> str:
    meeting_id = chosen_meeting_id(window)
    if not meeting_id:
        window.show_notice(
            QCoreApplication.translate(
                "ui.windows", "Open a meeting, or select one in the Meetings tab, first."
            )
        )
    return meeting_id


def preview_meeting_summary(window: WindowHost) -> None:
    """Preview, print or save the chosen meeting's summary for the network."""
    meeting_id = _need_meeting(window)
    if meeting_id:
        if window.workspace is not None:
            window.workspace.save_all()  # the summary shows what was just typed
        window.side_windows.show(
            SummaryPreviewDialog(window.session.vault, meeting_id=meeting_id, parent=window)
        )


def copy_for_clinical_record(window: WindowHost, meeting_id: str = "") -> None:
    """The chosen finalised meeting as a note to paste into the service's clinical record."""
    meeting_id = meeting_id or _need_meeting(window)
    if not meeting_id:
        return
    if window.workspace is not None:
        window.workspace.save_all()  # the note holds what was just typed (an amendment)
    vault, words = window.session.vault, core_translator()

    def show(note: RecordNote) -> None:
        dialog = RecordNoteDialog(
            note, limit=window.settings.record_note_limit(), guard=window.clipboard, parent=window
        )
        window.side_windows.show(dialog)

    Operation(window, lambda: record_note(vault, meeting_id, words)).success(show).titled(
        QCoreApplication.translate("ui.windows", "For the clinical record — OD Notes")
    ).progress(
        QCoreApplication.translate("ui.windows", "Writing the note for the clinical record…")
    ).in_background().run()


def preview_network_summary(window: WindowHost) -> None:
    """Preview the whole network's summary (for a review meeting)."""
    network_id = window.workspace.network_id() if window.workspace else ""
    if not network_id:
        window.show_notice(QCoreApplication.translate("ui.windows", "Choose a network first."))
        return
    window.side_windows.show(
        SummaryPreviewDialog(window.session.vault, network_id=network_id, parent=window)
    )


def export_for_supervision(window: WindowHost) -> None:
    """The de-identified export, starting from the network in front."""
    network_id = window.workspace.network_id() if window.workspace else ""
    if window.workspace is not None:
        window.workspace.save_all()
    dialog = SupervisionExportDialog(
        window.session.vault, network_id or None, window, kdf=window.options.new_kdf
    )
    dialog.exported.connect(
        lambda paths: window.show_notice(
            QCoreApplication.translate(
                "ui.windows", "Exported for supervision: %n file(s) in {parent}", "", len(paths)
            ).format(parent=Path(paths[0]).parent)
            if paths
            else QCoreApplication.translate("ui.windows", "Nothing was exported.")
        )
    )
    window.side_windows.show(dialog)


def open_supervision_file(window: WindowHost) -> None:
    """Read an encrypted supervision export (read-only)."""
    window.side_windows.show(SealedExportViewer(parent=None, policy=window.options.policy))


def reflect_on_practice(window: WindowHost) -> None:
    """The practitioners' private reflection for the chosen meeting."""
    meeting_id = _need_meeting(window)
    if not meeting_id:
        return
    Operation(window, lambda: window.session.vault.get(Meeting, meeting_id)).success(
        lambda _meeting: window.side_windows.show(PracticeDialog(window, meeting_id))
    ).tell(window.show_problem).run()


def show_overview(window: WindowHost) -> None:
    """Drafts, quiet networks, follow-ups due and practice across the vault."""
    window.side_windows.show(OverviewDialog(window))
