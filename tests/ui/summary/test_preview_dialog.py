"""The summary preview: pages as they print, options that re-render, print and save."""

from __future__ import annotations

import io
import tempfile
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QMessageBox,
)

from odnotes.continuity import in_order
from odnotes.model import Meeting, Network, Voice
from odnotes.vault import Vault
from tests.odnotes.summary_helpers import body_size, pdf_text
from tests.ui.helpers import rendered
from ui.summary import SummaryPreviewDialog
from ui.summary.models import OBJECT_ROLE


def _pages(data: bytes) -> int:
    return len(PdfReader(io.BytesIO(data)).pages)


@pytest.fixture
def second_meeting(demo_vault: tuple[Vault, Network]) -> tuple[Vault, Meeting]:
    vault, network = demo_vault
    return vault, in_order(vault.all(Meeting, network_id=network.id))[1]


@pytest.fixture
def dialog(qtbot, second_meeting: tuple[Vault, Meeting]) -> SummaryPreviewDialog:
    vault, meeting = second_meeting
    widget = rendered(qtbot, SummaryPreviewDialog(vault, meeting_id=meeting.id))
    return widget


def test_shows_exactly_the_pages_that_print(dialog: SummaryPreviewDialog) -> None:
    count = _pages(dialog.pdf_bytes())
    assert count >= 2
    assert dialog.page_model.rowCount() == count
    assert f"{count} pages on A4 paper" in dialog.status.text()
    first = dialog.page_model.index(0, 0).data(OBJECT_ROLE)
    assert first.width() > first.height() * 0.6  # a portrait page, not a thumbnail strip


def test_options_re_render(qtbot, dialog: SummaryPreviewDialog) -> None:
    before = dialog.page_model.rowCount()
    with qtbot.waitSignal(dialog.pages_changed) as blocker:
        dialog.large_print.setChecked(True)
    assert blocker.args[0] == dialog.page_model.rowCount() > before
    assert body_size(dialog.pdf_bytes()) >= 16
    with qtbot.waitSignal(dialog.pages_changed):
        dialog.paper.setCurrentIndex(dialog.paper.findText("US Letter"))
    assert "US Letter" in dialog.status.text()
    with qtbot.waitSignal(dialog.pages_changed):
        dialog.show_kept_back.setChecked(False)
    assert "kept one thing" not in pdf_text(dialog.pdf_bytes())
    assert "does not mention them" in dialog.kept.label.text()


def test_choosing_a_person_addresses_the_copy(qtbot, dialog: SummaryPreviewDialog) -> None:
    index = dialog.recipient.findText("For Päivi (asked for large print)")
    with qtbot.waitSignal(dialog.pages_changed):
        dialog.recipient.setCurrentIndex(index)
    assert dialog.large_print.isChecked()
    assert "For Päivi" in pdf_text(dialog.pdf_bytes())


def test_kept_back_items_are_visible_to_the_practitioner(
    qtmodeltester, dialog: SummaryPreviewDialog
) -> None:
    assert "1 item kept to the team" in dialog.kept.label.text()
    assert "(one voice)" in dialog.kept.label.text()
    model = dialog.kept.model
    assert model.rowCount() == 1
    assert model.index(0, model.KIND).data() == "Voice"
    assert "own mother's illness" in model.index(0, model.WORDS).data()
    assert "family history" in model.index(0, model.REASON).data()
    assert "own mother's illness" not in pdf_text(dialog.pdf_bytes())
    qtmodeltester.check(model)
    qtmodeltester.check(dialog.page_model)


def test_unprintable_text_shows_a_notice(qtbot, demo_vault: tuple[Vault, Network]) -> None:
    vault, network = demo_vault
    draft = in_order(vault.all(Meeting, network_id=network.id))[2]
    changed = vault.get(Meeting, draft.id)
    changed.voices.append(Voice(changed.present[0], "她说"))
    vault.save(changed)
    widget = rendered(qtbot, SummaryPreviewDialog(vault, meeting_id=draft.id))
    assert not widget.notice.isHidden()
    assert "U+5979" in widget.notice.text()
    assert "\ufffd\ufffd" in pdf_text(widget.pdf_bytes())


def test_save_as_pdf_writes_the_previewed_bytes(
    qtbot, dialog: SummaryPreviewDialog, tmp_path: Path, monkeypatch
) -> None:
    folder = tmp_path / "out"
    folder.mkdir()
    chosen = folder / "for the family"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(chosen), ""))
    with qtbot.waitSignal(dialog.saved) as blocker:
        dialog.save_button.click()
    target = Path(blocker.args[0])
    assert target == folder / "for the family.pdf"
    assert target.read_bytes() == dialog.pdf_bytes()
    assert sorted(p.name for p in folder.iterdir()) == ["for the family.pdf"]


def test_cancelled_save_writes_nothing(
    dialog: SummaryPreviewDialog, tmp_path: Path, monkeypatch
) -> None:
    before = sorted(tmp_path.rglob("*"))
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: ("", ""))
    dialog.save_button.click()
    assert sorted(tmp_path.rglob("*")) == before


def test_print_paints_every_page(qtbot, dialog: SummaryPreviewDialog, tmp_path: Path) -> None:
    printer = dialog.printer()
    printer.setResolution(150)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    with qtbot.waitSignal(dialog.printed) as blocker:
        assert dialog.print_to(printer) == dialog.page_model.rowCount()
    assert blocker.args[0] == _pages((tmp_path / "printed.pdf").read_bytes())
    printer.setFromTo(2, 2)
    assert dialog.print_to(printer) == 1


def test_no_file_appears_in_the_temp_folder(
    qtbot, second_meeting: tuple[Vault, Meeting], tmp_path: Path, monkeypatch
) -> None:
    spy = tmp_path / "tmp"
    spy.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(spy))
    monkeypatch.setenv("TMPDIR", str(spy))
    vault, meeting = second_meeting
    widget = rendered(qtbot, SummaryPreviewDialog(vault, meeting_id=meeting.id))
    widget.large_print.setChecked(True)
    widget.paper.setCurrentIndex(1)
    assert list(spy.iterdir()) == []


def test_network_summary_preview(qtbot, demo_vault: tuple[Vault, Network]) -> None:
    vault, network = demo_vault
    widget = rendered(qtbot, SummaryPreviewDialog(vault, network_id=network.id))
    assert widget.page_model.rowCount() == _pages(widget.pdf_bytes())
    assert "Looking back together" in pdf_text(widget.pdf_bytes())


def test_needs_exactly_one_of_meeting_or_network(demo_vault: tuple[Vault, Network]) -> None:
    vault, network = demo_vault
    with pytest.raises(ValueError, match="exactly one"):
        SummaryPreviewDialog(vault)


def test_every_control_has_an_accessible_name(dialog: SummaryPreviewDialog) -> None:
    controls = [
        *dialog.findChildren(QAbstractButton),
        *dialog.findChildren(QComboBox),
        *dialog.findChildren(QAbstractItemView),
    ]
    assert controls
    for control in controls:
        if not control.objectName().startswith("qt_"):  # Qt's own parts (table corner)
            assert control.accessibleName(), control


def test_the_suggested_file_name_has_the_network_and_the_day(
    qtbot, dialog: SummaryPreviewDialog, demo_vault: tuple[Vault, Network], monkeypatch
) -> None:
    """Two networks that met on the same day no longer get the same name (issue 12, item 15)."""
    _, network = demo_vault
    offered: list[str] = []

    def ask(*args, **kwargs):  # type: ignore[no-untyped-def]
        offered.append(args[2])
        return "", ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", ask)
    dialog.save_button.click()
    assert Path(offered[0]).name == "summary-Maija-2026-09-11.pdf"
    whole = rendered(qtbot, SummaryPreviewDialog(demo_vault[0], network_id=network.id))
    whole.save_button.click()
    assert Path(offered[1]).name == "network-summary-Maija-2026-09-18.pdf"


def test_a_name_without_pdf_never_replaces_a_file_silently(
    qtbot, dialog: SummaryPreviewDialog, tmp_path: Path, monkeypatch
) -> None:
    """The file dialog asked about "letter"; "letter.pdf" is there too, so the app asks again."""
    existing = tmp_path / "letter.pdf"
    existing.write_bytes(b"the family's own letter")
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", lambda *a, **k: (str(tmp_path / "letter"), "")
    )
    asked: list[str] = []

    def answer(choice):  # type: ignore[no-untyped-def]
        def question(parent, title, text, *rest):  # type: ignore[no-untyped-def]
            asked.append(text)
            return choice

        return question

    monkeypatch.setattr(QMessageBox, "question", answer(QMessageBox.StandardButton.No))
    dialog.save_button.click()
    assert asked == ["letter.pdf is already there. Replace it?"]
    assert existing.read_bytes() == b"the family's own letter"
    monkeypatch.setattr(QMessageBox, "question", answer(QMessageBox.StandardButton.Yes))
    with qtbot.waitSignal(dialog.saved):
        dialog.save_button.click()
    assert existing.read_bytes() == dialog.pdf_bytes()
