"""Refreshing a widget when the vault changes, on the GUI thread, without outliving the widget.

The vault calls plain Python listeners on whichever thread saved: the GUI
thread for typing, a worker for work run in the background (a permanent
deletion, a colleague's changes). Widgets may only be touched on the GUI
thread, so each listener emits a signal of a small relay that lives on the
GUI thread with its widget; Qt then calls the widget's method there (at once
when the save was made on the GUI thread, queued otherwise). The vault has no
way to remove a listener, so the relay dies with its widget and the listener
checks that it still exists.
"""

from __future__ import annotations

import weakref
from collections.abc import Callable

import shiboken6
from PySide6.QtCore import QObject, Signal

from odnotes.vault import Change, Vault


class _Relay(QObject):
    """Carries "the vault changed" to the GUI thread.

    Signals:
        changed(): a save was committed.
    """

    changed = Signal()

    def __init__(self, owner: QObject, refresh: Callable[[], None]) -> None:
        super().__init__(owner)
        self._refresh = weakref.WeakMethod(refresh)
        self.changed.connect(self._deliver)  # this object's slot: Qt picks the thread

    def _deliver(self) -> None:
        bound = self._refresh()
        if bound is not None and shiboken6.isValid(bound.__self__):  # type: ignore[attr-defined]
            bound()


def refresh_on_change(vault: Vault, refresh: Callable[[], None]) -> None:
    """Call the widget method ``refresh`` after every committed save while its widget lives."""
    owner = refresh.__self__  # type: ignore[attr-defined]
    relay = _Relay(owner, refresh)

    def listener(_changes: list[Change]) -> None:
        if shiboken6.isValid(relay):
            relay.changed.emit()

    vault.on_change(listener)
