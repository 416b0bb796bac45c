"""Copies of a vault: verified backups and restores that never replace a vault.

Copies go through SQLite's backup API into a hidden file beside the target,
are given a copy id of their own, unlocked and fully verified, then linked
into place. The vault opens the copy itself (``prepare``), so this module
does not depend on the vault class.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
from collections.abc import Callable
from pathlib import Path

from odnotes.errors import DamagedVault, VaultExists
from odnotes.files import publish, storage_error
from odnotes.i18n import N_
from odnotes.vault.file import VaultFile
from odnotes.vault.revisions import VerifyReport


def copy_verified(source: VaultFile, target: Path, prepare: Callable[[Path], VerifyReport]) -> None:
    """Copy ``source`` to ``target`` (which must not exist), check the copy, publish it.

    ``prepare`` opens the hidden copy, gives it its own copy id, verifies it
    and closes it again, returning the report.
    """
    if target.exists():
        raise VaultExists(
            N_("%(name)s already exists; OD Notes never writes over it."), name=target.name
        )
    building = target.with_name(f".{target.name}.partial-{os.getpid()}")
    try:
        source.backup_into(building)
        report = prepare(building)
        if not report.ok:
            raise DamagedVault(
                N_("The copy did not verify, so it was not written: %(details)s"),
                details=" ".join(report.lines()),
            )
        publish(building, target)
    except (OSError, sqlite3.Error, UnicodeDecodeError) as error:
        raise storage_error(error, N_("writing the copy")) from None
    finally:
        for leftover in (
            building,
            Path(f"{building}-journal"),
            Path(f"{building}-wal"),
            Path(f"{building}-shm"),
        ):
            with contextlib.suppress(OSError):  # gone, or the disk refuses even this
                leftover.unlink()
