"""Writes format-1 vaults as OD Notes 0.1 did, so the upgrade can be tested on any content.

Only the tests use this: the app itself never writes format 1 any more. It
follows the format-1 section of ``docs/vault-format.md`` (one record key for
every record, one keyed multiset hash over every row).
"""

from __future__ import annotations

import hashlib
import hmac
import json
import sqlite3
from pathlib import Path

from odnotes import crypto
from odnotes.codec import to_plain
from odnotes.crypto import KdfParams
from odnotes.model import Record, new_id, utc_now

SCHEMA_V1 = """
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


def _slot(kek: bytes, data_key: bytes, vault_id: str, slot: str, kdf: object) -> str:
    ad = crypto.canonical({"format": 1, "vault_id": vault_id, "slot": slot, "kdf": kdf})
    nonce, wrapped = crypto.seal(kek, data_key, ad)
    return json.dumps({"nonce": nonce.hex(), "ciphertext": wrapped.hex()})


def write_format1(
    path: Path, passphrase: str, kdf: KdfParams, revisions: list[tuple[Record, bool]]
) -> str:
    """A format-1 vault of ``revisions`` (record, deleted) in order; returns its recovery key."""
    vault_id, copy_id = new_id(), new_id()
    data_key, recovery_key = crypto.random_key(), crypto.new_recovery_key()
    record_key = crypto.subkey(data_key, "records", vault_id)
    mac_key = crypto.subkey(data_key, "integrity", vault_id)
    numbers: dict[str, int] = {}
    rows, xor = [], 0
    for record, deleted in revisions:
        revision = numbers[record.id] = numbers.get(record.id, 0) + 1
        envelope = {
            "saved_at": utc_now().isoformat(),
            "deleted": deleted,
            "record": to_plain(record),
        }
        plaintext = json.dumps(envelope, ensure_ascii=False).encode()
        ad = crypto.canonical(["odnotes/1", vault_id, record.KIND, record.id, revision, copy_id])
        nonce, ciphertext = crypto.seal(record_key, plaintext, ad)
        digest = crypto.digest(nonce, ciphertext)
        message = crypto.canonical(["row", record.id, revision, record.KIND, copy_id, digest.hex()])
        xor ^= int.from_bytes(hmac.new(mac_key, message, hashlib.sha256).digest(), "big")
        rows.append((record.id, revision, record.KIND, copy_id, nonce, ciphertext, digest))
    state = crypto.canonical(["state", len(rows), f"{xor:064x}"])
    meta = {
        "format": "1",
        "vault_id": vault_id,
        "copy_id": copy_id,
        "created_at": utc_now().isoformat(),
        "kdf": json.dumps(kdf.to_plain()),
        "slot_passphrase": _slot(
            crypto.derive_key(passphrase, kdf), data_key, vault_id, "passphrase", kdf.to_plain()
        ),
        "slot_recovery": _slot(
            crypto.recovery_kek(recovery_key, vault_id), data_key, vault_id, "recovery", None
        ),
        "integrity_count": str(len(rows)),
        "integrity_xor": f"{xor:064x}",
        "integrity_mac": hmac.new(mac_key, state, hashlib.sha256).hexdigest(),
    }
    conn = sqlite3.connect(path, isolation_level=None)
    try:
        conn.execute("PRAGMA journal_mode = WAL")
        conn.executescript(SCHEMA_V1)
        conn.execute("BEGIN")
        conn.executemany("INSERT INTO meta VALUES (?, ?)", meta.items())
        conn.executemany("INSERT INTO records VALUES (?, ?, ?, ?, ?, ?, ?)", rows)
        conn.execute(f"PRAGMA application_id = {0x4F444E56}")
        conn.execute("PRAGMA user_version = 1")
        conn.execute("COMMIT")
    finally:
        conn.close()
    return recovery_key
