"""Reading every network without keeping it: the search index's background pass.

A reader has a connection of its own (WAL readers never block the writer),
decrypts a network's newest intact revisions into plain data, and tells the
vault what it found wrong, so damage is reported as soon as the pass reaches
it, not only when the network is opened. A network whose sealed search cache
is current is not read at all (see :mod:`odnotes.vault.search_cache`).
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass

from odnotes.errors import VaultLocked
from odnotes.i18n import N_
from odnotes.vault.file import FILE_DAMAGE, VaultFile
from odnotes.vault.header import Header
from odnotes.vault.keys import VaultKeys
from odnotes.vault.loading import Read, RowReader
from odnotes.vault.rows import COLUMNS, Unsealed
from odnotes.vault.search_cache import built_from, open_blob, read_blob


@dataclass(frozen=True)
class GroupRead:
    """A group's live records, and the state they were read at if a cache may be built on them.

    ``source`` is "" when the read found damage or the integrity state cannot be
    trusted: nothing built from it is kept, so the next unlock reads it again.
    """

    live: dict[str, Unsealed]
    source: str


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
        """The live (not deleted) records of one group, as plain data; damage is reported."""
        return self.read_group(group).live

    def cached(self, group: str) -> bytes | None:
        """The plaintext of a network's sealed search cache, if it is current and authentic."""
        with self._saving:
            if not self._keys.has_any():
                raise self._locked()
            current = self._header.state.groups.get(group) if self._header.ok else None
            key = self._keys.records_key(group)
        if current is None or key is None:
            return None
        return open_blob(read_blob(self._file, group), key, self._keys.vault_id, group, current)

    def read_group(self, group: str) -> GroupRead:
        """:meth:`read`, with the state the rows were read at (for a cache built on them).

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
        live = {rid: sealed for rid, sealed in found.live.items() if not sealed.deleted}
        trusted = stored is not None and found.intact and not found.damaged and self._header.ok
        return GroupRead(live, built_from(stored) if trusted and stored is not None else "")
