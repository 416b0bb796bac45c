"""The open vault and when it locks: idle time, minimising, suspend, Ctrl+L.

Locking asks open editors to save (``locking``), drops the vault's key and
decrypted records, then tells the window to drop every model and widget that
held decrypted data (``locked``). The place (network and meeting ids) is kept
so unlocking returns there.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QGuiApplication

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
