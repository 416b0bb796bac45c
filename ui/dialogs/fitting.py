"""Dialogs that grow to fit their text, at any font size, within the screen.

Qt sizes a window once, from size hints that guess a wrapped label's width;
when the real width differs, or a message appears later ("Saved to …"), the
window does not grow and the text is cut mid-line. A :class:`FittingDialog`
recomputes the height its layout needs for its actual width whenever the
layout changes, and grows to it (never past the screen).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtGui import QGuiApplication, QShowEvent
from PySide6.QtWidgets import QDialog, QWidget


def fit_to_contents(window: QWidget) -> None:
    """Grow ``window`` (never shrink it) to the height its layout needs at its width."""
    layout = window.layout()
    if layout is None:
        return
    screen = window.screen() or QGuiApplication.primaryScreen()
    available = screen.availableGeometry()
    frame = max(window.frameGeometry().height() - window.geometry().height(), 0)
    width = min(max(window.width(), layout.totalMinimumSize().width()), available.width())
    if layout.hasHeightForWidth():
        need = layout.totalHeightForWidth(width)
    else:
        need = layout.totalSizeHint().height()
    need = max(need, layout.totalMinimumSize().height())
    height = min(need, available.height() - frame)
    if window.minimumHeight() != height:
        window.setMinimumHeight(height)
    if window.height() < height or window.width() < width:
        window.resize(max(window.width(), width), max(window.height(), height))


class FittingDialog(QDialog):
    """A dialog that grows when its text needs more room (a message shown, a larger font)."""

    def event(self, event: QEvent) -> bool:
        """After Qt lays the dialog out again, make sure everything still fits."""
        handled = super().event(event)
        if event.type() in (QEvent.Type.LayoutRequest, QEvent.Type.FontChange):
            fit_to_contents(self)
        return handled

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt override)
        """Fit once the real width is known."""
        super().showEvent(event)
        fit_to_contents(self)
