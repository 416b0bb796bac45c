"""Writing to a vault: every save a new revision in one durable transaction."""

from __future__ import annotations

import contextlib
import copy
import time
from collections.abc import Collection, Iterable, Mapping, Sequence
from itertools import groupby
from typing import TYPE_CHECKING, Any

from odnotes import meetings
from odnotes.codec import from_plain, to_plain
from odnotes.errors import (
    DamagedRecord,
    InvalidRecord,
    RecordNotFound,
)
from odnotes.i18n import N_
from odnotes.model import RECORD_TYPES, STORED_TYPES, Meeting, Network, Record, utc_now
from odnotes.vault.base import R
from odnotes.vault.keys import VAULT_WIDE
from odnotes.vault.purge import purge_network
from odnotes.vault.reading import Reading
from odnotes.vault.revisions import Change
from odnotes.vault.rows import COLUMNS, DIGEST, RECORD_ID, REVISION, WRITER, group_of
from odnotes.vault.saving import Batch, Received
from odnotes.vault.search_cache import built_from, write_blobs

if TYPE_CHECKING:
    from odnotes.exchange.revision import SharedRevision

_SEEN_EVERY = 30.0  # seconds between updates of the seen record while saving


class Writing(Reading):
    """Saves, tombstones and the one path that deletes a network for good."""

    def save(self, record: Record, *, based_on: Sequence[tuple[str, int]] | None = None) -> Change:
        """Save a record as a new revision (durable when this returns).

        ``based_on`` names the revisions the caller's copy was read from (an editor's
        :meth:`heads` when it loaded). When a colleague's revision arrived since, the new
        revision is written on top of ``based_on`` only, so it counts as concurrent with theirs
        and the live record is the exchange's three-way merge of both, not this save alone.
        """
        return self.save_many(
            [record], based_on={record.id: tuple(based_on)} if based_on else None
        )[0]

    def save_many(
        self,
        records: Iterable[Record],
        *,
        deleted: bool = False,
        open_conflicts: Mapping[str, tuple[object, ...]] | None = None,
        based_on: Mapping[str, tuple[tuple[str, int], ...]] | None = None,
    ) -> list[Change]:
        """Save several records in one transaction: all of them or none.

        Each revision carries its record's open conflicts on, so no save closes
        one silently; ``open_conflicts`` (record id -> what stays open) is for
        the save that settles one (:func:`odnotes.sharing.settle`). ``based_on``
        (record id -> revisions) is :meth:`save`'s, for several records.
        """
        chosen = open_conflicts or {}
        with self._mutex:
            keys, header = self._require_keys(), self._require_header()
            self._require_writable()
            batch = list(records)
            for record in batch:
                self._check_before_saving(record, deleted)
            parents = self._concurrent_parents(batch, based_on or {})
            plan = Batch(self._cipher, keys, header, self.copy_id, self._heads)
            saved_at = utc_now().isoformat()
            for record in batch:
                plan.add(
                    record,
                    deleted=deleted,
                    saved_at=saved_at,
                    author=self.author,
                    open_conflicts=chosen.get(record.id, self._conflicts.get(record.id, ())),
                    parents=parents.get(record.id),
                )
            try:
                with self._file.transaction(N_("saving")) as conn:
                    plan.write(conn)
            except BaseException:
                plan.abandon()
                raise
            plan.commit()
            changes = []
            for record, head in zip(batch, plan.heads, strict=True):
                self._heads[record.id] = head
                self._keep_conflicts(record, deleted, chosen)
                changes.append(Change(record.KIND, record.id, head.seq, deleted))
                if deleted:
                    self._records.remove(record.id)
                    self._deleted[record.id] = record.KIND
                else:
                    self._records.put(copy.deepcopy(record))
                    self._deleted.pop(record.id, None)
            self._loaded.update(plan.new_groups)
            for group in {group_of(r) for r in batch if r.id in parents}:
                self._loaded.discard(group)  # two heads now: the live record is their merge
                self._load_group(group)
            if time.monotonic() - self._seen_at > _SEEN_EVERY:
                self._remember_seen()
        for listener in list(self._listeners):
            listener(changes)
        return changes

    def _concurrent_parents(
        self, batch: Sequence[Record], based_on: Mapping[str, tuple[tuple[str, int], ...]]
    ) -> dict[str, tuple[tuple[str, int], ...]]:
        """The parents of each save based on revisions that are no longer all the heads (a
        colleague's revision arrived meanwhile); refuses a revision this vault does not hold."""
        out: dict[str, tuple[tuple[str, int], ...]] = {}
        for record in batch:
            named = tuple(sorted(set(based_on.get(record.id, ()))))
            head = self._heads.get(record.id)
            if not named or head is None or set(named) == set(head.heads):
                continue
            if not set(named) <= self._held(record.id):
                raise InvalidRecord("based_on", "names a revision this vault does not hold")
            out[record.id] = named
        return out

    def _keep_conflicts(
        self, record: Record, deleted: bool, chosen: Mapping[str, tuple[object, ...]]
    ) -> None:
        """What stays open after a save, shown the way the saved record now reads."""
        from odnotes.vault.merging import shown

        carried = chosen.get(record.id, self._conflicts.get(record.id, ()))
        if carried:
            self._conflicts[record.id] = shown(
                record.KIND, record.id, to_plain(record), deleted, carried
            )
        else:
            self._conflicts.pop(record.id, None)

    def _check_before_saving(self, record: Record, deleting: bool) -> None:
        record.validate()
        if type(record) not in STORED_TYPES.values():
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

    def receive(
        self,
        revisions: Iterable[SharedRevision],
        *,
        with_records: Sequence[Record] = (),
        validated: bool = False,
    ) -> list[Change]:
        """Store revisions a colleague's vault wrote, append-only, each under its own name.

        The exchange verifies files first (signature, sender, recipient); this
        checks every revision again as a record, skips any already held (a file
        seen twice changes nothing), accepts their writers, and writes them in
        one transaction. Live records then follow the merge rule.
        ``with_records`` are this vault's own records saved in the same
        transaction (what the exchange remembers of the file: all or nothing).
        ``validated`` says each revision's record was just validated (the exchange
        does so while reading a file), so only its shape is checked again.
        """
        with self._mutex:
            keys, header = self._require_keys(), self._require_header()
            self._require_writable()
            plan = Batch(self._cipher, keys, header, self.copy_id, self._heads)
            touched: dict[str, str] = {}
            taken: set[tuple[str, str, int]] = set()
            incoming = sorted(
                (Received.from_shared(r) for r in revisions),
                key=lambda r: (r.record_id, r.revision, r.writer),
            )
            for revision in incoming:
                name = (revision.record_id, revision.writer, revision.revision)
                group = self._check_received(revision, validated)
                if name in taken or (name[1], name[2]) in self._held(revision.record_id):
                    continue  # held already: a file seen twice changes nothing
                plan.add_received(revision, group)
                taken.add(name)
                touched[revision.record_id] = group
            local = list(with_records)
            for record in local:
                if record.id in touched:
                    raise ValueError("a received record cannot also be saved in the same step")
                self._check_before_saving(record, False)
                plan.add(record, deleted=False, saved_at=utc_now().isoformat(), author=self.author)
            if not plan.rows:
                return []
            try:
                with self._file.transaction(N_("taking in a colleague's changes")) as conn:
                    plan.write(conn)
            except BaseException:
                plan.abandon()
                raise
            plan.commit()
            for record, head in zip(local, plan.heads[len(plan.heads) - len(local) :], strict=True):
                self._heads[record.id] = head
                self._records.put(copy.deepcopy(record))
            for group in set(touched.values()):  # read again: heads and live records follow
                self._loaded.discard(group)
                self._load_group(group)
            changes = [
                Change(self._heads[rid].kind, rid, self._heads[rid].seq, rid in self._deleted)
                for rid in [*touched, *(r.id for r in local)]
            ]
        for listener in list(self._listeners):
            listener(changes)
        return changes

    def _check_received(self, revision: Received, validated: bool) -> str:
        """The group a received revision goes in; refuses one that is not a valid record."""
        cls = RECORD_TYPES.get(revision.kind)
        if cls is None:
            raise InvalidRecord("kind", "is not a record kind this version knows")
        if validated:  # built and validated by the exchange a moment ago
            group = _group_of_plain(revision.kind, revision.record_id, revision.data)
            if revision.data.get("id") != revision.record_id:
                raise InvalidRecord("record_id", "is not the id of the record it carries")
        else:
            record = from_plain(cls, revision.data)  # validated like any save
            if record.id != revision.record_id:
                raise InvalidRecord("record_id", "is not the id of the record it carries")
            group = group_of(record)
        if group in self._require_header().state.groups:
            self._load_group(group)
        head = self._heads.get(revision.record_id)
        if head is not None and (head.kind != revision.kind or head.group != group):
            raise InvalidRecord("record_id", "is already used by another kind of record")
        return group

    def _held(self, record_id: str) -> set[tuple[str, int]]:
        rows = self._file.rows(
            "SELECT writer, revision FROM records WHERE record_id = ?", (record_id,)
        )
        return {(w, r) for w, r in rows}

    def shared_revisions(
        self, network_id: str, *, only: Collection[tuple[str, str, int]] | None = None
    ) -> list[SharedRevision]:
        """Every intact revision of a network's records, as the exchange sends them.

        ``only`` names (record id, writer, revision) the caller wants: the others
        are not decrypted (a sync sends what a colleague has not acknowledged).
        """
        with self._mutex:
            self._require_keys()
            rows = self._file.rows(
                f"SELECT {COLUMNS} FROM records WHERE network_id = ? ORDER BY record_id, seq",
                (network_id,),
            )
            return self._opened(rows, only)

    def revision_names(self, network_id: str) -> list[tuple[str, str, int]]:
        """(record id, writer, revision) of every revision of a network, without decrypting."""
        with self._mutex:
            self._require_keys()
            rows = self._file.rows(
                "SELECT record_id, writer, revision FROM records WHERE network_id = ?",
                (network_id,),
            )
            return [(str(r), str(w), int(n)) for r, w, n in rows]

    def _opened(
        self, rows: list[Any], only: Collection[tuple[str, str, int]] | None
    ) -> list[SharedRevision]:
        """Rows (by record, in stored order) opened as revisions; damaged ones left out."""
        from odnotes.vault.merging import shared

        out = []
        for _rid, grouped in groupby(rows, key=lambda r: r[RECORD_ID]):
            previous = b""
            for row in grouped:
                if only is None or (row[RECORD_ID], row[WRITER], row[REVISION]) in only:
                    with contextlib.suppress(DamagedRecord):
                        out.append(shared(self._reader.open(row, previous)))
                previous = row[DIGEST] if isinstance(row[DIGEST], bytes) else b""
        return out

    def record_revisions(self, record_ids: Iterable[str]) -> list[SharedRevision]:
        """Every intact revision of the given records (the team sent with a network, or the
        records a colleague's file names), wherever they are stored."""
        wanted = sorted(set(record_ids))
        kinds = sorted(RECORD_TYPES)  # never the vault's own records (keys, cards, ledgers)
        out: list[SharedRevision] = []
        with self._mutex:
            self._require_keys()
            for start in range(0, len(wanted), 500):
                chunk = wanted[start : start + 500]
                rows = self._file.rows(
                    f"SELECT {COLUMNS} FROM records WHERE record_id IN "
                    f"({', '.join('?' * len(chunk))}) AND kind IN ({', '.join('?' * len(kinds))}) "
                    "ORDER BY record_id, seq",
                    (*chunk, *kinds),
                )
                out += self._opened(rows, None)
        return out

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

    def keep_search_cache(self, shares: list[tuple[str, str, bytes]]) -> int:
        """Seal and store networks' shares of the search index, ``(network id, built_from,
        plaintext)`` each (the background pass, off the GUI thread); returns how many.

        Nothing is written for a read-only or locked vault, for a network
        deleted for good meanwhile (its key is gone), or for a share already
        stale (its network was saved to since it was read: the next pass
        rebuilds it).
        """
        if self.readonly or not shares:
            return 0
        with self._mutex:
            if self._keys is None or self._header is None:
                return 0
            keys, groups = self._keys, self._header.state.groups
            sealed = []
            for network_id, source, plaintext in shares:
                key, state = keys.records_key(network_id), groups.get(network_id)
                if key is not None and state is not None and source == built_from(state):
                    sealed.append((network_id, key, source, plaintext))
            if sealed:
                with self._file.transaction(N_("keeping the search index")) as conn:
                    write_blobs(conn, self.vault_id, sealed)
            return len(sealed)


def _group_of_plain(kind: str, record_id: str, data: dict[str, Any]) -> str:
    """:func:`group_of` for a record still in plain form."""
    if kind == Network.KIND:
        return record_id
    network_id = data.get("network_id")
    return network_id if isinstance(network_id, str) else VAULT_WIDE
