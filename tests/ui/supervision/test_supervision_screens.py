"""The export dialog (choose, review, answer, write) and the encrypted-export viewer."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from odnotes.crypto import TEST_POLICY, fast_test_params
from odnotes.i18n import summary_languages, translator
from odnotes.vault import Vault
from tests.odnotes.supervision_names import HardNames
from ui.supervision import SealedExportViewer, SupervisionExportDialog, export_dialog
from ui.supervision.models import ACCEPT, ANSWER, REPLACEMENT, ChoiceModel, ReviewWordsModel


def dialog_for(
    qtbot: QtBot, vault: Vault, hard: HardNames, folder: Path
) -> SupervisionExportDialog:
    dialog = SupervisionExportDialog(vault, hard.network.id, kdf=fast_test_params)
    qtbot.addWidget(dialog)
    dialog.folder.setText(str(folder))
    return dialog


def test_choice_and_review_models(
    qtmodeltester: ModelTester, vault: Vault, hard: HardNames, qtbot: QtBot, tmp_path: Path
) -> None:
    choice = ChoiceModel()
    choice.set_entries([("a", "A"), ("b", "B")], {"a"})
    qtmodeltester.check(choice)
    assert choice.setData(
        choice.index(1), Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole
    )
    assert choice.checked_ids() == ["a", "b"]
    dialog = dialog_for(qtbot, vault, hard, tmp_path)
    with qtbot.waitSignal(dialog.review_shown, timeout=20_000):
        dialog.start_review()
    qtmodeltester.check(dialog.words)
    assert isinstance(dialog.words, ReviewWordsModel)


def test_nothing_is_written_until_every_word_is_answered(
    qtbot: QtBot, vault: Vault, hard: HardNames, tmp_path: Path
) -> None:
    out = tmp_path / "out"
    out.mkdir()
    dialog = dialog_for(qtbot, vault, hard, out)
    assert dialog.meetings.rowCount() == 2
    with qtbot.waitSignal(dialog.review_shown, timeout=20_000):
        qtbot.mouseClick(dialog.review_button, Qt.MouseButton.LeftButton)
    assert dialog.pages.currentIndex() == 1
    assert not dialog.write_button.isEnabled()
    listed = [w.word for w in dialog.words.words]
    assert "Liisa" in listed and "will" in listed
    text = dialog.text.toPlainText()
    assert "Mother's worry" in text and "Anna" not in text.replace("Annabel", "")
    # Answer: replace "Liisa" with typed text, accept everything else.
    row = listed.index("Liisa")
    dialog.words.answer_all(ACCEPT)
    dialog.words.setData(dialog.words.index(row, REPLACEMENT), "a cousin")
    assert dialog.words.index(row, ANSWER).data() == "Replace"
    with qtbot.waitSignal(dialog.review_shown, timeout=20_000):
        dialog.apply_answers()
    assert dialog.words.rowCount() == 0 and dialog.write_button.isEnabled()
    assert "with her cousin a cousin" in dialog.text.toPlainText()
    assert list(out.iterdir()) == []
    with qtbot.waitSignal(dialog.exported) as done:
        qtbot.mouseClick(dialog.write_button, Qt.MouseButton.LeftButton)
    assert sorted(p.suffix for p in done.args[0]) == [".json", ".md", ".pdf"]
    assert "Liisa" not in (out / "supervision-export.md").read_text()


def test_drafts_are_unticked_unless_included(
    qtbot: QtBot, vault: Vault, hard: HardNames, tmp_path: Path
) -> None:
    """Issue 12 item 15: the draft meeting was exported by default."""
    dialog = dialog_for(qtbot, vault, hard, tmp_path)
    rows = [dialog.meetings.index(r).data() for r in range(dialog.meetings.rowCount())]
    assert rows[1].endswith("(draft)")
    assert dialog.meetings.checked_ids() == [hard.meetings[0].id]
    with qtbot.waitSignal(dialog.review_shown, timeout=20_000):
        qtbot.mouseClick(dialog.review_button, Qt.MouseButton.LeftButton)
    assert "### Meeting 2" not in dialog.text.toPlainText()
    assert "1 meeting still in draft was left out" in dialog.text.toPlainText()
    dialog.pages.setCurrentIndex(0)
    dialog.drafts.click()
    assert dialog.meetings.checked_ids() == [m.id for m in hard.meetings]
    with qtbot.waitSignal(dialog.review_shown, timeout=20_000):
        qtbot.mouseClick(dialog.review_button, Qt.MouseButton.LeftButton)
    assert "### Meeting 2" in dialog.text.toPlainText()
    dialog.pages.setCurrentIndex(0)
    dialog.drafts.click()
    first = dialog.meetings.index(0)
    dialog.meetings.setData(first, Qt.CheckState.Unchecked.value, Qt.ItemDataRole.CheckStateRole)
    qtbot.mouseClick(dialog.review_button, Qt.MouseButton.LeftButton)
    assert "include meetings still in draft" in dialog.choose_error.text()


def test_clicking_a_listed_word_shows_it_in_the_text(
    qtbot: QtBot, vault: Vault, hard: HardNames, tmp_path: Path
) -> None:
    dialog = dialog_for(qtbot, vault, hard, tmp_path)
    dialog.show()
    with qtbot.waitSignal(dialog.review_shown, timeout=20_000):
        qtbot.mouseClick(dialog.review_button, Qt.MouseButton.LeftButton)
    row = [w.word for w in dialog.words.words].index("Liisa")
    cell = dialog.word_table.visualRect(dialog.words.index(row, 0)).center()
    qtbot.mouseClick(dialog.word_table.viewport(), Qt.MouseButton.LeftButton, pos=cell)
    assert dialog.text.textCursor().selectedText() == "Liisa"


def test_enter_in_the_folder_field_reviews_and_never_writes(
    qtbot: QtBot, vault: Vault, hard: HardNames, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Enter in the folder field used to open "Choose folder…" (the default was lost)."""
    opened: list[object] = []
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a: opened.append(a) or "")
    out = tmp_path / "out"
    out.mkdir()
    dialog = dialog_for(qtbot, vault, hard, out)
    dialog.show()
    with qtbot.waitSignal(dialog.review_shown, timeout=20_000):
        qtbot.keyClick(dialog.folder, Qt.Key.Key_Return)
    assert opened == [] and dialog.pages.currentIndex() == 1
    dialog.words.answer_all(ACCEPT)
    with qtbot.waitSignal(dialog.review_shown, timeout=20_000):
        qtbot.keyClick(dialog.word_table, Qt.Key.Key_Return)
    assert dialog.words.rowCount() == 0  # Enter applied the answers...
    assert list(out.iterdir()) == []  # ...and wrote nothing


def test_encrypted_export_and_viewer(
    qtbot: QtBot, vault: Vault, hard: HardNames, tmp_path: Path
) -> None:
    dialog = dialog_for(qtbot, vault, hard, tmp_path)
    dialog.encrypted.setChecked(True)
    dialog.passphrase.setText("stick")
    dialog.passphrase_again.setText("stack")
    dialog.start_review()
    assert dialog.choose_error.text() == "The two passphrases are different."
    dialog.passphrase_again.setText("stick")
    with qtbot.waitSignal(dialog.review_shown, timeout=20_000):
        dialog.start_review()
    dialog.words.answer_all(ACCEPT)
    with qtbot.waitSignal(dialog.review_shown, timeout=20_000):
        dialog.apply_answers()
    with qtbot.waitSignal(dialog.exported) as done:
        qtbot.mouseClick(dialog.write_button, Qt.MouseButton.LeftButton)
    [written] = done.args[0]
    assert written.suffix == ".odsup" and dialog.passphrase.text() == ""
    viewer = SealedExportViewer(written, policy=TEST_POLICY)
    qtbot.addWidget(viewer)
    viewer.passphrase.setText("wrong")
    with qtbot.waitSignal(viewer.read, timeout=20_000) as refused:
        qtbot.keyClick(viewer.passphrase, Qt.Key.Key_Return)
    assert refused.args == [False] and viewer.passphrase.text() == ""
    assert "does not open" in viewer.message.text()
    viewer.passphrase.setText("stick")
    with qtbot.waitSignal(viewer.read, timeout=20_000) as opened:
        qtbot.mouseClick(viewer.open_button, Qt.MouseButton.LeftButton)
    assert opened.args == [True]
    assert "Supervision material" in viewer.reader.toPlainText()
    assert viewer.reader.isReadOnly()


def test_the_export_is_written_in_the_chosen_language_the_apps_by_default(
    qtbot: QtBot, vault: Vault, hard: HardNames, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Issue 15: the dialog offers the export's language, starting with the app's own."""
    monkeypatch.setattr(export_dialog, "core_translator", lambda: translator("fi"))
    dialog = dialog_for(qtbot, vault, hard, tmp_path)
    codes = [dialog.language.itemData(i) for i in range(dialog.language.count())]
    assert codes == list(summary_languages()) and dialog.language.currentData() == "fi"
    with qtbot.waitSignal(dialog.review_shown, timeout=20_000):
        dialog.start_review()
    assert dialog.material is not None and dialog.material.tr.language == "fi"
    assert "Työnohjausaineisto" in dialog.text.toPlainText()
    assert "Äiti" in dialog.text.toPlainText() and "Mother" not in dialog.text.toPlainText()
    dialog.pages.setCurrentIndex(0)
    dialog.language.setCurrentIndex(dialog.language.findData("pl"))
    with qtbot.waitSignal(dialog.review_shown, timeout=20_000):
        dialog.start_review()
    assert "Materiał do superwizji" in dialog.text.toPlainText()
