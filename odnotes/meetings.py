"""What may happen to a meeting: drafting, finalising, amending.

A finalised meeting is never edited in place: a later revision must carry one
more amendment (who, when, why) and keep every signature, so the original
revision stays readable in the vault's history.
"""

from __future__ import annotations

import copy
from datetime import datetime

from odnotes.errors import FinalisedMeetingError, InvalidRecord
from odnotes.model import Amendment, Meeting, Signature, utc_now


def check_change(old: Meeting | None, new: Meeting, *, deleting: bool = False) -> None:
    """Refuse a save that would rewrite a finalised meeting without an amendment."""
    if old is None or not old.is_final:
        return
    if deleting:
        raise FinalisedMeetingError(
            "A finalised meeting cannot be deleted; amend it instead, with the reason."
        )
    if new.signatures != old.signatures:
        raise FinalisedMeetingError("The signatures of a finalised meeting cannot change.")
    if len(new.amendments) != len(old.amendments) + 1 or new.amendments[:-1] != old.amendments:
        raise FinalisedMeetingError(
            "A finalised meeting can only be changed as an amendment, with who, when and why."
        )


def finalise(meeting: Meeting, practitioner_ids: list[str], at: datetime | None = None) -> Meeting:
    """A finalised copy, signed by each facilitating practitioner present."""
    if meeting.is_final:
        raise FinalisedMeetingError("This meeting is already finalised.")
    if not practitioner_ids:
        raise InvalidRecord("signatures", "at least one facilitating practitioner must sign")
    strangers = [pid for pid in practitioner_ids if pid not in meeting.facilitators]
    if strangers:
        raise InvalidRecord("signatures", "only the meeting's facilitators can sign it")
    signed = copy.deepcopy(meeting)
    when = at or utc_now()
    signed.signatures = [Signature(pid, when) for pid in practitioner_ids]
    signed.validate()
    return signed


def amend(
    original: Meeting, changed: Meeting, by_id: str, reason: str, at: datetime | None = None
) -> Meeting:
    """``changed`` as an amendment of the finalised ``original``, keeping its signatures."""
    if not original.is_final:
        raise FinalisedMeetingError("Only a finalised meeting is amended; a draft is just edited.")
    amended = copy.deepcopy(changed)
    amended.signatures = copy.deepcopy(original.signatures)
    amended.amendments = [
        *copy.deepcopy(original.amendments),
        Amendment(by_id, at or utc_now(), reason),
    ]
    amended.validate()
    return amended


def single_practitioner(meeting: Meeting) -> bool:
    """OD asks for two or more practitioners; a meeting with one says so."""
    return len(meeting.facilitators) < 2
