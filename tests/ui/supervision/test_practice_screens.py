"""The practice reflection form and the element chart."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from odnotes.model import KeyElement, PracticeRating, PracticeReflection
from odnotes.vault import Vault
from tests.odnotes.supervision_names import HardNames
from ui.practice import PracticeChart, PracticeReflectionForm
from ui.practice.models import RATING, WORDS, PracticeRatingsModel


def test_ratings_model(qtmodeltester: ModelTester) -> None:
    ids = "00000000-0000-4000-8000-000000000001", "00000000-0000-4000-8000-000000000002"
    model = PracticeRatingsModel(PracticeReflection.blank(*ids))
    qtmodeltester.check(model)
    assert model.setData(model.index(0, RATING), "fully")
    assert not model.setData(model.index(0, RATING), "sometimes")
    assert not model.setData(model.index(0, WORDS), "x" * 2000)
    assert model.entry(0).rating is PracticeRating.FULLY


def test_form_saves_a_new_reflection_and_reopens_it(
    qtbot: QtBot, vault: Vault, hard: HardNames
) -> None:
    meeting = hard.meetings[1]
    form = PracticeReflectionForm(vault, meeting.id)
    qtbot.addWidget(form)
    model = form.model
    row = list(KeyElement).index(KeyElement.TRANSPARENCY)
    model.setData(model.index(row, RATING), "partly")
    model.setData(model.index(row, WORDS), "Explained the letter together")
    assert form.status.text() == "Not saved yet."
    with qtbot.waitSignal(form.saved) as saved:
        qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    stored = vault.get(PracticeReflection, saved.args[0])
    assert stored.meeting_id == meeting.id
    assert stored.rating_of(KeyElement.TRANSPARENCY) is PracticeRating.PARTLY
    again = PracticeReflectionForm(vault, meeting.id)
    qtbot.addWidget(again)
    assert again.model.reflection.id == stored.id


def test_chart_counts_and_paints(qtbot: QtBot, vault: Vault, hard: HardNames) -> None:
    chart = PracticeChart(vault, hard.network.id)
    qtbot.addWidget(chart)
    chart.resize(640, 340)
    tally = {t.element: t for t in chart.tallies}
    assert tally[KeyElement.TWO_OR_MORE_PRACTITIONERS].present == 1
    image = chart.grab().toImage()
    assert len({image.pixel(x, 40) for x in range(0, 640, 4)}) > 2
    assert "Open-ended questions: present in 1 of 1" in chart.accessibleDescription()
    empty = PracticeChart(vault, "00000000-0000-4000-8000-000000000009")
    qtbot.addWidget(empty)
    assert empty.accessibleDescription() == "No practice reflections yet."
