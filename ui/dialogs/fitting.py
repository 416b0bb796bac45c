"""Dialogs that grow to fit their text, at any font size, within the screen.

Qt sizes a window once, from size hints that guess a wrapped label's width;
when the real width differs, or a message appears later ("Saved to …"), the
window does not grow and the text is cut mid-line. A :class:`FittingDialog`
recomputes the height its layout needs for its actual width whenever the
layout changes, and grows to it (never past the screen).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Signal
from PySide6.QtGui import QGuiApplication, QShowEvent
from PySide6.QtWidgets import QDialog, QVBoxLayout, QWidget


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


class PageStack(QWidget):
    """Pages shown one at a time, as big as the page showing.

    ``QStackedWidget`` asks for the room of its largest page (height for width
    included, through its own layout), which left a gap under a short first
    step. Here the other pages are hidden, and a layout ignores hidden widgets.

    Signals:
        currentChanged(int): the page showing changed.
    """

    currentChanged = Signal(int)  # noqa: N815 (QStackedWidget's name, so callers read the same)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._pages: list[QWidget] = []
        self._current = -1

    def addWidget(self, page: QWidget) -> int:  # noqa: N802 (QStackedWidget's name)
        """Add a page (the first one added shows)."""
        self._pages.append(page)
        self._layout.addWidget(page)
        if self._current < 0:
            self._current = 0
        page.setVisible(len(self._pages) - 1 == self._current)
        return len(self._pages) - 1

    def count(self) -> int:
        """How many pages."""
        return len(self._pages)

    def widget(self, index: int) -> QWidget:
        """The page at ``index``."""
        return self._pages[index]

    def currentIndex(self) -> int:  # noqa: N802 (QStackedWidget's name)
        """The page showing, or -1."""
        return self._current

    def setCurrentIndex(self, index: int) -> None:  # noqa: N802 (QStackedWidget's name)
        """Show page ``index`` alone."""
        if index == self._current or not 0 <= index < len(self._pages):
            return
        self._current = index
        for number, page in enumerate(self._pages):
            page.setVisible(number == index)
        self.currentChanged.emit(index)
