"""Reading an encrypted supervision export, read-only, with its own passphrase."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from odnotes.crypto import DEFAULT_POLICY, KdfPolicy
from odnotes.supervision import OpenedExport, read_sealed
from ui.dialogs.file_dialogs import open_file_name
from ui.operations import Operation


class SealedExportViewer(QWidget):
    """Choose a ``.odsup`` file, type its passphrase, read it. Nothing can be changed.

    Signals:
        read(bool): an attempt to open the export ended (whether it opened).
    """

    read = Signal(bool)

    def __init__(
        self,
        path: str | Path | None = None,
        parent: QWidget | None = None,
        policy: KdfPolicy = DEFAULT_POLICY,
    ) -> None:
        super().__init__(parent)
        self.policy = policy
        self.setWindowTitle(self.tr("Encrypted supervision export (read-only)"))
        self.setAccessibleName(self.tr("Encrypted supervision export viewer"))
        self.path = QLineEdit(str(path) if path else "")
        self.path.setAccessibleName(self.tr("Export file"))
        choose = QPushButton(self.tr("Choose file…"))
        choose.setAccessibleName(self.tr("Choose export file"))
        choose.clicked.connect(self._choose)
        self.passphrase = QLineEdit()
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setAccessibleName(self.tr("Passphrase of the export"))
        self.passphrase.setPlaceholderText(self.tr("Passphrase of the export"))
        self.passphrase.returnPressed.connect(self.open_export)
        self.open_button = open_button = QPushButton(self.tr("Open"))
        open_button.setAccessibleName(self.tr("Open export"))
        open_button.clicked.connect(self.open_export)
        self.message = QLabel()
        self.message.setAccessibleName(self.tr("Message"))
        self.message.setWordWrap(True)
        self.reader = QTextBrowser()
        self.reader.setAccessibleName(self.tr("Export content"))
        self.reader.setOpenLinks(False)
        row = QHBoxLayout()
        row.addWidget(self.path, 1)
        row.addWidget(choose)
        row2 = QHBoxLayout()
        row2.addWidget(self.passphrase, 1)
        row2.addWidget(open_button)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addLayout(row2)
        layout.addWidget(self.message)
        layout.addWidget(self.reader, 1)

    def _choose(self) -> None:
        name = open_file_name(
            self, self.tr("Encrypted supervision export"), self.tr("Supervision exports (*.odsup)")
        )
        if name is not None:
            self.path.setText(str(name))

    def open_export(self) -> None:
        """Decrypt (the key derivation is slow: off the GUI thread) and show; a wrong
        passphrase or a damaged file is a message, not a crash. ``read`` says how it ended."""
        if not self.open_button.isEnabled():
            return  # already opening
        self.reader.clear()
        self.message.clear()
        path, passphrase, policy = self.path.text(), self.passphrase.text(), self.policy
        self.passphrase.clear()
        self.open_button.setEnabled(False)
        Operation(self, lambda: read_sealed(path, passphrase, policy)).success(self._show).tell(
            self._refused
        ).progress(self.tr("Opening the export…")).in_background().run()

    def _show(self, opened: OpenedExport) -> None:
        self.open_button.setEnabled(True)
        self.message.setText(self.tr("Read-only: this export cannot be changed here."))
        self.reader.setMarkdown(opened.markdown)
        self.read.emit(True)

    def _refused(self, text: str) -> None:
        self.open_button.setEnabled(True)
        self.message.setText(text)
        self.read.emit(False)
