"""The two things to compare against: the same JSON records in plain SQLite and in SQLCipher 4.

Both files use the vault's table shape (one row per revision, keyed by
record id and revision, ``WITHOUT ROWID``), are opened with the vault's
pragmas, read with the vault's "latest revision" query through sqlite-utils,
and parsed and indexed (or decoded) as the vault's are, so the only difference
left is how the bytes are protected: nothing (plain), SQLCipher's page
encryption, or our AES-GCM per row plus the vault's integrity tags.
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
from collections.abc import Iterable
from datetime import datetime
from pathlib import Path
from typing import Any

import sqlite_utils

from odnotes.codec import from_plain, to_plain
from odnotes.model import RECORD_TYPES, Record, utc_now

# A fixed raw key: the SQLCipher file holds fictional data only. A raw key skips
# SQLCipher's PBKDF2, as our measurement of opening skips Argon2id.
SQLCIPHER_KEY = "x'" + hashlib.sha256(b"odnotes benchmark, fictional data").hexdigest() + "'"

SCHEMA = """
CREATE TABLE IF NOT EXISTS records (
    record_id TEXT NOT NULL,
    revision INTEGER NOT NULL,
    kind TEXT NOT NULL,
    body TEXT NOT NULL,
    PRIMARY KEY (record_id, revision)
) WITHOUT ROWID;
"""
LATEST = (
    "SELECT r.* FROM records r WHERE r.revision = "
    "(SELECT MAX(revision) FROM records WHERE record_id = r.record_id)"
)


class Store:
    """One baseline file: plain SQLite or SQLCipher, same schema and pragmas as a vault."""

    def __init__(self, conn: Any, *, create: bool = False) -> None:
        self.conn = conn
        self.conn.execute("PRAGMA busy_timeout = 5000")
        self.conn.execute("PRAGMA temp_store = MEMORY")
        self.conn.execute("PRAGMA journal_mode = WAL")
        self.conn.execute("PRAGMA synchronous = FULL")
        self.conn.execute("PRAGMA secure_delete = ON")
        if create:
            self.conn.executescript(SCHEMA)
        self.db = sqlite_utils.Database(self.conn)

    def insert(self, rows: list[tuple[str, int, str, str]]) -> None:
        """Insert rows in one durable transaction."""
        self.conn.execute("BEGIN IMMEDIATE")
        self.conn.executemany("INSERT INTO records VALUES (?, ?, ?, ?)", rows)
        self.conn.execute("COMMIT")

    def save(self, record: Record, revision: int) -> None:
        """One record as a new revision, durably (the baseline of a vault save)."""
        self.insert(rows_for([record], revision))

    def latest(self) -> dict[str, Record]:
        """Every live record, decoded exactly as the vault decodes its plaintext."""
        found: dict[str, Record] = {}
        for row in self.db.query(LATEST):
            envelope = json.loads(row["body"])
            record = from_plain(RECORD_TYPES[row["kind"]], envelope["record"])
            datetime.fromisoformat(envelope["saved_at"])
            if record.id != row["record_id"]:
                raise ValueError("a row belongs to another record")
            if not envelope["deleted"]:
                found[row["record_id"]] = record
        return found

    def latest_plain(self) -> list[tuple[str, dict[str, Any], int]]:
        """Every live record as (kind, plain data, revision), parsed but not decoded.

        What the vault's background index pass reads, so the open-and-index
        pipelines differ only in how the bytes are protected.
        """
        found = []
        for row in self.db.query(LATEST):
            envelope = json.loads(row["body"])
            plain = envelope["record"]
            datetime.fromisoformat(envelope["saved_at"])
            if plain.get("id") != row["record_id"]:
                raise ValueError("a row belongs to another record")
            if not envelope["deleted"]:
                found.append((row["kind"], plain, row["revision"]))
        return found

    def close(self) -> None:
        self.conn.close()


def rows_for(records: Iterable[Record], revision: int = 1) -> list[tuple[str, int, str, str]]:
    """The rows for records: the same JSON envelope the vault encrypts."""
    saved_at = utc_now().isoformat()
    rows = []
    for record in records:
        envelope = {"saved_at": saved_at, "deleted": False, "record": to_plain(record)}
        body = json.dumps(envelope, ensure_ascii=False, separators=(",", ":"))
        rows.append((record.id, revision, record.KIND, body))
    return rows


def _plain_connection(path: Path) -> sqlite3.Connection:
    return sqlite3.connect(path, isolation_level=None, check_same_thread=False)


def _sqlcipher_connection(path: Path) -> Any:
    import sqlcipher3  # the bench extra; imported here so the rest runs without it

    conn = sqlcipher3.connect(str(path), isolation_level=None, check_same_thread=False)
    conn.execute(f'PRAGMA key = "{SQLCIPHER_KEY}"')
    return conn


def create_plain(path: Path) -> Store:
    """A new plain SQLite baseline file."""
    return Store(_plain_connection(path), create=True)


def open_plain(path: Path) -> Store:
    """Open the plain SQLite baseline."""
    return Store(_plain_connection(path))


def create_sqlcipher(path: Path) -> Store:
    """A new SQLCipher 4 baseline file (default cipher settings)."""
    return Store(_sqlcipher_connection(path), create=True)


def open_sqlcipher(path: Path) -> Store:
    """Open the SQLCipher baseline with its raw key."""
    return Store(_sqlcipher_connection(path))


def sqlcipher_version() -> str:
    """SQLCipher's own version string, for the report."""
    conn = _sqlcipher_connection(Path(":memory:"))
    try:
        return str(conn.execute("PRAGMA cipher_version").fetchone()[0])
    finally:
        conn.close()
