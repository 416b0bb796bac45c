"""Every record field is declared once, and everything that reads fields agrees with it.

The behavioural tests change one field at a time, wherever it occurs in a
fictional network with every field filled in, and check that search, the
history text, the family summaries, the supervision export and the carry-over
to the next meeting react exactly as the field's declaration says: a field
declared for a use changes that output somewhere; a field declared against it
never does.
"""

from __future__ import annotations

import copy
import json
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

import pytest
from hypothesis import given, settings

from odnotes.continuity import carried, start_from
from odnotes.errors import RecordNotFound
from odnotes.meetingtext import record_text
from odnotes.model import RECORD_TYPES, Meeting, NextMeeting, PracticeReflection, Record
from odnotes.model.treatment import (
    CHOICE,
    DEIDENTIFIED,
    HISTORY,
    KEPT,
    LEFT_OUT,
    NAME,
    NO_USE,
    OWN_ID,
    PARTS,
    PERSON,
    SEARCHED,
    WRITING,
    Treatment,
    about,
    declaration_problems,
    declared_fields,
    reachable_classes,
)
from odnotes.search import SEARCHED_KINDS, SearchIndex
from odnotes.summary import meeting_summary, network_summary
from odnotes.supervision.export import ExportOptions, build_tree
from odnotes.supervision.material import to_json_value
from odnotes.supervision.outline import build_outline, render_markdown
from tests.odnotes.fieldpaths import (
    CANARY,
    World,
    changed,
    places,
    structural,
    without_ids,
    world,
)
from tests.odnotes.strategies import meetings

FieldKey = tuple[type, str]
EVERY_CLASS = sorted(
    {c for record in RECORD_TYPES.values() for c in reachable_classes(record)},
    key=lambda c: c.__name__,
)


def every_field() -> list[FieldKey]:
    """Every declared field of every record and nested item type."""
    return [(cls, d.name) for cls in EVERY_CLASS for d in declared_fields(cls)]


def treatment(key: FieldKey) -> Treatment:
    return next(d.treatment for d in declared_fields(key[0]) if d.name == key[1])


# -- the declarations themselves -------------------------------------------------


def test_every_field_of_every_record_type_is_declared() -> None:
    for cls in RECORD_TYPES.values():
        assert declaration_problems(cls) == [], cls.__name__


@dataclass
class _Inner:
    words: str = ""


@dataclass
class _Outer:
    said: str = field(default="", metadata=about("Words", WRITING, DEIDENTIFIED, SEARCHED))
    inner: list[_Inner] = field(default_factory=list, metadata=about("Inner", PARTS, DEIDENTIFIED))
    forgotten: int = 0


@dataclass
class _Declared:
    words: str = field(default="", metadata=about("Words", WRITING, LEFT_OUT))


@dataclass
class _Misdeclared:
    inner: _Declared = field(default_factory=_Declared, metadata=about("Inner", WRITING, LEFT_OUT))


def test_a_field_without_a_declaration_is_found_even_when_nested() -> None:
    problems = declaration_problems(_Outer)
    assert len(problems) == 2
    assert "_Outer.forgotten has no declaration" in problems[0]
    assert "_Inner.words has no declaration" in problems[1]


def test_nested_items_are_declared_as_parts_and_nothing_else_is() -> None:
    assert declaration_problems(_Declared) == []
    assert "nested items are declared PARTS" in declaration_problems(_Misdeclared)[0]


@pytest.mark.parametrize(
    ("kind", "export", "uses", "problem"),
    [
        (WRITING, KEPT, HISTORY, "only de-identified or not at all"),
        (NAME, KEPT, HISTORY, "only de-identified or not at all"),
        (PERSON, KEPT, HISTORY, "only choices are exported as they are stored"),
        (CHOICE, KEPT, SEARCHED, "only text, names and nested items can be searched"),
        (OWN_ID, LEFT_OUT, HISTORY, "an own id is bookkeeping"),
        (OWN_ID, DEIDENTIFIED, NO_USE, "an own id is bookkeeping"),
    ],
)
def test_a_declaration_that_contradicts_itself_is_refused(
    kind: Any, export: Any, uses: Any, problem: str
) -> None:
    with pytest.raises(ValueError, match=problem):
        about("Some field", kind, export, uses)


def test_typed_text_never_leaves_in_the_export_as_typed() -> None:
    for key in every_field():
        if treatment(key).kind in (WRITING, NAME):
            assert treatment(key).export is not KEPT, key


def test_sections_are_declared_only_on_a_meetings_own_fields() -> None:
    for cls, name in every_field():
        if cls is not Meeting:
            assert treatment((cls, name)).section == "", (cls, name)


def test_search_indexes_exactly_the_record_kinds_with_searched_fields() -> None:
    def searched(cls: type) -> bool:
        return any(d.treatment.searched for c in reachable_classes(cls) for d in declared_fields(c))

    assert set(SEARCHED_KINDS) == {c for c in RECORD_TYPES.values() if searched(c)}


def test_practice_reflections_are_never_printed_or_carried() -> None:
    for cls in reachable_classes(PracticeReflection):
        for declared in declared_fields(cls):
            assert not declared.treatment.printed and not declared.treatment.carried


def test_the_fixture_changes_every_field_somewhere() -> None:
    """Otherwise the behavioural tests below would say nothing about a field."""
    fixture = world()
    covered = {p.field_key for p in places(fixture) if changed(fixture, p) is not None}
    always_there = {"purpose", "sharing"}  # never empty: their own fields are changed instead
    wanted = {
        key
        for key in every_field()
        if treatment(key).kind is not OWN_ID
        and key[1] not in ("network_id", "meeting_id", *always_there)
    }
    assert sorted(f"{c.__name__}.{n}" for c, n in wanted - covered) == []


# -- what reads the declarations agrees with them --------------------------------


def reactions(output: Callable[[World], Any]) -> dict[FieldKey, list[bool]]:
    """For every field: whether each change to it (wherever it occurs) changed ``output``."""
    fixture = world()
    before = output(fixture)
    seen: dict[FieldKey, list[bool]] = defaultdict(list)
    for place in places(fixture):
        if structural(place):
            continue
        after = changed(fixture, place)
        if after is not None:
            seen[place.field_key].append(output(after) != before)
    return seen


def disagreements(seen: dict[FieldKey, list[bool]], declared: Callable[[Treatment], bool]) -> list:
    """Fields declared for a use that never reach it, and fields declared against it that do."""
    wrong = []
    for key, reacted in sorted(seen.items(), key=lambda kv: (kv[0][0].__name__, kv[0][1])):
        used = declared(treatment(key))
        if used != any(reacted):
            wrong.append(f"{key[0].__name__}.{key[1]} declared {'with' if used else 'without'}")
    return wrong


class RecordsOnly:
    """The read side of a vault over one world's records: all the export and summaries use."""

    def __init__(self, records: list[Record]) -> None:
        self.records = copy.deepcopy(records)

    def get(self, cls: type, record_id: str) -> Any:
        for record in self.records:
            if isinstance(record, cls) and record.id == record_id:
                return copy.deepcopy(record)
        raise RecordNotFound("not in this world")

    def all(self, cls: type, *, network_id: str | None = None) -> list[Any]:
        return [
            r
            for r in self.records
            if isinstance(r, cls) and network_id in (None, getattr(r, "network_id", None))
        ]


def test_search_finds_a_word_in_exactly_the_searched_fields() -> None:
    def found(w: World) -> bool:
        return bool(SearchIndex(w.records()).search(CANARY))

    seen = reactions(found)
    text_fields = {k: v for k, v in seen.items() if treatment(k).kind in (WRITING, NAME)}
    assert disagreements(text_fields, lambda t: t.searched) == []
    assert (Meeting, "place_detail") in text_fields and (Meeting, "corrections") in seen


def test_history_text_shows_exactly_the_history_fields() -> None:
    def texts(w: World) -> list[str]:
        return [record_text(r, w.names()) for r in w.records()]

    assert disagreements(reactions(texts), lambda t: t.in_history) == []


def test_summaries_print_exactly_the_printed_fields() -> None:
    def printed(w: World) -> str:
        vault: Any = RecordsOnly(w.records())
        one = meeting_summary(vault, w.meeting.id).document
        across = network_summary(vault, w.network.id).document
        return repr(one) + repr(across)

    assert disagreements(reactions(printed), lambda t: t.printed) == []


OPTIONS = ExportOptions(include_team_only=True, include_practice=True)


def exported(w: World) -> dict[str, Any]:
    return build_tree(RecordsOnly(w.records()), [w.network.id], options=OPTIONS)  # type: ignore[arg-type]


def test_export_keeps_exactly_the_exported_fields() -> None:
    seen = reactions(lambda w: repr(exported(w)))
    # Names and text left out may still change the export: they are what gets replaced.
    judged = {
        k: v
        for k, v in seen.items()
        if not (treatment(k).export is LEFT_OUT and treatment(k).kind in (WRITING, NAME))
    }
    assert disagreements(judged, lambda t: t.export is not LEFT_OUT) == []


def test_text_left_out_of_the_export_never_reaches_its_files() -> None:
    fixture = world()
    checked = set()
    for place in places(fixture):
        declared = place.declared.treatment
        if declared.export is not LEFT_OUT or declared.kind not in (WRITING, NAME):
            continue
        after = changed(fixture, place)
        assert after is not None, place
        tree = exported(after)
        files = json.dumps(to_json_value(tree)) + render_markdown(build_outline(tree)).text
        assert CANARY not in files, place.path
        checked.add(place.field_key)
    assert {(Meeting, "place_detail"), (NextMeeting, "place_detail")} <= checked


# -- carry-over -------------------------------------------------------------------


def test_carried_copies_exactly_the_carried_fields_of_every_part() -> None:
    fixture = world()
    for place in places(fixture):
        if place.declared.part is None:
            continue
        value: Any = fixture.records()[place.index]
        for name, item in place.path:
            value = getattr(value, name)
            if item is not None:
                value = value[item]
        for part in value if place.declared.many else [value]:
            if part is None:
                continue
            copied = carried(part, **_required_not_carried(part))
            for declared in declared_fields(type(part)):
                new, old = getattr(copied, declared.name), getattr(part, declared.name)
                if declared.treatment.carried and declared.part is None:
                    assert new == old, (type(part).__name__, declared.name)
                elif not (declared.treatment.carried or declared.required or _own_id(declared)):
                    assert new == declared.default(), (type(part).__name__, declared.name)


def _own_id(declared: Any) -> bool:
    return declared.treatment.kind is OWN_ID


def _required_not_carried(value: Any) -> dict[str, Any]:
    return {
        d.name: getattr(value, d.name)
        for d in declared_fields(type(value))
        if d.required and not d.treatment.carried
    }


def test_a_new_meeting_from_the_last_takes_the_plan_and_open_questions_never_words() -> None:
    fixture = world()
    when = datetime(2031, 3, 16, 14, 0)
    draft = start_from(fixture.meeting, when, [fixture.earlier, fixture.meeting])
    plan = fixture.meeting.next_meeting
    assert plan is not None
    assert (draft.place, draft.place_detail, draft.expected) == (
        plan.place,
        plan.place_detail,
        plan.invitee_ids,
    )
    assert draft.present == []  # invitees are expected: nobody is marked as come yet
    assert draft.facilitators == fixture.meeting.facilitators
    assert [(u.uncertainty_id, u.whose) for u in draft.uncertainties] == [
        (fixture.meeting.uncertainties[0].uncertainty_id, fixture.meeting.uncertainties[0].whose)
    ]  # the resolved one stays behind
    assert not draft.is_final and draft.amendments == []
    assert {d.id for d in [draft, *draft.uncertainties]}.isdisjoint(
        {fixture.meeting.id, *(u.id for u in fixture.meeting.uncertainties)}
    )


def test_only_the_plans_carried_fields_reach_the_next_draft() -> None:
    def draft_of(w: World) -> Any:
        meeting = start_from(w.meeting, datetime(2031, 3, 16, 14, 0), [w.earlier, w.meeting])
        return repr(without_ids(meeting))

    seen = {k: v for k, v in reactions(draft_of).items() if k[0] is NextMeeting}
    assert (NextMeeting, "place_detail") in seen
    assert disagreements(seen, lambda t: t.carried) == []


@given(meeting=meetings)
@settings(max_examples=40, deadline=None)
def test_no_words_are_ever_carried_to_the_next_meeting(meeting: Meeting) -> None:
    draft = start_from(meeting, meeting.starts_at, [meeting])
    assert _writing(draft) == _writing(draft, carried_only=True)


def _writing(value: Any, *, carried_only: bool = False) -> list[str]:
    """Every non-empty piece of typed text in ``value`` (or only the carried pieces)."""
    found = []
    for declared in declared_fields(type(value)):
        current = getattr(value, declared.name)
        if declared.part is not None:
            for each in (current if declared.many else [current]) if current is not None else []:
                found += _writing(each, carried_only=carried_only)
        elif declared.treatment.kind is WRITING and current:
            found += [current] if declared.treatment.carried or not carried_only else []
    return found


def test_places_reach_into_items_inside_items() -> None:
    paths = {p.path for p in places(world())}
    assert (("decisions", 1), ("follow_ups", 0), ("done", None)) in paths
    assert (("reflections", 0), ("responses", 1), ("sharing", None), ("reason", None)) in paths
