"""Both versions of each field changed on two laptops, side by side; the practitioner chooses.

For each open conflict: the two texts next to each other, each with who wrote
it and when, and three choices: one version, the other, or a combined text
typed here (for words). No choice is made for the practitioner: a conflict
left unchosen stays open. Saving settles the chosen ones through the core's
``settle``; both versions stay in the record's history.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QGridLayout,
    QGroupBox,
    QLabel,
    QPlainTextEdit,
    QRadioButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from odnotes import sharing
from odnotes.exchange import Conflict
from odnotes.model import Meeting
from odnotes.vault import Vault
from ui.dialogs.buttons import ok_cancel
from ui.dialogs.messages import error_label
from ui.operations import Operation
from ui.sharing.conflicts import (
    Version,
    field_label,
    field_of,
    open_conflicts,
    record_data,
    record_of,
    version,
)

FIRST, SECOND, COMBINED = range(3)


class ConflictChoice(QGroupBox):
    """One conflicting field: both versions, and the choice between them."""

    def __init__(
        self, record_id: str, conflict: Conflict, label: str, first: Version, second: Version
    ) -> None:
        super().__init__(label)
        self.record_id = record_id
        self.conflict = conflict
        self.versions = (first, second)
        self.setAccessibleName(label)
        grid = QGridLayout(self)
        self.group = QButtonGroup(self)
        self.texts: list[QPlainTextEdit] = []
        for column, side in enumerate(self.versions):
            button = QRadioButton(
                self.tr("Keep {writer}’s version ({saved_at})").format(
                    writer=side.writer, saved_at=side.saved_at
                )
            )
            self.group.addButton(button, column)
            text = QPlainTextEdit(side.text)
            text.setReadOnly(True)
            text.setAccessibleName(self.tr("{writer}’s version").format(writer=side.writer))
            self.texts.append(text)
            grid.addWidget(button, 0, column)
            grid.addWidget(text, 1, column)
        self.combine_button = QRadioButton(self.tr("Keep a combined text:"))
        self.group.addButton(self.combine_button, COMBINED)
        self.combined = QPlainTextEdit("\n\n".join(side.text for side in self.versions))
        self.combined.setAccessibleName(self.tr("Combined text"))
        self.combined.textChanged.connect(lambda: self.combine_button.setChecked(True))
        can_combine = all(side.is_text for side in self.versions)
        self.combine_button.setVisible(can_combine)
        self.combined.setVisible(can_combine)
        grid.addWidget(self.combine_button, 2, 0, 1, 2)
        grid.addWidget(self.combined, 3, 0, 1, 2)

    def choice(self) -> int:
        """``FIRST``, ``SECOND``, ``COMBINED``, or -1 while nothing is chosen."""
        return self.group.checkedId()

    def choose(self, which: int) -> None:
        """Tick one of the choices (the keyboard and tests use this too)."""
        button = self.group.button(which)
        if button is not None:
            button.setChecked(True)

    def value(self) -> Any:
        """The value the practitioner chose."""
        which = self.choice()
        if which == COMBINED:
            return self.combined.toPlainText()
        return self.versions[which].value


class ConflictDialog(QDialog):
    """Every open conflict of some records (a meeting, or a network and its people);
    saving settles the ones chosen."""

    def __init__(
        self, vault: Vault, record_ids: Sequence[str], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._vault = vault
        self.setWindowTitle(self.tr("Changed on both laptops"))
        self.resize(900, 600)
        intro = QLabel(
            self.tr(
                "You and a colleague changed the same thing on your own laptops before they "
                "exchanged. Choose which version to keep, or write one text from both. Both "
                "versions stay in the history. What you leave unchosen stays open."
            )
        )
        intro.setWordWrap(True)
        self.choices: list[ConflictChoice] = []
        body = QWidget()
        column = QVBoxLayout(body)
        for record_id in record_ids:
            for choice in _choices(vault, record_id):
                self.choices.append(choice)
                column.addWidget(choice)
        column.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(body)
        self.error = error_label(self.tr("Problem"))
        buttons, self.ok = ok_cancel(self.tr("&Save my choices"), self.tr("Save my choices"))
        buttons.accepted.connect(self.submit)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

    def submit(self) -> None:
        """Settle each chosen conflict; stop at the first refusal and say why."""
        chosen = [c for c in self.choices if c.choice() >= 0]
        if not chosen:
            self.error.setText(self.tr("Choose a version for at least one of them first."))
            self.error.show()
            return

        def settle_each() -> None:
            for choice in chosen:  # the first refusal stops the rest
                sharing.settle(self._vault, choice.record_id, choice.conflict.path, choice.value())

        Operation(self, settle_each).success(lambda _none: self.accept()).tell(self._fail).run()

    def _fail(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()


def _choices(vault: Vault, record_id: str) -> list[ConflictChoice]:
    """One choice per open conflict of a record, labelled by field (and by name, if not a
    meeting: the network or one of its people)."""
    record = record_of(vault, record_id)
    if record is None:
        return []
    data = record_data(record)
    name = "" if isinstance(record, Meeting) else getattr(record, "name", "")
    made = []
    for conflict in open_conflicts(vault, record_id):
        label = field_label(record.KIND, conflict.path, vault, data)
        field = field_of(record.KIND, conflict.path)
        first = version(vault, conflict.ours, conflict.ours_from, field)
        second = version(vault, conflict.theirs, conflict.theirs_from, field)
        made.append(
            ConflictChoice(
                record_id, conflict, f"{name} › {label}" if name else label, first, second
            )
        )
    return made
