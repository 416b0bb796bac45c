"""The app follows the system's language, or the one chosen in Preferences from the next start."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox
from pytestqt.qtbot import QtBot

import ui.app
from ui.about import about_text
from ui.dialogs.preferences import PreferencesDialog
from ui.i18n import core_translator, install_translators
from ui.settings import Settings


@pytest.fixture
def english_again(qapp: QApplication) -> Iterator[None]:
    """Whatever a test installs, the next test speaks English."""
    yield
    QLocale.setDefault(QLocale("en_GB"))
    install_translators(qapp, QLocale("en_GB"))


def choices(dialog: PreferencesDialog) -> list[tuple[str, str]]:
    combo = dialog.language
    return [(combo.itemText(i), combo.itemData(i)) for i in range(combo.count())]


def test_preferences_offer_each_language_in_its_own_name(qtbot: QtBot, settings: Settings) -> None:
    dialog = PreferencesDialog(settings)
    qtbot.addWidget(dialog)
    assert choices(dialog) == [
        ("Follow the system (English)", ""),
        ("English", "en"),
        ("Suomi", "fi"),
        ("Deutsch", "de"),
        ("Polski", "pl"),
    ]
    assert dialog.language.currentData() == ""


def test_a_chosen_language_is_kept_and_said_to_start_next_time(
    qtbot: QtBot, settings: Settings
) -> None:
    dialog = PreferencesDialog(settings)
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.language_note.isVisible()
    dialog.language.setCurrentIndex(dialog.language.findData("pl"))
    assert dialog.language_note.isVisible()
    assert "next start" in dialog.language_note.text()
    ok = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    assert settings.language() == "pl"
    again = PreferencesDialog(settings)
    qtbot.addWidget(again)
    assert again.language.currentData() == "pl"
    assert again.language.itemText(0) == "Follow the system"
    settings.set_language("klingon")
    assert settings.language() == ""


@pytest.mark.parametrize("code", ["fi", "de", "pl"])
def test_the_app_starts_in_the_chosen_language(
    qapp: QApplication,
    settings: Settings,
    monkeypatch: pytest.MonkeyPatch,
    english_again: None,
    code: str,
) -> None:
    settings.set_language(code)
    ui.app.speak_chosen_language(qapp, settings)
    assert core_translator().language == code
    assert QLocale().name().startswith(code)
    assert QCoreApplication.translate("ui.menus", "&File") != "&File"


def test_following_the_system_speaks_its_language(
    qapp: QApplication,
    settings: Settings,
    monkeypatch: pytest.MonkeyPatch,
    english_again: None,
) -> None:
    monkeypatch.setattr(QLocale, "system", staticmethod(lambda: QLocale("de_DE")))
    ui.app.speak_chosen_language(qapp, settings)
    assert core_translator().language == "de"
    assert QCoreApplication.translate("ui.menus", "&File") != "&File"


def test_about_says_who_translated_and_asks_for_review() -> None:
    text = about_text("/home/someone/.config/OD Notes/odnotes.ini")
    assert "AI-assisted" in text
    assert "not yet reviewed" in text
    assert "corrections" in text
