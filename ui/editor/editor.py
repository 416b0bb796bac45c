"""The meeting editor: the screen clinicians write in after a network meeting."""

from __future__ import annotations

from typing import TypeVar

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from odnotes.model import Meeting
from odnotes.vault import Revision, Vault
from ui.dates import weekday_date_time
from ui.editor.amend_dialog import AmendDialog
from ui.editor.context import EditorContext
from ui.editor.directory import Directory
from ui.editor.finalise_dialog import FinaliseDialog
from ui.editor.history_dialog import HistoryDialog
from ui.editor.sections.base import Section
from ui.editor.sections.corrections import CorrectionsSection
from ui.editor.sections.decisions import DecisionsSection
from ui.editor.sections.next_meeting import NextMeetingSection
from ui.editor.sections.people import PeopleSection
from ui.editor.sections.purpose import PurposeSection
from ui.editor.sections.reflections import ReflectionsSection
from ui.editor.sections.uncertainties import UncertaintiesSection
from ui.editor.sections.voices import VoicesSection
from ui.editor.session import EditSession
from ui.editor.widgets import READ_ONLY_LOOK, modal
from ui.editor.widgets import rich_escape as escape
from ui.operations import Operation
from ui.sharing.banner import ConflictBanner

SECTION_TYPES: tuple[type[Section], ...] = (
    PeopleSection,
    PurposeSection,
    VoicesSection,
    ReflectionsSection,
    DecisionsSection,
    UncertaintiesSection,
    NextMeetingSection,
    CorrectionsSection,
)
SECTION_KEYS = tuple(section.key for section in SECTION_TYPES)
S = TypeVar("S", bound=Section)


def meeting_title(meeting: Meeting) -> str:
    """The meeting's date and state, for window titles (no names, no words)."""
    state = (
        QCoreApplication.translate("ui.editor.editor", "finalised")
        if meeting.is_final
        else QCoreApplication.translate("ui.editor.editor", "draft")
    )
    if meeting.amendments:
        state = QCoreApplication.translate("ui.editor.editor", "finalised, amended")
    return QCoreApplication.translate("ui.editor.editor", "Meeting of {strftime} ({state})").format(
        strftime=weekday_date_time(meeting.starts_at), state=state
    )


class MeetingEditor(QWidget):
    """Write up one meeting; every keystroke is stored encrypted within seconds.

    Loads the meeting with ``vault.get(Meeting, meeting_id)`` and keeps that one
    working copy; sections write into it and the session autosaves it.

    Signals:
        saved(str): the meeting id, after each committed save.
        title_changed(str): the meeting's title (date and state) changed.
        summary_requested(str): the meeting id; show its summary for the network.
        record_note_requested(str): the meeting id; copy it for the clinical record.
    """

    saved = Signal(str)
    title_changed = Signal(str)
    summary_requested = Signal(str)
    record_note_requested = Signal(str)

    def __init__(self, vault: Vault, meeting_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("meeting-editor")
        self.setStyleSheet(READ_ONLY_LOOK)
        self.setAccessibleName(self.tr("Meeting editor"))
        self.session = EditSession(vault, meeting_id, self)
        self.directory = Directory(vault, self.session.meeting.network_id)
        self.ctx = EditorContext(self.session, self.directory, self._people_changed)
        self._build()
        self.session.saved.connect(self.saved)
        self.session.status_changed.connect(self._show_status)
        self.session.save_failed.connect(lambda _: self._show_status(self.session.status, True))
        self.session.mode_changed.connect(self._mode_changed)
        self.session.reloaded.connect(self._rebuild_all)
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._focus_changed)
        self._shortcuts()
        self._mode_changed(rebuild=False)
        self._show_status(self.session.describe())

    # -- the contract the main window relies on -------------------------------------

    def meeting_id(self) -> str:
        """The id of the meeting being edited."""
        return self.session.meeting.id

    def title(self) -> str:
        """The tab title (date and state), the same before and after a lock."""
        return meeting_title(self.session.meeting)

    def save_now(self) -> None:
        """Store any pending edit now (before locking or closing); errors show in the status."""
        self.session.save_now()

    def take_stored(self) -> None:
        """Show the stored meeting again (a colleague's changes came in, or a conflict was
        settled); typing not stored yet is never replaced."""
        self.session.take_stored()
        self.conflict_banner.refresh()

    def show_section(self, name: str) -> None:
        """Scroll to section ``name`` (people, purpose, voices, ...) and focus it."""
        if name not in SECTION_KEYS:
            raise ValueError(f"unknown section {name!r}; expected one of {SECTION_KEYS}")
        section = self.sections[name]
        self.nav.blockSignals(True)
        self.nav.setCurrentRow(SECTION_KEYS.index(name))
        self.nav.blockSignals(False)
        self.scroll_area.verticalScrollBar().setValue(section.y())
        section.focus_first()

    def section_in_view(self) -> str:
        """The key of the section at the top of the visible part (the last one at the end)."""
        bar = self.scroll_area.verticalScrollBar()
        if bar.maximum() > 0 and bar.value() >= bar.maximum():
            return SECTION_KEYS[-1]
        top = bar.value() + self.scroll_area.viewport().height() // 4
        current = SECTION_KEYS[0]
        for key in SECTION_KEYS:
            if self.sections[key].y() <= top:
                current = key
        return current

    def _follow_scroll(self, _value: int) -> None:
        """Keep the section list on the section being read, without moving the page."""
        row = SECTION_KEYS.index(self.section_in_view())
        if self.nav.currentRow() != row:
            self.nav.blockSignals(True)
            self.nav.setCurrentRow(row)
            self.nav.blockSignals(False)

    def reveal_item(self, item_id: str) -> bool:
        """Scroll to the widget editing ``item_id`` and focus it; ``False`` if not shown."""
        widget = self.ctx.item_widgets.get(item_id)
        if widget is None:
            return False
        self.scroll_area.ensureWidgetVisible(widget, 40, 120)
        widget.setFocus(Qt.FocusReason.OtherFocusReason)
        return True

    def section_of(self, kind: type[S]) -> S:
        """The editor's one section of type ``kind`` (every type in SECTION_TYPES is built)."""
        return next(s for s in self.sections.values() if isinstance(s, kind))

    # -- building ---------------------------------------------------------------------

    def _build(self) -> None:
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(0)
        outer.addWidget(self._header())
        self.conflict_banner = ConflictBanner.for_meeting(
            self.session.vault, self.session.meeting.id
        )
        self.conflict_banner.settled.connect(self.take_stored)
        outer.addWidget(self.conflict_banner)
        body = QHBoxLayout()
        body.setContentsMargins(0, 0, 0, 0)
        self.nav = QListWidget()
        self.nav.setAccessibleName(self.tr("Sections"))
        self.nav.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.nav.setStyleSheet("QListWidget::item { padding: 6px 10px; }")
        self.nav.setFrameShape(QFrame.Shape.NoFrame)
        self.nav.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.sections: dict[str, Section] = {}
        content = QWidget()
        content.setObjectName("editor-content")
        column = QVBoxLayout(content)
        column.setContentsMargins(24, 8, 24, 40)
        for number, section_type in enumerate(SECTION_TYPES, start=1):
            section = section_type(self.ctx, number)
            self.sections[section.key] = section
            column.addWidget(section)
            self.nav.addItem(f"{number}   {section.translated(section.short_title)}")
            self.nav.item(number - 1).setToolTip(
                f"{section.translated(section.title)} (Alt+{number})"
            )
        column.addStretch(1)
        # As wide as its longest title needs in the UI's language (and text size), never narrower.
        self.nav.setFixedWidth(max(170, self.nav.sizeHintForColumn(0) + 4))
        self.section_of(PeopleSection).when_changed.connect(self._emit_title)
        self.nav.currentRowChanged.connect(
            lambda row: self.show_section(SECTION_KEYS[row]) if row >= 0 else None
        )
        self.scroll_area = QScrollArea()
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll_area.setWidget(content)
        self.scroll_area.setAccessibleName(self.tr("Meeting"))
        self.scroll_area.verticalScrollBar().valueChanged.connect(self._follow_scroll)
        body.addWidget(self.nav)
        body.addWidget(self.scroll_area, 1)
        outer.addLayout(body, 1)
        self.status = QLabel()
        self.status.setObjectName("editor-status")
        self.status.setAccessibleName(self.tr("Save status"))
        self.status.setContentsMargins(12, 4, 12, 4)
        self.status.setWordWrap(True)
        outer.addWidget(self.status)

    def _header(self) -> QWidget:
        header = QWidget()
        row = QHBoxLayout(header)
        row.setContentsMargins(12, 8, 12, 8)
        self.title_label = QLabel()
        font = self.title_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        self.title_label.setFont(font)
        self.title_label.setAccessibleName(self.tr("Meeting title"))
        row.addWidget(self.title_label)
        row.addStretch(1)
        self.save_button = self._button(self.tr("Save now"), "Ctrl+S", self.save_now)
        self.history_button = self._button(self.tr("History…"), "Ctrl+Shift+H", self.show_history)
        self.finalise_button = self._button(self.tr("Finalise…"), "Ctrl+Shift+F", self.finalise)
        self.summary_button = self._button(
            self.tr("Summary for the network…"),
            "Ctrl+P",
            lambda: self.summary_requested.emit(self.meeting_id()),
        )
        self.record_button = self._button(
            self.tr("Clinical record…"),
            "Ctrl+Shift+C",
            lambda: self.record_note_requested.emit(self.meeting_id()),
        )
        self.record_button.setAccessibleName(self.tr("Copy for the clinical record"))
        self.record_button.setToolTip(self.tr("Copy for the clinical record (Ctrl+Shift+C)"))
        self.amend_button = self._button(self.tr("Amend…"), "Ctrl+Shift+M", self.amend)
        self.done_button = self._button(
            self.tr("Done amending"), "Ctrl+Shift+M", self.done_amending
        )
        for button in (
            self.save_button,
            self.history_button,
            self.finalise_button,
            self.summary_button,
            self.record_button,
            self.amend_button,
            self.done_button,
        ):
            row.addWidget(button)
        return header

    def _button(self, text: str, keys: str, slot: object) -> QPushButton:
        button = QPushButton(text)
        button.setAccessibleName(text.rstrip("…"))
        button.setToolTip(f"{text.rstrip('…')} ({keys})")
        button.clicked.connect(slot)
        return button

    def _shortcuts(self) -> None:
        def bind(keys: str, slot: object) -> None:
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)

        for number, key in enumerate(SECTION_KEYS, start=1):
            bind(f"Alt+{number}", lambda k=key: self.show_section(k))
        bind("Ctrl+S", self.save_now)
        bind("Ctrl+Shift+H", self.show_history)
        bind("Ctrl+Shift+F", self.finalise)
        bind("Ctrl+Shift+M", self._amend_or_done)
        bind("Ctrl+Shift+V", self.add_voice)
        bind("Ctrl+Shift+R", self.add_reflection)
        bind("Ctrl+Shift+D", self.add_decision)
        bind("Ctrl+Shift+U", self.add_uncertainty)

    # -- state ------------------------------------------------------------------------

    def _people_changed(self) -> None:
        for key in ("voices", "reflections", "decisions", "uncertainties", "next", "corrections"):
            self.sections[key].rebuild()

    def _rebuild_all(self) -> None:
        self.conflict_banner.refresh()  # read in after a save merged with a colleague's, too
        had_focus = self.isAncestorOf(QApplication.focusWidget() or self)
        for section in self.sections.values():
            section.rebuild()
        focused = QApplication.focusWidget()
        if had_focus and (focused is None or not self.isAncestorOf(focused)):
            self.scroll_area.setFocus(Qt.FocusReason.OtherFocusReason)  # keep shortcuts working

    def _mode_changed(self, rebuild: bool = True) -> None:
        session = self.session
        final = session.meeting.is_final
        self.save_button.setVisible(session.editable)
        self.finalise_button.setVisible(not final)
        self.summary_button.setVisible(final)
        self.amend_button.setVisible(final and session.amending is None)
        self.record_button.setVisible(final and session.amending is None)
        self.done_button.setVisible(session.amending is not None)
        if rebuild:
            self._rebuild_all()
        self._emit_title()

    def _emit_title(self) -> None:
        title = meeting_title(self.session.meeting)
        if self.session.amending is not None:
            by = self.directory.name(self.session.amending[0])
            self.title_label.setText(
                self.tr("{escape} — amending as {escape2}").format(
                    escape=escape(title), escape2=escape(by)
                )
            )
        else:
            self.title_label.setText(escape(title))
        self.title_changed.emit(title)

    def _show_status(self, text: str, error: bool = False) -> None:
        self.status.setText(text)
        self.status.setProperty("error", error)
        self.status.setStyleSheet(
            "QLabel#editor-status { color: palette(bright-text); background: #a12622; }"
            if error
            else ""
        )

    def _focus_changed(self, old: QWidget | None, new: QWidget | None) -> None:
        if old is not None and self.isAncestorOf(old) and self.session.dirty:
            # Saving on every focus change: after the event, so widgets finish their edit.
            QTimer.singleShot(0, self.session.save_now)

    # -- actions ----------------------------------------------------------------------

    def add_voice(self) -> None:
        """Another voice box for the focused person (or the first present)."""
        self.section_of(VoicesSection).add_voice()

    def add_reflection(self) -> None:
        """Add a reflection and put the cursor in it."""
        self.section_of(ReflectionsSection).add_reflection()
        self._reveal_focus()

    def add_decision(self) -> None:
        """Add a decision and put the cursor in its words."""
        self.section_of(DecisionsSection).add_decision()
        self._reveal_focus()

    def add_uncertainty(self) -> None:
        """Add an uncertainty and put the cursor in its question."""
        self.section_of(UncertaintiesSection).add_uncertainty()
        self._reveal_focus()

    def _reveal_focus(self) -> None:
        focused = QApplication.focusWidget()
        if focused is not None and self.isAncestorOf(focused):
            self.scroll_area.ensureWidgetVisible(focused, 40, 120)

    def finalise(self) -> None:
        """Ask each facilitator to sign, then store the meeting finalised."""
        if self.session.meeting.is_final:
            return
        if not self.session.save_now():
            QMessageBox.warning(self, self.tr("Not finalised"), self.session.status)
            return
        dialog = FinaliseDialog(self.session.meeting, self.directory, self.session.held_back, self)
        with modal(dialog) as accepted:
            if not accepted:
                return
            signed, starts_at = dict(dialog.signed), dialog.starts_at()
        if starts_at != self.session.meeting.starts_at:
            self.session.meeting.starts_at = starts_at  # corrected while confirming
            self.session.touch()
        Operation(self, lambda: self.session.finalise(signed)).titled(
            self.tr("Not finalised")
        ).run()

    def amend(self) -> None:
        """Ask who is amending and why, then allow editing."""
        if not self.session.meeting.is_final or self.session.amending is not None:
            return
        dialog = AmendDialog(self.session.meeting, self.directory, self)
        with modal(dialog) as accepted:
            if not accepted:
                return
            by_id, reason = dialog.by_id(), dialog.reason()
        Operation(self, lambda: self.session.start_amending(by_id, reason)).titled(
            self.tr("Not saved")
        ).run()

    def done_amending(self) -> None:
        """Store the amendment and make the meeting read-only again."""
        if not self.session.stop_amending():
            QMessageBox.warning(self, self.tr("Not saved"), self.session.status)

    def _amend_or_done(self) -> None:
        if self.session.amending is None:
            self.amend()
        else:
            self.done_amending()

    def show_history(self) -> None:
        """Every revision, and what changed between two of them."""
        self.session.save_now()
        Operation(self, lambda: self.session.vault.history(self.meeting_id())).success(
            self._show_revisions
        ).titled(self.tr("History")).run()

    def _show_revisions(self, revisions: list[Revision]) -> None:
        with modal(HistoryDialog(revisions, self.directory.names(), self)):
            pass
