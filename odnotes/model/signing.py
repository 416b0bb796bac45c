"""The audit trail of a finalised meeting: who signed it, and each amendment since."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from odnotes.errors import InvalidRecord
from odnotes.model.base import Validated, check_aware, check_id, check_text


@dataclass
class Signature(Validated):
    """A facilitating practitioner's sign-off of the finalised meeting."""

    practitioner_id: str
    signed_at: datetime

    def validate(self) -> None:
        check_id(self.practitioner_id, "practitioner_id")
        check_aware(self.signed_at, "signed_at")


@dataclass
class Amendment(Validated):
    """A change to a finalised meeting: who, when, why; the original stays readable.

    An amendment is open (``in_progress``) while its author is still editing, so
    autosaves during one amendment do not each record another; every revision
    is still kept in the vault's history.
    """

    by_id: str
    at: datetime
    reason: str
    in_progress: bool = False

    def validate(self) -> None:
        check_id(self.by_id, "by_id")
        check_aware(self.at, "at")
        check_text(self.reason, "reason", required=True)
        if not isinstance(self.in_progress, bool):
            raise InvalidRecord("in_progress", "must be true or false")
