"""The vault's SQLite file: schema, durable transactions, the one-writer lock.

Nothing here knows about keys or records' meaning; it stores opaque rows
(ids, kinds, revisions, ciphertexts) and a small header. See
``docs/vault-format.md``.
"""

from __future__ import annotations

import contextlib
import errno
import os
import sqlite3
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import sqlite_utils

from odnotes import writerlock
from odnotes.errors import (
    DamagedVault,
    NotAVault,
    StorageError,
    UnsupportedVersion,
    VaultExists,
)
from odnotes.i18n import N_

FORMAT_VERSION = 1

# What reading a damaged file can raise: SQLite's own errors, and a UnicodeDecodeError
# when SQLite's message quotes a damaged schema name that is no longer UTF-8.
FILE_DAMAGE: tuple[type[Exception], ...] = (sqlite3.DatabaseError, UnicodeDecodeError)
APPLICATION_ID = 0x4F444E56  # "ODNV"
SUFFIX = ".odvault"

SCHEMA = """
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE records (
    record_id TEXT NOT NULL,
    revision INTEGER NOT NULL CHECK (revision >= 1),
    kind TEXT NOT NULL,
    writer TEXT NOT NULL,
    nonce BLOB NOT NULL,
    ciphertext BLOB NOT NULL,
    digest BLOB NOT NULL,
    PRIMARY KEY (record_id, revision)
) WITHOUT ROWID;
CREATE TRIGGER records_append_only_update BEFORE UPDATE ON records
BEGIN SELECT RAISE(ABORT, 'records are append-only'); END;
CREATE TRIGGER records_append_only_delete BEFORE DELETE ON records
BEGIN SELECT RAISE(ABORT, 'records are append-only'); END;
"""


def storage_error(error: BaseException, doing: str) -> StorageError:
    """A human message for a failed write; never includes row contents."""
    text = str(error).lower()
    code = error.errno if isinstance(error, OSError) else None
    if code in (errno.ENOSPC, errno.EDQUOT) or "full" in text:
        return StorageError(f"The disk is full, so {doing} did not happen. Nothing was changed.")
    if code == errno.EFBIG:
        return StorageError(
            f"The file is too large for this disk (some USB sticks hold files of at most "
            f"4 GB), so {doing} did not happen. Nothing was changed."
        )
    if "readonly" in text or "read-only" in text or isinstance(error, PermissionError):
        return StorageError(
            f"The vault's folder cannot be written to, so {doing} did not happen. "
            "Nothing was changed."
        )
    return StorageError(f"The disk refused the write, so {doing} did not happen ({error}).")


def _connect(path: Path, *, readonly: bool) -> sqlite3.Connection:
    uri = path.resolve().as_uri() + ("?mode=ro" if readonly else "?mode=rw")
    conn = sqlite3.connect(uri, uri=True, isolation_level=None, check_same_thread=False)
    conn.execute("PRAGMA busy_timeout = 5000")
    conn.execute("PRAGMA temp_store = MEMORY")
    if not readonly:
        conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("PRAGMA synchronous = FULL")
        conn.execute("PRAGMA secure_delete = ON")
    return conn


class VaultFile:
    """One open vault file: the header (``meta``) and the append-only ``records`` rows."""

    def __init__(self, path: Path, *, readonly: bool = False) -> None:
        self.path = path
        self.readonly = readonly
        if not path.is_file():
            raise NotAVault(N_("There is no vault at %(path)s."), path=str(path))
        self._identity = writerlock.connection_opened(path)
        try:
            self.conn = _connect(path, readonly=readonly)
            self._check_header()
        except FILE_DAMAGE:
            writerlock.connection_closed(self._identity)
            raise NotAVault(
                N_("%(file)s is not an OD Notes vault, or it is badly damaged."), file=path.name
            ) from None
        except BaseException:
            writerlock.connection_closed(self._identity)
            raise
        self.db = sqlite_utils.Database(self.conn)
        self._closed = False
        self._journal = None if readonly else JournalGuard(path)

    def _check_header(self) -> None:
        (app_id,) = self.conn.execute("PRAGMA application_id").fetchone()
        (version,) = self.conn.execute("PRAGMA user_version").fetchone()
        if app_id != APPLICATION_ID:
            self.conn.close()
            raise NotAVault(N_("%(file)s is not an OD Notes vault."), file=self.path.name)
        if version > FORMAT_VERSION:
            self.conn.close()
            raise UnsupportedVersion(
                N_(
                    "This vault was written by a newer version of OD Notes (format "
                    "%(version)s); please update OD Notes to open it."
                ),
                version=version,
            )
        if version < 1:
            self.conn.close()
            raise NotAVault(N_("%(file)s is not a complete OD Notes vault."), file=self.path.name)

    @staticmethod
    def create(path: Path, meta: dict[str, str]) -> None:
        """Write a new, empty vault atomically: built beside ``path``, then linked into place."""
        if path.exists():
            raise VaultExists(f"{path.name} already exists; OD Notes never writes over a vault.")
        building = path.with_name(f".{path.name}.creating-{os.getpid()}")
        try:
            fd = os.open(building, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600)
            os.close(fd)
            conn = sqlite3.connect(building, isolation_level=None)
            try:
                conn.execute("PRAGMA journal_mode = WAL")
                conn.execute("PRAGMA synchronous = FULL")
                conn.executescript(SCHEMA)
                conn.execute("BEGIN IMMEDIATE")
                conn.executemany("INSERT INTO meta (key, value) VALUES (?, ?)", meta.items())
                conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
                conn.execute(f"PRAGMA user_version = {FORMAT_VERSION}")
                conn.execute("COMMIT")
                conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            finally:
                conn.close()
            publish(building, path)
        except (OSError, sqlite3.Error) as error:
            raise storage_error(error, "creating the vault") from None
        finally:
            for leftover in (building, Path(f"{building}-wal"), Path(f"{building}-shm")):
                with contextlib.suppress(OSError):  # gone, or the disk refuses even this
                    leftover.unlink()

    def meta(self) -> dict[str, str]:
        """The whole header."""
        try:
            meta = {row["key"]: row["value"] for row in self.db["meta"].rows}
        except FILE_DAMAGE:
            raise NotAVault(
                N_("%(file)s is not an OD Notes vault, or it is badly damaged."),
                file=self.path.name,
            ) from None
        if not all(isinstance(k, str) and isinstance(v, str) for k, v in meta.items()):
            # A damaged byte can turn a stored text into a blob or a number.
            raise DamagedVault(
                N_("The vault's header is damaged; please restore your latest backup.")
            )
        return meta

    @contextlib.contextmanager
    def transaction(self, doing: str) -> Iterator[sqlite3.Connection]:
        """One durable ``BEGIN IMMEDIATE`` transaction; any failure rolls back and says why.

        The commit happens only while the WAL file SQLite writes to is still the
        one in the vault's folder (see :class:`JournalGuard`).
        """
        if self._journal is not None:
            self._journal.check_not_stopped()
        try:
            self.conn.execute("BEGIN IMMEDIATE")
        except sqlite3.Error as error:
            raise storage_error(error, doing) from None
        try:
            yield self.conn
            if self._journal is not None:
                self._journal.before_commit(self.conn)
            self.conn.execute("COMMIT")
        except sqlite3.Error as error:
            with contextlib.suppress(sqlite3.Error):
                self.conn.execute("ROLLBACK")
            raise storage_error(error, doing) from None
        except BaseException:
            with contextlib.suppress(sqlite3.Error):
                self.conn.execute("ROLLBACK")
            raise
        if self._journal is not None:
            self._journal.after_commit(self.conn)

    def check_journal(self) -> str:
        """ "" while the WAL is the vault's own; else why saving has stopped (see JournalGuard)."""
        return self._journal.check(self.conn) if self._journal is not None else ""

    def rows(self, sql: str, params: tuple[Any, ...] = ()) -> list[dict[str, Any]]:
        """Run a read query (sqlite-utils' dict rows)."""
        return list(self.db.query(sql, params))

    def backup_into(self, target: Path) -> None:
        """A consistent copy through SQLite's backup API (never a file copy of a live WAL)."""
        fd = os.open(target, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600)
        os.close(fd)
        copy = sqlite3.connect(target)
        try:
            self.conn.backup(copy)
            copy.execute("PRAGMA journal_mode = DELETE")
        finally:
            copy.close()

    def close(self) -> None:
        """Close the connection (SQLite checkpoints the WAL when the last one closes)."""
        if self._closed:
            return
        self._closed = True
        with contextlib.suppress(sqlite3.Error):
            self.conn.close()
        writerlock.connection_closed(self._identity)


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
                found.append(writerlock.identity(side))
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


def publish(built: Path, target: Path) -> None:
    """Move a finished file into place without ever replacing an existing one."""
    fsync_file(built)
    try:
        os.link(built, target)
    except FileExistsError:
        raise VaultExists(f"{target.name} already exists; OD Notes never writes over it.") from None
    except OSError:
        # Filesystems without hard links: check, then rename (a narrow race, stated here).
        if target.exists():
            raise VaultExists(
                f"{target.name} already exists; OD Notes never writes over it."
            ) from None
        os.replace(built, target)
    else:
        built.unlink()
    fsync_dir(target.parent)


def fsync_file(path: Path) -> None:
    """Flush a file's bytes to the disk."""
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def fsync_dir(folder: Path) -> None:
    """Flush a folder's entries (a rename is durable only after this), where supported."""
    if sys.platform == "win32":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
