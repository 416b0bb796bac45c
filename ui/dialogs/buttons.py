"""The OK/Cancel row most dialogs end with, the OK button named for what it does."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialogButtonBox, QPushButton


def ok_cancel(ok_text: str, ok_name: str) -> tuple[QDialogButtonBox, QPushButton]:
    """The button row and its OK button, relabelled ("&Create vault") and named for readers."""
    buttons = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
    )
    ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
    ok.setText(ok_text)
    ok.setAccessibleName(ok_name)
    buttons.button(QDialogButtonBox.StandardButton.Cancel).setAccessibleName(
        QCoreApplication.translate("ui.dialogs.buttons", "Cancel")
    )
    return buttons, ok
