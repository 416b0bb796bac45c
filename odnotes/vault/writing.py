"""Writing to a vault: every save a new revision in one durable transaction."""

from __future__ import annotations

import copy
import time
from collections.abc import Iterable

from odnotes import meetings
from odnotes.errors import (
    InvalidRecord,
    RecordNotFound,
)
from odnotes.model import RECORD_TYPES, Meeting, Network, Record, utc_now
from odnotes.vault.base import R
from odnotes.vault.purge import purge_network
from odnotes.vault.reading import Reading
from odnotes.vault.revisions import Change
from odnotes.vault.rows import group_of
from odnotes.vault.saving import Batch

_SEEN_EVERY = 30.0  # seconds between updates of the seen record while saving


class Writing(Reading):
    """Saves, tombstones and the one path that deletes a network for good."""

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
                plan.add(
                    record,
                    deleted=deleted,
                    saved_at=saved_at,
                    author=self.author,
                    open_conflicts=self._conflicts.get(record.id, ()),
                )
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
                changes.append(Change(record.KIND, record.id, head.seq, deleted))
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
