"""The user guide, shown in the app from the bundled ``docs/user-guide.md``.

QTextBrowser renders the Markdown; screenshots are resolved against the
``docs/`` folder and scaled down to fit, so the guide reads the same from a
source checkout and from an installed bundle, with no network.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QLocale, Qt, QUrl
from PySide6.QtGui import QImage, QPixmap, QTextCursor, QTextDocument, QTextImageFormat
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from odnotes.resources import resources_dir

GUIDE_NAME = "user-guide"
MAX_IMAGE_WIDTH = 720


def docs_dir() -> Path:
    """``docs/`` beside ``resources/`` (from source, or inside a bundle)."""
    return resources_dir().parent / "docs"


def guide_path(locale: QLocale | None = None) -> Path:
    """The guide in the user's language if one is shipped (``user-guide.fi.md``), else English."""
    language = (locale or QLocale.system()).name().split("_")[0]
    translated = docs_dir() / f"{GUIDE_NAME}.{language}.md"
    return translated if translated.is_file() else docs_dir() / f"{GUIDE_NAME}.md"


def fit_images(document: QTextDocument, max_width: int = MAX_IMAGE_WIDTH) -> int:
    """Scale every image wider than ``max_width`` down, keeping its shape; returns how many."""
    scaled = 0
    block = document.begin()
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            fragment = it.fragment()
            fmt = fragment.charFormat()
            if fragment.isValid() and fmt.isImageFormat():
                image_format = fmt.toImageFormat()
                image = document.resource(
                    QTextDocument.ResourceType.ImageResource, QUrl(image_format.name())
                )
                if isinstance(image, (QImage, QPixmap)) and image.width() > max_width:
                    _set_size(document, fragment.position(), image_format, image, max_width)
                    scaled += 1
            it += 1
        block = block.next()
    return scaled


def _set_size(
    document: QTextDocument,
    position: int,
    fmt: QTextImageFormat,
    image: QImage | QPixmap,
    width: int,
) -> None:
    fmt.setWidth(width)
    fmt.setHeight(image.height() * width / image.width())
    cursor = QTextCursor(document)
    cursor.setPosition(position)
    cursor.setPosition(position + 1, QTextCursor.MoveMode.KeepAnchor)
    cursor.setCharFormat(fmt)


class UserGuideDialog(QDialog):
    """A non-modal window with the user guide; links to the web open in the browser."""

    def __init__(self, parent: QWidget | None = None, path: Path | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("User guide — OD Notes"))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.browser = QTextBrowser()
        self.browser.setAccessibleName(self.tr("User guide"))
        self.browser.setOpenExternalLinks(True)
        self.path = path or guide_path()
        self.load(self.path)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setAccessibleName(self.tr("Close"))
        buttons.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser)
        layout.addWidget(buttons)
        self.resize(860, 700)

    def load(self, path: Path) -> None:
        """Show the Markdown at ``path``, or say plainly that the guide is missing."""
        try:
            text = path.read_text(encoding="utf-8")
        except OSError:
            self.browser.setPlainText(
                self.tr("The user guide is missing from this installation ({name}).").format(
                    name=path.name
                )
            )
            return
        document = self.browser.document()
        document.setBaseUrl(QUrl.fromLocalFile(str(path.parent) + "/"))
        self.browser.setSearchPaths([str(path.parent)])
        document.setMarkdown(text)
        fit_images(document)
        self.browser.moveCursor(QTextCursor.MoveOperation.Start)  # open at the top
