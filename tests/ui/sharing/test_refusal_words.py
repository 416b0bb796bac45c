"""The status line and the Sync now message give refusal reasons in the UI's language."""

from __future__ import annotations

from typing import cast

import pytest
from pytestqt.qtbot import QtBot

from odnotes.exchange import Refusal, RefusedFile
from odnotes.i18n import N_
from odnotes.sharing import Refused, SyncReport
from odnotes.vault import Vault
from tests.odnotes.sharing.words import marking
from ui.sharing import words


def test_refusals_are_shown_through_the_core_catalog_of_the_ui_language(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    refusal = RefusedFile(Refusal.NOT_EXCHANGE, N_("This is not an OD Notes exchange file."))
    report = SyncReport(refused=(Refused.of("odx-a.odx", refusal),))
    english = words.refused_lines(report)
    assert english == ["odx-a.odx was not taken in: This is not an OD Notes exchange file."]
    monkeypatch.setattr(words, "core_translator", marking)
    (line,) = words.refused_lines(report)
    assert line == "odx-a.odx was not taken in: «This is not an OD Notes exchange file.»"
    nobody_sent = cast(Vault, None)  # nothing was received, so the vault is not asked who sent it
    assert "«This is not an OD Notes exchange file.»" in words.report_line(report, nobody_sent)
