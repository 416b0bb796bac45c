"""Reading a vault: the networks list at unlock, a network's records when first needed."""

from __future__ import annotations

import contextlib
import copy
from collections.abc import Iterator

from odnotes.errors import (
    DamagedRecord,
    DamagedVault,
    RecordNotFound,
)
from odnotes.i18n import N_
from odnotes.model import VAULT_ONLY_TYPES, Network, Record
from odnotes.vault.base import R, VaultBase
from odnotes.vault.cache import collector_paused
from odnotes.vault.file import FILE_DAMAGE
from odnotes.vault.keys import VAULT_WIDE
from odnotes.vault.loading import Read
from odnotes.vault.revisions import Revision
from odnotes.vault.rows import COLUMNS, Unsealed, decode
from odnotes.vault.snapshot import NetworkReader


class Reading(VaultBase):
    """Reads networks into memory (off the GUI thread in the app) and answers queries."""

    def _keep(self, found: Read) -> None:
        self._heads.update(found.heads)
        self._conflicts.update(found.conflicts)
        for record_id, sealed in found.live.items():
            if record_id not in found.conflicts:  # one head again: a conflict settled elsewhere
                self._conflicts.pop(record_id, None)
            if sealed.deleted:
                self._deleted[record_id] = sealed.kind
                self._records.remove(record_id)
            else:
                self._deleted.pop(record_id, None)
                self._records.add(sealed)
        self._records.damaged.extend(found.damaged)  # at unlock: no listener yet

    def _load_networks_list(self) -> None:
        rows = self._file.rows(
            f"SELECT {COLUMNS} FROM records WHERE kind = 'network' ORDER BY record_id, seq"
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
                    N_(
                        "The vault file is damaged where this network is stored. "
                        "Please restore your latest backup."
                    )
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

    def conflicts(self, record_id: str) -> tuple[object, ...]:
        """Fields of a record changed differently on two laptops, still open (plain form)."""
        with self._mutex:
            if record_id not in self._heads and self._keys is not None:
                group = self._group_of_id(record_id)
                if group is not None:
                    self._load_group(group)  # its network was not read yet
            return self._conflicts.get(record_id, ())

    def network_of(self, record_id: str) -> str:
        """The network a record belongs to ("" for vault-wide records or an unknown id)."""
        with self._mutex:
            self._require_keys()
            return self._group_of_id(record_id) or ""

    def is_loaded(self, network_id: str) -> bool:
        """Whether a network's records are already decrypted in memory."""
        return network_id in self._loaded

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
            f"SELECT {COLUMNS} FROM records WHERE record_id = ? ORDER BY seq", (record_id,)
        )
        for opened in reversed(self._reader.history(rows)):
            if isinstance(opened, DamagedRecord) or opened.seq >= below:
                continue
            try:
                return decode(opened), opened
            except DamagedRecord as damage:
                self._records.damaged.append(damage)
        return None

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
            if cls.KIND == "practitioner" or cls.KIND in VAULT_ONLY_TYPES:
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
            return head.seq if head else 0

    def heads(self, record_id: str) -> tuple[tuple[str, int], ...]:
        """The revisions a record's next save goes on top of, as (writer, revision): what an
        editor keeps when it loads, so its save can say which revision it was based on."""
        with self._mutex:
            if record_id not in self._heads:
                group = self._group_of_id(record_id)
                if group is not None:
                    self.load_network(group)
            head = self._heads.get(record_id)
            return head.heads if head else ()

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
                f"SELECT {COLUMNS} FROM records WHERE record_id = ? ORDER BY seq",
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
                        opened.seq,
                        opened.writer,
                        opened.saved_at,
                        opened.deleted,
                        decode(opened),
                    )
                )
            return revisions
