"""A small dialog that asks why, and will not go on without an answer."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from ui.dialogs.fitting import FittingDialog
from ui.editor.widgets import clean_text


class ReasonDialog(FittingDialog):
    """Ask for a required reason (keeping an item to the team, a decision taken outside)."""

    def __init__(
        self,
        title: str,
        question: str,
        *,
        reason: str = "",
        ok_text: str = "OK",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setMinimumWidth(440)
        layout = QVBoxLayout(self)
        self.column = layout
        label = QLabel(question)
        label.setWordWrap(True)
        layout.addWidget(label)
        self.reason_box = QPlainTextEdit(reason)
        self.reason_box.setAccessibleName(self.tr("Reason"))
        self.reason_box.setTabChangesFocus(True)
        self.reason_box.setFixedHeight(self.reason_box.fontMetrics().lineSpacing() * 4 + 16)
        label.setBuddy(self.reason_box)
        layout.addWidget(self.reason_box)
        self.required = QLabel(self.tr("A reason is needed."))
        self.required.setAccessibleName(self.tr("A reason is needed"))
        layout.addWidget(self.required)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(ok_text)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.reason_box.textChanged.connect(self._check)
        self._check()

    def _check(self) -> None:
        ready = bool(self.reason().strip())
        self.ok_button.setEnabled(ready)
        self.required.setVisible(not ready)

    def reason(self) -> str:
        """The reason as typed, cleaned of control characters."""
        return clean_text(self.reason_box.toPlainText()).strip()
