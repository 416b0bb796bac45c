"""The recovery key, shown once: print it or save it, and confirm it was kept."""

from __future__ import annotations

import html
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QCloseEvent, QFont, QFontDatabase, QKeyEvent, QTextDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from odnotes.files import write_atomic
from ui.dialogs.file_dialogs import save_file_name
from ui.dialogs.fitting import FittingDialog
from ui.dialogs.messages import ERROR_STYLE
from ui.operations import Operation


def recovery_sheet(vault_name: str, key: str) -> str:
    """The text printed or saved: the key and what it is for."""
    return QCoreApplication.translate(
        "ui.dialogs.recovery_key",
        'OD Notes recovery key for the vault "{vault_name}"\n\n{key}\n\nThis key '
        "unlocks the vault if the passphrase is forgotten.\nKeep it somewhere "
        "safe and apart from the laptop, like a spare house key.\nAnyone with "
        "this key and the vault file can read the vault.\n",
    ).format(vault_name=vault_name, key=key)


def print_sheet(printer: QPrinter, vault_name: str, key: str) -> None:
    """Render the recovery sheet onto ``printer``."""
    document = QTextDocument()
    document.setDefaultFont(QFont("DejaVu Sans", 12))
    lines = recovery_sheet(vault_name, key).split("\n")
    markup = "".join(
        f"<p style='font-family: monospace; font-size: 18pt'><b>{line}</b></p>"
        if line == key
        else f"<p>{html.escape(line)}</p>"
        for line in lines
        if line
    )
    document.setHtml(markup)
    document.print_(printer)


class RecoveryKeyDialog(FittingDialog):
    """Shown right after a vault is created; Continue needs the confirmation ticked."""

    def __init__(self, vault_name: str, key: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._name = vault_name
        self._key = key
        self.setWindowTitle(self.tr("Your recovery key — OD Notes"))
        intro = QLabel(
            self.tr(
                "<b>Keep this recovery key.</b> If the passphrase is ever forgotten, it is the "
                "only way back into the vault. It is shown only now: print it or save it to a USB "
                "stick, and keep it apart from this laptop."
            )
        )
        intro.setWordWrap(True)
        self.key_label = QLabel(key)
        mono = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        mono.setPointSizeF(self.font().pointSizeF() * 1.4)  # follows the chosen text size
        mono.setBold(True)
        self.key_label.setFont(mono)
        self.key_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.key_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.key_label.setStyleSheet(
            "QLabel { padding: 12px; border: 1px solid palette(mid); border-radius: 4px; }"
        )
        self.key_label.setAccessibleName(self.tr("Recovery key"))
        self.print_button = QPushButton(self.tr("&Print…"))
        self.print_button.setAccessibleName(self.tr("Print the recovery key"))
        self.print_button.clicked.connect(self.print_key)
        self.save_button = QPushButton(self.tr("&Save to a file…"))
        self.save_button.setAccessibleName(self.tr("Save the recovery key to a file"))
        self.save_button.clicked.connect(self.save_key)
        actions = QHBoxLayout()
        actions.addStretch(1)
        actions.addWidget(self.print_button)
        actions.addWidget(self.save_button)
        actions.addStretch(1)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setAccessibleName(self.tr("Status"))
        self.status.hide()  # no empty gap until there is something to say
        self.kept = QCheckBox(
            self.tr("I have printed or saved the recovery key and will keep it safe")
        )
        self.kept.setAccessibleName(self.tr("I have kept the recovery key"))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok)
        self.continue_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.continue_button.setText(self.tr("&Continue"))
        self.continue_button.setAccessibleName(self.tr("Continue"))
        self.continue_button.setEnabled(False)
        self.kept.toggled.connect(self.continue_button.setEnabled)
        self.buttons.accepted.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.key_label)
        layout.addLayout(actions)
        layout.addWidget(self.status)
        layout.addWidget(self.kept)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(620)

    def print_key(self) -> None:
        """Print the recovery sheet through the system's print dialog."""
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            print_sheet(printer, self._name, self._key)
            self.status.setStyleSheet("")
            self.status.setText(self.tr("Sent to the printer. Check that the page came out."))
            self.status.show()

    def save_key(self) -> None:
        """Save the recovery sheet as a text file, written atomically and privately."""
        chosen = save_file_name(
            self,
            self.tr("Save the recovery key"),
            self.tr("{name} recovery key.txt").format(name=self._name),
            self.tr("Text files (*.txt)"),
        )
        if chosen is None:
            return
        sheet = recovery_sheet(self._name, self._key).encode("utf-8")
        doing = self.tr("saving the recovery key")
        Operation(self, lambda: write_atomic(chosen, sheet, doing=doing)).success(
            lambda _path: self._saved(chosen)
        ).tell(self._not_saved).run()

    def _not_saved(self, text: str) -> None:
        self.status.setStyleSheet(ERROR_STYLE)
        self.status.setText(text)
        self.status.show()

    def _saved(self, chosen: Path) -> None:
        self.status.setStyleSheet("")
        self.status.setText(
            self.tr("Saved to {chosen}. Move it off this laptop, e.g. to a USB stick.").format(
                chosen=chosen
            )
        )
        self.status.show()

    def reject(self) -> None:
        """Escape or closing is refused until the key is confirmed as kept."""
        if self.kept.isChecked():
            self.accept()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt override)
        """Closing the window is the same as Continue, and needs the confirmation."""
        if self.kept.isChecked():
            event.accept()
        else:
            event.ignore()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt override)
        """Escape does nothing until the confirmation is ticked."""
        if event.key() == Qt.Key.Key_Escape and not self.kept.isChecked():
            event.ignore()
            return
        super().keyPressEvent(event)
