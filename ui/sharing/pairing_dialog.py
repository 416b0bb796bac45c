"""Comparing the safety number with a colleague before pairing with their card.

Pairing is only as good as this comparison, so the dialog says who the card
claims to be, shows the sixty digits large in three rows of four groups (the
way they are read aloud), and pairs only after "They match". Enter presses
the focused button and nothing else; the dialog opens with "They don't
match" focused, so a stray Enter never pairs. When the vault's team may
already hold the colleague (a record added to name them as facilitator), it
asks which one they are, preselecting the one with their name, so pairing
links that record to the card and the colleague is listed once.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontDatabase, QKeyEvent, QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from odnotes.exchange import PractitionerCard, SafetyNumber
from odnotes.model import Practitioner
from ui.words import role_text


class PairingDialog(QDialog):
    """Accepted when the person says the numbers match; rejected otherwise.

    ``stand_ins`` are the team's practitioners who may be the colleague
    (:func:`odnotes.sharing.stand_ins`), ``suggested`` the id preselected;
    :meth:`stand_in` is the one chosen ("" for a new team member).
    """

    def __init__(
        self,
        card: PractitionerCard,
        number: SafetyNumber,
        parent: QWidget | None = None,
        *,
        stand_ins: list[Practitioner] | None = None,
        suggested: str = "",
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Pair with a colleague"))
        self.setAccessibleName(self.tr("Compare the safety number"))
        self.who = QLabel(
            self.tr("<b>{name}</b>, {role}").format(
                name=escape(card.name), role=escape(role_text(card.role))
            )
        )
        self.who.setAccessibleName(self.tr("The colleague on the card"))
        how = QLabel(
            self.tr(
                "{name} sees this same number when they add your card. Read it to each other, "
                "in person or on a call you trust, and pair only if every digit is the same."
            ).format(name=card.name)
        )
        how.setWordWrap(True)
        self.number = QLabel("\n".join(number.lines()))
        self.number.setObjectName("safety-number")
        font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        font.setPointSizeF(max(font.pointSizeF(), 10) * 1.8)
        font.setWeight(QFont.Weight.DemiBold)
        self.number.setFont(font)
        self.number.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.number.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.number.setAccessibleName(self.tr("Safety number"))
        self.number.setAccessibleDescription(str(number))
        self.match_button = QPushButton(self.tr("They &match"))
        self.match_button.setAccessibleName(self.tr("They match: pair with this colleague"))
        self.match_button.clicked.connect(self.accept)
        self.differ_button = QPushButton(self.tr("They &don't match"))
        self.differ_button.setAccessibleName(self.tr("They don't match: do not pair"))
        self.differ_button.clicked.connect(self.reject)
        self.team_choice = QComboBox()
        self.team_choice.setAccessibleName(self.tr("Who the colleague is in your team"))
        for practitioner in stand_ins or []:
            self.team_choice.addItem(
                self.tr("{name} (already in your team)").format(name=practitioner.name),
                practitioner.id,
            )
        self.team_choice.addItem(self.tr("a new team member"), "")
        self.team_choice.setCurrentIndex(self.team_choice.findData(suggested))
        self.team_row = QWidget()
        team_form = QFormLayout(self.team_row)
        team_form.setContentsMargins(0, 0, 0, 0)
        team_form.addRow(self.tr("In your &team as:"), self.team_choice)
        self.team_row.setVisible(bool(stand_ins))
        for button in (self.match_button, self.differ_button):
            # Neither is ever the default (Qt would make "They match" one whenever the
            # focus is elsewhere, and draw it so): Enter presses the focused button only
            # (keyPressEvent).
            button.setAutoDefault(False)
            button.setDefault(False)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.match_button)
        buttons.addWidget(self.differ_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.who)
        layout.addWidget(how)
        layout.addSpacing(12)
        layout.addWidget(self.number)
        layout.addSpacing(12)
        layout.addWidget(self.team_row)
        layout.addLayout(buttons)
        self.differ_button.setFocus(Qt.FocusReason.OtherFocusReason)

    def stand_in(self) -> str:
        """The id of the team's practitioner who is the colleague; "" for a new team member."""
        return str(self.team_choice.currentData() or "")

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt override)
        """Enter presses only the button that has the focus; anywhere else it does nothing.

        A dialog's usual Enter presses its default button wherever the focus is; here
        that paired from the team choice without anyone saying the numbers match.
        """
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            focused = self.focusWidget()
            if focused in (self.match_button, self.differ_button):
                focused.click()
            event.accept()
            return
        super().keyPressEvent(event)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt override)
        """Open with "They don't match" focused (a stray Enter never pairs)."""
        super().showEvent(event)
        self.differ_button.setFocus(Qt.FocusReason.OtherFocusReason)
