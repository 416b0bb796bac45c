"""Reading a format-1 vault (one data key for every record), to open it and to upgrade it.

Format 1 is described in ``docs/vault-format.md`` ("Format 1"): every revision
sealed with one record key derived from the data key, and one keyed multiset
hash over every row. Nothing here writes; :mod:`odnotes.vault.migrate` writes
the format-2 file.
"""

from __future__ import annotations

import hashlib
import hmac
import json
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from odnotes import crypto
from odnotes.errors import DamagedRecord, DamagedVault
from odnotes.i18n import N_
from odnotes.model import RECORD_TYPES
from odnotes.vault.file import FILE_DAMAGE, VaultFile
from odnotes.vault.keys import VAULT_WIDE
from odnotes.vault.rows import Unsealed

COLUMNS = "record_id, revision, kind, writer, nonce, ciphertext, digest"
_TYPES = (str, int, str, str, bytes, bytes, bytes)


@dataclass
class Contents:
    """Everything a format-1 file holds, authenticated: every revision, oldest first."""

    revisions: list[Unsealed] = field(default_factory=list)
    damaged: list[DamagedRecord] = field(default_factory=list)
    writers: set[str] = field(default_factory=set)
    integrity_ok: bool = True
    rows: int = 0


def _group(kind: str, record_id: str, plain: dict[str, Any]) -> str:
    if kind == "network":
        return record_id
    network_id = plain.get("network_id")
    return network_id if isinstance(network_id, str) else VAULT_WIDE


class Format1:
    """The keys and rules of format 1 for one vault."""

    def __init__(self, data_key: bytes, vault_id: str) -> None:
        self.vault_id = vault_id
        self._key = crypto.subkey(data_key, "records", vault_id)
        self._mac = crypto.subkey(data_key, "integrity", vault_id)

    def _tag(self, row: tuple[Any, ...]) -> int:
        rid, revision, kind, writer, _nonce, _ciphertext, digest = row
        message = crypto.canonical(["row", rid, revision, kind, writer, digest.hex()])
        return int.from_bytes(hmac.new(self._mac, message, hashlib.sha256).digest(), "big")

    def _state_ok(self, meta: dict[str, str], count: int, xor: int) -> bool:
        try:
            stored_count = int(meta["integrity_count"])
            stored_xor = int(meta["integrity_xor"], 16)
            stored_mac = bytes.fromhex(meta["integrity_mac"])
        except (KeyError, ValueError):
            return False
        message = crypto.canonical(["state", stored_count, f"{stored_xor:064x}"])
        expected = hmac.new(self._mac, message, hashlib.sha256).digest()
        return hmac.compare_digest(expected, stored_mac) and (stored_count, stored_xor) == (
            count,
            xor,
        )

    def _open(self, row: tuple[Any, ...]) -> Unsealed:
        rid, revision, kind, writer, nonce, ciphertext, digest = row
        if len(row) != len(_TYPES) or any(
            type(v) is not t for v, t in zip(row, _TYPES, strict=True)
        ):
            raise DamagedRecord(str(rid), str(kind), 0, "its stored row is malformed")
        ad = crypto.canonical(["odnotes/1", self.vault_id, kind, rid, revision, writer])
        plaintext = crypto.unseal(self._key, nonce, ciphertext, ad)
        if plaintext is None:
            raise DamagedRecord(rid, kind, revision, "it failed authentication")
        if crypto.digest(nonce, ciphertext) != digest:
            raise DamagedRecord(rid, kind, revision, "its digest does not match")
        try:
            envelope = json.loads(plaintext)
            plain = envelope["record"]
            saved_at = datetime.fromisoformat(envelope["saved_at"])
            deleted = bool(envelope["deleted"])
            if kind not in RECORD_TYPES or plain.get("id") != rid:
                raise ValueError(rid)
        except (ValueError, KeyError, TypeError, AttributeError, RecursionError):
            raise DamagedRecord(rid, kind, revision, "its content could not be read") from None
        return Unsealed(
            rid,
            kind,
            revision,
            writer,
            saved_at,
            deleted,
            plain,
            _group(kind, rid, plain),
            revision=revision,
        )

    def read(self, file: VaultFile) -> Contents:
        """Authenticate every row and the whole-vault tag; damage is reported, not raised."""
        contents = Contents()
        xor = 0
        try:
            rows = file.rows(f"SELECT {COLUMNS} FROM records ORDER BY record_id, revision")
            meta = file.meta()
        except FILE_DAMAGE:
            raise DamagedVault(
                N_(
                    "The vault file is damaged in a way OD Notes cannot read around. "
                    "Please restore your latest backup."
                )
            ) from None
        malformed = False
        for row in rows:
            contents.rows += 1
            if len(row) != len(_TYPES) or any(
                type(v) is not t for v, t in zip(row, _TYPES, strict=True)
            ):
                malformed = True
            else:
                xor ^= self._tag(row)  # the tag covers digests: damage to a ciphertext is not
            try:  # an added or removed row, and is reported per record instead
                sealed = self._open(row)
            except DamagedRecord as damage:
                contents.damaged.append(damage)
                continue
            contents.revisions.append(sealed)
            contents.writers.add(sealed.writer)
        contents.integrity_ok = not malformed and self._state_ok(meta, contents.rows, xor)
        return contents
