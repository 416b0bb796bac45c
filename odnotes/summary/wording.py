"""The summary's words for stances, statuses, places and durations, in the reader's language.

Dates, lists and counts come from the :class:`~odnotes.i18n.Translator` (Babel
and the catalog), never from the computer's locale, so a summary reads the
same on every laptop.
"""

from __future__ import annotations

from odnotes.i18n import N_, Translator
from odnotes.model import PlaceKind, Stance, UncertaintyStatus

STANCE_WORDS = {
    Stance.AGREES: N_("Agrees"),
    Stance.HAS_CONCERNS: N_("Has concerns"),
    Stance.DISAGREES: N_("Disagrees"),
    Stance.NOT_ASKED: N_("Was not asked"),
}

STATUS_WORDS = {
    UncertaintyStatus.OPEN: N_("Still open"),
    UncertaintyStatus.RESOLVED: N_("Resolved"),
    UncertaintyStatus.LET_GO: N_("Let go"),
}

_PLACE_WORDS = {
    PlaceKind.HOME: N_("at home"),
    PlaceKind.CLINIC: N_("at the team's base"),
    PlaceKind.ONLINE: N_("online"),
    PlaceKind.PHONE: N_("by phone"),
    PlaceKind.OTHER: "",
}


def stance_words(stance: Stance, tr: Translator) -> str:
    """``Agrees``, ``Samaa mieltä``."""
    return tr.gettext(STANCE_WORDS[stance])


def status_words(status: UncertaintyStatus, tr: Translator) -> str:
    """``Still open``, ``Yhä auki``."""
    return tr.gettext(STATUS_WORDS[status])


def place_words(place: PlaceKind, detail: str, tr: Translator) -> str:
    """Where a meeting is, in the words the team wrote, or the kind of place."""
    detail = detail.strip()
    kind = tr.gettext(_PLACE_WORDS[place]) if _PLACE_WORDS[place] else ""
    if not detail:
        return kind or tr.gettext("place to be agreed")
    if place in (PlaceKind.ONLINE, PlaceKind.PHONE):
        return tr.gettext("%(kind)s: %(detail)s") % {"kind": kind, "detail": detail}
    return detail


def duration_words(minutes: int | None, tr: Translator) -> str:
    """``for an hour and a half``, ``puolitoista tuntia``."""
    if not minutes:
        return ""
    hours, rest = divmod(minutes, 60)
    if minutes == 90:
        return tr.gettext("for an hour and a half")
    if rest == 0:
        return tr.counted("for an hour", "for %(n)s hours", hours)
    return tr.counted("for %(n)s minute", "for %(n)s minutes", minutes)
