"""The encrypted, append-only vault: open, unlock, save, read, verify, back up.

Every save is a new revision in one durable transaction; every revision is an
AES-256-GCM ciphertext whose associated data binds the vault, kind, record id,
revision and writer; a keyed multiset hash over all rows detects deleted or
inserted rows. The format is specified in ``docs/vault-format.md``.
"""

from __future__ import annotations

import copy
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import TypeVar

from odnotes import crypto, keyslots, meetings
from odnotes.cache import LiveRecords, collector_paused
from odnotes.crypto import DEFAULT_POLICY, KdfParams, KdfPolicy
from odnotes.errors import (
    DamagedRecord,
    DamagedVault,
    InvalidRecord,
    OdNotesError,
    ReadOnlyVault,
    RecordNotFound,
    VaultLocked,
    WrongPassphrase,
)
from odnotes.i18n import N_
from odnotes.model import RECORD_TYPES, Meeting, Record, new_id, utc_now
from odnotes.revisions import Change, Revision, VerifyReport
from odnotes.rows import RowCipher, Unsealed, decode, malformed
from odnotes.storage import (
    FILE_DAMAGE,
    FORMAT_VERSION,
    VaultFile,
    storage_error,
)
from odnotes.writerlock import WriterLock

R = TypeVar("R", bound=Record)

_BACKOFF: dict[str, keyslots.Backoff] = {}


class Vault:
    """An OD Notes vault file. Locked until unlocked; one writer at a time."""

    def __init__(self, file: VaultFile, lock: WriterLock | None, policy: KdfPolicy) -> None:
        self._file = file
        self._lock = lock
        self._policy = policy
        meta = file.meta()
        try:
            self.vault_id: str = meta["vault_id"]
            self.copy_id: str = meta["copy_id"]
        except KeyError:
            file.close()
            raise DamagedVault(N_("The vault's header is incomplete.")) from None
        self._data_key: bytes | None = None
        self._rows: RowCipher | None = None
        self._listeners: list[Callable[[list[Change]], None]] = []
        self._clear_cache()

    # -- opening -------------------------------------------------------------

    @classmethod
    def create(
        cls,
        path: str | Path,
        passphrase: str,
        *,
        kdf: KdfParams | None = None,
        policy: KdfPolicy = DEFAULT_POLICY,
    ) -> tuple[Vault, str]:
        """Create a vault; returns it unlocked with the recovery key to show once."""
        path = Path(path)
        keyslots.check_passphrase(passphrase)
        kdf = kdf or crypto.calibrate()
        policy.check(kdf)
        vault_id, data_key, recovery_key = new_id(), crypto.random_key(), crypto.new_recovery_key()
        meta = {
            "format": str(FORMAT_VERSION),
            "vault_id": vault_id,
            "copy_id": new_id(),
            "created_at": utc_now().isoformat(),
        }
        meta |= RowCipher(data_key, vault_id).empty_state()
        meta |= keyslots.passphrase_slot(vault_id, data_key, passphrase, kdf)
        meta |= keyslots.recovery_slot(vault_id, data_key, recovery_key)
        VaultFile.create(path, meta)
        vault = cls.open(path, policy=policy)
        vault._unlock_with_data_key(data_key)
        return vault, recovery_key

    @classmethod
    def open(
        cls, path: str | Path, *, readonly: bool = False, policy: KdfPolicy = DEFAULT_POLICY
    ) -> Vault:
        """Open a vault file (still locked). Writers take the one-writer lock first."""
        path = Path(path)
        lock = None
        if not readonly:
            if not path.is_file():
                VaultFile(path)  # raises the friendly "no vault here"
            lock = WriterLock(path)
            try:
                lock.acquire()
            except OSError as error:
                raise storage_error(error, "opening the vault for writing") from None
        try:
            return cls(VaultFile(path, readonly=readonly), lock, policy)
        except BaseException:
            if lock:
                lock.release()
            raise

    def __enter__(self) -> Vault:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

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
        """The data key is in memory."""
        return self._data_key is not None

    @property
    def damaged(self) -> list[DamagedRecord]:
        """Revisions that failed authentication or decoding since the last unlock."""
        return self._records.damaged

    @damaged.setter
    def damaged(self, found: list[DamagedRecord]) -> None:
        self._records.damaged = found

    @property
    def kdf(self) -> KdfParams:
        """The passphrase slot's Argon2id parameters."""
        return keyslots.current_kdf(self._file.meta())

    # -- keys ----------------------------------------------------------------

    def unlock(self, passphrase: str) -> None:
        """Unlock with the passphrase; repeated failures are slowed down."""
        backoff = _BACKOFF.setdefault(str(self.path.resolve()), keyslots.Backoff())
        backoff.check()
        try:
            data_key = keyslots.open_passphrase_slot(
                self._file.meta(), self.vault_id, passphrase, self._policy
            )
        except WrongPassphrase as error:
            error.retry_after = backoff.failed()
            raise
        backoff.succeeded()
        self._unlock_with_data_key(data_key)

    def unlock_with_recovery_key(self, recovery_key: str) -> None:
        """Unlock with the recovery key (then set a new passphrase)."""
        self._unlock_with_data_key(
            keyslots.open_recovery_slot(self._file.meta(), self.vault_id, recovery_key)
        )

    def change_passphrase(self, new_passphrase: str) -> None:
        """Rewrap the data key under a new passphrase; the records are untouched."""
        key = self._require_key()
        self._require_writable()
        keyslots.check_passphrase(new_passphrase)
        kdf = self.kdf.with_new_salt()
        slot = keyslots.passphrase_slot(self.vault_id, key, new_passphrase, kdf)
        with self._file.transaction("changing the passphrase") as conn:
            conn.executemany(
                "UPDATE meta SET value = ? WHERE key = ?", [(v, k) for k, v in slot.items()]
            )

    def lock(self) -> None:
        """Drop the data key and every decrypted record from memory."""
        self._data_key = None
        self._rows = None
        self._clear_cache()

    def close(self) -> None:
        """Lock, close the file and let another writer in."""
        self.lock()
        self._file.close()
        if self._lock:
            self._lock.release()
            self._lock = None

    def _require_key(self) -> bytes:
        if self._data_key is None:
            raise VaultLocked("The vault is locked; unlock it first.")
        return self._data_key

    def _cipher(self) -> RowCipher:
        if self._rows is None:
            raise VaultLocked("The vault is locked; unlock it first.")
        return self._rows

    def _require_writable(self) -> None:
        if self.readonly:
            raise ReadOnlyVault("This vault is open read-only; nothing can be changed in it.")

    def _unlock_with_data_key(self, data_key: bytes) -> None:
        self._data_key = data_key
        self._rows = RowCipher(data_key, self.vault_id)
        try:
            self._load()
        except FILE_DAMAGE:
            self.lock()
            raise DamagedVault(
                N_(
                    "The vault file is damaged in a way OD Notes cannot read around. "
                    "Please restore your latest backup."
                )
            ) from None

    # -- loading ---------------------------------------------------------------

    def _clear_cache(self) -> None:
        self._records = LiveRecords(self._older_intact)
        self._revision_of: dict[str, int] = {}
        self._kind_of: dict[str, str] = {}
        self._deleted: set[str] = set()
        self.integrity_ok = True
        self._count = 0
        self._xor = 0

    def _load(self) -> None:
        with collector_paused():
            self._load_rows()

    def _load_rows(self) -> None:
        self._clear_cache()
        cipher = self._cipher()
        computed_xor, computed_count, any_malformed = 0, 0, False
        for row in self._file.rows("SELECT record_id, revision, kind, writer, digest FROM records"):
            computed_count += 1
            if malformed(row):
                any_malformed = True
                continue
            computed_xor ^= cipher.row_tag(row)
            rid = row["record_id"]
            if row["revision"] > self._revision_of.get(rid, 0):
                self._revision_of[rid] = row["revision"]
                self._kind_of[rid] = row["kind"]
        meta = self._file.meta()
        try:
            self._count = int(meta["integrity_count"])
            self._xor = int(meta["integrity_xor"], 16)
            stored_mac = bytes.fromhex(meta["integrity_mac"])
        except (KeyError, ValueError):
            raise DamagedVault(
                N_("The vault's integrity record is missing or unreadable.")
            ) from None
        self.integrity_ok = (
            not any_malformed
            and cipher.tags.matches(self._count, self._xor, stored_mac)
            and (self._count, self._xor) == (computed_count, computed_xor)
        )
        latest = self._file.rows(
            "SELECT r.* FROM records r WHERE r.revision = "
            "(SELECT MAX(revision) FROM records WHERE record_id = r.record_id)"
        )
        for row in latest:
            try:
                self._keep_live(cipher.unseal(row))
            except DamagedRecord as damage:
                self._records.damaged.append(damage)
                older = self._older_intact(damage.record_id, damage.revision)
                if older is not None:
                    self._keep_live(older[1])

    def _keep_live(self, sealed: Unsealed) -> None:
        if sealed.deleted:
            self._deleted.add(sealed.record_id)
        else:
            self._records.add(sealed)

    def _older_intact(self, record_id: str, below: int) -> tuple[Record, Unsealed] | None:
        """The newest revision before ``below`` that authenticates and decodes.

        One damaged revision must not hide a record whose older revisions are
        intact; every damaged revision passed on the way is reported too.
        """
        cipher = self._cipher()
        rows = self._file.rows(
            "SELECT * FROM records WHERE record_id = ? AND revision < ? ORDER BY revision DESC",
            (record_id, below),
        )
        for row in rows:
            if row.get("record_id") != record_id or not row.get("revision", below) < below:
                continue  # a damaged file can answer a query with another record's rows
            try:
                sealed = cipher.unseal(row)
                return decode(sealed), sealed
            except DamagedRecord as damage:
                self._records.damaged.append(damage)
        return None

    @property
    def damaged_ids(self) -> set[str]:
        """Ids of records with a damaged revision: show them marked, at their newest intact one."""
        return self._records.damaged_ids()

    # -- reading ---------------------------------------------------------------

    def get(self, cls: type[R], record_id: str) -> R:
        """A copy of the live record, yours to edit and save."""
        self._require_key()
        record = self._records.get(record_id)
        if not isinstance(record, cls):
            raise RecordNotFound(f"No {cls.KIND} with id {record_id} in this vault.")
        return copy.deepcopy(record)

    def all(self, cls: type[R], *, network_id: str | None = None) -> list[R]:
        """Every live record of a kind (shared objects: read them, edit a :meth:`get` copy)."""
        self._require_key()
        return [r for r in self._records.of_kind(cls, network_id) if isinstance(r, cls)]

    def revision_count(self, record_id: str) -> int:
        """How many revisions a record has (0 if none)."""
        return self._revision_of.get(record_id, 0)

    def deleted(self, cls: type[R]) -> list[str]:
        """Ids of records of a kind whose latest revision is a tombstone."""
        return [rid for rid in self._deleted if self._kind_of.get(rid) == cls.KIND]

    def history(self, record_id: str) -> list[Revision]:
        """Every revision of a record, oldest first; damaged revisions raise."""
        cipher = self._cipher()
        rows = self._file.rows(
            "SELECT * FROM records WHERE record_id = ? ORDER BY revision", (record_id,)
        )
        return [cipher.open(row) for row in rows]

    # -- writing ---------------------------------------------------------------

    def on_change(self, listener: Callable[[list[Change]], None]) -> None:
        """Call ``listener`` with the changes after every committed save."""
        self._listeners.append(listener)

    def save(self, record: Record) -> Change:
        """Save a record as a new revision (durable when this returns)."""
        return self.save_many([record])[0]

    def save_many(self, records: Iterable[Record], *, deleted: bool = False) -> list[Change]:
        """Save several records in one transaction: all of them or none."""
        cipher = self._cipher()
        self._require_writable()
        batch = list(records)
        for record in batch:
            record.validate()
            if type(record) not in RECORD_TYPES.values():
                raise TypeError(f"{type(record).__name__} is not a record kind")
            old = self._records.get(record.id)
            if old is not None and type(old) is not type(record):
                raise InvalidRecord("id", "is already used by a record of another kind")
            if isinstance(record, Meeting):
                previous = old if isinstance(old, Meeting) else None
                meetings.check_change(previous, record, deleting=deleted)
        rows, changes, xor = [], [], self._xor
        saved_at = utc_now().isoformat()
        for record in batch:
            revision = self._revision_of.get(record.id, 0) + 1
            row, tag = cipher.seal(
                record, revision, self.copy_id, deleted=deleted, saved_at=saved_at
            )
            xor ^= tag
            rows.append(row)
            changes.append(Change(record.KIND, record.id, revision, deleted))
        count = self._count + len(rows)
        state = [(value, key) for key, value in cipher.state(count, xor).items()]
        with self._file.transaction("saving") as conn:
            conn.executemany("INSERT INTO records VALUES (?, ?, ?, ?, ?, ?, ?)", rows)
            conn.executemany("UPDATE meta SET value = ? WHERE key = ?", state)
        self._count, self._xor = count, xor
        for record, change in zip(batch, changes, strict=True):
            self._revision_of[record.id] = change.revision
            self._kind_of[record.id] = record.KIND
            if deleted:
                self._records.remove(record.id)
                self._deleted.add(record.id)
            else:
                self._records.put(copy.deepcopy(record))
                self._deleted.discard(record.id)
        for listener in list(self._listeners):
            listener(changes)
        return changes

    def delete(self, cls: type[R], record_id: str) -> Change:
        """Delete as a restorable tombstone revision (nothing is removed from the file)."""
        return self.save_many([self.get(cls, record_id)], deleted=True)[0]

    def undelete(self, cls: type[R], record_id: str) -> Change:
        """Bring a deleted record back from its tombstone."""
        if record_id not in self._deleted:
            raise RecordNotFound(f"No deleted {cls.KIND} with id {record_id}.")
        tombstone = self.history(record_id)[-1].record
        if not isinstance(tombstone, cls):
            raise RecordNotFound(f"No deleted {cls.KIND} with id {record_id}.")
        return self.save(tombstone)

    # -- checking and copying ---------------------------------------------------

    def check_journal(self) -> str:
        """Whether saving has stopped because another program deleted or replaced the WAL.

        Saves check this themselves; call it between saves too (the app does, on a
        timer) so that saves already committed are rescued into the vault file
        before anything else happens. Returns "" when all is well.
        """
        return self._file.check_journal()

    def verify(self) -> VerifyReport:
        """Decrypt every revision and check the whole-vault tag; report, never stop early."""
        cipher = self._cipher()
        report = VerifyReport(records=len(self._revision_of))
        try:
            quick = self._file.rows("PRAGMA quick_check")
            report.file_ok = [next(iter(r.values())) for r in quick] == ["ok"]
            for row in self._file.rows("SELECT * FROM records ORDER BY record_id, revision"):
                report.revisions += 1
                try:
                    cipher.open(row)
                    cipher.check_digest(row)
                except DamagedRecord as damage:
                    report.damaged.append(damage)
            self._load()
        except FILE_DAMAGE:
            report.file_ok = False
        report.integrity_ok = self.integrity_ok
        return report

    def backup(self, target: str | Path) -> None:
        """An encrypted single-file copy, verified before it is moved into place.

        Made through SQLite's backup API into a hidden file beside ``target``,
        then unlocked and fully verified, then published; ``target`` must not exist.
        """
        from odnotes.backup import copy_verified  # the copy is opened as a Vault itself

        key = self._require_key()
        copy_verified(
            self._file, Path(target), self._policy, lambda copy: copy._unlock_with_data_key(key)
        )


def open_unlocked(
    path: str | Path,
    passphrase: str,
    *,
    readonly: bool = False,
    policy: KdfPolicy = DEFAULT_POLICY,
) -> Vault:
    """Open and unlock in one step (scripts, the CLI); closes the file on failure."""
    vault = Vault.open(path, readonly=readonly, policy=policy)
    try:
        vault.unlock(passphrase)
    except OdNotesError:
        vault.close()
        raise
    return vault


__all__ = [
    "Change",
    "Revision",
    "Vault",
    "VerifyReport",
    "open_unlocked",
    "storage_error",
]
