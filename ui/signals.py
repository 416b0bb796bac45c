"""Re-emit the vault's plain-Python change callbacks as a Qt signal.

The core knows nothing of Qt (Frescobaldi's and Anki's hook adapters): it
calls listeners with ``list[Change]``; views connect to ``changed`` instead.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from odnotes.errors import DamagedRecord
from odnotes.vault import Change, Vault


class VaultSignals(QObject):
    """Qt face of ``vault.on_change`` and ``vault.on_damage``.

    Both may be called on a worker thread (a network read, or the search index's
    pass); Qt queues the signals to the GUI thread's receivers.

    Signals:
        changed(list): the ``Change`` objects of one committed save.
        damaged(list): damage found while reading a network after unlocking.
    """

    changed = Signal(list)
    damaged = Signal(list)

    def __init__(self, vault: Vault, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._live = True
        vault.on_change(self._forward)
        vault.on_damage(self._forward_damage)

    def _forward_damage(self, found: list[DamagedRecord]) -> None:
        if self._live:
            self.damaged.emit(list(found))

    def detach(self) -> None:
        """Stop forwarding (the vault keeps its listener list; this makes it inert)."""
        self._live = False

    def _forward(self, changes: list[Change]) -> None:
        if self._live:
            self.changed.emit(list(changes))
