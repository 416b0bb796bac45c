"""What every section of the editor shares: the session, the names, and where items are."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from PySide6.QtWidgets import QWidget

from odnotes.model import Meeting
from ui.editor.directory import Directory
from ui.editor.session import EditSession


@dataclass
class EditorContext:
    """Passed to each section: write into ``meeting``, then call :meth:`edited`."""

    session: EditSession
    directory: Directory
    people_changed: Callable[[], None]
    item_widgets: dict[str, QWidget] = field(default_factory=dict)

    @property
    def meeting(self) -> Meeting:
        """The one working copy."""
        return self.session.meeting

    @property
    def editable(self) -> bool:
        """Whether widgets accept edits."""
        return self.session.editable

    def edited(self) -> None:
        """A widget wrote into the working copy."""
        self.session.touch()

    def register(self, item_id: str, widget: QWidget) -> None:
        """Remember the widget that edits ``item_id`` (for reveal_item)."""
        self.item_widgets[item_id] = widget
