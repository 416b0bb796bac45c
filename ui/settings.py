"""Non-clinical preferences in QSettings: never a name, never a word from a note.

Only geometry, recent vault paths, the last folder a file dialog used, idle
minutes, theme, font size, the app's language, how many characters the
clinical record's text box takes, and a crash-recovery marker (record ids, not
content) are ever written here.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings

from odnotes.recordnote import DEFAULT_LIMIT

DEFAULT_IDLE_MINUTES = 5
DEFAULT_FONT_POINTS = 11
THEMES = ("system", "light", "dark")
UI_LANGUAGES = ("en", "fi", "de", "pl")
"""Languages the app can speak; ``""`` in the settings means "follow the system"."""
MAX_RECENT = 6
RECORD_LIMITS = (200, 100_000)
"""The shortest and longest text box a clinical record's limit may be set to."""


class Settings:
    """Typed access to the app's QSettings (an INI file, so tests can read its bytes)."""

    def __init__(self, path: str | Path | None = None) -> None:
        if path is None:
            self._qs = QSettings(
                QSettings.Format.IniFormat, QSettings.Scope.UserScope, "OD Notes", "odnotes"
            )
        else:
            self._qs = QSettings(str(path), QSettings.Format.IniFormat)

    @property
    def file_name(self) -> str:
        """Where the settings live (shown in the About box, read by tests)."""
        return self._qs.fileName()

    def sync(self) -> None:
        """Write to disk now."""
        self._qs.sync()

    # -- window ----------------------------------------------------------------

    def geometry(self) -> QByteArray | None:
        """The main window's saved geometry, if any."""
        value = self._qs.value("window/geometry")
        return value if isinstance(value, QByteArray) else None

    def set_geometry(self, geometry: QByteArray) -> None:
        """Remember the main window's geometry."""
        self._qs.setValue("window/geometry", geometry)

    # -- recent vaults ---------------------------------------------------------

    def recent_vaults(self) -> list[str]:
        """Vault files opened before, most recent first, that still exist."""
        value = self._qs.value("vaults/recent", [])
        paths = (
            [value] if isinstance(value, str) else list(value) if isinstance(value, list) else []
        )
        return [p for p in paths if isinstance(p, str) and Path(p).is_file()]

    def add_recent_vault(self, path: str | Path) -> None:
        """Put a vault path first in the recent list."""
        text = str(Path(path).resolve())
        paths = [text, *[p for p in self.recent_vaults() if p != text]][:MAX_RECENT]
        self._qs.setValue("vaults/recent", paths)

    # -- file dialogs ------------------------------------------------------------

    def last_folder(self) -> str:
        """The folder the last file dialog was used in (never a file name), or ``""``."""
        value = self._qs.value("files/last_folder", "")
        return value if isinstance(value, str) else ""

    def set_last_folder(self, folder: str) -> None:
        """Remember where the next file dialog should open."""
        self._qs.setValue("files/last_folder", folder)

    # -- working with colleagues ------------------------------------------------

    def sharing_practitioner(self, vault_path: str | Path) -> str:
        """Which of a vault's practitioners uses it on this laptop: an id, never a name
        (the key is a digest of the vault's path, so not even the path is spelled out)."""
        value = self._qs.value(f"sharing/{_vault_key(vault_path)}/practitioner", "")
        return value if isinstance(value, str) else ""

    def set_sharing_practitioner(self, vault_path: str | Path, practitioner_id: str) -> None:
        """Remember who uses the vault here (its exchange files are sent in their name)."""
        self._qs.setValue(f"sharing/{_vault_key(vault_path)}/practitioner", practitioner_id)

    # -- preferences -------------------------------------------------------------

    def idle_minutes(self) -> int:
        """Minutes without input before the vault locks itself."""
        return self._int("lock/idle_minutes", DEFAULT_IDLE_MINUTES, 1, 120)

    def set_idle_minutes(self, minutes: int) -> None:
        """Change the auto-lock delay (1 to 120 minutes)."""
        self._qs.setValue("lock/idle_minutes", max(1, min(120, int(minutes))))

    def font_points(self) -> int:
        """The base font size in points."""
        return self._int("look/font_points", DEFAULT_FONT_POINTS, 8, 24)

    def set_font_points(self, points: int) -> None:
        """Change the base font size (8 to 24 points)."""
        self._qs.setValue("look/font_points", max(8, min(24, int(points))))

    def theme(self) -> str:
        """``system``, ``light`` or ``dark``."""
        value = self._qs.value("look/theme", "system")
        return value if value in THEMES else "system"

    def set_theme(self, theme: str) -> None:
        """Choose the colour scheme; unknown names fall back to the system's."""
        self._qs.setValue("look/theme", theme if theme in THEMES else "system")

    def language(self) -> str:
        """The language chosen for the app (``fi``, ``de``…), or ``""`` to follow the system."""
        value = self._qs.value("look/language", "")
        return value if value in UI_LANGUAGES else ""

    def set_language(self, code: str) -> None:
        """Choose the app's language from its next start; unknown codes follow the system."""
        self._qs.setValue("look/language", code if code in UI_LANGUAGES else "")

    def record_note_limit(self) -> int:
        """Characters the clinical record's text box takes (longer notes offer a short form)."""
        return self._int("record/limit", DEFAULT_LIMIT, *RECORD_LIMITS)

    def set_record_note_limit(self, characters: int) -> None:
        """Change the clinical record's limit (kept within :data:`RECORD_LIMITS`)."""
        low, high = RECORD_LIMITS
        self._qs.setValue("record/limit", max(low, min(high, int(characters))))

    # -- crash recovery ------------------------------------------------------------

    def open_session(self) -> tuple[str, str] | None:
        """``(vault path, meeting id)`` of a session that did not end cleanly."""
        path = self._qs.value("session/vault", "")
        meeting = self._qs.value("session/meeting", "")
        if isinstance(path, str) and path and isinstance(meeting, str):
            return path, meeting
        return None

    def mark_session(self, vault_path: str | Path, meeting_id: str = "") -> None:
        """Note that a session is open (with the meeting being written, if any)."""
        self._qs.setValue("session/vault", str(Path(vault_path).resolve()))
        self._qs.setValue("session/meeting", meeting_id)
        self._qs.sync()

    def clear_session(self) -> None:
        """The session ended cleanly."""
        self._qs.remove("session")
        self._qs.sync()

    def _int(self, key: str, default: int, low: int, high: int) -> int:
        try:
            value = int(str(self._qs.value(key, default)))
        except ValueError:
            return default
        return value if low <= value <= high else default


def _vault_key(vault_path: str | Path) -> str:
    """A settings key for one vault file that does not spell out its path."""
    return hashlib.sha256(str(Path(vault_path).resolve()).encode()).hexdigest()[:16]
