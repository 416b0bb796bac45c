"""Printing summary pages: each page rendered for the printer and painted onto it."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QRectF
from PySide6.QtGui import QPainter
from PySide6.QtPrintSupport import QPrinter

from ui.summary.pages import iter_page_images, page_count

# Rendering a page at 1200 dpi would need over half a gigabyte; 600 dpi is
# already sharper than the eye can tell on paper.
MAX_PRINT_DPI = 600


def print_pdf(pdf: bytes, printer: QPrinter) -> int:
    """Paint the PDF's pages onto ``printer``, honouring its page range; returns pages printed."""
    total = page_count(pdf)
    first = max(printer.fromPage(), 1) - 1
    last = min(printer.toPage() or total, total)
    wanted = range(first, last)
    dpi = min(printer.resolution(), MAX_PRINT_DPI)
    painter = QPainter()
    if not painter.begin(printer):
        raise OSError(
            QCoreApplication.translate("ui.summary.printing", "The printer could not be started.")
        )
    printed = 0
    try:
        for image in iter_page_images(pdf, dpi, wanted):
            if printed:
                printer.newPage()
            target = QRectF(painter.viewport())
            scale = min(target.width() / image.width(), target.height() / image.height())
            size = image.size().toSizeF() * scale
            painter.drawImage(QRectF(target.topLeft(), size), image)
            printed += 1
    finally:
        painter.end()
    return printed
