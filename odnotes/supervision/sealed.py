"""One encrypted file for carrying supervision material on a USB stick.

Layout::

    MAGIC (8) | header length (4, big-endian) | header JSON | SHA-256 of all before (32)
    | nonce (12) | AES-256-GCM ciphertext and tag of the payload JSON

The header holds the format version, the Argon2id parameters and a
passphrase check value.
Its parameters are checked against a :class:`KdfPolicy` floor and cap before
any key derivation. The key from the passphrase is split with HKDF into an
encryption key and a passphrase check, so a wrong passphrase and a damaged
file get different, clear messages; the whole header is the GCM associated
data, so no header field can be changed without detection. The SHA-256 only
tells accidental header damage apart from a wrong passphrase; it is not
what protects the file.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import struct
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from odnotes.crypto import (
    DEFAULT_POLICY,
    KdfParams,
    KdfPolicy,
    canonical,
    derive_key,
    seal,
    unseal,
)
from odnotes.errors import DamagedVault, FileTooLarge, OdNotesError
from odnotes.files import read_capped, write_atomic
from odnotes.i18n import N_
from odnotes.jsontext import UnreadableJson, parse_json

MAGIC = b"ODSUPV1\n"
VERSION = 1
SUFFIX = ".odsup"
MAX_HEADER = 4096
MAX_FILE = 256 * 1024 * 1024


class SealedExportError(OdNotesError):
    """An encrypted supervision export could not be opened."""


class WrongExportPassphrase(SealedExportError):
    """The passphrase is not the one the export was sealed with."""


class DamagedExport(SealedExportError):
    """The file is not a whole, unchanged supervision export."""


@dataclass(frozen=True)
class OpenedExport:
    """What an encrypted export holds: the Markdown to read and the structured JSON."""

    markdown: str
    data: dict[str, Any]


def _keys(passphrase: str, params: KdfParams) -> tuple[bytes, bytes]:
    master = derive_key(passphrase, params)

    def expand(purpose: str) -> bytes:
        return HKDF(
            algorithm=hashes.SHA256(), length=32, salt=None, info=f"odsup/1 {purpose}".encode()
        ).derive(master)

    return expand("encryption"), expand("passphrase check")


def _check_value(check_key: bytes, params: KdfParams) -> str:
    return hmac.new(check_key, canonical(params.to_plain()), hashlib.sha256).hexdigest()


def seal_export(markdown: str, data: dict[str, Any], passphrase: str, params: KdfParams) -> bytes:
    """The encrypted file's bytes for ``markdown`` and ``data``."""
    if not passphrase:
        raise SealedExportError(N_("An encrypted export needs a passphrase."))
    encryption_key, check_key = _keys(passphrase, params)
    payload = json.dumps({"markdown": markdown, "data": data}, ensure_ascii=False).encode()
    header_fields = {
        "format": "odnotes-supervision-sealed",
        "version": VERSION,
        "kdf": params.to_plain(),
        "check": _check_value(check_key, params),
    }
    header = canonical(header_fields)
    prefix = MAGIC + struct.pack(">I", len(header)) + header
    prefix += hashlib.sha256(prefix).digest()
    nonce, ciphertext = seal(encryption_key, payload, prefix)
    return prefix + nonce + ciphertext


def write_sealed(
    path: str | Path, markdown: str, data: dict[str, Any], passphrase: str, params: KdfParams
) -> Path:
    """Seal and write atomically."""
    return write_atomic(
        path,
        seal_export(markdown, data, passphrase, params),
        doing=N_("writing the encrypted export"),
    )


def _parse(blob: bytes) -> tuple[bytes, dict[str, Any], bytes]:
    if not blob.startswith(MAGIC):
        raise DamagedExport(
            N_("This is not an OD Notes supervision export (or its start is damaged).")
        )
    if len(blob) < len(MAGIC) + 4:
        raise DamagedExport(N_("The export file is cut short; copy it again from the original."))
    (length,) = struct.unpack(">I", blob[len(MAGIC) : len(MAGIC) + 4])
    end = len(MAGIC) + 4 + length
    if length > MAX_HEADER or len(blob) < end + 32 + 12 + 16:
        raise DamagedExport(N_("The export file is cut short or damaged; copy it again."))
    prefix, digest = blob[:end], blob[end : end + 32]
    if not hmac.compare_digest(hashlib.sha256(prefix).digest(), digest):
        raise DamagedExport(N_("The export file's header is damaged; copy it again."))
    try:
        header = parse_json(blob[len(MAGIC) + 4 : end])
    except UnreadableJson:
        raise DamagedExport(N_("The export file's header is unreadable.")) from None
    if not isinstance(header, dict) or header.get("format") != "odnotes-supervision-sealed":
        raise DamagedExport(N_("The export file's header is unreadable."))
    if header.get("version") != VERSION:
        raise DamagedExport(N_("This export was written by a newer OD Notes; please update."))
    return blob[: end + 32], header, blob[end + 32 :]


def open_sealed(blob: bytes, passphrase: str, policy: KdfPolicy = DEFAULT_POLICY) -> OpenedExport:
    """Open an encrypted export; raises :class:`WrongExportPassphrase` or :class:`DamagedExport`."""
    if len(blob) > MAX_FILE:
        raise DamagedExport(N_("This file is far larger than any supervision export."))
    associated, header, rest = _parse(blob)
    try:
        params = KdfParams.from_plain(header.get("kdf"))
        policy.check(params)
    except DamagedVault:
        raise DamagedExport(
            N_(
                "The export's key-derivation settings are outside what OD Notes accepts; "
                "the file may be damaged or tampered with."
            )
        ) from None
    encryption_key, check_key = _keys(passphrase, params)
    if not hmac.compare_digest(_check_value(check_key, params), str(header.get("check", ""))):
        raise WrongExportPassphrase(N_("That passphrase does not open this export."))
    plaintext = unseal(encryption_key, rest[:12], rest[12:], associated)
    if plaintext is None:
        raise DamagedExport(
            N_("The export file has been changed or cut short since it was written; copy it again.")
        )
    try:
        content = parse_json(plaintext)
    except UnreadableJson:
        raise DamagedExport(N_("The export's content is unreadable.")) from None
    if not (
        isinstance(content, dict)
        and isinstance(content.get("markdown"), str)
        and isinstance(content.get("data"), dict)
    ):
        raise DamagedExport(N_("The export's content is unreadable."))
    return OpenedExport(content["markdown"], content["data"])


def read_sealed(
    path: str | Path, passphrase: str, policy: KdfPolicy = DEFAULT_POLICY
) -> OpenedExport:
    """Open an encrypted export file read-only."""
    try:
        blob = read_capped(path, MAX_FILE)
    except FileTooLarge:
        raise DamagedExport(N_("This file is far larger than any supervision export.")) from None
    except OSError as error:
        raise SealedExportError(
            N_("The export file could not be read (%(reason)s)."), reason=error.strerror
        ) from None
    return open_sealed(blob, passphrase, policy)
