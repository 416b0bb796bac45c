"""Indicators panel, network map and vault overview."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QMessageBox, QPushButton
from pytest import MonkeyPatch
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from odnotes.model import Meeting
from odnotes.vault import Vault
from tests.odnotes.supervision_names import HardNames
from tests.ui.supervision.conftest import TODAY
from ui.continuity import IndicatorsPanel, NetworkMapView, VaultOverviewWidget
from ui.continuity.models import RowsModel


def distinct_colours(image: QImage) -> int:
    step = max(1, image.width() // 60)
    return len({image.pixel(x, y) for x in range(0, image.width(), step)
                for y in range(0, image.height(), step)})  # fmt: skip


def test_rows_model(qtmodeltester: ModelTester) -> None:
    model = RowsModel(["A", "B"])
    model.set_rows([("x", 1), ("y", 2)], ["ox", "oy"])
    qtmodeltester.check(model)


def test_indicators_panel_shows_hand_computed_values(
    qtbot: QtBot, vault: Vault, hard: HardNames, qtmodeltester: ModelTester
) -> None:
    panel = IndicatorsPanel(vault, hard.network.id, today=TODAY)
    qtbot.addWidget(panel)
    assert panel.first_meeting.text() == "23 hours (within 24 hours)"
    assert panel.meetings_held.text() == "2" and panel.overdue_count.text() == "1"
    rows = {panel.practitioners.index(r, 0).data(): panel.practitioners.index(r, 1).data()
            for r in range(panel.practitioners.rowCount())}  # fmt: skip
    assert rows == {"Tuomas Hakala": "2 of 2", "Grace Mwangi": "1 of 2"}
    assert panel.uncertainties.index(0, 2).data() == "16 days"
    for model in (panel.practitioners, panel.members, panel.uncertainties, panel.overdue):
        qtmodeltester.check(model)
    # It follows the vault: a third meeting is counted at once.
    vault.save(Meeting(hard.network.id, hard.meetings[1].starts_at.replace(day=10),
                       present=[hard.people["Rose"].id]))  # fmt: skip
    assert panel.meetings_held.text() == "3"


def test_network_map_renders_and_exports(
    qtbot: QtBot, vault: Vault, hard: HardNames, tmp_path: Path
) -> None:
    view = NetworkMapView(vault, hard.network.id, today=TODAY)
    qtbot.addWidget(view)
    view.resize(700, 600)
    view.show()
    qtbot.waitExposed(view)
    shot = view.grab().toImage()
    assert distinct_colours(shot) > 5
    texts = [i.text() for i in view.scene().items() if hasattr(i, "text")]
    assert "Hope Lindqvist" in texts and "Dr Jonas Berg" in texts and "0" in texts
    png = view.export_png(tmp_path / "map.png")
    image = QImage(str(png))
    assert not image.isNull() and distinct_colours(image) > 5
    pdf = view.export_pdf(tmp_path / "map.pdf")
    assert pdf.read_bytes().startswith(b"%PDF")
    assert image.pixelColor(2, 2) == QColor(view.palette().color(view.palette().ColorRole.Base))


def test_vault_overview(qtbot: QtBot, vault: Vault, hard: HardNames) -> None:
    overview = VaultOverviewWidget(vault, today=TODAY, weeks=1)
    qtbot.addWidget(overview)
    assert overview.drafts.rowCount() == 1
    assert overview.quiet.index(0, 0).data() == "Hope"
    overview.weeks.setValue(4)
    assert overview.quiet.rowCount() == 0
    assert "17 Mar to 23 Mar" in overview.due_box.title()


def test_map_buttons_save_where_asked_and_say_why_not(
    qtbot: QtBot, vault: Vault, hard: HardNames, tmp_path: Path, monkeypatch: MonkeyPatch
) -> None:
    from ui.continuity import map_buttons as buttons_module

    view = NetworkMapView(vault, hard.network.id, today=TODAY)
    qtbot.addWidget(view)
    row = buttons_module.map_buttons(view, view)
    pdf_button = row.itemAt(2).widget()
    assert isinstance(pdf_button, QPushButton) and pdf_button.text() == "Save map as PDF…"
    target = tmp_path / "chosen.pdf"
    monkeypatch.setattr(buttons_module, "save_file_name", lambda *_args: target)
    pdf_button.click()
    assert target.read_bytes().startswith(b"%PDF")
    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text: warnings.append(text))
    monkeypatch.setattr(
        buttons_module, "save_file_name", lambda *_args: tmp_path / "missing" / "map.pdf"
    )
    pdf_button.click()
    assert len(warnings) == 1 and "map" in warnings[0] and "Traceback" not in warnings[0]
