"""Small building blocks of the editor: text boxes bound to the working copy, cards."""

from __future__ import annotations

import html
import re
from collections.abc import Callable, Iterator
from contextlib import contextmanager

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QFont, QPalette
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFrame,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

READ_ONLY_LOOK = """
QPlainTextEdit[readOnly="true"], QLineEdit[readOnly="true"] {
    background: palette(window);
    border: 1px solid palette(mid);
    border-style: dotted;
}
"""
"""Fields that cannot be typed in (a finalised meeting) look like text on the page, not boxes."""
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


@contextmanager
def modal(dialog: QDialog) -> Iterator[bool]:
    """Show ``dialog`` modally; yields whether it was accepted, then disposes of it.

    The dialog is deleted afterwards (it may hold clinical text) and its owner's
    window is made active again.
    """
    try:
        yield dialog.exec() == QDialog.DialogCode.Accepted
    finally:
        owner = dialog.parentWidget()
        dialog.deleteLater()
        if owner is not None:
            owner.window().activateWindow()


def ok_cancel(
    dialog: QDialog, ok_text: str, accept: Callable[[], None] | None = None
) -> tuple[QDialogButtonBox, QPushButton]:
    """The dialog's OK (named for what it does) and Cancel buttons, wired to it."""
    buttons = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
    )
    ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
    ok_button.setText(ok_text)
    buttons.accepted.connect(accept or dialog.accept)
    buttons.rejected.connect(dialog.reject)
    return buttons, ok_button


def rich_escape(text: str) -> str:
    """``text`` made safe inside Qt rich text (which does not know ``&#x27;``)."""
    return html.escape(text, quote=False)


def clean_text(text: str) -> str:
    """Plain text as the vault stores it: pasted control characters are dropped."""
    return _CONTROL.sub("", text.replace("\u2029", "\n").replace("\u2028", "\n"))


class TextBox(QPlainTextEdit):
    """A plain-text box that writes into the working copy on every keystroke.

    It grows with its text (between ``min_lines`` and ``max_lines``), moves focus
    on Tab so the form can be walked with the keyboard, and keeps Qt's own
    undo/redo and the system's spell-checking input methods.
    """

    def __init__(
        self,
        text: str,
        write: Callable[[str], None],
        *,
        name: str,
        placeholder: str = "",
        editable: bool = True,
        min_lines: int = 2,
        max_lines: int = 14,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._write = write
        self._min_lines, self._max_lines = min_lines, max_lines
        self.setPlainText(text)
        self.setTabChangesFocus(True)
        self.setAccessibleName(name)
        self.setPlaceholderText(placeholder)
        self.setReadOnly(not editable)
        self.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.document().setDocumentMargin(6)
        self.textChanged.connect(self._changed)
        self.document().documentLayout().documentSizeChanged.connect(self._fit)
        self._fit()

    def _changed(self) -> None:
        if not self.isReadOnly():
            self._write(clean_text(self.toPlainText()))

    def _fit(self, *_: object) -> None:
        line = self.fontMetrics().lineSpacing()
        lines = max(self._min_lines, min(self._max_lines, self._visual_lines()))
        margins = self.contentsMargins()
        extra = int(2 * self.document().documentMargin()) + margins.top() + margins.bottom() + 2
        self.setFixedHeight(lines * line + extra)

    def _visual_lines(self) -> int:
        # QPlainTextDocumentLayout measures its height in lines, wrapped lines included.
        return int(self.document().documentLayout().documentSize().height())

    def resizeEvent(self, event: object) -> None:  # noqa: D102 - Qt override
        super().resizeEvent(event)  # type: ignore[arg-type]
        self._fit()

    def sizeHint(self) -> QSize:  # noqa: D102 - Qt override
        return QSize(400, self.height())


class Card(QFrame):
    """A quiet frame around one item (a voice, a decision) so items read as separate."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("card")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.layout_ = QVBoxLayout(self)
        self.layout_.setContentsMargins(12, 10, 12, 12)
        self.layout_.setSpacing(6)


def heading(text: str, level: int = 1) -> QLabel:
    """A section (level 1) or item (level 2) heading."""
    label = QLabel(text)
    font = QFont(label.font())
    font.setBold(True)
    if level == 1:
        font.setPointSizeF(font.pointSizeF() * 1.3)
    label.setFont(font)
    label.setAccessibleName(text)
    return label


def hint(text: str) -> QLabel:
    """A muted line of guidance under a heading."""
    label = QLabel(text)
    label.setWordWrap(True)
    label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
    label.setAccessibleName(text)
    return label
