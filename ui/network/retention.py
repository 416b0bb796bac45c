"""How long a network's record is kept, and deleting it for good after a typed confirmation.

Deleting destroys the network's key and removes its rows from the vault file;
nothing in this vault can bring it back, and older backups still hold it, so
the dialog says both plainly and asks for the network's name to be typed.
"""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from ui.editor.moments import DateField
from ui.editor.widgets import ok_cancel


class KeepUntilDialog(QDialog):
    """Until when this network's record is kept; then it is listed as due for deletion."""

    def __init__(self, name: str, keep_until: date | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Keep until"))
        self.setMinimumWidth(480)
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Until when should the record of {name} be kept? On that day it is listed "
                "under “Across all networks” as due for deletion. Nothing is deleted until "
                "someone deletes it."
            ).format(name=name)
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.no_end = QCheckBox(self.tr("&No end date"))
        self.no_end.setAccessibleName(self.tr("Keep with no end date"))
        self.day_edit = DateField(keep_until or date.today() + timedelta(days=365))
        self.day_edit.setAccessibleName(self.tr("Keep until this day"))
        form = QFormLayout()
        form.addRow(self.tr("Keep &until:"), self.day_edit)
        layout.addLayout(form)
        layout.addWidget(self.no_end)
        self.no_end.toggled.connect(lambda on: self.day_edit.setEnabled(not on))
        self.no_end.setChecked(keep_until is None)
        buttons, _ok = ok_cancel(self, self.tr("&Save"))
        layout.addWidget(buttons)

    def keep_until(self) -> date | None:
        """The day chosen, or ``None`` for no end date."""
        return None if self.no_end.isChecked() else self.day_edit.day()


class DeleteNetworkDialog(QDialog):
    """Deleting a network for good: what it means, and the name typed to confirm."""

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._name = name
        self.setWindowTitle(self.tr("Delete permanently"))
        self.setMinimumWidth(520)
        layout = QVBoxLayout(self)
        what = QLabel(
            self.tr(
                "This deletes the network of {name} from this vault for good: its people, "
                "meetings and reflections, and every earlier version of them. Its key is "
                "destroyed and its records are removed from the vault file, so nobody can read "
                "them from this vault again, and there is no undo."
            ).format(name=name)
        )
        what.setWordWrap(True)
        backups = QLabel(
            self.tr(
                "Older backups still contain this network until you delete them. Printed or "
                "exported copies are not affected either."
            )
        )
        backups.setWordWrap(True)
        layout.addWidget(what)
        layout.addWidget(backups)
        self.typed = QLineEdit()
        self.typed.setAccessibleName(self.tr("Type the network's name to confirm"))
        form = QFormLayout()
        form.addRow(self.tr("Type “{name}” to &confirm:").format(name=name), self.typed)
        layout.addLayout(form)
        buttons, self.delete_button = ok_cancel(self, self.tr("&Delete permanently"))
        self.delete_button.setEnabled(False)
        self.delete_button.setAccessibleName(self.tr("Delete the network permanently"))
        layout.addWidget(buttons)
        self.typed.textChanged.connect(self._check)
        self.typed.setFocus()

    def _check(self, text: str) -> None:
        self.delete_button.setEnabled(text.strip().casefold() == self._name.strip().casefold())
