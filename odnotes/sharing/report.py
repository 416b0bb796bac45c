"""What a sync did, for a status line, a dialog or a terminal (names no person, quotes nothing)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Refused:
    """A file that was not taken, and why (a message a clinician can read)."""

    name: str
    reason: str
    code: str = ""


@dataclass(frozen=True)
class SyncReport:
    """Files written, changes taken in, files refused, and the records left in conflict."""

    sent: int = 0
    received: int = 0
    changed_records: tuple[str, ...] = ()
    refused: tuple[Refused, ...] = ()
    conflicts: tuple[str, ...] = ()

    def summary(self) -> str:
        """One or two sentences: "Sent 1 file, received 3 changes; 1 file refused: …"."""
        text = f"Sent {_count(self.sent, 'file')}, received {_count(self.received, 'change')}"
        if self.refused:
            reasons = " ".join(f"{r.name}: {r.reason}" for r in self.refused)
            text += f"; {_count(len(self.refused), 'file')} refused: {reasons}"
        else:
            text += "."
        if self.conflicts:
            text += (
                f" {_count(len(self.conflicts), 'record')} with changes that differ between "
                "laptops, waiting for someone to choose."
            )
        return text


def _count(number: int, noun: str) -> str:
    return f"{number} {noun}{'' if number == 1 else 's'}"
