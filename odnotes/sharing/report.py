"""What a sync did, for a status line, a dialog or a terminal (names no person, quotes nothing).

Every sentence is marked for the catalog, so the same report reads in the
reader's language: :meth:`Refused.reason_in` and :meth:`SyncReport.summary`
take a :class:`~odnotes.i18n.Translator` (English by default).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from odnotes.errors import OdNotesError
from odnotes.exchange import RefusedFile
from odnotes.i18n import ENGLISH, N_plural, Translator

_SENT = N_plural("Sent %(n)s file", "Sent %(n)s files")
_RECEIVED = N_plural("received %(n)s change", "received %(n)s changes")
_REFUSED = N_plural("%(n)s file refused: %(reasons)s", "%(n)s files refused: %(reasons)s")
_CONFLICTS = N_plural(
    "%(n)s record with changes that differ between laptops, waiting for someone to choose.",
    "%(n)s records with changes that differ between laptops, waiting for someone to choose.",
)


@dataclass(frozen=True)
class Refused:
    """A file that was not taken, and why (a message a clinician can read).

    ``reason`` is the English message; ``error`` the refusal itself, which
    gives it in another language (:meth:`reason_in`).
    """

    name: str
    reason: str
    code: str = ""
    error: OdNotesError | None = field(default=None, compare=False, repr=False)

    @classmethod
    def of(cls, name: str, refusal: RefusedFile) -> Refused:
        """The file ``name`` was refused: why, and the kind of refusal as its code."""
        return cls(name, str(refusal), refusal.reason.value, refusal)

    def reason_in(self, tr: Translator) -> str:
        """Why, in ``tr``'s language (English where the catalog has no translation)."""
        return self.error.message_in(tr) if self.error is not None else tr.gettext(self.reason)


@dataclass(frozen=True)
class SyncReport:
    """Files written, changes taken in, files refused, and the records left in conflict."""

    sent: int = 0
    received: int = 0
    changed_records: tuple[str, ...] = ()
    refused: tuple[Refused, ...] = ()
    conflicts: tuple[str, ...] = ()

    def summary(self, tr: Translator = ENGLISH) -> str:
        """One or two sentences: "Sent 1 file, received 3 changes; 1 file refused: …"."""
        text = f"{_count(tr, _SENT, self.sent)}, {_count(tr, _RECEIVED, self.received)}"
        if self.refused:
            reasons = " ".join(f"{r.name}: {r.reason_in(tr)}" for r in self.refused)
            text += "; " + _count(tr, _REFUSED, len(self.refused), reasons=reasons)
        else:
            text += "."
        if self.conflicts:
            text += " " + _count(tr, _CONFLICTS, len(self.conflicts))
        return text


def _count(tr: Translator, forms: tuple[str, str], n: int, **params: str) -> str:
    """The plural form for ``n`` in ``tr``'s language, the number in digits."""
    return tr.ngettext(*forms, n) % {"n": tr.number(n), **params}
