"""Preferences: only non-clinical things (lock delay, font size, colours)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QSpinBox,
    QWidget,
)

from ui.settings import THEMES, Settings


class PreferencesDialog(QDialog):
    """Edits the settings; the caller applies them when accepted."""

    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Preferences — OD Notes")
        self._settings = settings
        self.idle = QSpinBox()
        self.idle.setRange(1, 120)
        self.idle.setSuffix(" minutes")
        self.idle.setValue(settings.idle_minutes())
        self.idle.setAccessibleName("Lock after this many minutes without use")
        self.font_size = QSpinBox()
        self.font_size.setRange(8, 24)
        self.font_size.setSuffix(" pt")
        self.font_size.setValue(settings.font_points())
        self.font_size.setAccessibleName("Text size")
        self.theme = QComboBox()
        self.theme.setAccessibleName("Colours")
        for value, label in zip(THEMES, ("Follow the system", "Light", "Dark"), strict=True):
            self.theme.addItem(label, value)
        self.theme.setCurrentIndex(THEMES.index(settings.theme()))
        note = QLabel("These settings never contain names or anything written in a meeting.")
        note.setWordWrap(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setAccessibleName("Save preferences")
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setAccessibleName("Cancel")
        buttons.accepted.connect(self._save)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow("&Lock after:", self.idle)
        form.addRow("&Text size:", self.font_size)
        form.addRow("&Colours:", self.theme)
        form.addRow(note)
        form.addRow(buttons)

    def _save(self) -> None:
        self._settings.set_idle_minutes(self.idle.value())
        self._settings.set_font_points(self.font_size.value())
        self._settings.set_theme(self.theme.currentData())
        self.accept()
