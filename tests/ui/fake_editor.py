"""A test double of the meeting editor contract (``ui.editor.MeetingEditor``).

The real editor is built in its own package; the shell only calls this contract,
so its tests use this small stand-in, monkeypatched in by ``conftest.py``.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLabel, QPlainTextEdit, QVBoxLayout, QWidget

from odnotes.model import Meeting, Purpose
from odnotes.vault import Vault


class FakeMeetingEditor(QWidget):
    """Edits the purpose text only; records the calls the shell makes.

    Signals:
        saved(str): the meeting id after a save.
        title_changed(str): the tab title.
        summary_requested(str): the meeting id whose summary to preview.
    """

    saved = Signal(str)
    title_changed = Signal(str)
    summary_requested = Signal(str)
    instances: list[FakeMeetingEditor] = []

    def __init__(self, vault: Vault, meeting_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._vault = vault
        self._meeting_id = meeting_id
        self.calls: list[tuple[str, str]] = []
        self.save_count = 0
        meeting = vault.get(Meeting, meeting_id)
        self.purpose = QPlainTextEdit(meeting.purpose.text)
        self.purpose.setAccessibleName("What the network wanted to talk about")
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel("Fake editor"))
        layout.addWidget(self.purpose)
        FakeMeetingEditor.instances.append(self)

    def meeting_id(self) -> str:
        return self._meeting_id

    def title(self) -> str:
        meeting = self._vault.get(Meeting, self._meeting_id)
        state = "finalised" if meeting.is_final else "draft"
        return f"Meeting of {meeting.starts_at:%a %d %b %Y, %H:%M} ({state})"

    def announce_title(self) -> None:
        """What the real editor does when the meeting changes state (finalised, amended)."""
        self.title_changed.emit(self.title())

    def save_now(self) -> None:
        meeting = self._vault.get(Meeting, self._meeting_id)
        if meeting.purpose.text != self.purpose.toPlainText() and not meeting.is_final:
            meeting.purpose = Purpose(self.purpose.toPlainText(), id=meeting.purpose.id)
            self._vault.save(meeting)
        self.save_count += 1
        self.saved.emit(self._meeting_id)

    def show_section(self, name: str) -> None:
        self.calls.append(("show_section", name))

    def reveal_item(self, item_id: str) -> None:
        self.calls.append(("reveal_item", item_id))
