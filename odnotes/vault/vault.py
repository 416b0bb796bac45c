"""The encrypted, append-only vault: open, unlock, read a network, save, verify.

Format 2 (``docs/vault-format.md``): every network's records are sealed with
that network's own key; unlocking checks the header's integrity state and
decrypts only the networks list, and a network's records are read when it is
first opened. Every save is a new revision in one durable transaction.
"""

from __future__ import annotations

import contextlib
from pathlib import Path

from odnotes import crypto
from odnotes.crypto import DEFAULT_POLICY, KdfParams, KdfPolicy
from odnotes.errors import (
    DamagedVault,
    OdNotesError,
    VaultLocked,
    WrongPassphrase,
)
from odnotes.files import storage_error
from odnotes.i18n import N_
from odnotes.model import new_id, utc_now
from odnotes.vault import migrate, slots
from odnotes.vault.backup import copy_verified
from odnotes.vault.checking import verify_all
from odnotes.vault.file import FILE_DAMAGE, VaultFile
from odnotes.vault.header import Header
from odnotes.vault.keys import VAULT_WIDE, VaultKeys
from odnotes.vault.loading import RowReader
from odnotes.vault.lock import WriterLock
from odnotes.vault.revisions import VerifyReport
from odnotes.vault.rows import RowCipher
from odnotes.vault.writing import Writing

_BACKOFF: dict[str, slots.Backoff] = {}


class Vault(Writing):
    """An OD Notes vault file. Locked until unlocked; one writer at a time."""

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
                raise storage_error(error, N_("opening the vault for writing")) from None
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
            raise VaultLocked(N_("The vault is locked; unlock it first."))
        slots.check_passphrase(new_passphrase)
        kdf = self.kdf.with_new_salt()
        slot = slots.passphrase_slot(self.vault_id, self._data_key, new_passphrase, kdf)
        with self._file.transaction(N_("changing the passphrase")) as conn:
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
                    N_(
                        "The vault file is damaged in a way OD Notes cannot read around. "
                        "Please restore your latest backup."
                    )
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
        self._reader = RowReader(
            self._cipher, header.integrity, keys.records_key, lambda: header.writers
        )
        self.integrity_ok = header.ok
        self._records.damaged.extend(header.damaged)

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
            raise VaultLocked(N_("The vault is locked; unlock it first."))
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
        with self._file.transaction(N_("making the copy")) as conn:
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
                raise VaultLocked(N_("The backup could not be unlocked."))
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
