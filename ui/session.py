"""The open vault and when it locks: idle time, minimising, suspend, Ctrl+L.

Locking asks open editors to save (``locking``), drops the vault's key and
decrypted records, then tells the window to drop every model and widget that
held decrypted data (``locked``). The place is kept so unlocking returns there:
the network and meeting ids, and in each editor the scroll position, which
field had the cursor and where in it (numbers only, never text).
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QApplication,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QTextEdit,
    QWidget,
)

from odnotes.vault import Vault
from ui import clock
from ui.signals import VaultSignals

_ACTIVITY = {
    QEvent.Type.KeyPress,
    QEvent.Type.MouseButtonPress,
    QEvent.Type.MouseMove,
    QEvent.Type.Wheel,
    QEvent.Type.TouchBegin,
    QEvent.Type.InputMethod,
}


class Session(QObject):
    """Holds the open vault and locks it.

    Signals:
        locking(): about to lock; save anything unsaved now.
        locked(): the key and decrypted data are gone; show only the lock screen.
        unlocked(): the vault is readable again; rebuild the views.
    """

    locking = Signal()
    locked = Signal()
    unlocked = Signal()

    def __init__(self, vault: Vault, idle_minutes: float, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.vault = vault
        self.signals = VaultSignals(vault, self)
        self.network_id: str | None = None
        self.meeting_id: str | None = None
        self._idle = clock.countdown(self, 60_000, self.lock)
        self.set_idle_minutes(idle_minutes)
        app = QGuiApplication.instance()
        if app is not None:
            app.installEventFilter(self)
            app.applicationStateChanged.connect(self._on_state)  # type: ignore[attr-defined]
        if vault.is_unlocked:
            self._idle.start()

    @property
    def is_locked(self) -> bool:
        """The vault's key is not in memory."""
        return not self.vault.is_unlocked

    def set_idle_minutes(self, minutes: float) -> None:
        """Change the auto-lock delay; restarts the countdown."""
        self._idle.setInterval(max(1, round(minutes * 60_000)))
        if self._idle.isActive():
            self._idle.start()

    def idle_interval_ms(self) -> int:
        """The auto-lock delay in milliseconds."""
        return self._idle.interval()

    def lock(self) -> None:
        """Save what is open, drop the key and every decrypted record, show the lock screen."""
        if self.is_locked:
            return
        self._idle.stop()
        self.locking.emit()
        self.vault.lock()
        self.locked.emit()

    def mark_unlocked(self) -> None:
        """Called once the vault has been unlocked again (by the lock screen)."""
        if self.is_locked:
            return
        self._idle.start()
        self.unlocked.emit()

    def close(self) -> None:
        """Save, lock and close the vault file, letting another window open it."""
        self._idle.stop()
        app = QGuiApplication.instance()
        if app is not None:
            app.removeEventFilter(self)
        if not self.is_locked:
            self.locking.emit()
        self.signals.detach()
        self.vault.close()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt override)
        """Any input restarts the idle countdown."""
        if event.type() in _ACTIVITY and not self.is_locked:
            self._idle.start()
        return False

    def _on_state(self, state: Qt.ApplicationState) -> None:
        hidden = (Qt.ApplicationState.ApplicationSuspended, Qt.ApplicationState.ApplicationHidden)
        if state in hidden:
            self.lock()


@dataclass(frozen=True)
class EditorPlace:
    """Where one editor was scrolled to and where its cursor was: numbers, never text."""

    scroll: int = 0
    focus_index: int = -1
    cursor: int = 0


def _focusable(editor: QWidget) -> list[QWidget]:
    # The editor rebuilds the same widgets in the same order from the same meeting.
    return [w for w in editor.findChildren(QWidget) if w.focusPolicy() != Qt.FocusPolicy.NoFocus]


def capture_place(editor: QWidget) -> EditorPlace:
    """Note the scroll position and the focused field of ``editor`` (before it is dropped)."""
    scroll_area = editor.findChild(QScrollArea)
    scroll = scroll_area.verticalScrollBar().value() if scroll_area is not None else 0
    focused = QApplication.focusWidget()
    if focused is None or not editor.isAncestorOf(focused):
        return EditorPlace(scroll)
    widgets = _focusable(editor)
    if focused not in widgets:
        return EditorPlace(scroll)
    cursor = 0
    if isinstance(focused, QPlainTextEdit | QTextEdit):
        cursor = focused.textCursor().position()
    elif isinstance(focused, QLineEdit):
        cursor = focused.cursorPosition()
    return EditorPlace(scroll, widgets.index(focused), cursor)


def restore_place(editor: QWidget, place: EditorPlace) -> None:
    """Put the cursor and the scroll back where :func:`capture_place` found them."""
    widgets = _focusable(editor)
    if 0 <= place.focus_index < len(widgets):
        target = widgets[place.focus_index]
        target.setFocus(Qt.FocusReason.OtherFocusReason)
        if isinstance(target, QPlainTextEdit | QTextEdit):
            cursor = target.textCursor()
            cursor.setPosition(min(place.cursor, len(target.toPlainText())))
            target.setTextCursor(cursor)
        elif isinstance(target, QLineEdit):
            target.setCursorPosition(place.cursor)
    scroll_area = editor.findChild(QScrollArea)
    if scroll_area is None or place.scroll <= 0:
        return
    bar = scroll_area.verticalScrollBar()

    def scroll_when_laid_out(_low: int = 0, high: int = 0) -> None:
        if bar.maximum() >= place.scroll:
            bar.setValue(place.scroll)
            bar.rangeChanged.disconnect(scroll_when_laid_out)

    bar.rangeChanged.connect(scroll_when_laid_out)  # the range is known once laid out
    scroll_when_laid_out()
