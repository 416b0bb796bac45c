"""Clear text copied from the app off the clipboard after 30 seconds.

Copied clinical text should not linger for the next program to paste. The
clipboard is cleared only if it still holds what was copied from OD Notes,
so anything the user copied elsewhere afterwards is left alone.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer
from PySide6.QtGui import QClipboard, QGuiApplication

CLEAR_AFTER_MS = 30_000


class ClipboardGuard(QObject):
    """Watch the clipboard; forget what the app copied once the delay has passed."""

    def __init__(self, clear_after_ms: int = CLEAR_AFTER_MS, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._clipboard: QClipboard = QGuiApplication.clipboard()
        self._copied: str | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(clear_after_ms)
        self._timer.timeout.connect(self.clear_now)
        self._clipboard.dataChanged.connect(self._on_changed)

    @property
    def clear_after_ms(self) -> int:
        """How long copied text stays on the clipboard."""
        return self._timer.interval()

    def copy(self, text: str) -> None:
        """Put ``text`` on the clipboard; it is cleared after the delay unless replaced."""
        self._clipboard.setText(text)
        self._copied = text
        self._timer.start()

    def _on_changed(self) -> None:
        text = self._clipboard.text()
        if text and self._copied_here():
            self._copied = text
            self._timer.start()

    def _copied_here(self) -> bool:
        if self._clipboard.ownsClipboard():
            return True
        # Some platforms (offscreen, some Wayland setups) never report ownership:
        # a change while one of our windows has focus came from us.
        return QGuiApplication.focusWindow() is not None

    def clear_now(self) -> None:
        """Clear the clipboard if it still holds what the app copied."""
        self._timer.stop()
        if self._copied is not None and self._clipboard.text() == self._copied:
            self._clipboard.clear()
        self._copied = None
