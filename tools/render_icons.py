"""Render ``resources/icons/odnotes.svg`` into the PNG sizes the app and packagers use."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

from odnotes.resources import resource_path
from ui.app import ICON_SIZES


def render_all() -> None:
    """Write ``odnotes-<size>.png`` beside the SVG for every size."""
    svg = resource_path("icons/odnotes.svg")
    renderer = QSvgRenderer(str(svg))
    for size in ICON_SIZES:
        image = QImage(size, size, QImage.Format.Format_ARGB32)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        renderer.render(painter)
        painter.end()
        image.save(str(svg.with_name(f"odnotes-{size}.png")))


if __name__ == "__main__":
    app = QGuiApplication([])
    render_all()
