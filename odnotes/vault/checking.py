"""``verify``: every revision decrypted and every integrity tag checked, nothing kept."""

from __future__ import annotations

from itertools import groupby

from odnotes.errors import DamagedRecord
from odnotes.vault.file import FILE_DAMAGE, VaultFile
from odnotes.vault.header import Header
from odnotes.vault.keys import VaultKeys
from odnotes.vault.loading import RowReader
from odnotes.vault.revisions import VerifyReport
from odnotes.vault.rows import COLUMNS, RECORD_ID, RowCipher, malformed


def verify_all(file: VaultFile, keys: VaultKeys, reader: RowReader) -> VerifyReport:
    """Check the file, the header, every group's tag and every revision; report everything."""
    report = VerifyReport()
    try:
        quick = file.rows("PRAGMA quick_check")
        report.file_ok = [row[0] for row in quick] == ["ok"]
        header = Header.read(file, keys)
        ok = header.ok
        report.damaged += header.damaged
        for group, stored in header.state.groups.items():
            rows = file.rows(
                f"SELECT {COLUMNS} FROM records WHERE network_id = ? ORDER BY record_id, seq",
                (group,),
            )
            ok = reader.tags_match(rows, stored) and ok
            for record_id, grouped in groupby(rows, key=lambda r: r[RECORD_ID]):
                revisions = list(grouped)
                report.records += 1
                report.revisions += len(revisions)
                for row, opened in zip(revisions, reader.history(revisions), strict=True):
                    if isinstance(opened, DamagedRecord):
                        report.damaged.append(opened)
                    elif not malformed(row) and not RowCipher.digest_matches(row):
                        report.damaged.append(
                            DamagedRecord(
                                record_id,
                                opened.kind,
                                opened.seq,
                                "its ciphertext does not match its recorded digest",
                            )
                        )
        (orphans,) = file.rows(
            "SELECT COUNT(*) FROM records WHERE network_id NOT IN (SELECT network_id FROM groups)"
        )[0]
        report.integrity_ok = ok and orphans == 0
    except FILE_DAMAGE:
        report.file_ok = False
    return report
