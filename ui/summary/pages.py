"""Turning PDF bytes into page images in memory with pypdfium2 (never via a file).

PDFium is not thread-safe, and the preview renders on the thread pool while printing renders
on the GUI thread: every use holds ``_PDFIUM``.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator

import pypdfium2 as pdfium
from PySide6.QtGui import QImage

_FORMATS = {
    "RGB": QImage.Format.Format_RGB888,
    "RGBA": QImage.Format.Format_RGBA8888,
    "RGBX": QImage.Format.Format_RGBX8888,
}

_PDFIUM = threading.RLock()


def page_count(pdf: bytes) -> int:
    """How many pages the PDF has."""
    with _PDFIUM:
        document = pdfium.PdfDocument(pdf)
        try:
            return len(document)
        finally:
            document.close()


def iter_page_images(pdf: bytes, dpi: float, pages: range | None = None) -> Iterator[QImage]:
    """Each page (or each in ``pages``) rendered at ``dpi``, one at a time to save memory."""
    with _PDFIUM:
        document = pdfium.PdfDocument(pdf)
        try:
            for index in pages if pages is not None else range(len(document)):
                page = document[index]
                bitmap = page.render(scale=dpi / 72.0, rev_byteorder=True)
                try:
                    view = QImage(
                        bitmap.buffer,
                        bitmap.width,
                        bitmap.height,
                        bitmap.stride,
                        _FORMATS[bitmap.mode],
                    )
                    image = view.copy()  # own the pixels before pdfium frees its buffer
                finally:
                    bitmap.close()
                    page.close()
                image.setDotsPerMeterX(round(dpi / 0.0254))
                image.setDotsPerMeterY(round(dpi / 0.0254))
                yield image
        finally:
            document.close()


def page_images(pdf: bytes, dpi: float) -> list[QImage]:
    """Every page rendered at ``dpi``."""
    return list(iter_page_images(pdf, dpi))
