"""Preferences: only non-clinical things (lock delay, text size, colours, language, limits)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QSpinBox,
    QWidget,
)

from odnotes.i18n import own_name
from ui.dialogs.fitting import FittingDialog
from ui.i18n import running_language
from ui.settings import RECORD_LIMITS, THEMES, UI_LANGUAGES, Settings


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
        self.language = QComboBox()
        self.language.setAccessibleName(self.tr("Language of OD Notes"))
        self.language.addItem(
            self.tr("Follow the system ({language})").format(language=own_name(running_language()))
            if not settings.language()
            else self.tr("Follow the system"),
            "",
        )
        for code in UI_LANGUAGES:
            self.language.addItem(own_name(code), code)
        self.language.setCurrentIndex(max(0, self.language.findData(settings.language())))
        self._chosen_language = settings.language()
        self.language_note = QLabel(
            self.tr("OD Notes speaks the language you choose from its next start.")
        )
        self.language_note.setWordWrap(True)
        self.language_note.setVisible(False)
        self.language.currentIndexChanged.connect(self._language_changed)
        self.record_limit = QSpinBox()
        self.record_limit.setRange(*RECORD_LIMITS)
        self.record_limit.setSingleStep(500)
        self.record_limit.setGroupSeparatorShown(True)
        self.record_limit.setSuffix(self.tr(" characters"))
        self.record_limit.setValue(settings.record_note_limit())
        self.record_limit.setAccessibleName(
            self.tr("Characters your clinical record's text box takes")
        )
        self.record_limit.setToolTip(
            self.tr(
                "A note for the clinical record longer than this is offered in a short "
                "form that keeps every heading and decision."
            )
        )
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
        form.addRow(self.tr("Lan&guage:"), self.language)
        form.addRow(self.language_note)
        form.addRow(self.tr("Clinical &record limit:"), self.record_limit)
        form.addRow(note)
        form.addRow(buttons)

    def _idle_suffix(self, minutes: int) -> None:
        """ "1 minute", "5 minutes": the suffix follows the number."""
        self.idle.setSuffix(self.tr(" minute(s)", "", minutes))

    def _language_changed(self) -> None:
        """Say when a new language takes effect: open windows keep the one they were built in."""
        self.language_note.setVisible(self.language.currentData() != self._chosen_language)

    def _save(self) -> None:
        self._settings.set_language(self.language.currentData())
        self._settings.set_idle_minutes(self.idle.value())
        self._settings.set_font_points(self.font_size.value())
        self._settings.set_theme(self.theme.currentData())
        self._settings.set_record_note_limit(self.record_limit.value())
        self.accept()
