"""Noticing that another program deleted or replaced the vault's WAL or shared-memory file."""

from __future__ import annotations

import contextlib
import sqlite3
from pathlib import Path

from odnotes.errors import StorageError
from odnotes.vault import lock


class JournalGuard:
    """Notices when another program deletes or replaces the vault's WAL or shared-memory file.

    SQLite keeps writing into the WAL it has open even after the file is gone
    from the folder, so committed saves would vanish when the process ends. The
    guard compares the files' identities around every commit; on a change it
    copies everything committed into the vault file itself (a checkpoint reads
    through SQLite's open descriptor) and refuses every later write.
    """

    def __init__(self, path: Path) -> None:
        self.path = path
        self._sides = [Path(f"{path}-wal"), Path(f"{path}-shm")]
        self._known = self._identities()
        self.stopped = ""

    def _identities(self) -> list[tuple[int, int] | None]:
        found: list[tuple[int, int] | None] = []
        for side in self._sides:
            try:
                found.append(lock.identity(side))
            except OSError:
                found.append(None)
        return found

    def _changed(self) -> str:
        """Which change was seen: "", "gone" or "replaced"."""
        now = self._identities()
        for i, (before, after) in enumerate(zip(self._known, now, strict=True)):
            if before is None:  # created on first use: from now on it must stay
                self._known[i] = after
            elif after is None:
                return "gone"
            elif after != before:
                return "replaced"
        return ""

    def _stop(self, conn: sqlite3.Connection, change: str) -> None:
        with contextlib.suppress(sqlite3.Error):
            conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        name = self.path.name
        if change == "gone":
            self.stopped = (
                f"Another program deleted the journal file beside the vault ({name}-wal or "
                f"{name}-shm) while it was open. Everything saved until now has been written "
                "safely into the vault file, but OD Notes has stopped saving to it: close the "
                "vault and open it again to carry on."
            )
        else:
            self.stopped = (
                f"Another program replaced the journal file beside the vault ({name}-wal or "
                f"{name}-shm) while it was open. Everything saved until now has been written "
                "safely into the vault file, but OD Notes has stopped saving to it: close OD "
                f"Notes, move any {name}-wal and {name}-shm files out of the folder, and open "
                "the vault again."
            )
        self.stopped += (
            " If a sync or clean-up tool works on this folder, keep it away from the "
            ".odvault-wal and .odvault-shm files."
        )

    def check(self, conn: sqlite3.Connection) -> str:
        """Look now (between saves); on a change, rescue and stop. Returns the stop message."""
        if not self.stopped:
            change = self._changed()
            if change:
                self._stop(conn, change)
        return self.stopped

    def check_not_stopped(self) -> None:
        """Refuse to write once a change was seen."""
        if self.stopped:
            raise StorageError(self.stopped)

    def before_commit(self, conn: sqlite3.Connection) -> None:
        """Raise (so the transaction rolls back) if the journal changed under us."""
        change = self._changed()
        if change:
            conn.execute("ROLLBACK")
            self._stop(conn, change)
            raise StorageError(self.stopped)

    def after_commit(self, conn: sqlite3.Connection) -> None:
        """A change during the commit: rescue it into the vault file and stop from now on."""
        change = self._changed()
        if change:
            self._stop(conn, change)
