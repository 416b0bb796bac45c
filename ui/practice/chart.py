"""How often each key element was present: a small stacked-bar chart (QPainter).

Per network when given one, otherwise across the vault. Fully, partly and
not at all are shades of the palette's highlight, so the chart follows the
system theme and still reads in greyscale; not applicable is left out.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import QWidget

from odnotes.indicators import ElementTally, element_presence
from odnotes.model import PracticeRating, PracticeReflection
from odnotes.vault import Vault
from ui.colours import mix
from ui.continuity.watch import refresh_on_change
from ui.words import element_text, rating_text

ROW = 22
SHOWN = (PracticeRating.FULLY, PracticeRating.PARTLY, PracticeRating.NOT_AT_ALL)


class PracticeChart(QWidget):
    """Stacked bars per element; ``tallies`` are recomputed on every vault change."""

    def __init__(
        self, vault: Vault, network_id: str | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.vault = vault
        self.network_id = network_id
        self.tallies: list[ElementTally] = []
        self.setAccessibleName(
            self.tr("How often each key element was present")
            + (self.tr(" in this network") if network_id else self.tr(" across all networks"))
        )
        self.setMinimumHeight(ROW * 14 + 10)
        self.refresh()
        refresh_on_change(vault, self.refresh)

    def refresh(self) -> None:
        """Recount from the vault and repaint."""
        self.tallies = element_presence(
            self.vault.all(PracticeReflection, network_id=self.network_id)
        )
        total = max((t.rated for t in self.tallies), default=0)
        self.setAccessibleDescription(
            "; ".join(
                self.tr("{label}: present in {present} of {rated}").format(
                    label=element_text(t.element), present=t.present, rated=t.rated
                )
                for t in self.tallies
            )
            if total
            else self.tr("No practice reflections yet.")
        )
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(640, ROW * 14 + 10)

    def colours(self) -> dict[PracticeRating, QColor]:
        """Fully, partly, not at all: from the palette."""
        palette = self.palette()
        accent = palette.color(QPalette.ColorRole.Highlight)
        base = palette.color(QPalette.ColorRole.Base)
        return {
            PracticeRating.FULLY: accent,
            PracticeRating.PARTLY: mix(base, accent, 0.45),
            PracticeRating.NOT_AT_ALL: mix(base, palette.color(QPalette.ColorRole.Mid), 0.5),
        }

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt override
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        text = palette.color(QPalette.ColorRole.WindowText)
        colours = self.colours()
        metrics = painter.fontMetrics()
        x = 0.0
        for rating in SHOWN:
            painter.fillRect(QRectF(x, 4, 12, 12), colours[rating])
            painter.setPen(text)
            painter.drawRect(QRectF(x, 4, 12, 12))
            words = rating_text(rating)
            width = metrics.horizontalAdvance(words)
            painter.drawText(QRectF(x + 16, 0, width + 4, 20), Qt.AlignmentFlag.AlignVCenter, words)
            x += 22 + width + 12
        if not any(t.rated for t in self.tallies):
            painter.drawText(
                QRectF(0, ROW, self.width(), ROW * 2),
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                self.tr("No practice reflections yet: rate a meeting to see the chart fill in."),
            )
            return
        label_width = min(
            max(metrics.horizontalAdvance(element_text(t.element)) for t in self.tallies) + 12,
            self.width() * 0.55,
        )
        count_width = metrics.horizontalAdvance("00/00") + 8
        bar_width = max(self.width() - label_width - count_width, 40)
        for i, tally in enumerate(self.tallies):
            y = ROW * (i + 1) + 4
            painter.setPen(text)
            elided = metrics.elidedText(
                element_text(tally.element), Qt.TextElideMode.ElideRight, int(label_width - 8)
            )
            painter.drawText(QRectF(0, y, label_width, ROW), Qt.AlignmentFlag.AlignVCenter, elided)
            bar = QRectF(label_width, y + 5, bar_width, ROW - 10)
            bx = bar.left()
            for rating in SHOWN:
                count = tally.count(rating)
                if tally.rated and count:
                    w = bar_width * count / tally.rated
                    painter.fillRect(QRectF(bx, bar.top(), w, bar.height()), colours[rating])
                    bx += w
            painter.setPen(palette.color(QPalette.ColorRole.Mid))
            painter.drawRect(bar)
            painter.setPen(text)
            painter.drawText(
                QRectF(label_width + bar_width + 6, y, count_width, ROW),
                Qt.AlignmentFlag.AlignVCenter,
                f"{tally.present}/{tally.rated}",
            )
