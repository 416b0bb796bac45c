"""The vault's SQLite file: schema, durable transactions, readers for other threads.

Nothing here knows about keys or what records mean; it stores opaque rows
(ids, kinds, revisions, ciphertexts), the wrapped network keys, the
per-network integrity states and a small header. See ``docs/vault-format.md``.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from odnotes.errors import DamagedVault, NotAVault, UnsupportedVersion, VaultExists
from odnotes.files import publish, storage_error
from odnotes.i18n import N_
from odnotes.vault import lock
from odnotes.vault.journal import JournalGuard

FORMAT_VERSION = 2
OLDEST_FORMAT = 1

# What reading a damaged file can raise: SQLite's own errors, and a UnicodeDecodeError
# when SQLite's message quotes a damaged schema name that is no longer UTF-8.
FILE_DAMAGE: tuple[type[Exception], ...] = (sqlite3.DatabaseError, UnicodeDecodeError)
APPLICATION_ID = 0x4F444E56  # "ODNV"
SUFFIX = ".odvault"

# Derived data (see odnotes.vault.search_cache): older format-2 files get it when first written.
SEARCH_CACHE_TABLE = """CREATE TABLE IF NOT EXISTS search_cache (
    network_id TEXT PRIMARY KEY,
    layout INTEGER NOT NULL,
    built_from TEXT NOT NULL,
    nonce BLOB NOT NULL,
    ciphertext BLOB NOT NULL
)"""

# The networks list reads every network row at unlock: a partial index holding those rows
# whole (about 600 bytes each) answers that query from a few pages, not one look-up per row
# (20 ms → 2 ms at 1,500 networks). Older format-2 files get it when opened for writing.
NETWORK_ROWS_INDEX = """CREATE INDEX IF NOT EXISTS records_network_rows ON records (
    kind, record_id, seq, revision, writer, parents, network_id, nonce, ciphertext, digest
) WHERE kind = 'network'"""

SCHEMA = f"""
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE keys (
    network_id TEXT PRIMARY KEY,
    nonce BLOB NOT NULL,
    wrapped BLOB NOT NULL
) WITHOUT ROWID;
CREATE TABLE groups (
    network_id TEXT PRIMARY KEY,
    row_count INTEGER NOT NULL CHECK (row_count >= 0),
    row_xor TEXT NOT NULL
) WITHOUT ROWID;
CREATE TABLE records (
    record_id TEXT NOT NULL,
    seq INTEGER NOT NULL CHECK (seq >= 1),
    revision INTEGER NOT NULL CHECK (revision >= 1),
    writer TEXT NOT NULL,
    parents TEXT NOT NULL,
    network_id TEXT NOT NULL,
    kind TEXT NOT NULL,
    nonce BLOB NOT NULL,
    ciphertext BLOB NOT NULL,
    digest BLOB NOT NULL,
    PRIMARY KEY (record_id, seq),
    UNIQUE (record_id, writer, revision)
) WITHOUT ROWID;
CREATE INDEX records_by_network ON records (network_id, record_id, seq);
CREATE INDEX records_by_kind ON records (kind);
CREATE TABLE purging (network_id TEXT PRIMARY KEY) WITHOUT ROWID;
CREATE TRIGGER records_append_only_update BEFORE UPDATE ON records
BEGIN SELECT RAISE(ABORT, 'records are append-only'); END;
CREATE TRIGGER records_append_only_delete BEFORE DELETE ON records
WHEN OLD.network_id NOT IN (SELECT network_id FROM purging)
BEGIN SELECT RAISE(ABORT, 'records are append-only'); END;
CREATE TRIGGER keys_kept_update BEFORE UPDATE ON keys
BEGIN SELECT RAISE(ABORT, 'network keys are never changed'); END;
CREATE TRIGGER keys_kept_delete BEFORE DELETE ON keys
WHEN OLD.network_id NOT IN (SELECT network_id FROM purging)
BEGIN SELECT RAISE(ABORT, 'network keys are only removed by a permanent deletion'); END;
{SEARCH_CACHE_TABLE};
{NETWORK_ROWS_INDEX};
"""

_DAMAGED = N_("%(file)s is not an OD Notes vault, or it is badly damaged.")


def prepare_new(conn: sqlite3.Connection) -> None:
    """Give an empty database the format-2 schema and the vault's application id."""
    conn.executescript(SCHEMA)
    conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    conn.execute(f"PRAGMA user_version = {FORMAT_VERSION}")


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
    """One open vault file. Safe to share between threads: every call takes one lock."""

    def __init__(
        self, path: Path, *, readonly: bool = False, memory: sqlite3.Connection | None = None
    ) -> None:
        self.path = path
        self.readonly = readonly or memory is not None
        if memory is None and not path.is_file():
            raise NotAVault(N_("There is no vault at %(path)s."), path=str(path))
        self._mutex = threading.RLock()
        self._identity = lock.connection_opened(path) if memory is None else None
        self._closed = False
        try:
            self.conn = memory or _connect(path, readonly=readonly)
            self.version = self._check_header()
        except FILE_DAMAGE:
            self._forget()
            raise NotAVault(_DAMAGED, file=path.name) from None
        except BaseException:
            self._forget()
            raise
        self._journal = None if self.readonly else JournalGuard(path)
        self.in_memory = memory is not None
        if not self.readonly and self.version == FORMAT_VERSION:
            # Derived, and only a speed-up: a file too damaged to build it opens without it.
            with contextlib.suppress(*FILE_DAMAGE):
                self.conn.execute(NETWORK_ROWS_INDEX)

    def _forget(self) -> None:
        with contextlib.suppress(sqlite3.Error, AttributeError):
            self.conn.close()
        self._closed = True
        if self._identity is not None:
            lock.connection_closed(self._identity)

    def _check_header(self) -> int:
        (app_id,) = self.conn.execute("PRAGMA application_id").fetchone()
        (version,) = self.conn.execute("PRAGMA user_version").fetchone()
        if app_id != APPLICATION_ID:
            raise NotAVault(N_("%(file)s is not an OD Notes vault."), file=self.path.name)
        if version > FORMAT_VERSION:
            raise UnsupportedVersion(
                N_(
                    "This vault was written by a newer version of OD Notes (format "
                    "%(version)s); please update OD Notes to open it."
                ),
                version=version,
            )
        if version < OLDEST_FORMAT:
            raise NotAVault(N_("%(file)s is not a complete OD Notes vault."), file=self.path.name)
        return int(version)

    @staticmethod
    def create(path: Path, meta: dict[str, str], groups: list[tuple[str, int, str]]) -> None:
        """Write a new, empty vault atomically: built beside ``path``, then linked into place."""
        if path.exists():
            raise VaultExists(
                N_("%(name)s already exists; OD Notes never writes over a vault."), name=path.name
            )
        building = path.with_name(f".{path.name}.creating-{os.getpid()}")
        try:
            fd = os.open(building, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600)
            os.close(fd)
            conn = sqlite3.connect(building, isolation_level=None)
            try:
                conn.execute("PRAGMA journal_mode = WAL")
                conn.execute("PRAGMA synchronous = FULL")
                prepare_new(conn)
                conn.execute("BEGIN IMMEDIATE")
                conn.executemany("INSERT INTO meta (key, value) VALUES (?, ?)", meta.items())
                conn.executemany("INSERT INTO groups VALUES (?, ?, ?)", groups)
                conn.execute("COMMIT")
                conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            finally:
                conn.close()
            publish(building, path)
        except (OSError, sqlite3.Error) as error:
            raise storage_error(error, N_("creating the vault")) from None
        finally:
            for leftover in (building, Path(f"{building}-wal"), Path(f"{building}-shm")):
                with contextlib.suppress(OSError):  # gone, or the disk refuses even this
                    leftover.unlink()

    def meta(self) -> dict[str, str]:
        """The whole header."""
        try:
            rows = self.rows("SELECT key, value FROM meta")
        except FILE_DAMAGE:
            raise NotAVault(_DAMAGED, file=self.path.name) from None
        meta = {row[0]: row[1] for row in rows}
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
        with self._mutex:
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

    def replace_contents(self, source: Path) -> None:
        """Make this file a copy of the vault at ``source``, in one transaction (an upgrade).

        Through SQLite's backup API into this very connection, so the WAL, the
        writer lock and other programs' readers are all respected; a crash
        half-way leaves the file as it was.
        """
        with self._mutex:
            built = sqlite3.connect(f"{source.resolve().as_uri()}?mode=ro", uri=True)
            try:
                built.backup(self.conn)
            except sqlite3.Error as error:
                raise storage_error(error, N_("upgrading the vault")) from None
            finally:
                built.close()
            self.version = self._check_header()

    def check_journal(self) -> str:
        """ "" while the WAL is the vault's own; else why saving has stopped (see JournalGuard)."""
        if self._journal is None:
            return ""
        with self._mutex:
            return self._journal.check(self.conn)

    def rows(self, sql: str, params: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
        """Run a read query; rows as tuples (the fast path: tens of thousands at a time)."""
        with self._mutex:
            return self.conn.execute(sql, params).fetchall()

    def checkpoint_and_vacuum(self) -> None:
        """Rewrite the file without freed pages and empty the WAL (after a permanent deletion)."""
        with self._mutex:
            try:
                self.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
                self.conn.execute("VACUUM")
                self.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            except sqlite3.Error as error:
                raise storage_error(error, N_("removing the deleted network's pages")) from None

    @contextlib.contextmanager
    def reading(self) -> Iterator[VaultFile]:
        """A read-only connection of its own, for reading on another thread."""
        if self.in_memory:  # an upgraded read-only image: one connection, shared under the lock
            yield self
            return
        other = VaultFile(self.path, readonly=True)
        try:
            yield other
        finally:
            other.close()

    def backup_into(self, target: Path) -> None:
        """A consistent copy through SQLite's backup API (never a file copy of a live WAL)."""
        fd = os.open(target, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600)
        os.close(fd)
        copy = sqlite3.connect(target)
        try:
            with self._mutex:
                self.conn.backup(copy)
            copy.execute("PRAGMA journal_mode = DELETE")
        finally:
            copy.close()

    def close(self) -> None:
        """Close the connection (SQLite checkpoints the WAL when the last one closes)."""
        with self._mutex:
            if not self._closed:
                self._forget()
