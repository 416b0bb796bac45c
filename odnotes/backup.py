"""Copies of a vault: verified backups and restores that never replace a vault.

Copies go through SQLite's backup API into a hidden file beside the target,
are unlocked and fully verified, then linked into place.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
from collections.abc import Callable
from pathlib import Path

from odnotes.crypto import DEFAULT_POLICY, KdfPolicy
from odnotes.errors import DamagedVault, VaultExists
from odnotes.i18n import N_
from odnotes.model import new_id
from odnotes.revisions import VerifyReport
from odnotes.storage import VaultFile, publish, storage_error
from odnotes.vault import Vault


def copy_verified(
    source: VaultFile, target: Path, policy: KdfPolicy, unlock: Callable[[Vault], None]
) -> None:
    """Copy ``source`` to ``target`` (which must not exist), verify the copy, publish it."""
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
                N_("The copy did not verify, so it was not written: %(details)s"),
                details=" ".join(report.lines()),
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
                N_("The backup is damaged, so nothing was restored: %(details)s"),
                details=" ".join(report.lines()),
            )
        copy_verified(source._file, Path(vault_path), policy, lambda copy: copy.unlock(passphrase))
    finally:
        source.close()
    restored = VaultFile(Path(vault_path))
    try:
        with restored.transaction("restoring"):
            restored.conn.execute("UPDATE meta SET value = ? WHERE key = 'copy_id'", (new_id(),))
    finally:
        restored.close()
    return report
