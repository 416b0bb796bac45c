"""The floor: the same vault file read with nothing but sqlite3, AES-GCM and json.

Written from ``docs/vault-format.md`` alone, without importing OD Notes, so it
is both the least any reader of this file can do and a check that the format
doc is enough to read a vault. Two floors (issue 13, item 3):

- (a) the networks list: unwrap the networks' keys and decrypt the newest
  revision of every network record, nothing else;
- (b) every record: decrypt and parse (``json.loads``) the newest revision of
  every record in the file.

Neither checks the integrity tag, builds objects or validates anything: OD
Notes does all three, so its figures are expected above these, and the ratio
says by how much. Key derivation is not part of either (it is done once, when
the floor is made), as it is not part of the figures they are compared with.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.argon2 import Argon2id
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

ROWS = (
    "SELECT record_id, seq, revision, writer, parents, network_id, kind, nonce, ciphertext, "
    "digest FROM records {where} ORDER BY record_id, seq"
)


def canonical(value: object) -> bytes:
    """The doc's canonical JSON (sorted keys, no spaces, ASCII)."""
    return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=True).encode()


def hkdf(key: bytes, vault_id: str, purpose: str) -> bytes:
    """A format-2 subkey of the data key."""
    return HKDF(
        algorithm=hashes.SHA256(), length=32, salt=vault_id.encode(), info=purpose.encode()
    ).derive(key)


class Floor:
    """One vault file opened read-only, its data key unwrapped from the passphrase slot."""

    def __init__(self, path: Path, passphrase: str) -> None:
        self.conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        meta = dict(self.conn.execute("SELECT key, value FROM meta").fetchall())
        self.vault_id: str = meta["vault_id"]
        kdf = json.loads(meta["kdf"])
        kek = Argon2id(
            salt=bytes.fromhex(kdf["salt"]),
            length=32,
            iterations=kdf["iterations"],
            lanes=kdf["lanes"],
            memory_cost=kdf["memory_kib"],
        ).derive(passphrase.encode())
        slot = json.loads(meta["slot_passphrase"])
        rebuilt = {k: kdf[k] for k in ("algorithm", "memory_kib", "iterations", "lanes", "salt")}
        associated = canonical(
            {
                "format": slot.get("format", 1),
                "vault_id": self.vault_id,
                "slot": "passphrase",
                "kdf": rebuilt,
            }
        )
        self.data_key = AESGCM(kek).decrypt(
            bytes.fromhex(slot["nonce"]), bytes.fromhex(slot["ciphertext"]), associated
        )

    def close(self) -> None:
        self.conn.close()

    def _keys(self, wanted: set[str] | None = None) -> dict[str, AESGCM]:
        """Each network's key (only ``wanted`` ones if given), and the vault-wide key."""
        wrap = AESGCM(hkdf(self.data_key, self.vault_id, "odnotes/2 network keys"))
        keys = {"": AESGCM(hkdf(self.data_key, self.vault_id, "odnotes/2 vault records"))}
        for network_id, nonce, wrapped in self.conn.execute(
            "SELECT network_id, nonce, wrapped FROM keys"
        ):
            if wanted is None or network_id in wanted:
                ad = canonical(["odnotes/2 network key", self.vault_id, network_id])
                keys[network_id] = AESGCM(wrap.decrypt(nonce, wrapped, ad))
        return keys

    def _open(self, row: Any, previous: bytes, keys: dict[str, AESGCM]) -> dict[str, Any]:
        """One row decrypted (``previous``: the digest of the row before it) and parsed."""
        record_id, seq, revision, writer, parents, group, kind, nonce, text, _digest = row
        ad = canonical(
            [
                "odnotes/2",
                self.vault_id,
                group,
                kind,
                record_id,
                seq,
                revision,
                writer,
                parents,
                previous.hex(),
            ]
        )
        envelope: dict[str, Any] = json.loads(keys[group].decrypt(nonce, text, ad))
        return envelope

    def _newest(self, rows: Iterable[Any], keys: dict[str, AESGCM]) -> Iterator[dict[str, Any]]:
        """The newest revision of each record, decrypted and parsed (rows by record, seq)."""
        pending, previous = None, b""
        for row in rows:
            if pending is not None:
                if row[0] != pending[0]:
                    yield self._open(pending, previous if pending[1] > 1 else b"", keys)
                previous = pending[9]
            pending = row
        if pending is not None:
            yield self._open(pending, previous if pending[1] > 1 else b"", keys)

    def networks_list(self) -> list[str]:
        """(a) The names the networks list shows: only the network rows are decrypted."""
        rows = self.conn.execute(ROWS.format(where="WHERE kind = 'network'")).fetchall()
        keys = self._keys({row[0] for row in rows})
        live = [e["record"]["name"] for e in self._newest(rows, keys) if not e["deleted"]]
        return sorted(live, key=str.casefold)

    def every_record(self) -> int:
        """(b) Every record's newest revision decrypted and parsed; returns how many are live."""
        keys = self._keys()
        rows = self.conn.execute(ROWS.format(where=""))
        return sum(not e["deleted"] for e in self._newest(rows, keys))
