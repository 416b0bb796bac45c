"""Every control has an accessible name; the window fits 1366x768; shortcuts exist."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QLineEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot

from main import parse_args
from ui.app import app_icon
from ui.dialogs.create_vault import CreateVaultDialog
from ui.dialogs.preferences import PreferencesDialog
from ui.dialogs.recovery_key import RecoveryKeyDialog
from ui.dialogs.recovery_unlock import RecoveryUnlockDialog
from ui.dialogs.unlock import UnlockDialog
from ui.dialogs.welcome import WelcomeDialog
from ui.main_window import MainWindow
from ui.menus import shortcut_lines
from ui.settings import Settings
from ui.vault_options import VaultOptions

CONTROLS = (QAbstractButton, QLineEdit, QComboBox, QAbstractItemView, QAbstractSpinBox)


def inside(widget: QWidget, kinds: type | object) -> bool:
    """Whether an ancestor of ``widget`` is one of ``kinds``."""
    parent = widget.parent()
    while parent is not None:
        if isinstance(parent, kinds):  # type: ignore[arg-type]
            return True
        parent = parent.parent()
    return False


def unnamed_controls(root: QWidget) -> list[str]:
    """Controls a screen reader could not name."""
    missing = []
    for widget in [root, *root.findChildren(QWidget)]:
        if not isinstance(widget, CONTROLS) or widget.focusPolicy() == Qt.FocusPolicy.NoFocus:
            continue
        if inside(widget, QComboBox | QAbstractSpinBox):
            continue  # a combo's popup list or a spin box's line edit speaks for its parent
        interface = QAccessible.queryAccessibleInterface(widget)
        name = interface.text(QAccessible.Text.Name) if interface else ""
        if not name.strip():
            missing.append(f"{type(widget).__name__} {widget.objectName()!r}")
    return missing


def test_main_window_controls_are_named_on_every_tab(qtbot: QtBot, window: MainWindow) -> None:
    page = window.workspace.page  # type: ignore[union-attr]
    assert page is not None
    for tab in ("people", "meetings", "uncertainties", "decisions"):
        page.show_tab(tab)
        assert unnamed_controls(window) == [], tab
    window.open_search()
    assert unnamed_controls(window.search_dialog) == []  # type: ignore[arg-type]
    window.lock()
    assert unnamed_controls(window) == []


def test_dialog_controls_are_named(
    qtbot: QtBot,
    new_vault: tuple,
    settings: Settings,
    options: VaultOptions,  # type: ignore[type-arg]
) -> None:
    vault, key = new_vault
    for dialog in (
        WelcomeDialog([str(vault.path)]),
        CreateVaultDialog(options),
        RecoveryKeyDialog("Team", key),
        UnlockDialog(vault),
        RecoveryUnlockDialog(vault),
        PreferencesDialog(settings),
    ):
        qtbot.addWidget(dialog)
        assert unnamed_controls(dialog) == [], type(dialog).__name__


def test_fits_1366_by_768(qtbot: QtBot, window: MainWindow) -> None:
    window.resize(1366, 768)
    hint = window.minimumSizeHint()
    assert window.minimumWidth() <= 1366 and window.minimumHeight() <= 740
    assert hint.width() <= 1366 and hint.height() <= 740
    assert window.width() == 1366


def test_every_main_action_has_a_shortcut(window: MainWindow) -> None:
    keys = dict((text, key) for key, text in shortcut_lines(window.menu_actions))
    for text in (
        "Search everything",
        "Lock now",
        "New meeting",
        "New meeting from the last one",
        "Larger text",
        "Smaller text",
        "Keyboard shortcuts",
        "Quit",
    ):
        assert text in keys, text
    assert "Ctrl+K" in keys["Search everything"] and "Ctrl+F" in keys["Search everything"]
    assert keys["Lock now"] == "Ctrl+L"


def test_font_size_adjusts_and_is_remembered(window: MainWindow, settings: Settings) -> None:
    from PySide6.QtWidgets import QApplication

    before = settings.font_points()
    window.menu_actions["larger"].trigger()
    assert settings.font_points() == before + 1
    assert QApplication.font().pointSize() == before + 1
    window.menu_actions["reset_font"].trigger()
    assert QApplication.font().pointSize() == before


def test_icon_and_command_line(qtbot: QtBot) -> None:
    assert not app_icon().isNull()
    assert parse_args(["some.odvault"]).vault == Path("some.odvault")
    assert parse_args([]).vault is None


@pytest.mark.parametrize("theme", ["system", "light", "dark", "nonsense"])
def test_theme_setting_is_validated(settings: Settings, theme: str) -> None:
    settings.set_theme(theme)
    assert settings.theme() == (theme if theme != "nonsense" else "system")
