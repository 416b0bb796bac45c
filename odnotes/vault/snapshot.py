"""Reading every network without keeping it: the search index's background pass.

A reader has a connection of its own (WAL readers never block the writer),
decrypts a network's newest intact revisions into plain data, and tells the
vault what it found wrong, so damage is reported as soon as the pass reaches
it, not only when the network is opened.
"""

from __future__ import annotations

import threading
from collections.abc import Callable

from odnotes.errors import VaultLocked
from odnotes.i18n import N_
from odnotes.vault.file import FILE_DAMAGE, VaultFile
from odnotes.vault.header import Header
from odnotes.vault.keys import VaultKeys
from odnotes.vault.loading import Read, RowReader
from odnotes.vault.rows import COLUMNS, Unsealed


class NetworkReader:
    """Reads groups of an unlocked vault on any thread, through its own connection."""

    def __init__(
        self,
        file: VaultFile,
        keys: VaultKeys,
        header: Header,
        rows: RowReader,
        found: Callable[[str, Read], None],
        saving: threading.RLock,
        network_ids: list[str],
    ) -> None:
        self._network_ids = network_ids
        self._file = file
        self._keys = keys
        self._header = header
        self._rows = rows
        self._found = found
        self._saving = saving

    def network_ids(self) -> list[str]:
        """Every network in the vault when the reader was made."""
        return list(self._network_ids)

    def _locked(self) -> VaultLocked:
        return VaultLocked(N_("The vault was locked while it was being read."))

    def meeting_count(self) -> int:
        """How many meetings the vault holds (counted without decrypting any)."""
        try:
            rows = self._file.rows(
                "SELECT COUNT(DISTINCT record_id) FROM records WHERE kind = 'meeting'"
            )
        except FILE_DAMAGE:
            return 0
        return int(rows[0][0]) if rows and isinstance(rows[0][0], int) else 0

    def read(self, group: str) -> dict[str, Unsealed]:
        """The live (not deleted) records of one group, as plain data; damage is reported.

        The rows and the group's integrity state are taken while no save can
        run (the vault's own lock), so they always belong together.
        """
        with self._saving:
            if not self._keys.has_any():
                raise self._locked()
            stored = self._header.state.groups.get(group)
            try:
                rows = self._file.rows(
                    f"SELECT {COLUMNS} FROM records WHERE network_id = ? ORDER BY record_id, seq",
                    (group,),
                )
            except FILE_DAMAGE:
                rows = None
        if rows is None:
            found = Read(intact=False)
        else:
            found = self._rows.read(rows, Read(intact=self._rows.tags_match(rows, stored)))
        if not self._keys.has_any():
            raise self._locked()
        self._found(group, found)
        return {rid: sealed for rid, sealed in found.live.items() if not sealed.deleted}
