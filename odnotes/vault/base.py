"""What every part of an open vault shares: its file, keys, header and decrypted state.

:class:`odnotes.vault.Vault` is built in layers, one module each: this base
(state and checks), :mod:`~odnotes.vault.reading` (networks read when first
needed), :mod:`~odnotes.vault.writing` (saves, deletions) and
:mod:`~odnotes.vault.vault` (opening, keys, copies).
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from odnotes.crypto import KdfParams, KdfPolicy
from odnotes.errors import (
    DamagedRecord,
    DamagedVault,
    ReadOnlyVault,
    VaultLocked,
)
from odnotes.i18n import N_
from odnotes.model import Record
from odnotes.vault import migrate, slots
from odnotes.vault.cache import LiveRecords
from odnotes.vault.file import VaultFile
from odnotes.vault.header import Header
from odnotes.vault.keys import VaultKeys
from odnotes.vault.loading import Head, Read, RowReader
from odnotes.vault.lock import WriterLock
from odnotes.vault.revisions import Change
from odnotes.vault.rows import RowCipher, Unsealed
from odnotes.vault.seen import Seen, default_folder, rollback_warning

R = TypeVar("R", bound=Record)


class VaultBase:
    """The state of one open vault file; locked until its keys are in memory."""

    _reader: RowReader  # set when the keys are in memory

    def __init__(
        self,
        file: VaultFile,
        lock: WriterLock | None,
        policy: KdfPolicy,
        seen_folder: Path | None = None,
        *,
        remember: bool = True,
    ) -> None:
        self._file = file
        self._lock = lock
        self._policy = policy
        self._seen_folder = seen_folder or default_folder()
        self._remember = remember
        meta = file.meta()
        try:
            self.vault_id: str = meta["vault_id"]
            self.copy_id: str = meta["copy_id"]
        except KeyError:
            file.close()
            raise DamagedVault(N_("The vault's header is incomplete.")) from None
        self._cipher = RowCipher(self.vault_id)
        self._mutex = threading.RLock()
        self.author = ""  # the practitioner using this vault (named in each revision)
        self._keys: VaultKeys | None = None
        self._header: Header | None = None
        self._data_key: bytes | None = None
        self._listeners: list[Callable[[list[Change]], None]] = []
        self._damage_listeners: list[Callable[[list[DamagedRecord]], None]] = []
        self.migration: migrate.MigrationReport | None = None  # set by an upgrade
        self._clear()

    @property
    def path(self) -> Path:
        """Where the vault file is."""
        return self._file.path

    @property
    def name(self) -> str:
        """The vault's display name: its file name without the suffix."""
        return self.path.stem

    @property
    def readonly(self) -> bool:
        """Opened for reading only (no writer lock held)."""
        return self._file.readonly

    @property
    def is_unlocked(self) -> bool:
        """The keys are in memory."""
        return self._keys is not None

    @property
    def damaged(self) -> list[DamagedRecord]:
        """Revisions found damaged since the last unlock (more as networks are read)."""
        return self._records.damaged

    @damaged.setter
    def damaged(self, found: list[DamagedRecord]) -> None:
        self._records.damaged = found

    @property
    def damaged_ids(self) -> set[str]:
        """Ids of records with a damaged revision: show them marked, at their newest intact one."""
        return self._records.damaged_ids()

    @property
    def kdf(self) -> KdfParams:
        """The passphrase slot's Argon2id parameters."""
        return slots.current_kdf(self._file.meta())

    @property
    def saves(self) -> int:
        """How many saves this vault file has committed (a counter that only grows)."""
        return self._require_header().state.saves

    def _require_keys(self) -> VaultKeys:
        if self._keys is None:
            raise VaultLocked(N_("The vault is locked; unlock it first."))
        return self._keys

    def _require_header(self) -> Header:
        if self._header is None:
            raise VaultLocked(N_("The vault is locked; unlock it first."))
        return self._header

    def _require_writable(self) -> None:
        if self.readonly:
            raise ReadOnlyVault(N_("This vault is open read-only; nothing can be changed in it."))

    def _clear(self) -> None:
        self._records = LiveRecords(self._older_intact)
        self._heads: dict[str, Head] = {}
        self._conflicts: dict[str, tuple[object, ...]] = {}
        self._deleted: dict[str, str] = {}
        self._loaded: set[str] = set()
        self._unreadable: set[str] = set()
        self._data_key = None
        self.integrity_ok = True
        self.rollback_warning = ""
        self._seen_at = 0.0

    def _report(self, found: Read) -> None:
        """Record damage once, whoever found it, and tell the listeners."""
        known = {(d.record_id, d.revision, d.reason) for d in self._records.damaged}
        new = [d for d in found.damaged if (d.record_id, d.revision, d.reason) not in known]
        self._records.damaged.extend(new)
        newly_broken = not found.intact and self.integrity_ok
        if not found.intact:
            self.integrity_ok = False
        if new or newly_broken:
            for listener in list(self._damage_listeners):
                listener(new)

    def on_change(self, listener: Callable[[list[Change]], None]) -> None:
        """Call ``listener`` with the changes after every committed save."""
        self._listeners.append(listener)

    def on_damage(self, listener: Callable[[list[DamagedRecord]], None]) -> None:
        """Call ``listener`` when reading a network finds damage (after unlock)."""
        self._damage_listeners.append(listener)

    def _seen(self) -> Seen | None:
        if self._keys is None or not self._remember:
            return None
        return Seen(self._seen_folder, self.vault_id, self._keys.seen_key)

    def _check_seen(self) -> None:
        seen, saves = self._seen(), self.saves
        if seen is None:
            return
        missing = seen.check(self.copy_id, saves)
        if missing:
            self.rollback_warning = rollback_warning(missing)
        self._seen_at = time.monotonic()

    def _remember_seen(self) -> None:
        seen = self._seen()
        if seen is not None and self._header is not None:
            seen.record(self.copy_id, self._header.state.saves)
            self._seen_at = time.monotonic()

    def _older_intact(self, record_id: str, below: int) -> tuple[Record, Unsealed] | None:
        """The newest intact revision before ``below`` (reading a vault finds it)."""
        return None
