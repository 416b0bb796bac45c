"""The record model: plain, typed objects validated on construction.

Top-level records (stored under their own id, with revisions) are
:class:`Network`, :class:`Person`, :class:`Practitioner`, :class:`Meeting` and
:class:`PracticeReflection`; everything said in a meeting lives inside the
meeting. Every field declares how it is treated (:mod:`odnotes.model.treatment`).
"""

from odnotes.model.base import Record, Sharing, new_id, utc_now
from odnotes.model.exchange_state import VAULT_ONLY
from odnotes.model.items import (
    Correction,
    DecidedWhere,
    Decision,
    FollowUp,
    Item,
    NextMeeting,
    PlaceKind,
    Purpose,
    Reflection,
    Response,
    Stance,
    StanceEntry,
    UncertaintyEntry,
    UncertaintyStatus,
    Voice,
)
from odnotes.model.meeting import Amendment, FollowUpCheck, Meeting, Signature
from odnotes.model.people import (
    Closeness,
    Network,
    NetworkStatus,
    Person,
    PersonKind,
    Practitioner,
    PractitionerRole,
)
from odnotes.model.practice import (
    ElementRating,
    KeyElement,
    PracticeRating,
    PracticeReflection,
)

RECORD_TYPES: dict[str, type[Record]] = {
    cls.KIND: cls for cls in (Network, Person, Practitioner, Meeting, PracticeReflection)
}

VAULT_ONLY_TYPES: dict[str, type[Record]] = {cls.KIND: cls for cls in VAULT_ONLY}
"""Records the vault keeps about itself (keys, paired colleagues, shares): stored like the
others, never searched, exported or carried in an exchange file."""
STORED_TYPES: dict[str, type[Record]] = RECORD_TYPES | VAULT_ONLY_TYPES
"""Every kind a vault row may hold."""


def register_record_type(cls: type[Record]) -> type[Record]:
    """Make a new top-level record kind storable (used as a class decorator)."""
    if not cls.KIND or cls.KIND in RECORD_TYPES and RECORD_TYPES[cls.KIND] is not cls:
        raise ValueError(f"record kind {cls.KIND!r} is empty or taken")
    RECORD_TYPES[cls.KIND] = cls
    STORED_TYPES[cls.KIND] = cls
    return cls


__all__ = [
    "RECORD_TYPES",
    "STORED_TYPES",
    "VAULT_ONLY_TYPES",
    "Amendment",
    "Closeness",
    "Correction",
    "DecidedWhere",
    "ElementRating",
    "Decision",
    "FollowUp",
    "FollowUpCheck",
    "Item",
    "KeyElement",
    "Meeting",
    "Network",
    "NetworkStatus",
    "NextMeeting",
    "Person",
    "PersonKind",
    "PlaceKind",
    "Practitioner",
    "PracticeRating",
    "PracticeReflection",
    "PractitionerRole",
    "Purpose",
    "Record",
    "Reflection",
    "Response",
    "Sharing",
    "Signature",
    "Stance",
    "StanceEntry",
    "UncertaintyEntry",
    "UncertaintyStatus",
    "Voice",
    "new_id",
    "register_record_type",
    "utc_now",
]
