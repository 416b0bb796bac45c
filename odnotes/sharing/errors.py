"""Why a sharing step could not be done, in words a clinician can read."""

from __future__ import annotations

from odnotes.errors import OdNotesError


class SharingError(OdNotesError):
    """Pairing, sharing or syncing was refused; nothing was changed."""
