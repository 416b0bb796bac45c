"""Three-way merge of two revisions of a record: what merges by itself, what is a conflict."""

from __future__ import annotations

import copy
from datetime import UTC, datetime, timedelta

from hypothesis import given
from hypothesis import strategies as st

from odnotes import meetings
from odnotes.codec import from_plain, to_plain
from odnotes.exchange.conflict import Conflict
from odnotes.exchange.meeting_rules import MERGE_REASON
from odnotes.exchange.merge import Side, merge, put_value, value_at
from odnotes.exchange.provenance import Origin
from odnotes.model import (
    Decision,
    Meeting,
    PracticeReflection,
    Signature,
    Stance,
    StanceEntry,
    UncertaintyEntry,
    Voice,
)
from odnotes.model.practice import KeyElement, PracticeRating
from tests.odnotes.exchange.edits import FACILITATORS, PEOPLE, SIGNED_AT, base_meetings, edited
from tests.odnotes.exchange.leaves import lost
from tests.odnotes.fuzzing import fuzz_settings

ANNA, BEN, CARL = FACILITATORS
MAIJA, PAIVI, LUKASZ = PEOPLE
T0 = datetime(2026, 3, 2, 12, 0, tzinfo=UTC)


def side(record: Meeting | PracticeReflection, author: str, minutes: int) -> Side:
    writer = {ANNA: "laptop-anna", BEN: "laptop-ben", CARL: "laptop-carl"}[author]
    return Side(to_plain(record), Origin(author, writer, 2, T0 + timedelta(minutes=minutes)))


def draft() -> Meeting:
    return Meeting(
        network_id="dddddddd-dddd-4ddd-8ddd-dddddddddddd",
        starts_at=datetime(2026, 3, 2, 10, 0),
        present=[MAIJA, PAIVI],
        facilitators=[ANNA, BEN],
        voices=[Voice(MAIJA, "I want to sleep again."), Voice(PAIVI, "We are worried.")],
        decisions=[Decision("Meet again on Thursday.")],
    )


def test_edits_of_different_fields_and_items_merge_by_themselves() -> None:
    base = draft()
    ours, theirs = copy.deepcopy(base), copy.deepcopy(base)
    ours.voices[0].text = "I want to sleep through the night again."
    ours.decisions.append(Decision("Päivi phones the GP."))
    theirs.voices[1].text = "We are worried, and tired."
    theirs.absent = [LUKASZ]
    theirs.place_detail = "kitchen"

    merged = merge(to_plain(base), side(ours, ANNA, 1), side(theirs, BEN, 2), "meeting")

    assert merged.conflicts == []
    live = from_plain(Meeting, merged.live)
    assert [v.text for v in live.voices] == [ours.voices[0].text, theirs.voices[1].text]
    assert [d.text for d in live.decisions] == ["Meet again on Thursday.", "Päivi phones the GP."]
    assert live.absent == [LUKASZ] and live.place_detail == "kitchen"


def test_the_same_field_changed_on_both_sides_is_a_visible_conflict() -> None:
    base = draft()
    ours, theirs = copy.deepcopy(base), copy.deepcopy(base)
    ours.voices[0].text = "Anna's memory of it."
    theirs.voices[0].text = "Ben's memory of it."

    merged = merge(to_plain(base), side(ours, ANNA, 5), side(theirs, BEN, 1), "meeting")

    (conflict,) = merged.conflicts
    assert conflict.path == ("voices", f"[{base.voices[0].id}]", "text")
    assert conflict.label() == f"voices[{base.voices[0].id}].text"
    assert (conflict.base, conflict.ours, conflict.theirs) == (
        "I want to sleep again.",
        "Anna's memory of it.",
        "Ben's memory of it.",
    )
    assert conflict.ours_from is not None and conflict.ours_from.author == ANNA
    # While open, the later save is live (Anna saved at minute 5, Ben at minute 1).
    assert merged.live["voices"][0]["text"] == "Anna's memory of it."


def test_the_live_value_does_not_depend_on_which_laptop_merges() -> None:
    base = draft()
    ours, theirs = copy.deepcopy(base), copy.deepcopy(base)
    ours.purpose.text = "sleep"
    theirs.purpose.text = "school"
    a, b = side(ours, ANNA, 1), side(theirs, BEN, 2)
    on_anna = merge(to_plain(base), a, b, "meeting")
    on_ben = merge(to_plain(base), b, a, "meeting")
    assert on_anna.live == on_ben.live
    assert on_anna.live["purpose"]["text"] == "school"
    assert [c.swapped() for c in on_anna.conflicts] == on_ben.conflicts


def test_a_voice_deleted_on_one_side_and_edited_on_the_other_stays_as_a_conflict() -> None:
    base = draft()
    ours, theirs = copy.deepcopy(base), copy.deepcopy(base)
    del ours.voices[1]
    theirs.voices[1].text = "We are worried, and we want to be asked."

    merged = merge(to_plain(base), side(ours, ANNA, 9), side(theirs, BEN, 1), "meeting")

    assert [v["text"] for v in merged.live["voices"]][1] == theirs.voices[1].text
    (conflict,) = merged.conflicts
    assert conflict.path == ("voices", f"[{base.voices[1].id}]")
    assert conflict.ours is None and conflict.theirs["text"] == theirs.voices[1].text


def test_a_voice_deleted_on_one_side_and_untouched_on_the_other_is_deleted() -> None:
    base = draft()
    ours = copy.deepcopy(base)
    del ours.voices[1]
    merged = merge(to_plain(base), side(ours, ANNA, 1), side(base, BEN, 2), "meeting")
    assert merged.conflicts == [] and len(merged.live["voices"]) == 1


def test_attendance_merges_per_person_and_present_against_absent_is_a_conflict() -> None:
    base = draft()
    ours, theirs = copy.deepcopy(base), copy.deepcopy(base)
    ours.present.append(LUKASZ)
    theirs.absent.append(LUKASZ)
    theirs.present.remove(PAIVI)

    merged = merge(to_plain(base), side(ours, ANNA, 1), side(theirs, BEN, 2), "meeting")

    (conflict,) = merged.conflicts
    assert conflict.path == ("attendance", f"[{LUKASZ}]", "status")
    assert (conflict.base, conflict.ours, conflict.theirs) == (None, "present", "absent")
    live = from_plain(Meeting, merged.live)  # valid: nobody both present and absent
    assert PAIVI not in live.present
    assert (LUKASZ in live.absent) and LUKASZ not in live.present


def test_stances_merge_per_person() -> None:
    base = draft()
    ours, theirs = copy.deepcopy(base), copy.deepcopy(base)
    ours.decisions[0].stances.append(StanceEntry(MAIJA, Stance.AGREES, "fine"))
    theirs.decisions[0].stances.append(StanceEntry(PAIVI, Stance.HAS_CONCERNS, "so soon?"))
    merged = merge(to_plain(base), side(ours, ANNA, 1), side(theirs, BEN, 2), "meeting")
    assert merged.conflicts == []
    stances = from_plain(Meeting, merged.live).decisions[0].stances
    assert {(s.person_id, s.stance) for s in stances} == {
        (MAIJA, Stance.AGREES),
        (PAIVI, Stance.HAS_CONCERNS),
    }


def test_one_uncertainty_carried_on_both_laptops_is_one_entry() -> None:
    base = draft()
    carried = "eeeeeeee-eeee-4eee-8eee-eeeeeeeeeeee"
    ours, theirs = copy.deepcopy(base), copy.deepcopy(base)
    ours.uncertainties.append(UncertaintyEntry(uncertainty_id=carried, note="still open"))
    theirs.uncertainties.append(UncertaintyEntry(uncertainty_id=carried))
    merged = merge(to_plain(base), side(ours, ANNA, 1), side(theirs, BEN, 2), "meeting")
    live = from_plain(Meeting, merged.live)
    assert [u.uncertainty_id for u in live.uncertainties] == [carried]
    # Written independently, the two entries share no base: their notes differ, visibly.
    assert [c.path[-1] for c in merged.conflicts] == ["note"]
    assert {merged.conflicts[0].ours, merged.conflicts[0].theirs} == {"still open", ""}


def test_finalised_on_one_side_while_edited_on_the_other_becomes_an_amendment() -> None:
    base = draft()
    final = meetings.finalise(base, [ANNA], SIGNED_AT)
    edit = copy.deepcopy(base)
    edit.voices[1].text = "We are worried, and we want to be asked."

    for first, second in [
        (side(final, ANNA, 1), side(edit, BEN, 2)),
        (side(edit, BEN, 2), side(final, ANNA, 1)),
    ]:
        merged = merge(to_plain(base), first, second, "meeting")
        live = from_plain(Meeting, merged.live)
        assert merged.conflicts == []
        assert live.is_final and live.voices[1].text == edit.voices[1].text  # never lost
        (amendment,) = live.amendments
        assert (amendment.by_id, amendment.reason, amendment.in_progress) == (
            BEN,
            MERGE_REASON,
            False,
        )
        assert amendment.at == T0 + timedelta(minutes=2)


def test_finalising_without_concurrent_edits_adds_no_amendment() -> None:
    base = draft()
    final = meetings.finalise(base, [ANNA], SIGNED_AT)
    merged = merge(to_plain(base), side(final, ANNA, 1), side(base, BEN, 2), "meeting")
    assert from_plain(Meeting, merged.live).amendments == []


def test_signatures_from_both_laptops_stand_together() -> None:
    final = meetings.finalise(draft(), [ANNA], SIGNED_AT)
    ours, theirs = copy.deepcopy(final), copy.deepcopy(final)
    theirs.signatures.append(Signature(BEN, SIGNED_AT + timedelta(hours=1)))
    ours.signatures.append(Signature(CARL, SIGNED_AT + timedelta(hours=2)))
    merged = merge(to_plain(final), side(ours, ANNA, 1), side(theirs, BEN, 2), "meeting")
    live = from_plain(Meeting, merged.live)
    assert [s.practitioner_id for s in live.signatures] == [ANNA, BEN, CARL]
    assert merged.conflicts == [] and live.amendments == []


def test_both_finalising_at_once_keeps_both_signatures_and_every_edit() -> None:
    base = draft()
    ours, theirs = copy.deepcopy(base), copy.deepcopy(base)
    ours.voices[0].text = "Anna's addition."
    theirs.decisions[0].text = "Meet again on Friday."
    ours = meetings.finalise(ours, [ANNA], SIGNED_AT)
    theirs = meetings.finalise(theirs, [BEN], SIGNED_AT + timedelta(minutes=3))
    merged = merge(to_plain(base), side(ours, ANNA, 1), side(theirs, BEN, 4), "meeting")
    live = from_plain(Meeting, merged.live)
    assert {s.practitioner_id for s in live.signatures} == {ANNA, BEN}
    assert live.voices[0].text == "Anna's addition."
    assert live.decisions[0].text == "Meet again on Friday."
    # Each signer signed words the other then changed: one amendment by each.
    assert sorted(a.by_id for a in live.amendments) == sorted([ANNA, BEN])


def test_amendments_on_both_laptops_are_kept_and_only_the_last_stays_open() -> None:
    final = meetings.finalise(draft(), [ANNA, BEN], SIGNED_AT)
    ours, theirs = copy.deepcopy(final), copy.deepcopy(final)
    ours.voices[0].text = "Anna corrects."
    ours = meetings.amend(final, ours, ANNA, "Maija asked", SIGNED_AT + timedelta(days=1))
    theirs.decisions[0].text = "Ben corrects."
    theirs = meetings.amend(final, theirs, BEN, "typo", SIGNED_AT + timedelta(days=2))
    merged = merge(to_plain(final), side(ours, ANNA, 1), side(theirs, BEN, 2), "meeting")
    live = from_plain(Meeting, merged.live)
    assert [(a.by_id, a.in_progress) for a in live.amendments] == [(ANNA, False), (BEN, True)]
    assert live.voices[0].text == "Anna corrects." and live.decisions[0].text == "Ben corrects."


def test_ratings_of_a_practice_reflection_merge_per_element() -> None:
    base = PracticeReflection.blank(draft().id, draft().network_id)
    ours, theirs = copy.deepcopy(base), copy.deepcopy(base)
    entry = ours.entry(KeyElement.TRANSPARENCY)
    assert entry is not None
    entry.rating = PracticeRating.FULLY
    other = theirs.entry(KeyElement.TOLERATING_UNCERTAINTY)
    assert other is not None
    other.rating = PracticeRating.PARTLY
    merged = merge(to_plain(base), side(ours, ANNA, 1), side(theirs, BEN, 2), base.KIND)
    live = from_plain(PracticeReflection, merged.live)
    assert live.rating_of(KeyElement.TRANSPARENCY) is PracticeRating.FULLY
    assert live.rating_of(KeyElement.TOLERATING_UNCERTAINTY) is PracticeRating.PARTLY


def test_a_merge_that_would_break_a_cross_field_rule_is_one_whole_record_conflict() -> None:
    base = draft()
    base.decisions[0].outside_reason = "old words"
    ours, theirs = copy.deepcopy(base), copy.deepcopy(base)
    ours.decisions[0].where = ours.decisions[0].where.OUTSIDE_MEETING  # reason still there
    theirs.decisions[0].outside_reason = ""  # cleared on the other laptop
    merged = merge(to_plain(base), side(ours, ANNA, 1), side(theirs, BEN, 2), "meeting")
    (conflict,) = merged.conflicts
    assert conflict.path == () and conflict.label() == "(the whole record)"
    assert merged.live == to_plain(theirs)  # the later save, valid as it was
    from_plain(Meeting, merged.live)


def test_value_at_and_put_value_follow_conflict_paths() -> None:
    base = draft()
    data = to_plain(base)
    path = ("voices", f"[{base.voices[0].id}]", "text")
    assert value_at("meeting", data, path) == "I want to sleep again."
    changed = put_value("meeting", data, path, "combined words")
    assert from_plain(Meeting, changed).voices[0].text == "combined words"
    removed = put_value("meeting", data, ("voices", f"[{base.voices[0].id}]"), None)
    assert len(from_plain(Meeting, removed).voices) == 1
    moved = put_value(
        "meeting", data, ("attendance", f"[{PAIVI}]"), {"person_id": PAIVI, "status": "absent"}
    )
    assert from_plain(Meeting, moved).absent == [PAIVI]
    assert data == to_plain(base)  # never changed in place


# -- properties -------------------------------------------------------------------------


@st.composite
def three_way(draw: st.DrawFn) -> tuple[Meeting, Side, Side]:
    """A base meeting and two laptops' edits of it, saved at different times."""
    base = draw(base_meetings())
    ours = draw(edited(base, ANNA))
    theirs = draw(edited(base, BEN))
    minutes = draw(st.lists(st.integers(0, 50), min_size=2, max_size=2, unique=True))
    return base, side(ours, ANNA, minutes[0]), side(theirs, BEN, minutes[1])


@given(case=three_way())
@fuzz_settings(60)
def test_merge_is_deterministic_and_symmetric(case: tuple[Meeting, Side, Side]) -> None:
    base, ours, theirs = case
    one = merge(to_plain(base), ours, theirs, "meeting")
    again = merge(to_plain(base), copy.deepcopy(ours), copy.deepcopy(theirs), "meeting")
    swapped = merge(to_plain(base), theirs, ours, "meeting")
    assert one == again
    assert one.live == swapped.live
    assert sorted(c.key() for c in one.conflicts) == sorted(c.key() for c in swapped.conflicts)
    assert {_oriented(c) for c in one.conflicts} == {_oriented(c) for c in swapped.conflicts}
    from_plain(Meeting, one.live)  # always a valid meeting


@given(case=three_way())
@fuzz_settings(60)
def test_merging_with_the_base_is_identity(case: tuple[Meeting, Side, Side]) -> None:
    base, ours, _ = case
    unchanged = Side(to_plain(base), Origin(BEN, "laptop-ben", 1, T0 + timedelta(hours=9)))
    for merged in (
        merge(to_plain(base), ours, unchanged, "meeting"),
        merge(to_plain(base), unchanged, ours, "meeting"),
        merge(to_plain(base), ours, ours, "meeting"),
    ):
        assert merged.live == ours.data and merged.conflicts == []


@given(case=three_way())
@fuzz_settings(60)
def test_nothing_from_either_side_is_lost(case: tuple[Meeting, Side, Side]) -> None:
    base, ours, theirs = case
    merged = merge(to_plain(base), ours, theirs, "meeting")
    for one in (ours, theirs):
        assert lost("meeting", to_plain(base), one.data, merged.live, merged.conflicts) == []
    # Every signature given on either laptop stands.
    signers = {s["practitioner_id"] for s in ours.data["signatures"] + theirs.data["signatures"]}
    assert {s["practitioner_id"] for s in merged.live["signatures"]} == signers


@given(case=three_way())
@fuzz_settings(50)
def test_a_finalised_meeting_never_silently_covers_edits(case: tuple[Meeting, Side, Side]) -> None:
    base, ours, theirs = case
    live = from_plain(Meeting, merge(to_plain(base), ours, theirs, "meeting").live)
    for one in (ours, theirs):
        signed = from_plain(Meeting, one.data)
        if not base.is_final and signed.is_final and _content(live) != _content(signed):
            assert live.amendments, "edits merged into a signed meeting need an amendment"


def _content(meeting: Meeting) -> dict[str, object]:
    data = to_plain(meeting)
    return {k: v for k, v in data.items() if k not in ("signatures", "amendments")}


def _oriented(conflict: Conflict) -> tuple[object, ...]:
    """A conflict's identity with its sides named by who wrote them, not by ours/theirs."""
    sides = sorted(
        [(conflict.ours_from, repr(conflict.ours)), (conflict.theirs_from, repr(conflict.theirs))],
        key=repr,
    )
    return (conflict.path, repr(conflict.base), tuple(map(repr, sides)))
