"""Smaller snags of issue 12, item 15: the strength word, tab titles and the place after unlock."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QLineEdit, QListWidget, QPlainTextEdit, QScrollArea, QWidget
from pytestqt.qtbot import QtBot

from odnotes.model import Meeting
from tests.conftest import PASSPHRASE
from tests.ui.fake_editor import FakeMeetingEditor
from tests.ui.helpers import wait_unlocked
from ui.dialogs.create_vault import CreateVaultDialog
from ui.main_window import MainWindow
from ui.vault_options import VaultOptions


def luminance(colour: QColor) -> float:
    def channel(value: float) -> float:
        return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4

    return (
        0.2126 * channel(colour.redF())
        + 0.7152 * channel(colour.greenF())
        + 0.0722 * channel(colour.blueF())
    )


def contrast(one: QColor, two: QColor) -> float:
    """The WCAG contrast ratio of two colours (4.5 is the floor for body text)."""
    light, dark = sorted((luminance(one), luminance(two)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def cursor_at(field: QWidget) -> int:
    if isinstance(field, QLineEdit):
        return field.cursorPosition()
    assert isinstance(field, QPlainTextEdit)
    return field.textCursor().position()


def text_of(field: QWidget) -> str:
    return field.text() if isinstance(field, QLineEdit) else field.toPlainText()  # type: ignore[attr-defined]


def unlock_through_lock_screen(qtbot: QtBot, window: MainWindow) -> None:
    form = window.lock_screen.form
    qtbot.keyClicks(form.passphrase, PASSPHRASE)
    qtbot.keyClick(form.passphrase, Qt.Key.Key_Return)
    wait_unlocked(qtbot, window)


def test_the_strength_word_is_readable_not_painted_on_the_bar(
    qtbot: QtBot, options: VaultOptions
) -> None:
    dialog = CreateVaultDialog(options)
    qtbot.addWidget(dialog)
    dialog.show()
    pair = dialog.passphrase
    qtbot.keyClicks(pair.first, "willow kettle orbit lantern")
    assert pair.meter.value() == pair.meter.maximum()  # the darkest green
    assert not pair.meter.isTextVisible(), "the word was drawn on the dark green chunk"
    assert pair.strength.isVisible()
    assert "Strong" in pair.strength.text()
    palette = pair.strength.palette()
    text = palette.color(pair.strength.foregroundRole())
    behind = palette.color(pair.strength.backgroundRole())
    assert contrast(text, behind) >= 4.5


def test_tab_titles_are_the_same_after_lock_and_unlock(qtbot: QtBot, window: MainWindow) -> None:
    vault = window.session.vault
    meetings = sorted(vault.all(Meeting), key=lambda m: m.starts_at)
    for meeting in meetings:
        window.open_meeting(meeting.id)
    assert window.workspace is not None
    for editor in FakeMeetingEditor.instances:
        editor.announce_title()  # what the editor does when a meeting is finalised or amended
    tabs = window.workspace.tabs
    before = [tabs.tabText(i) for i in range(tabs.count())]
    assert before[1] == FakeMeetingEditor.instances[0].title()
    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert window.session.is_locked
    unlock_through_lock_screen(qtbot, window)
    tabs = window.workspace.tabs
    assert [tabs.tabText(i) for i in range(tabs.count())] == before


@pytest.fixture
def real_editor(monkeypatch: pytest.MonkeyPatch) -> None:
    """This test needs the real editor's scrolling sections, not the double."""
    from ui.editor import MeetingEditor

    monkeypatch.setattr("ui.workspace.meeting_editor_class", lambda: MeetingEditor)


def test_unlock_carries_on_where_you_were(
    qtbot: QtBot, real_editor: None, window: MainWindow
) -> None:
    window.resize(1366, 740)
    vault = window.session.vault
    draft = next(m for m in vault.all(Meeting) if not m.is_final)
    editor = window.open_meeting(draft.id)
    assert editor is not None
    qtbot.waitExposed(editor)
    nav = next(v for v in editor.findChildren(QListWidget) if v.accessibleName() == "Sections")
    seventh = nav.visualItemRect(nav.item(6)).center()
    qtbot.mouseClick(nav.viewport(), Qt.MouseButton.LeftButton, pos=seventh)  # section 7
    assert editor.isAncestorOf(window.focusWidget()), "the section's first field has the cursor"
    for _ in range(12):  # Tab on to the first text field of the section
        if isinstance(window.focusWidget(), QPlainTextEdit | QLineEdit):
            break
        qtbot.keyClick(window.focusWidget(), Qt.Key.Key_Tab)
    field = window.focusWidget()
    assert isinstance(field, QPlainTextEdit | QLineEdit), type(field)
    assert editor.isAncestorOf(field)
    qtbot.keyClicks(field, "Typed where I was")
    qtbot.keyClick(field, Qt.Key.Key_Left)
    scroll = editor.findChild(QScrollArea).verticalScrollBar()
    qtbot.waitUntil(lambda: scroll.value() > 0)
    where = scroll.value()
    cursor = cursor_at(field)

    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert window.session.is_locked
    unlock_through_lock_screen(qtbot, window)
    again = window.workspace.current_editor()  # type: ignore[union-attr]
    assert again is not None and again is not editor
    bar = again.findChild(QScrollArea).verticalScrollBar()
    qtbot.waitUntil(lambda: bar.value() == where, timeout=3_000)
    focused = window.focusWidget()
    assert type(focused) is type(field)
    assert text_of(focused).endswith("Typed where I was")
    assert cursor_at(focused) == cursor
