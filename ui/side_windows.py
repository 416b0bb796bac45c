"""The windows open beside the main one, tracked so that locking closes them all."""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget


class ClinicalWindows:
    """Every open side window that holds decrypted data; :meth:`close_all` on lock."""

    def __init__(self) -> None:
        self._open: list[QWidget] = []

    def show(self, widget: QWidget) -> QWidget:
        """Show ``widget`` as a window that is deleted when closed and closed on lock."""
        widget.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self._open = [w for w in self._open if shiboken6.isValid(w)] + [widget]
        widget.show()
        widget.raise_()
        widget.activateWindow()
        return widget

    def close_all(self) -> None:
        """Close each window (they save what they hold first)."""
        for widget in self._open:
            if shiboken6.isValid(widget):
                widget.close()
        self._open = []

    def count(self) -> int:
        """How many are open."""
        return sum(1 for w in self._open if shiboken6.isValid(w) and w.isVisible())
