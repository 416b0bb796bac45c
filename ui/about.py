"""The About box: what this is, its version, its licence and the vault format it writes."""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from odnotes import __version__
from odnotes.vault import FORMAT_VERSION
from ui.dialogs.fitting import FittingDialog

LICENCE = "GPL-3.0-or-later"
LICENCE_URL = "https://www.gnu.org/licenses/gpl-3.0.html"


def about_text(settings_file: str) -> str:
    """The About box's rich text (no clinical content: only versions and a file path)."""
    return "".join(
        (
            QCoreApplication.translate("ui.about", "<h3>OD Notes {version}</h3>").format(
                version=__version__
            ),
            QCoreApplication.translate(
                "ui.about",
                "<p>Encrypted, offline notes for Open Dialogue network meetings.</p>",
            ),
            QCoreApplication.translate("ui.about", "<p>Vault format version: {format}</p>").format(
                format=FORMAT_VERSION
            ),
            QCoreApplication.translate(
                "ui.about",
                "<p>Free software under the GNU General Public License, version 3 or "
                "later ({licence}). You may share and change it under those terms; it "
                "comes with no warranty. <a href='{url}'>Read the licence</a>.</p>",
            ).format(licence=LICENCE, url=LICENCE_URL),
            QCoreApplication.translate(
                "ui.about",
                "<p>Translations: the Finnish, German and Polish wording is an AI-assisted "
                "contributed translation that native-speaking clinicians have not yet reviewed. "
                "If you speak one of these languages and write to families in it, your "
                "corrections are the most welcome contribution there is: the user guide says "
                "where the words live.</p>",
            ),
            QCoreApplication.translate(
                "ui.about", "<p>Settings file (never any clinical content):<br>{path}</p>"
            ).format(path=html.escape(settings_file)),
        )
    )


class AboutDialog(FittingDialog):
    """The About box: the icon beside the text, wide enough for it at any text size."""

    def __init__(self, settings_file: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(QCoreApplication.translate("ui.about", "About OD Notes"))
        self.setAccessibleName(QCoreApplication.translate("ui.about", "About OD Notes"))
        icon = QLabel()
        if parent is not None:
            icon.setPixmap(parent.windowIcon().pixmap(64, 64))
        icon.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.label = QLabel(about_text(settings_file))
        self.label.setTextFormat(Qt.TextFormat.RichText)
        self.label.setWordWrap(True)
        self.label.setOpenExternalLinks(True)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        self.label.setAccessibleName(QCoreApplication.translate("ui.about", "About OD Notes"))
        # About 60 characters of the current font wide: a QMessageBox wraps it into a column
        # taller than a laptop's screen at the largest text size.
        self.label.setMinimumWidth(self.fontMetrics().averageCharWidth() * 60 + 200)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        row = QHBoxLayout()
        row.addWidget(icon)
        row.addWidget(self.label, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(buttons)

    def text(self) -> str:
        """The rich text shown (tests read it)."""
        return self.label.text()


def show_about(parent: QWidget, settings_file: str) -> AboutDialog:
    """Open the About box (window-modal, without a nested event loop)."""
    box = AboutDialog(settings_file, parent)
    box.open()
    return box
