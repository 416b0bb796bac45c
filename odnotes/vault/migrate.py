"""Upgrading a format-1 vault to format 2, after keeping a verified copy of the original.

Every intact revision is sealed again under its network's new key, keeping its
record id, revision number, writer, time and tombstone flag; the vault id,
copy id, key-derivation settings and both key slots stay as they were (so the
passphrase and the recovery key the user wrote down keep working). The new
file is built beside the old one, verified, and only then put in its place.
A format-1 vault opened read-only is upgraded into memory instead, and the
file is left as it is.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
from dataclasses import dataclass, field
from itertools import groupby
from pathlib import Path

from odnotes.errors import DamagedRecord, DamagedVault
from odnotes.files import publish, storage_error
from odnotes.i18n import N_
from odnotes.model import utc_now
from odnotes.vault.checking import verify_all
from odnotes.vault.file import SCHEMA, SUFFIX, VaultFile, prepare_new
from odnotes.vault.format1 import Format1
from odnotes.vault.header import Header
from odnotes.vault.integrity import Group
from odnotes.vault.keys import VAULT_WIDE, VaultKeys, key_digest
from odnotes.vault.loading import RowReader
from odnotes.vault.revisions import VerifyReport
from odnotes.vault.rows import COLUMNS, PLACES, RowCipher

_KEPT = ("vault_id", "copy_id", "created_at", "kdf", "slot_passphrase", "slot_recovery")


@dataclass
class MigrationReport:
    """What an upgrade did, in words the app and the CLI can show."""

    backup: Path | None = None
    records: int = 0
    revisions: int = 0
    skipped: list[DamagedRecord] = field(default_factory=list)
    format1_intact: bool = True

    def lines(self) -> list[str]:
        """Human lines (no clinical text)."""
        out = [
            f"This vault was upgraded to the new vault format ({self.records} records, "
            f"{self.revisions} revisions)."
        ]
        if self.backup is not None:
            out.append(f"A verified copy of it as it was is kept beside it: {self.backup.name}.")
        if self.skipped:
            out.append(
                f"{len(self.skipped)} damaged revisions could not be carried over; "
                "the copy beside the vault still holds them."
            )
        if not self.format1_intact:
            out.append("The old file's integrity check had failed before the upgrade.")
        return out


def _free_name(path: Path) -> Path:
    candidate, n = path, 1
    while candidate.exists():
        n += 1
        candidate = path.with_name(f"{path.stem}-{n}{path.suffix}")
    return candidate


def rebuild(conn: sqlite3.Connection, old: VaultFile, data_key: bytes) -> MigrationReport:
    """Write the format-2 image of ``old`` into the empty database ``conn``."""
    meta = old.meta()
    vault_id = meta["vault_id"]
    contents = Format1(data_key, vault_id).read(old)
    keys = VaultKeys(data_key, vault_id)
    cipher = RowCipher(vault_id)
    header = Header.empty(keys, meta["copy_id"])
    groups: dict[str, Group] = {VAULT_WIDE: Group()}
    wrapped: list[tuple[str, bytes, bytes]] = []
    rows = []
    report = MigrationReport(skipped=list(contents.damaged))
    report.format1_intact = contents.integrity_ok
    for _record_id, grouped in groupby(contents.revisions, key=lambda s: s.record_id):
        revisions = list(grouped)
        group = revisions[-1].group
        if group not in groups:
            nonce, blob = keys.new_network(group)
            wrapped.append((group, nonce, blob))
            groups[group] = Group(key_digest=key_digest(nonce, blob))
        key = keys.records_key(group)
        if key is None:
            raise DamagedVault(N_("A network key could not be made during the upgrade."))
        previous = b""
        parents: tuple[tuple[str, int], ...] = ()
        report.records += 1
        for seq, sealed in enumerate(revisions, start=1):
            # One chain, as format 1 kept it: each revision on top of the one before.
            row = cipher.seal_plain(
                key,
                sealed.plain,
                sealed.kind,
                group,
                (seq, seq, sealed.writer, parents),
                previous,
                deleted=sealed.deleted,
                saved_at=sealed.saved_at.isoformat(),
            )
            parents = ((sealed.writer, seq),)
            state = groups[group]
            state.count += 1
            state.xor ^= header.integrity.stored_row(row)
            rows.append(row)
            previous = row[-1]
        report.revisions += len(revisions)
    after = header.after(groups, header.writers | contents.writers)
    new_meta = {k: meta[k] for k in _KEPT if k in meta}
    new_meta |= {"format": "2", "upgraded_at": utc_now().isoformat(), "upgraded_from": "1"}
    prepare_new(conn)
    conn.execute("BEGIN IMMEDIATE")
    conn.executemany("INSERT INTO meta VALUES (?, ?)", new_meta.items())
    conn.executemany("INSERT INTO keys VALUES (?, ?, ?)", wrapped)
    conn.executemany(f"INSERT INTO records ({COLUMNS}) VALUES ({PLACES})", rows)
    conn.executemany(
        "INSERT INTO groups VALUES (?, ?, ?)",
        [(g, s.count, f"{s.xor:064x}") for g, s in groups.items()],
    )
    after.write(conn)
    conn.execute("COMMIT")
    return report


def check(file: VaultFile, data_key: bytes, expected_revisions: int) -> VerifyReport:
    """Verify a freshly built format-2 file with nothing but its own contents."""
    keys = VaultKeys(data_key, file.meta()["vault_id"])
    header = Header.read(file, keys)
    reader = RowReader(
        RowCipher(keys.vault_id), header.integrity, keys.records_key, lambda: header.writers
    )
    report = verify_all(file, keys, reader)
    if report.revisions != expected_revisions:
        report.integrity_ok = False
    return report


def keep_format1_copy(old: VaultFile, data_key: bytes) -> Path:
    """A verified copy of the format-1 file beside it: ``NAME.format1-backup.odvault``."""
    target = _free_name(old.path.with_name(f"{old.path.stem}.format1-backup{SUFFIX}"))
    building = target.with_name(f".{target.name}.partial-{os.getpid()}")
    try:
        old.backup_into(building)
        copy = VaultFile(building, readonly=True)
        try:
            original = Format1(data_key, old.meta()["vault_id"]).read(old)
            kept = Format1(data_key, copy.meta()["vault_id"]).read(copy)
        finally:
            copy.close()
        if len(kept.revisions) != len(original.revisions) or kept.rows != original.rows:
            raise DamagedVault(
                N_("The copy of the old vault did not verify, so nothing was changed.")
            )
        publish(building, target)
    except (OSError, sqlite3.Error) as error:
        raise storage_error(error, N_("keeping a copy of the vault before upgrading it")) from None
    finally:
        for leftover in (building, Path(f"{building}-journal")):
            with contextlib.suppress(OSError):
                leftover.unlink()
    return target


def upgrade_beside(
    old: VaultFile, data_key: bytes, *, keep_copy: bool
) -> tuple[Path, MigrationReport]:
    """Build and verify the format-2 file beside ``old``; the caller moves it into place."""
    backup = keep_format1_copy(old, data_key) if keep_copy else None
    building = old.path.with_name(f".{old.path.name}.upgrading-{os.getpid()}")
    try:
        fd = os.open(building, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600)
        os.close(fd)
        conn = sqlite3.connect(building, isolation_level=None)
        try:
            conn.execute("PRAGMA synchronous = FULL")
            report = rebuild(conn, old, data_key)
            conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        finally:
            conn.close()
        built = VaultFile(building, readonly=True)
        try:
            verified = check(built, data_key, report.revisions)
        finally:
            built.close()
        if not verified.ok:
            raise DamagedVault(
                "The upgraded vault did not verify, so the old one was kept as it is: "
                + " ".join(verified.lines())
            )
    except (OSError, sqlite3.Error) as error:
        with contextlib.suppress(OSError):
            building.unlink()
        raise storage_error(error, N_("upgrading the vault")) from None
    except BaseException:
        with contextlib.suppress(OSError):
            building.unlink()
        raise
    report.backup = backup
    return building, report


def upgrade_in_memory(
    old: VaultFile, data_key: bytes
) -> tuple[sqlite3.Connection, MigrationReport]:
    """The format-2 image of a read-only format-1 file, in memory only."""
    conn = sqlite3.connect(":memory:", isolation_level=None, check_same_thread=False)
    return conn, rebuild(conn, old, data_key)


__all__ = ["SCHEMA", "MigrationReport", "upgrade_beside", "upgrade_in_memory"]
