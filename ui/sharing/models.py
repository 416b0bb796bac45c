"""The colleagues lists: paired cards, and the ones a network is shared with."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from PySide6.QtCore import QObject

from odnotes.exchange import PractitionerCard
from ui.models.table import Column, ObjectTableModel
from ui.words import role_text

NAME, ROLE = range(2)
SHARE = 0


class ColleaguesModel(ObjectTableModel[PractitionerCard]):
    """One row per paired colleague: name and role (``OBJECT_ROLE`` gives the card)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(
            [
                Column(self.tr("Colleague"), lambda c: c.name),
                Column(self.tr("Role"), lambda c: role_text(c.role)),
            ],
            key=lambda c: c.card_id,
            parent=parent,
        )


@dataclass
class ShareChoice:
    """One paired colleague, and whether the network is to be shared with them."""

    card: PractitionerCard
    chosen: bool


def _choose(choice: ShareChoice, value: object) -> None:
    choice.chosen = bool(value)


class ShareChoicesModel(ObjectTableModel[ShareChoice]):
    """Paired colleagues with a check box each: who the network is shared with."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(
            [
                Column(
                    self.tr("Share"),
                    lambda c: self.tr("shared") if c.chosen else self.tr("not shared"),
                    checked=lambda c: c.chosen,
                    apply=_choose,
                ),
                Column(self.tr("Colleague"), lambda c: c.card.name),
                Column(self.tr("Role"), lambda c: role_text(c.card.role)),
            ],
            key=lambda c: c.card.card_id,
            save=lambda _choice: None,  # chosen here, stored when the dialog is accepted
            parent=parent,
        )

    def fill(self, paired: Iterable[PractitionerCard], shared: Iterable[str]) -> None:
        """Every paired colleague, ticked when the network is already shared with them."""
        already = set(shared)
        self.set_rows(ShareChoice(card, card.card_id in already) for card in paired)

    def chosen(self) -> list[str]:
        """Card ids of the colleagues ticked."""
        return [c.card.card_id for c in self.objects() if c.chosen]
