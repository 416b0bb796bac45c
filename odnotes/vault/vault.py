"""The encrypted, append-only vault: open, unlock, read a network, save, verify.

Format 2 (``docs/vault-format.md``): every network's records are sealed with
that network's own key; unlocking checks the header's integrity state and
decrypts only the networks list, and a network's records are read when it is
first opened. Every save is a new revision in one durable transaction.
"""

from __future__ import annotations

import contextlib
import copy
import threading
import time
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import TypeVar

from odnotes import crypto, meetings
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
from odnotes.files import storage_error
from odnotes.i18n import N_
from odnotes.model import RECORD_TYPES, Meeting, Network, Record, new_id, utc_now
from odnotes.vault import migrate, slots
from odnotes.vault.backup import copy_verified
from odnotes.vault.cache import LiveRecords, collector_paused
from odnotes.vault.checking import verify_all
from odnotes.vault.file import FILE_DAMAGE, VaultFile
from odnotes.vault.header import Header
from odnotes.vault.keys import VAULT_WIDE, VaultKeys
from odnotes.vault.loading import Head, Read, RowReader
from odnotes.vault.lock import WriterLock
from odnotes.vault.purge import purge_network
from odnotes.vault.revisions import Change, Revision, VerifyReport
from odnotes.vault.rows import COLUMNS, RowCipher, Unsealed, decode, group_of
from odnotes.vault.saving import Batch
from odnotes.vault.seen import Seen, default_folder, rollback_warning
from odnotes.vault.snapshot import NetworkReader

R = TypeVar("R", bound=Record)

_BACKOFF: dict[str, slots.Backoff] = {}
_SEEN_EVERY = 30.0  # seconds between updates of the seen record while saving


class Vault:
    """An OD Notes vault file. Locked until unlocked; one writer at a time."""

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
            raise DamagedVault("The vault's header is incomplete.") from None
        self._mutex = threading.RLock()
        self._keys: VaultKeys | None = None
        self._header: Header | None = None
        self._data_key: bytes | None = None
        self._listeners: list[Callable[[list[Change]], None]] = []
        self._damage_listeners: list[Callable[[list[DamagedRecord]], None]] = []
        self.migration: migrate.MigrationReport | None = None  # set by an upgrade
        self._clear()

    # -- opening -------------------------------------------------------------

    @classmethod
    def create(
        cls,
        path: str | Path,
        passphrase: str,
        *,
        kdf: KdfParams | None = None,
        policy: KdfPolicy = DEFAULT_POLICY,
        seen_folder: Path | None = None,
    ) -> tuple[Vault, str]:
        """Create a vault; returns it unlocked with the recovery key to show once."""
        path = Path(path)
        slots.check_passphrase(passphrase)
        kdf = kdf or crypto.calibrate()
        policy.check(kdf)
        vault_id, copy_id = new_id(), new_id()
        data_key, recovery_key = crypto.random_key(), crypto.new_recovery_key()
        meta = {"format": "2", "vault_id": vault_id, "copy_id": copy_id}
        meta["created_at"] = utc_now().isoformat()
        meta |= Header.empty(VaultKeys(data_key, vault_id), copy_id).meta()
        meta |= slots.passphrase_slot(vault_id, data_key, passphrase, kdf)
        meta |= slots.recovery_slot(vault_id, data_key, recovery_key)
        VaultFile.create(path, meta, [(VAULT_WIDE, 0, f"{0:064x}")])
        vault = cls.open(path, policy=policy, seen_folder=seen_folder)
        vault._unlock_with_data_key(data_key)
        return vault, recovery_key

    @classmethod
    def open(
        cls,
        path: str | Path,
        *,
        readonly: bool = False,
        policy: KdfPolicy = DEFAULT_POLICY,
        seen_folder: Path | None = None,
        remember: bool = True,
    ) -> Vault:
        """Open a vault file (still locked). Writers take the one-writer lock first.

        ``remember=False`` keeps no record of this open on this computer (for the
        vault's own hidden copies while backing up).
        """
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
            return cls(
                VaultFile(path, readonly=readonly), lock, policy, seen_folder, remember=remember
            )
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

    # -- keys ----------------------------------------------------------------

    def unlock(self, passphrase: str) -> None:
        """Unlock with the passphrase; repeated failures are slowed down."""
        backoff = _BACKOFF.setdefault(str(self.path.resolve()), slots.Backoff())
        backoff.check()
        try:
            data_key = slots.open_passphrase_slot(
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
            slots.open_recovery_slot(self._file.meta(), self.vault_id, recovery_key)
        )

    def change_passphrase(self, new_passphrase: str) -> None:
        """Rewrap the data key under a new passphrase; the records are untouched."""
        self._require_writable()
        if self._data_key is None:
            raise VaultLocked("The vault is locked; unlock it first.")
        slots.check_passphrase(new_passphrase)
        kdf = self.kdf.with_new_salt()
        slot = slots.passphrase_slot(self.vault_id, self._data_key, new_passphrase, kdf)
        with self._file.transaction("changing the passphrase") as conn:
            conn.executemany(
                "UPDATE meta SET value = ? WHERE key = ?", [(v, k) for k, v in slot.items()]
            )

    def lock(self) -> None:
        """Drop every key and every decrypted record from memory."""
        with self._mutex:
            self._remember_seen()
            if self._keys is not None:
                self._keys.forget_all()
            self._keys = None
            self._header = None
            self._data_key = None
            self._clear()

    def close(self) -> None:
        """Lock, close the file and let another writer in."""
        self.lock()
        self._file.close()
        if self._lock:
            self._lock.release()
            self._lock = None

    def _require_keys(self) -> VaultKeys:
        if self._keys is None:
            raise VaultLocked("The vault is locked; unlock it first.")
        return self._keys

    def _require_header(self) -> Header:
        if self._header is None:
            raise VaultLocked("The vault is locked; unlock it first.")
        return self._header

    def _require_writable(self) -> None:
        if self.readonly:
            raise ReadOnlyVault("This vault is open read-only; nothing can be changed in it.")

    def _unlock_with_data_key(self, data_key: bytes, *, keep_format1_copy: bool = True) -> None:
        with self._mutex:
            try:
                if self._file.version == 1:
                    self._upgrade(data_key, keep_copy=keep_format1_copy)
                self._open_keys(data_key)
                self._load_group(VAULT_WIDE)
                self._load_networks_list()
            except FILE_DAMAGE:
                self.lock()
                raise DamagedVault(
                    "The vault file is damaged in a way OD Notes cannot read around. "
                    "Please restore your latest backup."
                ) from None
            except BaseException:
                self.lock()
                raise
            self._check_seen()

    def _upgrade(self, data_key: bytes, *, keep_copy: bool) -> None:
        """Format 1 becomes format 2: in place for a writer, in memory for a reader."""
        old = self._file
        if self.readonly:
            image, self.migration = migrate.upgrade_in_memory(old, data_key)
            self._file = VaultFile(old.path, memory=image)
            old.close()
            return
        built, self.migration = migrate.upgrade_beside(old, data_key, keep_copy=keep_copy)
        try:
            # In place, through SQLite's backup API: one transaction, WAL and readers
            # respected, the writer lock kept (it is on this very file).
            old.replace_contents(built)
        finally:
            with contextlib.suppress(OSError):
                built.unlink()

    def _open_keys(self, data_key: bytes) -> None:
        keys = VaultKeys(data_key, self.vault_id)
        header = Header.read(self._file, keys)
        self._keys, self._header, self._data_key = keys, header, data_key
        self._cipher = RowCipher(self.vault_id)
        self._reader = RowReader(self._cipher, header.integrity, keys.records_key, header.writers)
        self.integrity_ok = header.ok
        self._records.damaged.extend(header.damaged)

    # -- rollback ----------------------------------------------------------------

    def _seen(self) -> Seen | None:
        if self._keys is None or not self._remember:
            return None
        return Seen(self._seen_folder, self.vault_id, self._keys.seen_key)

    def _check_seen(self) -> None:
        seen, saves = self._seen(), self.saves
        if seen is None:
            return
        known = seen.saves(self.copy_id)
        if known is not None and saves < known:
            self.rollback_warning = rollback_warning(known - saves)
            seen.record(self.copy_id, saves, force=True)
        else:
            seen.record(self.copy_id, saves)
        self._seen_at = time.monotonic()

    def _remember_seen(self) -> None:
        seen = self._seen()
        if seen is not None and self._header is not None:
            seen.record(self.copy_id, self._header.state.saves)
            self._seen_at = time.monotonic()

    # -- loading ---------------------------------------------------------------

    def _clear(self) -> None:
        self._records = LiveRecords(self._older_intact)
        self._heads: dict[str, Head] = {}
        self._deleted: dict[str, str] = {}
        self._loaded: set[str] = set()
        self._unreadable: set[str] = set()
        self._data_key = None
        self.integrity_ok = True
        self.rollback_warning = ""
        self._seen_at = 0.0

    def _keep(self, found: Read) -> None:
        self._heads.update(found.heads)
        for record_id, sealed in found.live.items():
            if sealed.deleted:
                self._deleted[record_id] = sealed.kind
                self._records.remove(record_id)
            else:
                self._deleted.pop(record_id, None)
                self._records.add(sealed)
        self._records.damaged.extend(found.damaged)  # at unlock: no listener yet

    def _load_networks_list(self) -> None:
        rows = self._file.rows(
            f"SELECT {COLUMNS} FROM records WHERE kind = 'network' ORDER BY record_id, revision"
        )
        self._keep(self._reader.read(rows))

    def _load_group(self, group: str) -> None:
        if group in self._loaded:
            return
        header = self._require_header()
        try:
            with collector_paused():
                found = self._reader.read_group(self._file, group, header.state.groups.get(group))
        except FILE_DAMAGE:
            # SQLite cannot read this network's pages: the rest of the vault stays usable.
            found = Read(intact=False)
            found.damaged.append(
                DamagedRecord(group, "network", 0, "the file is damaged where it is stored")
            )
            self._unreadable.add(group)
        damaged, found.damaged = found.damaged, []
        self._keep(found)
        found.damaged = damaged
        self._loaded.add(group)
        self._report(found)

    def load_network(self, network_id: str) -> None:
        """Decrypt one network's records now (the app does this off the GUI thread)."""
        with self._mutex:
            self._require_keys()
            self._load_group(network_id)
            if network_id in self._unreadable:
                raise DamagedVault(
                    "The vault file is damaged where this network is stored. "
                    "Please restore your latest backup."
                )

    @contextlib.contextmanager
    def reader(self) -> Iterator[NetworkReader]:
        """Read every network without keeping it (the search index's pass), on any thread."""
        with self._mutex:
            keys, header, rows = self._require_keys(), self._require_header(), self._reader
            networks = self._network_groups()
        with self._file.reading() as file:
            yield NetworkReader(file, keys, header, rows, self._note_read, self._mutex, networks)

    def network_count(self) -> int:
        """How many networks are stored (live or deleted)."""
        return len(self._network_groups())

    def _note_read(self, group: str, found: Read) -> None:
        """What a reader found in a group: damage is reported as if the group were opened."""
        with self._mutex:
            if self._keys is None:
                return
            self._report(found)

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

    def network_of(self, record_id: str) -> str:
        """The network a record belongs to ("" for vault-wide records or an unknown id)."""
        with self._mutex:
            self._require_keys()
            return self._group_of_id(record_id) or ""

    def is_loaded(self, network_id: str) -> bool:
        """Whether a network's records are already decrypted in memory."""
        return network_id in self._loaded

    def on_damage(self, listener: Callable[[list[DamagedRecord]], None]) -> None:
        """Call ``listener`` when reading a network finds damage (after unlock)."""
        self._damage_listeners.append(listener)

    def _group_of_id(self, record_id: str) -> str | None:
        head = self._heads.get(record_id)
        if head is not None:
            return head.group
        found = self._file.rows(
            "SELECT network_id FROM records WHERE record_id = ? LIMIT 1", (record_id,)
        )
        return found[0][0] if found and isinstance(found[0][0], str) else None

    def _older_intact(self, record_id: str, below: int) -> tuple[Record, Unsealed] | None:
        """The newest revision before ``below`` that authenticates and decodes."""
        rows = self._file.rows(
            f"SELECT {COLUMNS} FROM records WHERE record_id = ? ORDER BY revision", (record_id,)
        )
        for opened in reversed(self._reader.history(rows)):
            if isinstance(opened, DamagedRecord) or opened.revision >= below:
                continue
            try:
                return decode(opened), opened
            except DamagedRecord as damage:
                self._records.damaged.append(damage)
        return None

    # -- reading ---------------------------------------------------------------

    def get(self, cls: type[R], record_id: str) -> R:
        """A copy of the live record, yours to edit and save."""
        with self._mutex:
            self._require_keys()
            if record_id not in self._records:
                group = self._group_of_id(record_id)
                if group is not None:
                    self.load_network(group)
            record = self._records.get(record_id)
            if not isinstance(record, cls):
                raise RecordNotFound(f"No {cls.KIND} with id {record_id} in this vault.")
            return copy.deepcopy(record)

    def all(self, cls: type[R], *, network_id: str | None = None) -> list[R]:
        """Every live record of a kind (shared objects: read them, edit a :meth:`get` copy).

        For a network's records, that network is read first if it was not yet;
        without ``network_id`` every network is read (slow in a large vault).
        """
        with self._mutex:
            self._require_keys()
            if cls is Network:
                found = self._records.of_kind(cls)
                if network_id is not None:
                    found = [r for r in found if r.id == network_id]
                return [r for r in found if isinstance(r, cls)]
            if cls.KIND == "practitioner":
                return [r for r in self._records.of_kind(cls, VAULT_WIDE) if isinstance(r, cls)]
            if network_id is not None:
                self.load_network(network_id)
            groups = [network_id] if network_id is not None else self._network_groups()
            found = []
            for group in groups:
                self._load_group(group)  # an unreadable network is reported, not raised, here
                found += self._records.of_kind(cls, group)
            return [r for r in found if isinstance(r, cls)]

    def _network_groups(self) -> list[str]:
        return [g for g in self._require_header().state.groups if g != VAULT_WIDE]

    def network_ids(self) -> list[str]:
        """Every network stored (live or deleted), without reading any of them."""
        with self._mutex:
            return self._network_groups()

    def revision_count(self, record_id: str) -> int:
        """How many revisions a record has (0 if none)."""
        with self._mutex:
            if record_id not in self._heads:
                group = self._group_of_id(record_id)
                if group is not None:
                    self.load_network(group)
            head = self._heads.get(record_id)
            return head.revision if head else 0

    def deleted(self, cls: type[R]) -> list[str]:
        """Ids of records of a kind whose latest revision is a tombstone (in networks read)."""
        with self._mutex:
            if cls is not Network and cls.KIND != "practitioner":
                for group in self._network_groups():
                    self._load_group(group)
            return [rid for rid, kind in self._deleted.items() if kind == cls.KIND]

    def history(self, record_id: str) -> list[Revision]:
        """Every revision of a record, oldest first; a damaged revision raises."""
        with self._mutex:
            self._require_keys()
            rows = self._file.rows(
                f"SELECT {COLUMNS} FROM records WHERE record_id = ? ORDER BY revision",
                (record_id,),
            )
            revisions = []
            for opened in self._reader.history(rows):
                if isinstance(opened, DamagedRecord):
                    raise opened
                revisions.append(
                    Revision(
                        opened.record_id,
                        opened.kind,
                        opened.revision,
                        opened.writer,
                        opened.saved_at,
                        opened.deleted,
                        decode(opened),
                    )
                )
            return revisions

    # -- writing ---------------------------------------------------------------

    def on_change(self, listener: Callable[[list[Change]], None]) -> None:
        """Call ``listener`` with the changes after every committed save."""
        self._listeners.append(listener)

    def save(self, record: Record) -> Change:
        """Save a record as a new revision (durable when this returns)."""
        return self.save_many([record])[0]

    def save_many(self, records: Iterable[Record], *, deleted: bool = False) -> list[Change]:
        """Save several records in one transaction: all of them or none."""
        with self._mutex:
            keys, header = self._require_keys(), self._require_header()
            self._require_writable()
            batch = list(records)
            for record in batch:
                self._check_before_saving(record, deleted)
            plan = Batch(self._cipher, keys, header, self.copy_id, self._heads)
            saved_at = utc_now().isoformat()
            for record in batch:
                plan.add(record, deleted=deleted, saved_at=saved_at)
            try:
                with self._file.transaction("saving") as conn:
                    plan.write(conn)
            except BaseException:
                plan.abandon()
                raise
            plan.commit()
            changes = []
            for record, head in zip(batch, plan.heads, strict=True):
                self._heads[record.id] = head
                changes.append(Change(record.KIND, record.id, head.revision, deleted))
                if deleted:
                    self._records.remove(record.id)
                    self._deleted[record.id] = record.KIND
                else:
                    self._records.put(copy.deepcopy(record))
                    self._deleted.pop(record.id, None)
            self._loaded.update(plan.new_groups)
            if time.monotonic() - self._seen_at > _SEEN_EVERY:
                self._remember_seen()
        for listener in list(self._listeners):
            listener(changes)
        return changes

    def _check_before_saving(self, record: Record, deleting: bool) -> None:
        record.validate()
        if type(record) not in RECORD_TYPES.values():
            raise TypeError(f"{type(record).__name__} is not a record kind")
        group = group_of(record)
        if group in self._require_header().state.groups:
            self._load_group(group)  # a new group gets its key as the save is planned
        old = self._records.get(record.id)
        if old is not None and type(old) is not type(record):
            raise InvalidRecord("id", "is already used by a record of another kind")
        head = self._heads.get(record.id)
        if head is not None and head.group != group:
            raise InvalidRecord("network_id", "cannot move a record to another network")
        if isinstance(record, Meeting):
            previous = old if isinstance(old, Meeting) else None
            meetings.check_change(previous, record, deleting=deleting)

    def delete(self, cls: type[R], record_id: str) -> Change:
        """Delete as a restorable tombstone revision (nothing is removed from the file)."""
        return self.save_many([self.get(cls, record_id)], deleted=True)[0]

    def undelete(self, cls: type[R], record_id: str) -> Change:
        """Bring a deleted record back from its tombstone."""
        with self._mutex:
            if self._deleted.get(record_id) != cls.KIND:
                raise RecordNotFound(f"No deleted {cls.KIND} with id {record_id}.")
            tombstone = self.history(record_id)[-1].record
        if not isinstance(tombstone, cls):
            raise RecordNotFound(f"No deleted {cls.KIND} with id {record_id}.")
        return self.save(tombstone)

    def delete_network_permanently(self, network_id: str) -> None:
        """Destroy a network's key and remove its rows from the file for good.

        Older backups still contain it until they are deleted too.
        """
        with self._mutex:
            self._require_writable()
            purge_network(self._file, self._require_keys(), self._require_header(), network_id)
            self._records.drop_group(network_id)
            for record_id in [r for r, h in self._heads.items() if h.group == network_id]:
                del self._heads[record_id]
                self._deleted.pop(record_id, None)
            self._loaded.discard(network_id)
        for listener in list(self._listeners):
            listener([Change(Network.KIND, network_id, 0, deleted=True)])

    # -- checking and copying ---------------------------------------------------

    def check_journal(self) -> str:
        """Whether saving has stopped because another program deleted or replaced the WAL.

        Saves check this themselves; call it between saves too (the app does, on a
        timer) so that saves already committed are rescued into the vault file
        before anything else happens. Returns "" when all is well.
        """
        return self._file.check_journal()

    def verify(self) -> VerifyReport:
        """Decrypt every revision and check every integrity tag; report, never stop early."""
        with self._mutex:
            keys = self._require_keys()
            report = verify_all(self._file, keys, self._reader)
            self.integrity_ok = self.integrity_ok and report.integrity_ok
            return report

    def backup(self, target: str | Path) -> None:
        """An encrypted single-file copy, verified before it is moved into place.

        Made through SQLite's backup API into a hidden file beside ``target``,
        given a copy id of its own, unlocked and fully verified, then published;
        ``target`` must not exist.
        """
        data_key = self._data_key
        if data_key is None:
            raise VaultLocked("The vault is locked; unlock it first.")
        with self._mutex:
            copy_verified(
                self._file, Path(target), lambda built: self._prepare_copy(built, data_key)
            )

    def _prepare_copy(self, built: Path, data_key: bytes) -> VerifyReport:
        """Open a hidden copy, make it a copy of its own, verify it, close it."""
        copy_vault = Vault.open(built, policy=self._policy, remember=False)
        try:
            copy_vault._unlock_with_data_key(data_key, keep_format1_copy=False)
            copy_vault._become_new_copy()
            return copy_vault.verify()
        finally:
            copy_vault.close()

    def _become_new_copy(self) -> None:
        """A new copy id, accepted as a writer from now on (backups and restores get one).

        Rows written by the copy are then told apart from the original's, and
        what this computer saw of the original is never confused with the copy.
        """
        header = self._require_header()
        copy_id = new_id()
        after = header.after({}, header.writers | {copy_id})
        with self._file.transaction("making the copy") as conn:
            conn.execute("UPDATE meta SET value = ? WHERE key = 'copy_id'", (copy_id,))
            after.write(conn)
        header.adopt(after)
        self.copy_id = copy_id

    @classmethod
    def restore(
        cls,
        backup_path: str | Path,
        vault_path: str | Path,
        passphrase: str,
        *,
        policy: KdfPolicy = DEFAULT_POLICY,
    ) -> VerifyReport:
        """Restore a backup to a new vault file after verifying it; never replaces a vault.

        The restored file is a copy of its own (a new copy id), so opening it is
        never taken for a rollback of the vault the backup was made from.
        """
        source = cls.open(backup_path, readonly=True, policy=policy)
        try:
            source.unlock(passphrase)
            report = source.verify()
            if not report.ok:
                raise DamagedVault(
                    N_("The backup is damaged, so nothing was restored: %(details)s"),
                    details=" ".join(report.lines()),
                )
            data_key = source._data_key
            if data_key is None:
                raise VaultLocked("The backup could not be unlocked.")
            copy_verified(
                source._file, Path(vault_path), lambda built: source._prepare_copy(built, data_key)
            )
        finally:
            source.close()
        return report


def open_unlocked(
    path: str | Path,
    passphrase: str,
    *,
    readonly: bool = False,
    policy: KdfPolicy = DEFAULT_POLICY,
    seen_folder: Path | None = None,
) -> Vault:
    """Open and unlock in one step (scripts, the CLI); closes the file on failure."""
    vault = Vault.open(path, readonly=readonly, policy=policy, seen_folder=seen_folder)
    try:
        vault.unlock(passphrase)
    except OdNotesError:
        vault.close()
        raise
    return vault


def restore_backup(
    backup_path: str | Path,
    vault_path: str | Path,
    passphrase: str,
    *,
    policy: KdfPolicy = DEFAULT_POLICY,
) -> VerifyReport:
    """Restore a backup to a new vault file (see :meth:`Vault.restore`)."""
    return Vault.restore(backup_path, vault_path, passphrase, policy=policy)
