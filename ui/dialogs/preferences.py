"""Preferences: only non-clinical things (lock delay, font size, colours)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QSpinBox,
    QWidget,
)

from ui.dialogs.fitting import FittingDialog
from ui.settings import THEMES, Settings


class PreferencesDialog(FittingDialog):
    """Edits the settings; the caller applies them when accepted."""

    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Preferences — OD Notes"))
        self._settings = settings
        self.idle = QSpinBox()
        self.idle.setRange(1, 120)
        self.idle.valueChanged.connect(self._idle_suffix)
        self.idle.setValue(settings.idle_minutes())
        self._idle_suffix(self.idle.value())
        self.idle.setAccessibleName(self.tr("Lock after this many minutes without use"))
        self.font_size = QSpinBox()
        self.font_size.setRange(8, 24)
        self.font_size.setSuffix(self.tr(" pt"))
        self.font_size.setValue(settings.font_points())
        self.font_size.setAccessibleName(self.tr("Text size"))
        self.theme = QComboBox()
        self.theme.setAccessibleName(self.tr("Colours"))
        for value, label in zip(
            THEMES, (self.tr("Follow the system"), self.tr("Light"), self.tr("Dark")), strict=True
        ):
            self.theme.addItem(label, value)
        self.theme.setCurrentIndex(THEMES.index(settings.theme()))
        note = QLabel(
            self.tr("These settings never contain names or anything written in a meeting.")
        )
        note.setWordWrap(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setAccessibleName(
            self.tr("Save preferences")
        )
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setAccessibleName(self.tr("Cancel"))
        buttons.accepted.connect(self._save)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(self.tr("&Lock after:"), self.idle)
        form.addRow(self.tr("&Text size:"), self.font_size)
        form.addRow(self.tr("&Colours:"), self.theme)
        form.addRow(note)
        form.addRow(buttons)

    def _idle_suffix(self, minutes: int) -> None:
        """ "1 minute", "5 minutes": the suffix follows the number."""
        self.idle.setSuffix(self.tr(" minute(s)", "", minutes))

    def _save(self) -> None:
        self._settings.set_idle_minutes(self.idle.value())
        self._settings.set_font_points(self.font_size.value())
        self._settings.set_theme(self.theme.currentData())
        self.accept()
