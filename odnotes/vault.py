"""The encrypted, append-only vault: open, unlock, save, read, verify, back up.

Every save is a new revision in one durable transaction; every revision is an
AES-256-GCM ciphertext whose associated data binds the vault, kind, record id,
revision and writer; a keyed multiset hash over all rows detects deleted or
inserted rows. The format is specified in ``docs/vault-format.md``.
"""

from __future__ import annotations

import contextlib
import copy
import gc
import json
import os
import sqlite3
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any, TypeVar

from odnotes import crypto, keyslots, meetings
from odnotes.codec import from_plain, to_plain
from odnotes.crypto import DEFAULT_POLICY, IntegrityTag, KdfParams, KdfPolicy
from odnotes.errors import (
    DamagedRecord,
    DamagedVault,
    InvalidRecord,
    OdNotesError,
    ReadOnlyVault,
    RecordNotFound,
    VaultExists,
    VaultLocked,
    WrongPassphrase,
)
from odnotes.model import RECORD_TYPES, Meeting, Record, new_id, utc_now
from odnotes.storage import (
    FILE_DAMAGE,
    FORMAT_VERSION,
    VaultFile,
    WriterLock,
    publish,
    storage_error,
)

R = TypeVar("R", bound=Record)

_BACKOFF: dict[str, keyslots.Backoff] = {}

# The type each stored column must have; a damaged row can come back as NULL or text.
_ROW_TYPES = {
    "record_id": str,
    "revision": int,
    "kind": str,
    "writer": str,
    "nonce": bytes,
    "ciphertext": bytes,
    "digest": bytes,
}


def _malformed(row: dict[str, Any]) -> bool:
    """A row whose columns no longer have their stored types (the file is damaged)."""
    return any(name in row and type(row[name]) is not t for name, t in _ROW_TYPES.items())


@dataclass(frozen=True)
class Change:
    """What one save changed, so views refresh exactly that (Anki's OpChanges)."""

    kind: str
    record_id: str
    revision: int
    deleted: bool = False


@dataclass(frozen=True)
class Revision:
    """One stored revision of a record, as listed by :meth:`Vault.history`."""

    record_id: str
    kind: str
    revision: int
    writer: str
    saved_at: datetime
    deleted: bool
    record: Record


@dataclass
class VerifyReport:
    """What :meth:`Vault.verify` found; one damaged row never hides the rest."""

    records: int = 0
    revisions: int = 0
    damaged: list[DamagedRecord] = field(default_factory=list)
    integrity_ok: bool = True
    file_ok: bool = True

    @property
    def ok(self) -> bool:
        """Everything decrypted and the whole-vault tag matched."""
        return not self.damaged and self.integrity_ok and self.file_ok

    def lines(self) -> list[str]:
        """Human lines for a terminal or a dialog."""
        out = [f"{self.records} records, {self.revisions} revisions checked."]
        if not self.file_ok:
            out.append("The SQLite file reports internal damage.")
        if not self.integrity_ok:
            out.append(
                "The vault-wide integrity check failed: revisions were added or removed "
                "outside OD Notes."
            )
        out += [str(damage) for damage in self.damaged]
        if self.ok:
            out.append("Everything is intact.")
        return out


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
            raise DamagedVault("The vault's header is incomplete.") from None
        self._data_key: bytes | None = None
        self._record_key = b""
        self._tagger: IntegrityTag | None = None
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
        check_passphrase(passphrase)
        kdf = kdf or crypto.calibrate()
        policy.check(kdf)
        vault_id, data_key, recovery_key = new_id(), crypto.random_key(), crypto.new_recovery_key()
        tagger = IntegrityTag(crypto.subkey(data_key, "integrity", vault_id))
        meta = {
            "format": str(FORMAT_VERSION),
            "vault_id": vault_id,
            "copy_id": new_id(),
            "created_at": utc_now().isoformat(),
            "integrity_count": "0",
            "integrity_xor": f"{0:064x}",
            "integrity_mac": tagger.state(0, 0).hex(),
        }
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
            lock.acquire()
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
        check_passphrase(new_passphrase)
        kdf = self.kdf.with_new_salt()
        slot = keyslots.passphrase_slot(self.vault_id, key, new_passphrase, kdf)
        with self._file.transaction("changing the passphrase") as conn:
            conn.executemany(
                "UPDATE meta SET value = ? WHERE key = ?", [(v, k) for k, v in slot.items()]
            )

    def lock(self) -> None:
        """Drop the data key and every decrypted record from memory."""
        self._data_key = None
        self._record_key = b""
        self._tagger = None
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

    def _require_writable(self) -> None:
        if self.readonly:
            raise ReadOnlyVault("This vault is open read-only; nothing can be changed in it.")

    def _unlock_with_data_key(self, data_key: bytes) -> None:
        self._data_key = data_key
        self._record_key = crypto.subkey(data_key, "records", self.vault_id)
        self._tagger = IntegrityTag(crypto.subkey(data_key, "integrity", self.vault_id))
        try:
            self._load()
        except FILE_DAMAGE:
            self.lock()
            raise DamagedVault(
                "The vault file is damaged in a way OD Notes cannot read around. "
                "Please restore your latest backup."
            ) from None

    # -- loading ---------------------------------------------------------------

    def _clear_cache(self) -> None:
        self._latest: dict[str, Record] = {}
        self._revision_of: dict[str, int] = {}
        self._kind_of: dict[str, str] = {}
        self._deleted: set[str] = set()
        self.damaged: list[DamagedRecord] = []
        self.integrity_ok = True
        self._count = 0
        self._xor = 0

    def _load(self) -> None:
        # Decoding a caseload creates millions of small objects and no cycles worth
        # collecting; pausing the cyclic collector keeps unlocking linear in size.
        collecting = gc.isenabled()
        gc.disable()
        try:
            self._load_rows()
        finally:
            if collecting:
                gc.enable()

    def _load_rows(self) -> None:
        self._clear_cache()
        assert self._tagger is not None
        computed_xor, computed_count, malformed = 0, 0, False
        for row in self._file.rows("SELECT record_id, revision, kind, writer, digest FROM records"):
            computed_count += 1
            if _malformed(row):
                malformed = True
                continue
            computed_xor ^= self._tagger.row(
                row["record_id"], row["revision"], row["kind"], row["writer"], row["digest"]
            )
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
            raise DamagedVault("The vault's integrity record is missing or unreadable.") from None
        self.integrity_ok = (
            not malformed
            and self._tagger.matches(self._count, self._xor, stored_mac)
            and (self._count, self._xor) == (computed_count, computed_xor)
        )
        latest = self._file.rows(
            "SELECT r.* FROM records r WHERE r.revision = "
            "(SELECT MAX(revision) FROM records WHERE record_id = r.record_id)"
        )
        for row in latest:
            try:
                envelope = self._decrypt(row)
            except DamagedRecord as damage:
                self.damaged.append(damage)
                continue
            if envelope["deleted"]:
                self._deleted.add(row["record_id"])
            else:
                self._latest[row["record_id"]] = envelope["record"]

    def _associated(self, kind: str, record_id: str, revision: int, writer: str) -> bytes:
        return crypto.canonical(["odnotes/1", self.vault_id, kind, record_id, revision, writer])

    def _decrypt(self, row: dict[str, Any]) -> dict[str, Any]:
        rid, kind, revision = row["record_id"], row["kind"], row["revision"]

        def damaged(reason: str) -> DamagedRecord:
            return DamagedRecord(rid, kind, revision, reason)

        if _malformed(row):
            raise damaged("its stored row is malformed (the file is damaged)")
        plaintext = crypto.unseal(
            self._record_key,
            row["nonce"],
            row["ciphertext"],
            self._associated(kind, rid, revision, row["writer"]),
        )
        if plaintext is None:
            raise damaged("it failed authentication (changed, moved or rolled back)")
        cls = RECORD_TYPES.get(kind)
        if cls is None:
            raise damaged("its kind is unknown to this version of OD Notes")
        try:
            envelope = json.loads(plaintext)
            record = from_plain(cls, envelope["record"], trusted=True)
            saved_at = datetime.fromisoformat(envelope["saved_at"])
            deleted = bool(envelope["deleted"])
        except (ValueError, KeyError, TypeError, InvalidRecord):
            raise damaged("its content could not be read") from None
        if record.id != rid:
            raise damaged("it belongs to another record")
        return {"record": record, "saved_at": saved_at, "deleted": deleted, "writer": row["writer"]}

    # -- reading ---------------------------------------------------------------

    def get(self, cls: type[R], record_id: str) -> R:
        """A copy of the live record, yours to edit and save."""
        self._require_key()
        record = self._latest.get(record_id)
        if not isinstance(record, cls):
            raise RecordNotFound(f"No {cls.KIND} with id {record_id} in this vault.")
        return copy.deepcopy(record)

    def all(self, cls: type[R], *, network_id: str | None = None) -> list[R]:
        """Every live record of a kind (shared objects: read them, edit a :meth:`get` copy)."""
        self._require_key()
        found = [r for r in self._latest.values() if type(r) is cls]
        if network_id is not None:
            found = [r for r in found if getattr(r, "network_id", None) == network_id]
        return found

    def revision_count(self, record_id: str) -> int:
        """How many revisions a record has (0 if none)."""
        return self._revision_of.get(record_id, 0)

    def deleted(self, cls: type[R]) -> list[str]:
        """Ids of records of a kind whose latest revision is a tombstone."""
        return [rid for rid in self._deleted if self._kind_of.get(rid) == cls.KIND]

    def history(self, record_id: str) -> list[Revision]:
        """Every revision of a record, oldest first; damaged revisions raise."""
        self._require_key()
        rows = self._file.rows(
            "SELECT * FROM records WHERE record_id = ? ORDER BY revision", (record_id,)
        )
        history = []
        for row in rows:
            envelope = self._decrypt(row)
            history.append(
                Revision(
                    record_id,
                    row["kind"],
                    row["revision"],
                    row["writer"],
                    envelope["saved_at"],
                    envelope["deleted"],
                    envelope["record"],
                )
            )
        return history

    # -- writing ---------------------------------------------------------------

    def on_change(self, listener: Callable[[list[Change]], None]) -> None:
        """Call ``listener`` with the changes after every committed save."""
        self._listeners.append(listener)

    def save(self, record: Record) -> Change:
        """Save a record as a new revision (durable when this returns)."""
        return self.save_many([record])[0]

    def save_many(self, records: Iterable[Record], *, deleted: bool = False) -> list[Change]:
        """Save several records in one transaction: all of them or none."""
        self._require_key()
        self._require_writable()
        assert self._tagger is not None
        batch = list(records)
        for record in batch:
            record.validate()
            if type(record) not in RECORD_TYPES.values():
                raise TypeError(f"{type(record).__name__} is not a record kind")
            old = self._latest.get(record.id)
            if old is not None and type(old) is not type(record):
                raise InvalidRecord("id", "is already used by a record of another kind")
            if isinstance(record, Meeting):
                previous = old if isinstance(old, Meeting) else None
                meetings.check_change(previous, record, deleting=deleted)
        rows, changes, xor = [], [], self._xor
        saved_at = utc_now().isoformat()
        for record in batch:
            revision = self._revision_of.get(record.id, 0) + 1
            envelope = {"saved_at": saved_at, "deleted": deleted, "record": to_plain(record)}
            plaintext = json.dumps(envelope, ensure_ascii=False, separators=(",", ":")).encode()
            nonce, ciphertext = crypto.seal(
                self._record_key,
                plaintext,
                self._associated(record.KIND, record.id, revision, self.copy_id),
            )
            row_digest = crypto.digest(nonce, ciphertext)
            xor ^= self._tagger.row(record.id, revision, record.KIND, self.copy_id, row_digest)
            rows.append(
                (record.id, revision, record.KIND, self.copy_id, nonce, ciphertext, row_digest)
            )
            changes.append(Change(record.KIND, record.id, revision, deleted))
        count = self._count + len(rows)
        state = [
            (str(count), "integrity_count"),
            (f"{xor:064x}", "integrity_xor"),
            (self._tagger.state(count, xor).hex(), "integrity_mac"),
        ]
        with self._file.transaction("saving") as conn:
            conn.executemany("INSERT INTO records VALUES (?, ?, ?, ?, ?, ?, ?)", rows)
            conn.executemany("UPDATE meta SET value = ? WHERE key = ?", state)
        self._count, self._xor = count, xor
        for record, change in zip(batch, changes, strict=True):
            self._revision_of[record.id] = change.revision
            self._kind_of[record.id] = record.KIND
            if deleted:
                self._latest.pop(record.id, None)
                self._deleted.add(record.id)
            else:
                self._latest[record.id] = copy.deepcopy(record)
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

    def verify(self) -> VerifyReport:
        """Decrypt every revision and check the whole-vault tag; report, never stop early."""
        self._require_key()
        report = VerifyReport(records=len(self._revision_of))
        try:
            quick = self._file.rows("PRAGMA quick_check")
            report.file_ok = [next(iter(r.values())) for r in quick] == ["ok"]
            for row in self._file.rows("SELECT * FROM records ORDER BY record_id, revision"):
                report.revisions += 1
                try:
                    self._decrypt(row)
                    if crypto.digest(row["nonce"], row["ciphertext"]) != row["digest"]:
                        raise DamagedRecord(
                            row["record_id"],
                            row["kind"],
                            row["revision"],
                            "its ciphertext does not match its recorded digest",
                        )
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
        key = self._require_key()
        _copy_verified(
            self._file, Path(target), self._policy, lambda copy: copy._unlock_with_data_key(key)
        )


def _copy_verified(
    source: VaultFile, target: Path, policy: KdfPolicy, unlock: Callable[[Vault], None]
) -> None:
    if target.exists():
        raise VaultExists(f"{target.name} already exists; OD Notes never writes over it.")
    building = target.with_name(f".{target.name}.partial-{os.getpid()}")
    try:
        source.backup_into(building)
        copy_vault = Vault(VaultFile(building, readonly=True), None, policy)
        try:
            unlock(copy_vault)
            report = copy_vault.verify()
        finally:
            copy_vault.close()
        if not report.ok:
            raise DamagedVault(
                "The copy did not verify, so it was not written: " + " ".join(report.lines())
            )
        publish(building, target)
    except (OSError, sqlite3.Error, UnicodeDecodeError) as error:
        raise storage_error(error, "writing the copy") from None
    finally:
        for leftover in (building, Path(f"{building}-journal")):
            with contextlib.suppress(OSError):  # gone, or the disk refuses even this
                leftover.unlink()


def restore_backup(
    backup_path: str | Path,
    vault_path: str | Path,
    passphrase: str,
    *,
    policy: KdfPolicy = DEFAULT_POLICY,
) -> VerifyReport:
    """Restore a backup to a new vault file after verifying it; never replaces a vault.

    The restored copy gets a new writer id, so if the original turns up again
    the two can still be merged without revision collisions.
    """
    source = Vault.open(backup_path, readonly=True, policy=policy)
    try:
        source.unlock(passphrase)
        report = source.verify()
        if not report.ok:
            raise DamagedVault(
                "The backup is damaged, so nothing was restored: " + " ".join(report.lines())
            )
        _copy_verified(source._file, Path(vault_path), policy, lambda copy: copy.unlock(passphrase))
    finally:
        source.close()
    restored = VaultFile(Path(vault_path))
    try:
        with restored.transaction("restoring"):
            restored.conn.execute("UPDATE meta SET value = ? WHERE key = 'copy_id'", (new_id(),))
    finally:
        restored.close()
    return report


def check_passphrase(passphrase: str) -> None:
    """A passphrase must be at least 8 characters; strength is advised by the app."""
    if len(passphrase) < 8:
        raise InvalidRecord("passphrase", "must have at least 8 characters")


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
    "check_passphrase",
    "open_unlocked",
    "restore_backup",
    "storage_error",
]
