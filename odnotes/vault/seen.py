"""The newest state of each vault this computer has seen, kept outside the vault file.

Copying an older vault file over the current one (a restored backup, a sync
tool that went back in time, an attacker rolling a record back) cannot be
seen from inside the file: every row in it is genuine. So each computer keeps,
in the user's data folder, the save counter of every vault copy it opened, with
a MAC from the vault's own key; a file whose counter is lower is reported.
Someone who can delete files in the data folder can remove the record (and
is then not detected): ``docs/security.md`` says so.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import os
from pathlib import Path

import platformdirs

from odnotes import crypto
from odnotes.errors import StorageError
from odnotes.files import write_atomic
from odnotes.i18n import N_

DATA_DIR_ENV = "ODNOTES_DATA_DIR"
_MAX_BYTES = 1 << 20


def default_folder() -> Path:
    """Where OD Notes keeps its data on this computer (``ODNOTES_DATA_DIR`` overrides it)."""
    override = os.environ.get(DATA_DIR_ENV)
    return Path(override) if override else Path(platformdirs.user_data_dir("OD Notes"))


class Seen:
    """What this computer saw of one vault's copies: ``{copy_id: saves}``, each MAC'd."""

    def __init__(self, folder: Path, vault_id: str, key: bytes) -> None:
        self.path = folder / "seen" / f"{vault_id}.json"
        self._vault_id = vault_id
        self._key = key

    def _mac(self, copy_id: str, saves: int) -> str:
        message = crypto.canonical(["seen", self._vault_id, copy_id, saves])
        return hmac.new(self._key, message, hashlib.sha256).hexdigest()

    def _read(self) -> dict[str, dict[str, object]]:
        try:
            with open(self.path, "rb") as handle:
                data = json.loads(handle.read(_MAX_BYTES))
        except (OSError, ValueError, RecursionError):
            return {}
        copies = data.get("copies") if isinstance(data, dict) else None
        return copies if isinstance(copies, dict) else {}

    def _genuine(self, copies: dict[str, dict[str, object]], copy_id: str) -> int | None:
        entry = copies.get(copy_id)
        if not isinstance(entry, dict):
            return None
        saves, mac = entry.get("saves"), entry.get("mac")
        if not isinstance(saves, int) or isinstance(saves, bool) or not isinstance(mac, str):
            return None
        return saves if hmac.compare_digest(self._mac(copy_id, saves), mac) else None

    def saves(self, copy_id: str) -> int | None:
        """The newest save counter seen for ``copy_id``, if a genuine record of it exists."""
        return self._genuine(self._read(), copy_id)

    def check(self, copy_id: str, saves: int) -> int:
        """How many saves the file is missing against what this computer saw (0 if none);
        either way ``saves`` is what is remembered from now on (one read of the record)."""
        copies = self._read()
        known = self._genuine(copies, copy_id)
        if known is None or known != saves:
            self._write(copies, copy_id, saves)
        return known - saves if known is not None and saves < known else 0

    def record(self, copy_id: str, saves: int, *, force: bool = False) -> None:
        """Remember ``saves`` for ``copy_id`` (never lower, unless ``force``: after a warning)."""
        copies = self._read()
        known = self._genuine(copies, copy_id)
        if known is not None and not force and known >= saves:
            return
        self._write(copies, copy_id, saves)

    def _write(self, copies: dict[str, dict[str, object]], copy_id: str, saves: int) -> None:
        copies[copy_id] = {"saves": saves, "mac": self._mac(copy_id, saves)}
        data = json.dumps({"vault_id": self._vault_id, "copies": copies}, indent=1).encode()
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
            write_atomic(self.path, data, doing=N_("remembering the vault's state"))
        except (OSError, StorageError):
            # Not being able to remember is a weaker check next time, never a lost save.
            return


def rollback_warning(missing: int) -> str:
    """The words shown when a vault file is older than what this computer saw."""
    saves = f"{missing} save{'s are' if missing != 1 else ' is'} missing"
    return (
        f"This vault is older than the last time it was opened on this computer: {saves}. "
        "If you restored a backup on purpose, carry on."
    )
