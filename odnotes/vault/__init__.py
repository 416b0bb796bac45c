"""The encrypted vault: one SQLite file per vault, a key per network (format 2).

The rest of the core and the app use only what this package exports; how the
file, keys, rows and integrity state work is in its modules and in
``docs/vault-format.md``.
"""

from odnotes.vault.file import APPLICATION_ID, FORMAT_VERSION, SUFFIX
from odnotes.vault.migrate import MigrationReport
from odnotes.vault.revisions import Change, Revision, VerifyReport
from odnotes.vault.slots import Backoff
from odnotes.vault.snapshot import NetworkReader
from odnotes.vault.vault import Vault, open_unlocked, restore_backup

__all__ = [
    "APPLICATION_ID",
    "FORMAT_VERSION",
    "SUFFIX",
    "Backoff",
    "Change",
    "MigrationReport",
    "NetworkReader",
    "Revision",
    "Vault",
    "VerifyReport",
    "open_unlocked",
    "restore_backup",
]
