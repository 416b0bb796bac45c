"""Custom item roles shared by every model."""

from PySide6.QtCore import Qt

OBJECT_ROLE = Qt.ItemDataRole.UserRole + 1
"""The domain object behind a row (a Network, Person, Meeting, thread, ...)."""

SORT_ROLE = Qt.ItemDataRole.UserRole + 2
"""A value that sorts correctly (dates as ISO text, counts as numbers)."""
