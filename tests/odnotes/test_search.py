"""The in-memory search index: what it finds, where each hit lives, and how it follows saves."""

from __future__ import annotations

import string
from datetime import datetime

from hypothesis import given, settings
from hypothesis import strategies as st

from odnotes.model import (
    Correction,
    Meeting,
    Network,
    NextMeeting,
    Person,
    PersonKind,
    Practitioner,
    Purpose,
    Sharing,
    Voice,
)
from odnotes.search import SearchIndex, fold, vault_index
from odnotes.vault import Vault


def _network() -> tuple[Network, Person, Practitioner]:
    practitioner = Practitioner("Aino Kallio", other_names=["Aino K"])
    network = Network(
        "Harbour network", datetime(2031, 3, 2, 9), practitioner_ids=[practitioner.id]
    )
    person = Person(network.id, "Zoë Łukaszewicz", PersonKind.FRIEND, "neighbour", ["Zo"])
    return network, person, practitioner


def _meeting(network: Network, person: Person, day: int, **parts: object) -> Meeting:
    return Meeting(network.id, datetime(2031, 3, day, 14), present=[person.id], **parts)  # type: ignore[arg-type]


def test_fold_ignores_case_accents_and_typographic_marks() -> None:
    assert fold("Zoë ŁUKASZ Straße") == "zoe lukasz strasse"
    assert fold("don’t — “yes”…") == 'don\'t - "yes"...'
    assert fold("two\nlines") == "two lines"


def test_a_word_only_in_a_correction_is_found_where_the_correction_is() -> None:
    network, person, _ = _network()
    earlier = _meeting(network, person, 2)
    correction = Correction(person.id, earlier.id, "It was the ferry, not the bus.")
    later = _meeting(network, person, 9, corrections=[correction])
    index = SearchIndex([network, person, earlier, later])
    [hit] = index.search("ferry")
    assert (hit.kind, hit.meeting_id, hit.item_id) == ("corrections", later.id, correction.id)


def test_a_word_only_in_a_place_detail_is_found_in_the_meeting_or_its_plan() -> None:
    network, person, _ = _network()
    plan = NextMeeting(place_detail="the lighthouse café")
    meeting = _meeting(network, person, 9, place_detail="Room 4, Quayside", next_meeting=plan)
    index = SearchIndex([network, meeting])
    [hit] = index.search("quayside")
    assert (hit.kind, hit.meeting_id, hit.item_id) == ("people", meeting.id, "")
    [hit] = index.search("lighthouse cafe")
    assert (hit.kind, hit.item_id) == ("next", plan.id)


def test_a_team_only_reason_is_found_with_its_item() -> None:
    network, person, _ = _network()
    voice = Voice(person.id, "Tired.", sharing=Sharing.team_only("Asked about the kelp farm"))
    index = SearchIndex([network, _meeting(network, person, 9, voices=[voice])])
    [hit] = index.search("kelp")
    assert (hit.kind, hit.item_id) == ("voices", voice.id)
    assert hit.text == "Tired. — Asked about the kelp farm"


def test_every_word_must_be_in_the_same_place() -> None:
    network, person, _ = _network()
    voices = [Voice(person.id, "The radio was loud."), Voice(person.id, "The next room.")]
    index = SearchIndex([network, _meeting(network, person, 9, voices=voices)])
    assert index.search("radio room") == []
    assert [h.item_id for h in index.search("room next")] == [voices[1].id]


def test_names_come_first_then_meetings_newest_first() -> None:
    network, person, practitioner = _network()
    old = _meeting(network, person, 2, purpose=Purpose(text="Zo wanted the harbour walk."))
    new = _meeting(network, person, 9, purpose=Purpose(text="Zo again, the harbour."))
    index = SearchIndex([new, old, practitioner, person, network])
    hits = index.search("harbour")
    assert [(h.kind, h.meeting_id) for h in hits] == [
        ("network", ""),
        ("purpose", new.id),
        ("purpose", old.id),
    ]
    assert [h.kind for h in index.search("zo")] == ["person", "purpose", "purpose"]
    [named] = index.search("aino k")
    assert (named.kind, named.item_id, named.network_name) == (
        "practitioner",
        practitioner.id,
        "Harbour network",
    )
    assert index.search("lukaszewicz")[0].text == "Zoë Łukaszewicz / neighbour / Zo"


def test_only_records_of_known_networks_are_found() -> None:
    network, person, practitioner = _network()
    meeting = _meeting(network, person, 9, purpose=Purpose(text="The ferry timetable."))
    index = SearchIndex([person, practitioner, meeting])
    assert index.search("ferry") == [] and index.search("zoe") == [] and len(index) == 0
    index.update([network])
    assert [h.kind for h in index.search("ferry")] == ["purpose"]


def test_changes_and_removals_are_followed_and_clear_forgets_everything() -> None:
    network, person, _ = _network()
    meeting = _meeting(network, person, 9, purpose=Purpose(text="The ferry timetable."))
    index = SearchIndex([network, person, meeting])
    meeting.purpose.text = "The bus timetable."
    index.update([meeting])
    assert index.search("ferry") == [] and len(index.search("bus")) == 1
    index.update(removed=[meeting.id])
    assert index.search("timetable") == []
    index.clear()
    assert len(index) == 0 and index.search("harbour") == []


def test_the_limit_and_an_empty_query() -> None:
    network, person, _ = _network()
    voices = [Voice(person.id, f"Harbour {n}") for n in range(30)]
    index = SearchIndex([network, _meeting(network, person, 9, voices=voices)])
    assert len(index.search("harbour", limit=5)) == 5
    assert index.search("   ") == [] and index.search("") == []


def test_a_snippet_is_the_words_around_the_first_match() -> None:
    network, person, _ = _network()
    text = " ".join(["before"] * 40 + ["ferry"] + ["after"] * 40)
    index = SearchIndex([network, _meeting(network, person, 9, purpose=Purpose(text=text))])
    snippet = index.search("ferry")[0].snippet(width=60)
    assert snippet.startswith("…") and snippet.endswith("…") and "ferry" in snippet
    assert len(snippet) == 62


_WORD = st.text(alphabet=string.ascii_letters + "äöüßłøé", min_size=1, max_size=10)


@given(words=st.lists(_WORD, min_size=1, max_size=8))
@settings(max_examples=60, deadline=None)
def test_any_word_a_person_typed_finds_the_place_it_is_in(words: list[str]) -> None:
    network, person, _ = _network()
    voice = Voice(person.id, " ".join(words))
    index = SearchIndex([network, _meeting(network, person, 9, voices=[voice])])
    for word in words:
        assert voice.id in {h.item_id for h in index.search(word)}


def test_a_vault_index_follows_saves_and_deletions(vault: Vault) -> None:
    network, person, _ = _network()
    vault.save(network)
    vault.save(person)
    index = vault_index(vault)
    meeting = _meeting(network, person, 9, purpose=Purpose(text="The ferry timetable."))
    vault.save(meeting)
    assert [h.meeting_id for h in index.search("ferry")] == [meeting.id]
    vault.delete(Meeting, meeting.id)
    assert index.search("ferry") == []
