"""The note's own words come from the core's translator; counts in it are written in digits.

Everything the note says that nobody typed goes through a
:class:`~odnotes.i18n.Translator` (``tr.gettext("Attended")``), so the note
can be written in the language the service's record is kept in. Counts are
digits ("90 minutes", "3 items"), as a clinical record writes them, rather
than the family summary's "three decisions".
"""

from __future__ import annotations

from odnotes.i18n import ENGLISH, N_, Translator
from odnotes.model import PersonKind, PractitionerRole

__all__ = ["ENGLISH", "Translator", "kind_words", "numbered", "role_words"]

_KINDS = {
    PersonKind.CENTRE: N_("person at the centre"),
    PersonKind.FAMILY: N_("family"),
    PersonKind.PARTNER: N_("partner"),
    PersonKind.FRIEND: N_("friend"),
    PersonKind.PROFESSIONAL: N_("other professional"),
    PersonKind.PEER_WORKER: N_("peer worker"),
    PersonKind.OTHER: N_("network member"),
}
_ROLES = {
    PractitionerRole.NURSE: N_("nurse"),
    PractitionerRole.PSYCHIATRIST: N_("psychiatrist"),
    PractitionerRole.PSYCHOLOGIST: N_("psychologist"),
    PractitionerRole.SOCIAL_WORKER: N_("social worker"),
    PractitionerRole.OCCUPATIONAL_THERAPIST: N_("occupational therapist"),
    PractitionerRole.SUPPORT_WORKER: N_("support worker"),
    PractitionerRole.PEER_PRACTITIONER: N_("peer practitioner"),
    PractitionerRole.OTHER: N_("practitioner"),
}


def kind_words(kind: PersonKind, tr: Translator) -> str:
    """How a member came, when no relationship was written: ``family``, ``perhe``."""
    return tr.gettext(_KINDS[kind])


def role_words(role: PractitionerRole, tr: Translator) -> str:
    """A practitioner's profession: ``nurse``, ``sairaanhoitaja``."""
    return tr.gettext(_ROLES[role])


def numbered(tr: Translator, words: str, n: int) -> str:
    """``words`` (a form from ``tr.ngettext``) with ``%(n)s`` filled in as digits."""
    return words % {"n": tr.number(n)}
