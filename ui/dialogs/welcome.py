"""First launch: create a vault, open a vault file, or look around the fictional demo."""

from __future__ import annotations

from enum import Enum
from pathlib import Path

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import (
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ui.dialogs.create_vault import vault_filter
from ui.dialogs.file_dialogs import open_file_name
from ui.dialogs.fitting import FittingDialog


class WelcomeChoice(Enum):
    """What the user chose on the welcome screen."""

    CREATE = "create"
    OPEN = "open"
    DEMO = "demo"


class WelcomeDialog(FittingDialog):
    """Accepted with ``choice`` set (and ``path`` for OPEN)."""

    def __init__(self, recent: list[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.choice: WelcomeChoice | None = None
        self.path: Path | None = None
        self.setWindowTitle(self.tr("Welcome — OD Notes"))
        icon = QLabel()
        icon.setPixmap(QIcon.fromTheme("odnotes", self.windowIcon()).pixmap(QSize(72, 72)))
        icon.setAlignment(Qt.AlignmentFlag.AlignCenter)
        heading = QLabel(self.tr("<h2>OD Notes</h2>"))
        heading.setAlignment(Qt.AlignmentFlag.AlignCenter)
        intro = QLabel(
            self.tr(
                "Write up network meetings after they happen, keep them encrypted on this laptop, "
                "and print plain-language summaries for the network."
            )
        )
        intro.setWordWrap(True)
        intro.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        layout.addWidget(icon)
        layout.addWidget(heading)
        layout.addWidget(intro)
        layout.addSpacing(8)
        self.create_button = self._big_button(
            self.tr("&Create a new vault"),
            self.tr("Start here: a new encrypted file for your networks."),
            WelcomeChoice.CREATE,
        )
        self.open_button = self._big_button(
            self.tr("&Open a vault file…"),
            self.tr("A vault you or your team made before."),
            WelcomeChoice.OPEN,
        )
        self.demo_button = self._big_button(
            self.tr("Look around the &demo vault"),
            self.tr("A fictional network with three meetings. Nobody in it is real."),
            WelcomeChoice.DEMO,
        )
        for button in (self.create_button, self.open_button, self.demo_button):
            layout.addWidget(button)
        self.recent = QListWidget()
        self.recent.setAccessibleName(self.tr("Recent vaults"))
        for path in recent:
            item = QListWidgetItem(Path(path).stem)
            item.setToolTip(path)
            item.setData(Qt.ItemDataRole.UserRole, path)
            self.recent.addItem(item)
        self.recent.itemActivated.connect(self._open_recent)
        if recent:
            recent_label = QLabel(self.tr("&Recent vaults:"))
            recent_label.setBuddy(self.recent)
            layout.addWidget(recent_label)
            layout.addWidget(self.recent)
            self.recent.setMaximumHeight(110)
        self.setMinimumWidth(520)

    def _big_button(self, title: str, detail: str, choice: WelcomeChoice) -> QPushButton:
        button = QPushButton(f"{title}\n{detail}")
        button.setAccessibleName(title.replace("&", ""))
        button.setAccessibleDescription(detail)
        button.setMinimumHeight(58)
        button.setStyleSheet("QPushButton { text-align: left; padding: 8px 14px; }")
        button.clicked.connect(lambda: self._choose(choice))
        return button

    def _choose(self, choice: WelcomeChoice) -> None:
        if choice is WelcomeChoice.OPEN:
            chosen = open_file_name(self, self.tr("Open a vault"), vault_filter())
            if chosen is None:
                return
            self.path = chosen
        self.choice = choice
        self.accept()

    def _open_recent(self, item: QListWidgetItem) -> None:
        self.path = Path(item.data(Qt.ItemDataRole.UserRole))
        self.choice = WelcomeChoice.OPEN
        self.accept()
