"""Enter never pairs unless "They match" itself has the focus.

Found under a real X server (xdotool): with the team choice focused, Qt made
the first auto-default button, "They match", the dialog's default, and Enter
paired. QTest key events on an inactive window do not move the default, so
this test activates the dialog first, as a person's window is.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from odnotes.exchange import PractitionerIdentity, safety_number
from odnotes.model import Practitioner, PractitionerRole
from ui.sharing.pairing_dialog import PairingDialog


@pytest.fixture
def dialog(qtbot: QtBot) -> PairingDialog:
    sam = PractitionerIdentity.generate("5a5a5a5a-5a5a-4a5a-8a5a-5a5a5a5a5a5a")
    card = sam.card("Sam Okafor", PractitionerRole.PSYCHOLOGIST)
    mine = PractitionerIdentity.generate("0c0c0c0c-0c0c-4c0c-8c0c-0c0c0c0c0c0c").card(
        "Tuula Rantanen", PractitionerRole.NURSE
    )
    stand_in = Practitioner("Sam Okafor", PractitionerRole.PSYCHOLOGIST)
    shown = PairingDialog(
        card, safety_number(mine, card), stand_ins=[stand_in], suggested=stand_in.id
    )
    qtbot.addWidget(shown)
    shown.show()
    shown.activateWindow()
    qtbot.waitActive(shown)
    return shown


def focus(qtbot: QtBot, widget: QWidget) -> None:
    widget.setFocus(Qt.FocusReason.ShortcutFocusReason)  # as its label's Alt+T does
    qtbot.waitUntil(widget.hasFocus)


@pytest.mark.parametrize("key", [Qt.Key.Key_Return, Qt.Key.Key_Enter])
def test_enter_on_the_team_choice_does_not_pair(
    qtbot: QtBot, dialog: PairingDialog, key: Qt.Key
) -> None:
    focus(qtbot, dialog.team_choice)
    assert not dialog.match_button.isDefault()
    qtbot.keyClick(dialog.team_choice, key)
    assert dialog.result() != PairingDialog.DialogCode.Accepted
    assert dialog.isVisible()  # nothing decided: the person still chooses a button


def test_enter_on_they_dont_match_refuses_and_on_they_match_pairs(
    qtbot: QtBot, dialog: PairingDialog
) -> None:
    assert dialog.differ_button.hasFocus()
    focus(qtbot, dialog.match_button)
    qtbot.keyClick(dialog.match_button, Qt.Key.Key_Return)
    assert dialog.result() == PairingDialog.DialogCode.Accepted
