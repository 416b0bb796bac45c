"""What every section shares: a heading, a short hint, and a body rebuilt from the meeting."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QBoxLayout, QHBoxLayout, QVBoxLayout, QWidget

from ui.editor.context import EditorContext
from ui.editor.widgets import heading, hint


class Section(QWidget):
    """A titled part of the editor whose body is built from the working copy.

    Subclasses implement :meth:`build`; :meth:`rebuild` throws the old widgets
    away and builds again (after attendance or the editing mode changed).
    """

    key = ""
    title = ""
    short_title = ""
    guidance = ""

    def __init__(self, ctx: EditorContext, number: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName(f"section-{self.key}")
        self.setAccessibleName(self.translated(self.title))
        outer = QVBoxLayout(self)
        self._outer = outer
        outer.setContentsMargins(0, 8, 0, 20)
        outer.setSpacing(6)
        self.heading = heading(f"{number}  {self.translated(self.title)}")
        self.heading.setToolTip(f"Alt+{number}")
        outer.addWidget(self.heading)
        if self.guidance:
            outer.addWidget(hint(self.translated(self.guidance)))
        self._holder = QWidget()
        outer.addWidget(self._holder)
        self._body: QVBoxLayout | None = None
        self.rebuild()

    def translated(self, text: str) -> str:
        """A class-level title or guidance in the user's language (marked where defined)."""
        return QCoreApplication.translate(type(self).__name__, text)

    def rebuild(self) -> None:
        """Build the body again from the working copy."""
        for item_id, widget in list(self.ctx.item_widgets.items()):
            if self._holder.isAncestorOf(widget):
                del self.ctx.item_widgets[item_id]
        old = self._holder
        self._holder = QWidget()
        layout = QVBoxLayout(self._holder)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(10)
        self.build(layout)
        self._outer.replaceWidget(old, self._holder)
        old.hide()
        old.deleteLater()

    def build(self, layout: QVBoxLayout) -> None:
        """Add the section's widgets to ``layout`` (every section class defines it)."""
        raise TypeError(f"{type(self).__name__} does not say what its section shows")

    def focus_first(self) -> None:
        """Put the keyboard focus on the first control of the section."""
        for child in self._holder.findChildren(QWidget):
            if child.isVisible() and child.focusPolicy() & Qt.FocusPolicy.TabFocus:
                child.setFocus(Qt.FocusReason.ShortcutFocusReason)
                return
        self.setFocus(Qt.FocusReason.ShortcutFocusReason)


def add_row(layout: QBoxLayout, *widgets: QWidget, stretch_last: bool = False) -> None:
    """Lay ``widgets`` side by side in ``layout``."""
    row = QHBoxLayout()
    row.setSpacing(8)
    for widget in widgets:
        row.addWidget(widget)
    if not stretch_last:
        row.addStretch(1)
    layout.addLayout(row)
