"""Qt models over the meeting's working copy: each writes straight into it."""

from __future__ import annotations

from PySide6.QtCore import Qt

DOMAIN_ROLE = Qt.ItemDataRole.UserRole + 1
"""The custom role returning the domain object (or id) behind a row."""
