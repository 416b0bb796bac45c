"""Re-emit the vault's plain-Python change callbacks as a Qt signal.

The core knows nothing of Qt (Frescobaldi's and Anki's hook adapters): it
calls listeners with ``list[Change]``; views connect to ``changed`` instead.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from odnotes.vault import Change, Vault


class VaultSignals(QObject):
    """Qt face of ``vault.on_change``.

    Signals:
        changed(list): the ``Change`` objects of one committed save.
    """

    changed = Signal(list)

    def __init__(self, vault: Vault, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._live = True
        vault.on_change(self._forward)

    def detach(self) -> None:
        """Stop forwarding (the vault keeps its listener list; this makes it inert)."""
        self._live = False

    def _forward(self, changes: list[Change]) -> None:
        if self._live:
            self.changed.emit(list(changes))
