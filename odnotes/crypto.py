"""Key derivation, key wrapping, record sealing and the vault-wide integrity tag.

Only primitives from ``cryptography`` are used: Argon2id, AES-256-GCM, HKDF and
HMAC with SHA-256. What each key is for and what each associated data binds is
written down in ``docs/vault-format.md``.
"""

from __future__ import annotations

import hashlib
import json
import os
import secrets
import time
import unicodedata
from dataclasses import dataclass

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.argon2 import Argon2id
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from odnotes.errors import DamagedVault, WrongRecoveryKey
from odnotes.i18n import N_

KEY_BYTES = 32
NONCE_BYTES = 12
SALT_BYTES = 16


@dataclass(frozen=True)
class KdfParams:
    """Argon2id parameters, stored per vault."""

    memory_kib: int
    iterations: int
    lanes: int
    salt: bytes

    def to_plain(self) -> dict[str, object]:
        """JSON-able form, as stored in the vault header."""
        return {
            "algorithm": "argon2id",
            "memory_kib": self.memory_kib,
            "iterations": self.iterations,
            "lanes": self.lanes,
            "salt": self.salt.hex(),
        }

    @classmethod
    def from_plain(cls, data: object) -> KdfParams:
        """Parse a header's parameters; anything odd is a damaged header."""
        try:
            assert isinstance(data, dict) and data["algorithm"] == "argon2id"
            params = cls(
                memory_kib=int(data["memory_kib"]),
                iterations=int(data["iterations"]),
                lanes=int(data["lanes"]),
                salt=bytes.fromhex(data["salt"]),
            )
        except (AssertionError, KeyError, TypeError, ValueError):
            raise DamagedVault(N_("The vault's key-derivation settings are unreadable.")) from None
        return params

    def with_new_salt(self) -> KdfParams:
        """The same work factors with a fresh salt (for a passphrase change)."""
        return KdfParams(self.memory_kib, self.iterations, self.lanes, secrets.token_bytes(16))


@dataclass(frozen=True)
class KdfPolicy:
    """The floor and cap on parameters read from a file, checked before any work.

    The floor refuses a header weakened by an attacker; the cap refuses one
    that would make the app allocate gigabytes or spin for minutes (age's rule).
    """

    min_memory_kib: int = 19 * 1024
    min_iterations: int = 2
    max_memory_kib: int = 1024 * 1024
    max_iterations: int = 64
    max_lanes: int = 16

    def check(self, params: KdfParams) -> None:
        """Raise :class:`DamagedVault` unless ``params`` are within the floor and cap."""
        if params.memory_kib < self.min_memory_kib or params.iterations < self.min_iterations:
            raise DamagedVault(
                N_(
                    "The vault's key-derivation settings are weaker than OD Notes allows; "
                    "the header may have been tampered with."
                )
            )
        if (
            params.memory_kib > self.max_memory_kib
            or params.iterations > self.max_iterations
            or not 1 <= params.lanes <= self.max_lanes
            or params.memory_kib < 8 * params.lanes
            or len(params.salt) < SALT_BYTES
        ):
            raise DamagedVault(
                N_(
                    "The vault's key-derivation settings are outside what OD Notes accepts; "
                    "the header may be damaged."
                )
            )


DEFAULT_POLICY = KdfPolicy()

# For the test suite only (KeePassXC's fastKdf idea): vaults made this way are
# refused by the default policy, so they can never be used by accident.
TEST_POLICY = KdfPolicy(min_memory_kib=8, min_iterations=1)


def fast_test_params() -> KdfParams:
    """Tiny Argon2id parameters that only :data:`TEST_POLICY` accepts."""
    return KdfParams(memory_kib=8, iterations=1, lanes=1, salt=secrets.token_bytes(SALT_BYTES))


def normalise_passphrase(passphrase: str) -> bytes:
    """NFC-normalised UTF-8, so the same passphrase typed on another keyboard still works."""
    return unicodedata.normalize("NFC", passphrase).encode("utf-8")


def derive_key(passphrase: str, params: KdfParams) -> bytes:
    """The passphrase key (key-encryption key) from Argon2id."""
    kdf = Argon2id(
        salt=params.salt,
        length=KEY_BYTES,
        iterations=params.iterations,
        lanes=params.lanes,
        memory_cost=params.memory_kib,
    )
    return kdf.derive(normalise_passphrase(passphrase))


def calibrate(
    target_seconds: float = 0.5, memory_kib: int = 64 * 1024, lanes: int = 4
) -> KdfParams:
    """Parameters at or above RFC 9106's second recommendation, tuned to ``target_seconds``."""
    iterations = 3
    salt = secrets.token_bytes(SALT_BYTES)
    probe = KdfParams(memory_kib, iterations, lanes, salt)
    started = time.perf_counter()
    derive_key("calibration", probe)
    per_iteration = max((time.perf_counter() - started) / iterations, 1e-4)
    iterations = max(3, min(DEFAULT_POLICY.max_iterations, round(target_seconds / per_iteration)))
    return KdfParams(memory_kib, iterations, lanes, salt)


def random_key() -> bytes:
    """A fresh 256-bit key."""
    return secrets.token_bytes(KEY_BYTES)


# One encoder for every call: ``json.dumps`` with options builds a new one each time,
# which was a tenth of opening a row.
_CANONICAL = json.JSONEncoder(sort_keys=True, separators=(",", ":"), ensure_ascii=True)


def canonical(value: object) -> bytes:
    """Deterministic bytes for associated data and MAC input."""
    return _CANONICAL.encode(value).encode()


def seal(key: bytes, plaintext: bytes, associated: bytes) -> tuple[bytes, bytes]:
    """AES-256-GCM with a fresh random 96-bit nonce; returns ``(nonce, ciphertext)``."""
    nonce = os.urandom(NONCE_BYTES)
    return nonce, AESGCM(key).encrypt(nonce, plaintext, associated)


def unseal(key: bytes, nonce: bytes, ciphertext: bytes, associated: bytes) -> bytes | None:
    """The plaintext, or ``None`` when authentication fails (wrong key or tampering)."""
    if len(nonce) != NONCE_BYTES:
        return None
    try:
        return AESGCM(key).decrypt(nonce, ciphertext, associated)
    except InvalidTag:
        return None


def subkey(data_key: bytes, purpose: str, vault_id: str, *, version: int = 1) -> bytes:
    """A purpose-bound key derived from the data key with HKDF-SHA256.

    ``info`` is ``"odnotes/<version> <purpose>"``: format 2 derives its own keys
    (``version=2``), while the recovery slot's key keeps its format-1 name so a
    recovery key written down before an upgrade still works.
    """
    return HKDF(
        algorithm=hashes.SHA256(),
        length=KEY_BYTES,
        salt=vault_id.encode(),
        info=f"odnotes/{version} {purpose}".encode(),
    ).derive(data_key)


def digest(nonce: bytes, ciphertext: bytes) -> bytes:
    """SHA-256 of a stored row's nonce and ciphertext."""
    return hashlib.sha256(nonce + ciphertext).digest()


# Recovery keys: 23 random bytes plus a 2-byte checksum, in Crockford's base32
# (no I, L, O or U to misread), eight groups of five characters.
_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
_RECOVERY_RANDOM = 23


def new_recovery_key() -> str:
    """A recovery key to be written down or printed once, at creation."""
    body = secrets.token_bytes(_RECOVERY_RANDOM)
    raw = body + hashlib.sha256(body).digest()[:2]
    number = int.from_bytes(raw, "big")
    chars = "".join(_ALPHABET[(number >> (5 * i)) & 31] for i in reversed(range(40)))
    return "-".join(chars[i : i + 5] for i in range(0, 40, 5))


def parse_recovery_key(text: str) -> bytes:
    """The recovery key's secret bytes; typos are caught by the checksum."""
    cleaned = text.upper().replace("-", "").replace(" ", "")
    cleaned = cleaned.translate(str.maketrans("OIL", "011"))
    if len(cleaned) != 40 or any(c not in _ALPHABET for c in cleaned):
        raise WrongRecoveryKey(
            N_(
                "A recovery key has 40 letters and digits in eight groups of five; "
                "please check what was typed."
            )
        )
    number = 0
    for char in cleaned:
        number = number * 32 + _ALPHABET.index(char)
    raw = number.to_bytes(25, "big")
    body, check = raw[:_RECOVERY_RANDOM], raw[_RECOVERY_RANDOM:]
    if hashlib.sha256(body).digest()[:2] != check:
        raise WrongRecoveryKey(N_("That recovery key has a typo in it; please check each group."))
    return body


def recovery_kek(text: str, vault_id: str) -> bytes:
    """The key that wraps the data key for the recovery slot (the key itself has 184 bits)."""
    return subkey(parse_recovery_key(text), "recovery slot", vault_id)
