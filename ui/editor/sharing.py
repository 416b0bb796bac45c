"""The shared / team-only switch every item carries."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QToolButton, QWidget

from odnotes.model import Item, Sharing
from ui.editor.reason_dialog import ReasonDialog
from ui.editor.widgets import modal
from ui.editor.widgets import rich_escape as escape


class SharingToggle(QWidget):
    """A visible "Shared" / "Team only" button; team-only asks for a required reason.

    ``item`` returns the item to change (creating it first if it is not yet in the
    meeting), so the toggle works on boxes that have not been typed in yet.

    Signals:
        sharing_changed(): the item's sharing was changed.
    """

    sharing_changed = Signal()

    def __init__(
        self,
        item: Callable[[], Item],
        current: Sharing,
        *,
        what: str,
        editable: bool,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._item = item
        self._what = what
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        self.reason_label = QLabel()
        self.reason_label.setWordWrap(False)
        self.button = QToolButton()
        self.button.setCheckable(True)
        self.button.setEnabled(editable)
        self.button.setAutoRaise(False)
        layout.addWidget(self.reason_label)
        layout.addWidget(self.button)
        self.button.clicked.connect(self._clicked)
        self._show(current)

    def _show(self, sharing: Sharing) -> None:
        team_only = not sharing.shared
        self.button.setChecked(team_only)
        self.button.setText(
            self.tr("Team only") if team_only else self.tr("Shared with the network")
        )
        self.button.setAccessibleName(
            self.tr("Sharing of {what}: ").format(what=self._what)
            + (self.tr("team only") if team_only else self.tr("shared with the network"))
        )
        self.button.setToolTip(
            self.tr("Kept to the team. Click to share it with the network again.")
            if team_only
            else self.tr(
                "Goes into the network's summary. Click to keep it to the team (needs a reason)."
            )
        )
        reason = sharing.reason if team_only else ""
        short = reason if len(reason) <= 48 else reason[:47] + "…"
        self.reason_label.setText(f"<i>{escape(short)}</i>" if short else "")
        self.reason_label.setToolTip(reason)
        self.reason_label.setVisible(bool(short))

    def _clicked(self) -> None:
        item = self._item()
        if item.sharing.shared:
            dialog = ReasonDialog(
                self.tr("Keep to the team"),
                self.tr(
                    "Why is {what} kept out of the network's summary? The summary will say "
                    "that something was held back."
                ).format(what=self._what),
                ok_text=self.tr("Keep to the team"),
                parent=self,
            )
            with modal(dialog) as accepted:
                reason = dialog.reason()
            if not accepted:
                self._show(item.sharing)
                return
            item.sharing = Sharing.team_only(reason)
        else:
            item.sharing = Sharing()
        self._show(item.sharing)
        self.sharing_changed.emit()
