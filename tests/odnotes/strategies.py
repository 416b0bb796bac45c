"""Hypothesis strategies for every record kind (fictional, any Unicode a person could type).

Derived from the fields' declarations (:mod:`odnotes.model.treatment`): every
declared field is drawn from its kind and type, so a new field is generated
without touching this file. Only the rules that tie fields together (a team-only
item needs a reason, nobody is both present and absent) are written here; the
record's own validation rejects anything they miss, so a new rule shows up as a
failing property test, never as silently narrower data.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, date, datetime
from enum import Enum
from typing import Any

from hypothesis import strategies as st

from odnotes.model import (
    RECORD_TYPES,
    DecidedWhere,
    Decision,
    ElementRating,
    Meeting,
    Network,
    Person,
    PracticeReflection,
    Practitioner,
    Sharing,
    StanceEntry,
    UncertaintyEntry,
)
from odnotes.model.treatment import (
    LINK,
    NAME,
    OWN_ID,
    PERSON,
    STAMP,
    WRITING,
    DeclaredField,
    declared_fields,
)

ids = st.uuids().map(str)
text = st.text(
    alphabet=st.characters(
        blacklist_categories=("Cs",),
        blacklist_characters="".join(map(chr, [*range(0, 9), 11, 12, *range(14, 32), 127])),
    ),
    max_size=40,
)
words = text.filter(lambda s: bool(s.strip()))
naive = st.datetimes(min_value=datetime(1990, 1, 1), max_value=datetime(2100, 1, 1)).map(
    lambda d: d.replace(microsecond=0)
)
aware = naive.map(lambda d: d.replace(tzinfo=UTC))
dates = st.dates(min_value=date(1990, 1, 1), max_value=date(2100, 1, 1))
sharing = st.one_of(st.just(Sharing()), words.map(Sharing.team_only))

Rules = Callable[[st.DrawFn, dict[str, Any]], None]


def _one(declared: DeclaredField) -> st.SearchStrategy[Any]:
    """One value of the field's type, as its kind says."""
    kind, value_type = declared.treatment.kind, declared.value_type
    if declared.part is not None:
        return of(declared.part)
    if kind in (OWN_ID, LINK, PERSON):
        return ids
    if kind in (WRITING, NAME):
        return words if declared.required or declared.many else text
    if isinstance(value_type, type) and issubclass(value_type, Enum):
        return st.sampled_from(value_type)
    if value_type is bool:
        return st.booleans()
    if value_type is int:
        return st.integers(0, 10_000)
    if value_type is datetime:
        return aware if kind is STAMP else naive
    if value_type is date:
        return dates
    raise TypeError(f"no strategy for {declared.name}: {value_type!r}")


def field_values(declared: DeclaredField) -> st.SearchStrategy[Any]:
    """Values for one declared field: lists of distinct ids, optional values sometimes None."""
    one = _one(declared)
    if declared.many:
        unique = declared.treatment.kind in (PERSON, LINK)
        one = st.lists(one, max_size=3, unique=unique)
    return st.none() | one if declared.optional else one


def of(
    cls: type, rules: Rules | None = None, **given: st.SearchStrategy[Any]
) -> st.SearchStrategy[Any]:
    """``cls`` with every declared field drawn; ``given`` replaces a field's strategy.

    ``rules`` adjust the drawn values (with ``draw``) where fields depend on each
    other. Without arguments, a class with rules of its own gets them.
    """
    if rules is None and not given and cls in _SPECIAL:
        return _SPECIAL[cls]
    unknown = set(given) - {d.name for d in declared_fields(cls)}
    if unknown:
        raise TypeError(f"{cls.__name__} has no fields {sorted(unknown)}")

    @st.composite
    def build(draw: st.DrawFn) -> Any:
        values = {
            d.name: draw(given[d.name] if d.name in given else field_values(d))
            for d in declared_fields(cls)
        }
        if rules is not None:
            rules(draw, values)
        return cls(**values)

    return build()


def _decision_rules(draw: st.DrawFn, values: dict[str, Any]) -> None:
    """A decision taken outside the meeting says why."""
    if values["where"] is DecidedWhere.OUTSIDE_MEETING and not values["outside_reason"].strip():
        values["outside_reason"] = draw(words)


def _meeting_rules(draw: st.DrawFn, values: dict[str, Any]) -> None:
    """Nobody both present and absent; only a finalised meeting is amended, the last one open."""
    values["absent"] = [p for p in values["absent"] if p not in values["present"]]
    if not values["signatures"]:
        values["amendments"] = []
    for amendment in values["amendments"][:-1]:
        amendment.in_progress = False


_SPECIAL: dict[type, st.SearchStrategy[Any]] = {Sharing: sharing}
_SPECIAL[Decision] = of(
    Decision,
    _decision_rules,
    stances=st.lists(of(StanceEntry), max_size=4, unique_by=lambda s: s.person_id),
)
_SPECIAL[Meeting] = of(
    Meeting,
    _meeting_rules,
    duration_minutes=st.none() | st.integers(1, 24 * 60),
    uncertainties=st.lists(of(UncertaintyEntry), max_size=3, unique_by=lambda u: u.uncertainty_id),
)
_SPECIAL[PracticeReflection] = of(
    PracticeReflection,
    ratings=st.lists(of(ElementRating), max_size=4, unique_by=lambda r: r.element),
)

practitioners = of(Practitioner)
networks = of(Network)
people = of(Person)
meetings = of(Meeting)
practice_reflections = of(PracticeReflection)
records = st.one_of([of(cls) for cls in RECORD_TYPES.values()])
