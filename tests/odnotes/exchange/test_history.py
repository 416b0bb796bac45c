"""The live record from a whole history: heads, bases, deletion, open conflicts, resolving."""

from __future__ import annotations

import copy
import dataclasses
import random
from datetime import datetime

import pytest
from hypothesis import given
from hypothesis import strategies as st

from odnotes.codec import from_plain, to_plain
from odnotes.exchange import live_state, missing_parents
from odnotes.exchange.history import DELETED, resolve
from odnotes.exchange.revision import SharedRevision
from odnotes.model import Meeting, Network, Voice
from tests.odnotes.exchange.edits import FACILITATORS, PEOPLE, base_meetings, edited
from tests.odnotes.exchange.laptops import Laptop, exchange_all, team
from tests.odnotes.fuzzing import fuzz_settings

NETWORK = "dddddddd-dddd-4ddd-8ddd-dddddddddddd"
MAIJA, PAIVI, _ = PEOPLE


def meeting() -> Meeting:
    return Meeting(
        network_id=NETWORK,
        starts_at=datetime(2026, 3, 2, 10, 0),
        present=[MAIJA, PAIVI],
        facilitators=FACILITATORS[:2],
        voices=[Voice(MAIJA, "I want to sleep again."), Voice(PAIVI, "We are worried.")],
    )


def pair() -> tuple[Laptop, Laptop]:
    anna, ben = team(["Anna", "Ben"], FACILITATORS[:2])
    return anna, ben


def give(sender: Laptop, recipient: Laptop) -> None:
    recipient.receive(sender.send(recipient, NETWORK).blob)


def shared_meeting() -> tuple[Laptop, Laptop, Meeting]:
    anna, ben = pair()
    m = meeting()
    anna.save_record(m)
    give(anna, ben)
    return anna, ben, m


def purposes_in_conflict() -> tuple[Laptop, Laptop, Meeting]:
    """Anna and Ben both reworded the purpose, then swapped files."""
    anna, ben, m = shared_meeting()
    edit(anna, m.id, lambda x: setattr(x.purpose, "text", "sleep"))
    edit(ben, m.id, lambda x: setattr(x.purpose, "text", "school"))
    exchange_all([anna, ben], NETWORK)
    return anna, ben, m


def edit(laptop: Laptop, record_id: str, change: object) -> None:
    m = laptop.state(record_id).record()
    assert isinstance(m, Meeting)
    change(m)  # type: ignore[operator]
    laptop.save_record(m)


def test_a_linear_history_is_its_latest_revision() -> None:
    anna, _, m = shared_meeting()
    edit(anna, m.id, lambda x: setattr(x.purpose, "text", "sleep"))
    state = anna.state(m.id)
    assert len(state.heads) == 1 and state.conflicts == ()
    assert state.data["purpose"]["text"] == "sleep"


def test_two_laptops_editing_different_fields_see_the_same_merged_record() -> None:
    anna, ben, m = shared_meeting()
    edit(anna, m.id, lambda x: setattr(x.voices[0], "text", "Anna heard this."))
    edit(ben, m.id, lambda x: setattr(x.voices[1], "text", "Ben heard that."))
    exchange_all([anna, ben], NETWORK)
    mine, theirs = anna.state(m.id), ben.state(m.id)
    assert mine == theirs and len(mine.heads) == 2 and mine.conflicts == ()
    assert [v["text"] for v in mine.data["voices"]] == ["Anna heard this.", "Ben heard that."]


def test_a_conflict_is_the_same_on_both_laptops_with_the_later_save_shown() -> None:
    anna, ben, m = shared_meeting()
    edit(anna, m.id, lambda x: setattr(x.voices[0], "text", "Anna's words."))
    edit(ben, m.id, lambda x: setattr(x.voices[0], "text", "Ben's words."))  # saved later
    exchange_all([anna, ben], NETWORK)
    state = anna.state(m.id)
    assert state == ben.state(m.id)
    (conflict,) = state.conflicts
    assert conflict.ours == "Ben's words." == state.data["voices"][0]["text"]
    assert conflict.theirs == "Anna's words."
    assert conflict.ours_from is not None and conflict.ours_from.author == ben.author
    assert conflict.theirs_from is not None and conflict.theirs_from.author == anna.author


def test_an_open_conflict_travels_with_later_saves_until_it_is_resolved() -> None:
    anna, ben, m = purposes_in_conflict()
    (conflict,) = anna.state(m.id).conflicts

    # Anna writes something else: the conflict is carried, not settled by her save.
    edit(anna, m.id, lambda x: setattr(x, "place_detail", "kitchen"))
    assert anna.state(m.id).conflicts == (conflict,)
    assert len(anna.state(m.id).heads) == 1
    exchange_all([anna, ben], NETWORK)
    assert ben.state(m.id).conflicts == (conflict,)

    # Ben chooses Anna's text: closed on both laptops, both texts still in history.
    state = ben.state(m.id)
    settled = resolve(state, conflict, "sleep")
    ben.save(m.id, "meeting", settled.data, open_conflicts=settled.open_conflicts)
    exchange_all([anna, ben], NETWORK)
    for laptop in (anna, ben):
        now = laptop.state(m.id)
        assert now.conflicts == () and now.data["purpose"]["text"] == "sleep"
        assert now.data["place_detail"] == "kitchen"
        texts = {r.data["purpose"]["text"] for r in laptop.revisions(m.id)}
        assert {"sleep", "school"} <= texts


def test_resolving_can_combine_both_texts() -> None:
    anna, ben, m = purposes_in_conflict()
    state = anna.state(m.id)
    settled = resolve(state, state.conflicts[0], "sleep, and school")
    assert settled.open_conflicts == ()
    assert from_plain(Meeting, settled.data).purpose.text == "sleep, and school"


def test_resolving_refuses_a_conflict_that_is_not_open() -> None:
    anna, ben, m = purposes_in_conflict()
    state = anna.state(m.id)
    with pytest.raises(ValueError, match="not open"):
        resolve(dataclasses.replace(state, conflicts=()), state.conflicts[0], "x")


def test_deleted_on_one_side_and_untouched_on_the_other_is_deleted() -> None:
    anna, ben, m = shared_meeting()
    anna.save_record(anna.state(m.id).record(), deleted=True)
    exchange_all([anna, ben], NETWORK)
    assert anna.state(m.id).deleted and ben.state(m.id).deleted
    assert anna.state(m.id).conflicts == ()


def test_deleted_on_one_side_and_edited_on_the_other_stays_as_a_conflict() -> None:
    anna, ben, m = shared_meeting()
    anna.save_record(anna.state(m.id).record(), deleted=True)
    edit(ben, m.id, lambda x: setattr(x.voices[1], "text", "Please keep this."))
    exchange_all([anna, ben], NETWORK)
    state = anna.state(m.id)
    assert state == ben.state(m.id)
    assert not state.deleted and state.data["voices"][1]["text"] == "Please keep this."
    (conflict,) = state.conflicts
    assert conflict.path == DELETED and conflict.ours is False and conflict.theirs is True
    # Settling it as "delete after all" is a tombstone with nothing left open.
    settled = resolve(state, conflict, True)
    assert settled.deleted and settled.open_conflicts == ()


def test_brought_back_on_one_side_wins_over_an_untouched_tombstone() -> None:
    anna, ben, m = shared_meeting()
    anna.save_record(anna.state(m.id).record(), deleted=True)
    exchange_all([anna, ben], NETWORK)
    anna.save(m.id, "meeting", anna.state(m.id).data)  # undelete
    exchange_all([anna, ben], NETWORK)
    assert not ben.state(m.id).deleted and ben.state(m.id).conflicts == ()


def test_criss_cross_histories_merge_against_both_last_common_revisions() -> None:
    anna, ben, m = shared_meeting()
    edit(anna, m.id, lambda x: setattr(x.voices[0], "text", "A1"))
    edit(ben, m.id, lambda x: setattr(x.voices[1], "text", "B1"))
    give(anna, ben)
    give(ben, anna)  # both now hold both heads, and each settles them with a save
    edit(anna, m.id, lambda x: setattr(x, "place_detail", "garden"))
    edit(ben, m.id, lambda x: setattr(x.purpose, "text", "rest"))
    exchange_all([anna, ben], NETWORK)
    state = anna.state(m.id)
    assert state == ben.state(m.id) and state.conflicts == ()
    live = from_plain(Meeting, state.data)
    assert [v.text for v in live.voices] == ["A1", "B1"]
    assert (live.place_detail, live.purpose.text) == ("garden", "rest")


def test_the_network_record_merges_too() -> None:
    anna, ben = pair()
    network = Network("Maija's network", datetime(2026, 3, 1, 9, 0), id=NETWORK)
    anna.save_record(network)
    give(anna, ben)
    renamed = copy.deepcopy(network)
    renamed.name = "Maija and family"
    anna.save_record(renamed)
    widened = copy.deepcopy(network)
    widened.practitioner_ids = list(FACILITATORS[:2])
    ben.save_record(widened)
    exchange_all([anna, ben], NETWORK)
    live = anna.state(NETWORK).record()
    assert isinstance(live, Network)
    assert (live.name, live.practitioner_ids) == ("Maija and family", FACILITATORS[:2])


def test_a_gap_in_history_is_reported_and_two_contents_under_one_name_refused() -> None:
    anna, _, m = shared_meeting()
    edit(anna, m.id, lambda x: setattr(x.purpose, "text", "sleep"))
    first, second = sorted(anna.revisions(m.id), key=lambda r: r.revision)
    assert missing_parents([second]) == {first.ref}
    assert missing_parents([first, second]) == set()
    clash = dataclasses.replace(second, data=to_plain(meeting()) | {"id": m.id})
    with pytest.raises(ValueError, match="same writer and number"):
        live_state([first, second, clash])
    other = SharedRevision.of_record(
        meeting(), revision=1, writer="x", author=FACILITATORS[0], saved_at=first.saved_at
    )
    with pytest.raises(ValueError, match="different records"):
        live_state([first, other])
    with pytest.raises(ValueError, match="at least one"):
        live_state([])


@st.composite
def histories(draw: st.DrawFn) -> list[SharedRevision]:
    """Three laptops editing one meeting, exchanging now and then, in any pattern."""
    laptops = team(["Anna", "Ben", "Carl"], FACILITATORS)
    start = draw(base_meetings(final=False))
    start.network_id = NETWORK
    laptops[0].save_record(start)
    exchange_all(laptops, NETWORK)
    for _ in range(draw(st.integers(1, 6))):
        who = draw(st.sampled_from(laptops))
        if draw(st.booleans()):
            other = draw(st.sampled_from([lap for lap in laptops if lap is not who]))
            give(who, other)
        else:
            current = who.state(start.id).record()
            assert isinstance(current, Meeting)
            who.save_record(draw(edited(current, who.author)))
    exchange_all(laptops, NETWORK)
    return laptops[0].revisions(start.id)


@given(history=histories(), seed=st.integers(0, 2**32))
@fuzz_settings(25)
def test_any_arrival_order_gives_the_same_live_record(
    history: list[SharedRevision], seed: int
) -> None:
    shuffled = list(history)
    random.Random(seed).shuffle(shuffled)
    assert live_state(shuffled) == live_state(history)
    from_plain(Meeting, live_state(history).data)
