"""A tab whose widgets are made when it is first shown, so a page with five tabs opens fast.

Opening a network builds its meetings tab only; the people, the
uncertainties, the decisions and the glance each take tens of milliseconds
to build and are made when the person first turns to them (or when code
asks for them), reading the vault as it is then.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QVBoxLayout, QWidget


class DeferredTab(QWidget):
    """Holds the place of a tab's widget and makes it with ``make`` on first show."""

    def __init__(self, make: Callable[[], QWidget], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._make = make
        self.made: QWidget | None = None
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)

    def content(self) -> QWidget:
        """The tab's widget, made now if it was not yet."""
        if self.made is None:
            self.made = self._make()
            self._layout.addWidget(self.made)
            if self.isVisible():
                self.made.show()  # a child added to a shown widget waits for a queued show
            self.setFocusProxy(self.made)
        return self.made

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt's name)
        """Make the content before the tab is first painted."""
        self.content()
        super().showEvent(event)
