"""The de-identified text as it will be written, with every replacement highlighted."""

from __future__ import annotations

from PySide6.QtGui import QColor, QPalette, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import QTextEdit, QWidget

from odnotes.supervision import Review
from ui.colours import mix


class ReviewTextView(QTextEdit):
    """Read-only text: replacements shaded in the highlight colour, listed words underlined."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setReadOnly(True)
        self.setAccessibleName(self.tr("De-identified text as it will be written"))
        self.setLineWrapMode(QTextEdit.LineWrapMode.WidgetWidth)

    def show_review(self, review: Review) -> None:
        """Show ``review.text`` with its spans marked."""
        self.setPlainText(review.text)
        palette = self.palette()
        base = palette.color(QPalette.ColorRole.Base)
        replaced = QTextCharFormat()
        replaced.setBackground(mix(base, palette.color(QPalette.ColorRole.Highlight), 0.28))
        listed = QTextCharFormat()
        listed.setBackground(mix(base, QColor("#e8a200"), 0.45))
        listed.setFontUnderline(True)
        listed.setUnderlineStyle(QTextCharFormat.UnderlineStyle.WaveUnderline)
        cursor = QTextCursor(self.document())
        for span in review.spans:
            fmt = QTextCharFormat(replaced)
            if span.original:
                fmt.setToolTip(
                    self.tr("Replaced ({kind}): was “{original}”").format(
                        kind=span.kind, original=span.original
                    )
                )
            self._mark(cursor, span.start, span.end, fmt)
        for word in review.words:
            for start, end in word.occurrences:
                fmt = QTextCharFormat(listed)
                fmt.setToolTip(self.tr("May still be a name: {reason}").format(reason=word.reason))
                self._mark(cursor, start, end, fmt)
        self.moveCursor(QTextCursor.MoveOperation.Start)

    @staticmethod
    def _mark(cursor: QTextCursor, start: int, end: int, fmt: QTextCharFormat) -> None:
        cursor.setPosition(start)
        cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
        cursor.mergeCharFormat(fmt)

    def show_word(self, start: int, end: int) -> None:
        """Scroll to and select one occurrence."""
        cursor = self.textCursor()
        cursor.setPosition(start)
        cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
        self.setTextCursor(cursor)
        self.ensureCursorVisible()
