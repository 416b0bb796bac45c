"""What the vault hands back: the changes a save made, stored revisions, verify reports."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from odnotes.errors import DamagedRecord
from odnotes.model import Record


@dataclass(frozen=True)
class Change:
    """What one save changed, so views refresh exactly that (Anki's OpChanges)."""

    kind: str
    record_id: str
    revision: int
    deleted: bool = False


@dataclass(frozen=True)
class Revision:
    """One stored revision of a record, as listed by :meth:`Vault.history`."""

    record_id: str
    kind: str
    revision: int
    writer: str
    saved_at: datetime
    deleted: bool
    record: Record


@dataclass
class VerifyReport:
    """What :meth:`Vault.verify` found; one damaged row never hides the rest."""

    records: int = 0
    revisions: int = 0
    damaged: list[DamagedRecord] = field(default_factory=list)
    integrity_ok: bool = True
    file_ok: bool = True

    @property
    def ok(self) -> bool:
        """Everything decrypted and the whole-vault tag matched."""
        return not self.damaged and self.integrity_ok and self.file_ok

    def lines(self) -> list[str]:
        """Human lines for a terminal or a dialog."""
        out = [f"{self.records} records, {self.revisions} revisions checked."]
        if not self.file_ok:
            out.append("The SQLite file reports internal damage.")
        if not self.integrity_ok:
            out.append(
                "The vault-wide integrity check failed: revisions were added or removed "
                "outside OD Notes."
            )
        out += [str(damage) for damage in self.damaged]
        if self.ok:
            out.append("Everything is intact.")
        return out
