"""The meeting editor (issue 3): ``MeetingEditor(vault, meeting_id, parent)``."""

from ui.editor.editor import MeetingEditor

__all__ = ["MeetingEditor"]
