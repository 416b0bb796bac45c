"""Autosave: within seconds of typing, on focus changes, never twice, never losing text."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from odnotes.errors import StorageError
from odnotes.model import Meeting, Record
from odnotes.vault import Vault
from tests.ui.fake_clock import FakeClock
from ui.editor import MeetingEditor
from ui.editor.sections.purpose import PurposeSection
from ui.editor.sections.voices import VoicesSection

from .conftest import demo_meetings, open_editor


def test_typing_is_saved_two_seconds_after_it_stops(
    fake_clock: FakeClock, qtbot: QtBot, demo_vault: tuple[object, object]
) -> None:
    vault, network = demo_vault
    assert isinstance(vault, Vault)
    draft = demo_meetings(vault, network)[2]  # type: ignore[arg-type]
    editor = open_editor(qtbot, vault, draft.id, fast=False)
    purpose = editor.sections["purpose"]
    assert isinstance(purpose, PurposeSection)
    saves: list[str] = []
    editor.saved.connect(saves.append)
    before = vault.revision_count(draft.id)
    qtbot.keyClick(purpose.text_box, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(purpose.text_box, " And the choir.")
    fake_clock.advance(1_999)
    assert saves == []
    fake_clock.advance(1)
    assert saves == [draft.id]
    assert vault.revision_count(draft.id) == before + 1
    assert vault.get(Meeting, draft.id).purpose.text.endswith("And the choir.")
    assert editor.status.text().startswith("Draft. Saved ")


def test_unchanged_content_is_never_saved_again(draft_editor: MeetingEditor) -> None:
    vault = draft_editor.session.vault
    before = vault.revision_count(draft_editor.meeting_id())
    draft_editor.save_now()
    draft_editor.save_now()
    assert vault.revision_count(draft_editor.meeting_id()) == before


def test_typing_and_undoing_it_saves_nothing(qtbot: QtBot, draft_editor: MeetingEditor) -> None:
    vault = draft_editor.session.vault
    before = vault.revision_count(draft_editor.meeting_id())
    box = draft_editor.sections["purpose"].text_box  # type: ignore[attr-defined]
    qtbot.keyClicks(box, "xyz")
    for _ in range(3):
        qtbot.keyClick(box, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    draft_editor.save_now()
    assert vault.revision_count(draft_editor.meeting_id()) == before


def test_continuous_typing_is_saved_at_least_every_max_wait(
    fake_clock: FakeClock, qtbot: QtBot, draft_editor: MeetingEditor
) -> None:
    draft_editor.session.set_intervals(400, 700)
    box = draft_editor.sections["purpose"].text_box  # type: ignore[attr-defined]
    saves: list[int] = []
    draft_editor.saved.connect(lambda _id: saves.append(fake_clock.now))
    for _ in range(12):  # a key every 100 ms: the 400 ms debounce never runs out
        qtbot.keyClicks(box, "a")
        fake_clock.advance(100)
    assert saves == [700]  # the longest wait, counted from the first key, not the last
    fake_clock.advance(199)
    assert saves == [700]
    fake_clock.advance(1)  # 700 ms after the first key typed since that save
    assert saves == [700, 1_400]
    fake_clock.advance(10_000)
    assert saves == [700, 1_400]  # everything is stored: nothing more to save


def test_moving_focus_saves_at_once(qtbot: QtBot, draft_editor: MeetingEditor) -> None:
    draft_editor.session.set_intervals(60_000, 60_000)
    voices = draft_editor.sections["voices"]
    assert isinstance(voices, VoicesSection)
    first, second = voices.boxes[0].text_box, voices.boxes[1].text_box
    first.setFocus()
    qtbot.keyClick(first, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(first, " Today.")
    with qtbot.waitSignal(draft_editor.saved, timeout=2000):
        second.setFocus()
    stored = draft_editor.session.vault.get(Meeting, draft_editor.meeting_id())
    assert any(v.text.endswith("Today.") for v in stored.voices)


def test_a_storage_error_is_shown_and_the_text_kept_then_saved(
    qtbot: QtBot, draft_editor: MeetingEditor, monkeypatch: pytest.MonkeyPatch
) -> None:
    vault = draft_editor.session.vault
    real_save = vault.save

    def disk_full(record: Record, **_how: object) -> object:
        raise StorageError("The disk is full; nothing was saved. Free some space.")

    monkeypatch.setattr(vault, "save", disk_full)
    box = draft_editor.sections["purpose"].text_box  # type: ignore[attr-defined]
    qtbot.keyClick(box, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(box, " Still here.")
    with qtbot.waitSignal(draft_editor.session.save_failed, timeout=3000):
        pass
    assert "Not saved" in draft_editor.status.text()
    assert "disk is full" in draft_editor.status.text()
    assert "Still here" not in draft_editor.status.text()
    assert box.toPlainText().endswith(" Still here.")
    monkeypatch.setattr(vault, "save", real_save)
    draft_editor.save_now()
    assert vault.get(Meeting, draft_editor.meeting_id()).purpose.text.endswith(" Still here.")
    assert draft_editor.status.text().startswith("Draft. Saved")
