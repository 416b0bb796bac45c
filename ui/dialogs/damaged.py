"""The damaged-vault notice: what failed verification, while everything else stays usable."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialogButtonBox, QLabel, QListWidget, QVBoxLayout, QWidget

from odnotes.vault import Vault
from ui.dialogs.fitting import FittingDialog


def vault_problems(vault: Vault) -> list[str]:
    """Human lines for the records that failed authentication and the whole-vault check."""
    problems = [str(damage) for damage in vault.damaged]
    if not vault.integrity_ok:
        problems.insert(
            0,
            QCoreApplication.translate(
                "ui.dialogs.damaged",
                "The vault-wide integrity check failed: revisions were added or removed "
                "outside OD Notes.",
            ),
        )
    return problems


class DamagedVaultDialog(FittingDialog):
    """Lists the problems found at unlock; the rest of the vault opens as usual."""

    def __init__(self, vault: Vault, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(
            self.tr("{name}: some records could not be read — OD Notes").format(name=vault.name)
        )
        intro = QLabel(
            self.tr(
                "OD Notes found damage in this vault. Everything listed below was left out; "
                "everything else is open and usable as normal. Restoring your latest backup "
                "(with the command line: odnotes restore) may bring the damaged records back."
            )
        )
        intro.setWordWrap(True)
        self.problems = QListWidget()
        self.problems.setAccessibleName(self.tr("Damaged records"))
        self.problems.addItems(vault_problems(vault))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Open the rest"))
        buttons.button(QDialogButtonBox.StandardButton.Ok).setAccessibleName(
            self.tr("Open the rest")
        )
        buttons.accepted.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.problems)
        layout.addWidget(buttons)
        self.resize(620, 360)
