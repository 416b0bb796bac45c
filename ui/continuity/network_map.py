"""The network map: the person at the centre and each member placed around them.

Drawn only from recorded people and meetings, so there is nothing to keep in
sync by hand. The line to each member shows how close the person at the
centre says they are; each member's circle grows with the meetings they came
to, and says how many. Exportable as PNG and PDF.
"""

from __future__ import annotations

import math
from datetime import date
from pathlib import Path

from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QIODevice,
    QMarginsF,
    QPoint,
    QPointF,
    QRectF,
    Qt,
)
from PySide6.QtGui import (
    QActionGroup,
    QBrush,
    QColor,
    QContextMenuEvent,
    QFont,
    QImage,
    QImageWriter,
    QPageLayout,
    QPageSize,
    QPainter,
    QPalette,
    QPdfWriter,
    QPen,
)
from PySide6.QtWidgets import (
    QApplication,
    QGraphicsEllipseItem,
    QGraphicsScene,
    QGraphicsSimpleTextItem,
    QGraphicsView,
    QMenu,
    QWidget,
)

from odnotes.files import write_atomic
from odnotes.indicators import network_indicators
from odnotes.model import Closeness, Meeting, Network, Person, PersonKind
from odnotes.vault import Vault
from ui.colours import mix
from ui.continuity.watch import refresh_on_change
from ui.models.people import closeness_label
from ui.words import kind_text

PERSON_KEY = 0
"""Where a member's circle keeps the person's id (``QGraphicsItem.data``)."""
RADIUS = 230.0
CENTRE_RADIUS = 46.0

# Closeness as line style and weight (never colour alone, so it prints in greyscale).
LINE_STYLES: dict[Closeness, tuple[Qt.PenStyle, float]] = {
    Closeness.CLOSE: (Qt.PenStyle.SolidLine, 3.5),
    Closeness.SOMEWHAT: (Qt.PenStyle.DashLine, 2.2),
    Closeness.DISTANT: (Qt.PenStyle.DotLine, 1.8),
    Closeness.UNKNOWN: (Qt.PenStyle.DashDotDotLine, 1.5),
}


def member_radius(attended: int, held: int) -> float:
    """Bigger for members who came to more meetings."""
    share = attended / held if held else 0.0
    return 18.0 + 16.0 * share


class NetworkMapView(QGraphicsView):
    """A network's map in a QGraphicsView; ``rebuild()`` redraws it from the vault."""

    def __init__(
        self,
        vault: Vault,
        network_id: str,
        parent: QWidget | None = None,
        today: date | None = None,
    ) -> None:
        super().__init__(parent)
        self.vault = vault
        self.network_id = network_id
        self.today = today
        self._printing = False
        self.setScene(QGraphicsScene(self))
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setAccessibleName(self.tr("Network map"))
        self.setAccessibleDescription(
            self.tr(
                "The person at the centre and the network around them; line style shows closeness, "
                "circle size shows how many meetings each came to."
            )
        )
        self.setMinimumSize(320, 260)
        self.rebuild()
        refresh_on_change(vault, self.rebuild)

    def _palette(self) -> QPalette:
        """The system palette on screen; black on white when printing to PDF."""
        if not self._printing:
            return QApplication.palette()
        paper = QPalette(QColor("white"))
        paper.setColor(QPalette.ColorRole.Text, QColor("black"))
        paper.setColor(QPalette.ColorRole.Base, QColor("white"))
        paper.setColor(QPalette.ColorRole.Highlight, QColor("#1f5f8b"))
        return paper

    def rebuild(self) -> None:
        """Draw the map again from the recorded people and meetings."""
        scene = self.scene()
        scene.clear()
        palette = self._palette()
        text = palette.color(QPalette.ColorRole.Text)
        accent = palette.color(QPalette.ColorRole.Highlight)
        network = self.vault.get(Network, self.network_id)
        people = sorted(
            self.vault.all(Person, network_id=self.network_id),
            key=lambda p: (list(PersonKind).index(p.kind), p.name.casefold()),
        )
        indicators = network_indicators(
            network, self.vault.all(Meeting, network_id=self.network_id), self.today or date.today()
        )
        held = len(indicators.meetings)
        centre = next((p for p in people if p.kind is PersonKind.CENTRE), None)
        members = [p for p in people if p is not centre]
        for i, person in enumerate(members):
            angle = -math.pi / 2 + 2 * math.pi * i / max(len(members), 1)
            point = QPointF(RADIUS * math.cos(angle), RADIUS * math.sin(angle))
            style, width = LINE_STYLES[person.closeness]
            pen = QPen(text, width, style)
            pen.setCapStyle(Qt.PenCapStyle.RoundCap)
            line = scene.addLine(0, 0, point.x(), point.y(), pen)
            line.setZValue(-1)
            attended = indicators.member_meetings.get(person.id, 0)
            self._node(point, member_radius(attended, held), person, attended, held, accent, text)
        if centre is not None:
            attended = indicators.member_meetings.get(centre.id, 0)
            self._node(QPointF(0, 0), CENTRE_RADIUS, centre, attended, held, accent, text)
        else:
            self._label(QPointF(0, 0), network.name, text, bold=True)
        self._legend(text)
        scene.setSceneRect(scene.itemsBoundingRect().marginsAdded(QMarginsF(24, 24, 24, 24)))
        self.fitInView(scene.sceneRect(), Qt.AspectRatioMode.KeepAspectRatio)

    def _node(
        self,
        at: QPointF,
        radius: float,
        person: Person,
        attended: int,
        held: int,
        accent: QColor,
        text: QColor,
    ) -> None:
        fill = mix(
            self._palette().color(QPalette.ColorRole.Base),
            accent,
            0.2 + 0.8 * (attended / held if held else 0.0),
        )
        circle = QGraphicsEllipseItem(at.x() - radius, at.y() - radius, 2 * radius, 2 * radius)
        circle.setBrush(QBrush(fill))
        circle.setPen(QPen(text, 1.2))
        circle.setToolTip(
            self.tr("{name}: came to {attended} of %n meeting(s)", "", held).format(
                name=person.name, attended=attended
            )
            + "\n"
            + self.tr("Right-click to say how close they are")
        )
        circle.setData(PERSON_KEY, person.id)
        self.scene().addItem(circle)
        count = QGraphicsSimpleTextItem(str(attended))
        count.setFont(QFont(self.font().family(), 11, QFont.Weight.Bold))
        count.setBrush(QBrush(text))
        box = count.boundingRect()
        count.setPos(at.x() - box.width() / 2, at.y() - box.height() / 2)
        self.scene().addItem(count)
        relation = (
            kind_text(person.kind) if person.kind is PersonKind.CENTRE else person.relationship
        )
        caption = f"{person.name}\n{relation}" if relation else person.name
        self._label(QPointF(at.x(), at.y() + radius + 4), caption, text, bold=False)

    def _label(self, top: QPointF, caption: str, colour: QColor, *, bold: bool) -> None:
        """Centred lines of text on a patch of background, so lines never run through them."""
        y = top.y()
        for i, line in enumerate(caption.splitlines()):
            item = QGraphicsSimpleTextItem(line)
            font = QFont(self.font().family(), 10 if i == 0 else 9)
            font.setBold(bold or i == 0)
            item.setFont(font)
            item.setBrush(QBrush(colour))
            box = item.boundingRect()
            item.setPos(top.x() - box.width() / 2, y)
            patch = self.scene().addRect(
                QRectF(item.pos(), box.size()).adjusted(-3, 0, 3, 0),
                QPen(Qt.PenStyle.NoPen),
                QBrush(self._palette().color(QPalette.ColorRole.Base)),
            )
            patch.setZValue(-0.5)
            self.scene().addItem(item)
            y += box.height()

    def _legend(self, text: QColor) -> None:
        bounds = self.scene().itemsBoundingRect()
        x, y = bounds.left(), bounds.bottom() + 24
        title = self.scene().addSimpleText(self.tr("Closeness (as the person at the centre says)"))
        title.setBrush(QBrush(text))
        title.setPos(x, y)
        for i, (closeness, (style, width)) in enumerate(LINE_STYLES.items()):
            ly = y + 26 + i * 20
            self.scene().addLine(x, ly, x + 46, ly, QPen(text, width, style))
            label = self.scene().addSimpleText(closeness_label(closeness))
            label.setBrush(QBrush(text))
            label.setPos(x + 54, ly - 9)
        note = self.scene().addSimpleText(self.tr("The number in each circle: meetings attended."))
        note.setBrush(QBrush(text))
        note.setPos(x + 200, y + 26)

    def person_at(self, pos: QPoint) -> Person | None:
        """The member whose circle is at ``pos`` in the view, if any."""
        for item in self.items(pos):
            person_id = item.data(PERSON_KEY)
            if isinstance(person_id, str):
                return self.vault.get(Person, person_id)
        return None

    def closeness_menu(self, person: Person) -> QMenu:
        """How close ``person`` is, one tick among the four; choosing one saves it."""
        menu = QMenu(self)
        menu.setTitle(self.tr("How close is {name}?").format(name=person.name))
        menu.setAccessibleName(menu.title())
        heading = menu.addAction(menu.title())
        heading.setEnabled(False)
        menu.addSeparator()
        group = QActionGroup(menu)
        for closeness in LINE_STYLES:
            action = menu.addAction(closeness_label(closeness))
            action.setCheckable(True)
            action.setChecked(person.closeness is closeness)
            group.addAction(action)
            action.triggered.connect(lambda _=False, c=closeness: self.set_closeness(person.id, c))
        return menu

    def set_closeness(self, person_id: str, closeness: Closeness) -> None:
        """Save how close a member is (the map redraws from the vault's change notice)."""
        person = self.vault.get(Person, person_id)
        if person.closeness is not closeness:
            person.closeness = closeness
            self.vault.save(person)

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:  # noqa: N802 - Qt override
        """Right-click on a member: say how close they are."""
        person = self.person_at(event.pos())
        if person is None or person.kind is PersonKind.CENTRE:
            super().contextMenuEvent(event)
            return
        menu = self.closeness_menu(person)
        menu.exec(event.globalPos())
        menu.deleteLater()

    def resizeEvent(self, event: object) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)  # type: ignore[arg-type]
        self.fitInView(self.scene().sceneRect(), Qt.AspectRatioMode.KeepAspectRatio)

    def render_image(self, scale: float = 2.0) -> QImage:
        """The whole map as an image on the palette's base colour."""
        source = self.scene().sceneRect()
        image = QImage(
            int(source.width() * scale), int(source.height() * scale), QImage.Format.Format_ARGB32
        )
        image.fill(self._palette().color(QPalette.ColorRole.Base))
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.scene().render(painter, QRectF(image.rect()), source)
        painter.end()
        return image

    def export_png(self, path: str | Path) -> Path:
        """Save the map as PNG (atomically, never via a temp folder)."""
        data = QByteArray()
        buffer = QBuffer(data)
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        QImageWriter(buffer, QByteArray(b"PNG")).write(self.render_image())
        buffer.close()
        return write_atomic(path, bytes(data.data()), doing=self.tr("saving the network map"))

    def export_pdf(self, path: str | Path) -> Path:
        """Save the map as a one-page PDF."""
        data = QByteArray()
        buffer = QBuffer(data)
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        writer = QPdfWriter(buffer)
        writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
        writer.setPageOrientation(QPageLayout.Orientation.Landscape)
        writer.setTitle(self.tr("Network map"))
        writer.setCreator(self.tr("OD Notes"))
        self._printing = True
        try:
            self.rebuild()
            painter = QPainter(writer)
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            target = QRectF(painter.viewport())
            self.scene().render(painter, target, self.scene().sceneRect())
            painter.end()
        finally:
            self._printing = False
            self.rebuild()
        buffer.close()
        return write_atomic(path, bytes(data.data()), doing=self.tr("saving the network map"))
