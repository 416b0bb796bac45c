"""Putting a finalised meeting into the service's clinical record: copy, or save to attach."""

from ui.recordnote.dialog import RecordNoteDialog

__all__ = ["RecordNoteDialog"]
