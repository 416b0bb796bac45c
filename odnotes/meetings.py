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
    """Refuse a save that would rewrite a finalised meeting without an amendment.

    Allowed after finalising: a new amendment (one more, earlier ones untouched),
    or continuing the open amendment (same who, when and why; it may be closed).
    """
    if old is None or not old.is_final:
        return
    if deleting:
        raise FinalisedMeetingError(
            "A finalised meeting cannot be deleted; amend it instead, with the reason."
        )
    if _co_signs(old, new):
        return
    if new.signatures != old.signatures:
        raise FinalisedMeetingError("The signatures of a finalised meeting cannot change.")
    adds_one = len(new.amendments) == len(old.amendments) + 1
    if adds_one and new.amendments[:-1] == _closed_prefix(old):
        return
    if _continues(old, new):
        return
    raise FinalisedMeetingError(
        "A finalised meeting can only be changed as an amendment, with who, when and why."
    )


def _co_signs(old: Meeting, new: Meeting) -> bool:
    """One more facilitator's signature and nothing else changed (co-signing on their laptop)."""
    if len(new.signatures) != len(old.signatures) + 1 or new.signatures[:-1] != old.signatures:
        return False
    added = new.signatures[-1].practitioner_id
    if added not in old.facilitators or added in {s.practitioner_id for s in old.signatures}:
        return False
    unsigned = copy.deepcopy(new)
    unsigned.signatures = copy.deepcopy(old.signatures)
    return unsigned == old


def co_sign(meeting: Meeting, practitioner_id: str, at: datetime | None = None) -> Meeting:
    """A finalised meeting with one more facilitator's signature (signing on their own laptop).

    The words stay as they are; a co-facilitator who wants to change them amends.
    """
    if not meeting.is_final:
        raise FinalisedMeetingError("Only a finalised meeting is co-signed; finalise it first.")
    if practitioner_id not in meeting.facilitators:
        raise InvalidRecord("signatures", "only the meeting's facilitators can sign it")
    if practitioner_id in {s.practitioner_id for s in meeting.signatures}:
        raise FinalisedMeetingError("You have already signed this meeting.")
    signed = copy.deepcopy(meeting)
    signed.signatures.append(Signature(practitioner_id, at or utc_now()))
    signed.validate()
    return signed


def _closed_prefix(old: Meeting) -> list[Amendment]:
    """Earlier amendments as they must stand once a new one starts (all closed)."""
    closed = copy.deepcopy(old.amendments)
    if closed:
        closed[-1].in_progress = False
    return closed


def _continues(old: Meeting, new: Meeting) -> bool:
    if not old.amendments or not old.amendments[-1].in_progress:
        return False
    if len(new.amendments) != len(old.amendments) or new.amendments[:-1] != old.amendments[:-1]:
        return False
    before, after = old.amendments[-1], new.amendments[-1]
    return (before.by_id, before.at, before.reason) == (after.by_id, after.at, after.reason)


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
    original: Meeting,
    changed: Meeting,
    by_id: str,
    reason: str,
    at: datetime | None = None,
    *,
    finished: bool = False,
) -> Meeting:
    """``changed`` as an amendment of the finalised ``original``, keeping its signatures.

    If ``original`` already has an open amendment by the same person for the
    same reason, this continues it; otherwise a new amendment starts. It stays
    open until ``finished`` (or :func:`finish_amendment`).
    """
    if not original.is_final:
        raise FinalisedMeetingError("Only a finalised meeting is amended; a draft is just edited.")
    amended = copy.deepcopy(changed)
    amended.signatures = copy.deepcopy(original.signatures)
    amendments = copy.deepcopy(original.amendments)
    last = amendments[-1] if amendments else None
    if last is not None and last.in_progress and (last.by_id, last.reason) == (by_id, reason):
        last.in_progress = not finished
    else:
        if last is not None:
            last.in_progress = False
        amendments.append(Amendment(by_id, at or utc_now(), reason, in_progress=not finished))
    amended.amendments = amendments
    amended.validate()
    return amended


def finish_amendment(meeting: Meeting) -> Meeting:
    """A copy with its open amendment closed (the meeting is read-only again)."""
    done = copy.deepcopy(meeting)
    if done.amendments:
        done.amendments[-1].in_progress = False
    return done


def open_amendment(meeting: Meeting) -> Amendment | None:
    """The amendment still being written (after a crash, the editor resumes it)."""
    if meeting.amendments and meeting.amendments[-1].in_progress:
        return meeting.amendments[-1]
    return None


def single_practitioner(meeting: Meeting) -> bool:
    """Exactly one facilitator: OD asks for two or more, so such a meeting says so."""
    return len(meeting.facilitators) == 1
