"""The header's key slots: the data key wrapped by the passphrase and by the recovery key.

Each wrap is AES-256-GCM whose associated data is the header it belongs to
(format version, vault id, the slot's KDF parameters), so a header edited by
hand no longer unlocks: Cryptomator's and KeePassXC's lesson.
"""

from __future__ import annotations

import json
import time
from collections.abc import Callable
from dataclasses import dataclass

from odnotes import crypto
from odnotes.crypto import KdfParams, KdfPolicy
from odnotes.errors import (
    DamagedVault,
    InvalidRecord,
    TooManyAttempts,
    WrongPassphrase,
    WrongRecoveryKey,
)
from odnotes.i18n import N_
from odnotes.vault.file import FORMAT_VERSION

# A slot's associated data names the format it was wrapped in. A vault upgraded
# from format 1 keeps its recovery slot as it was (the recovery key the user wrote
# down must keep working, and only the recovery key could rewrap it).
_SLOT_FORMATS = (1, 2)


def _slot_ad(vault_id: str, slot: str, kdf: KdfParams | None, fmt: int) -> bytes:
    return crypto.canonical(
        {
            "format": fmt,
            "vault_id": vault_id,
            "slot": slot,
            "kdf": kdf.to_plain() if kdf else None,
        }
    )


def _pack(nonce: bytes, ciphertext: bytes, fmt: int = FORMAT_VERSION) -> str:
    packed: dict[str, object] = {"nonce": nonce.hex(), "ciphertext": ciphertext.hex()}
    if fmt != 1:
        packed["format"] = fmt
    return json.dumps(packed)


def _unpack(text: str) -> tuple[bytes, bytes, int]:
    try:
        data = json.loads(text)
        fmt = data.get("format", 1)
        if fmt not in _SLOT_FORMATS or isinstance(fmt, bool):
            raise ValueError(fmt)
        return bytes.fromhex(data["nonce"]), bytes.fromhex(data["ciphertext"]), fmt
    except (ValueError, KeyError, TypeError, AttributeError, RecursionError):
        raise DamagedVault(
            N_("The vault's key slots are unreadable; the header is damaged.")
        ) from None


def check_passphrase(passphrase: str) -> None:
    """A passphrase must be at least 8 characters; strength is advised by the app."""
    if len(passphrase) < 8:
        raise InvalidRecord("passphrase", "must have at least 8 characters")


def passphrase_slot(
    vault_id: str, data_key: bytes, passphrase: str, kdf: KdfParams
) -> dict[str, str]:
    """Header entries that let ``passphrase`` unwrap ``data_key``."""
    kek = crypto.derive_key(passphrase, kdf)
    nonce, wrapped = crypto.seal(
        kek, data_key, _slot_ad(vault_id, "passphrase", kdf, FORMAT_VERSION)
    )
    return {"kdf": json.dumps(kdf.to_plain()), "slot_passphrase": _pack(nonce, wrapped)}


def recovery_slot(vault_id: str, data_key: bytes, recovery_key: str) -> dict[str, str]:
    """Header entry that lets ``recovery_key`` unwrap ``data_key``."""
    kek = crypto.recovery_kek(recovery_key, vault_id)
    nonce, wrapped = crypto.seal(
        kek, data_key, _slot_ad(vault_id, "recovery", None, FORMAT_VERSION)
    )
    return {"slot_recovery": _pack(nonce, wrapped)}


@dataclass
class Backoff:
    """Repeated wrong passphrases slow down: after three, wait 1, 2, 4 ... up to 30 seconds."""

    clock: Callable[[], float] = time.monotonic
    failures: int = 0
    not_before: float = 0.0
    free_attempts: int = 3
    longest: float = 30.0

    def _now(self) -> float:
        return self.clock()

    def check(self) -> None:
        """Raise :class:`TooManyAttempts` while a pause is running."""
        wait = self.not_before - self._now()
        if wait > 0:
            raise TooManyAttempts(
                N_("Too many wrong attempts. Please wait %(seconds)s seconds and try again."),
                retry_after=wait,
                seconds=f"{wait:.0f}",
            )

    def failed(self) -> float:
        """Count a failure; returns the seconds until the next attempt is allowed."""
        self.failures += 1
        extra = self.failures - self.free_attempts
        wait = 0.0 if extra < 0 else min(self.longest, float(2**extra))
        self.not_before = self._now() + wait
        return wait

    def succeeded(self) -> None:
        """Reset after a successful unlock."""
        self.failures = 0
        self.not_before = 0.0


def open_passphrase_slot(
    meta: dict[str, str], vault_id: str, passphrase: str, policy: KdfPolicy
) -> bytes:
    """The data key, after checking the KDF parameters against ``policy`` before any work."""
    kdf = current_kdf(meta)
    policy.check(kdf)
    nonce, wrapped, fmt = _unpack(meta.get("slot_passphrase", ""))
    kek = crypto.derive_key(passphrase, kdf)
    data_key = crypto.unseal(kek, nonce, wrapped, _slot_ad(vault_id, "passphrase", kdf, fmt))
    if data_key is None:
        raise WrongPassphrase(
            N_(
                "That passphrase does not unlock this vault. Check Caps Lock and the keyboard "
                "layout, or use the recovery key."
            )
        )
    return data_key


def open_recovery_slot(meta: dict[str, str], vault_id: str, recovery_key: str) -> bytes:
    """The data key from the recovery key."""
    nonce, wrapped, fmt = _unpack(meta.get("slot_recovery", ""))
    kek = crypto.recovery_kek(recovery_key, vault_id)
    data_key = crypto.unseal(kek, nonce, wrapped, _slot_ad(vault_id, "recovery", None, fmt))
    if data_key is None:
        raise WrongRecoveryKey(N_("That recovery key does not belong to this vault."))
    return data_key


def current_kdf(meta: dict[str, str]) -> KdfParams:
    """The passphrase slot's parameters, as stored; anything odd is a damaged header."""
    try:
        return KdfParams.from_plain(json.loads(meta["kdf"]))
    except (KeyError, ValueError, RecursionError):
        raise DamagedVault(N_("The vault's key-derivation settings are missing.")) from None
