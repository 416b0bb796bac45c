"""The search index answers exactly what a plain scan of every place would, in the same order,
whether it was filled from record objects or from the vault's plain data in the background."""

from __future__ import annotations

import unicodedata
from datetime import datetime, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from odnotes.codec import to_plain
from odnotes.model import Meeting, Network, Person, Voice
from odnotes.search import SearchIndex, fold, folding, index_vault, vault_index
from odnotes.search import index as search_index
from odnotes.search.texts import meeting_places
from odnotes.vault import Vault

WORDS = ["sleep", "housing", "letter", "zoë", "Łukasz", "mother", "tablets", "forest", "the"]


def reference(
    networks: list[Network], meetings: list[Meeting], query: str
) -> list[tuple[str, str]]:
    """(meeting id, item id) of every meeting place holding every word, newest meeting first."""
    words = fold(query).split()
    live = {n.id for n in networks}
    out = []
    for meeting in sorted(meetings, key=lambda m: m.starts_at, reverse=True):
        if meeting.network_id not in live:
            continue
        for _section, item_id, text in meeting_places(meeting):
            if text and all(word in fold(text) for word in words):
                out.append((meeting.id, item_id))
    return out


sentences = st.lists(st.sampled_from(WORDS), min_size=1, max_size=6).map(" ".join)


@settings(max_examples=60, deadline=None)
@given(
    texts=st.lists(st.lists(sentences, min_size=1, max_size=3), min_size=1, max_size=8),
    query=st.lists(
        st.sampled_from([*WORDS, "xylophone", "ousi", "lukasz"]), min_size=1, max_size=3
    ),
)
def test_hits_are_exactly_those_of_a_plain_scan(texts: list[list[str]], query: list[str]) -> None:
    network = Network("Fictional network", datetime(2026, 1, 1, 9, 0))
    person = Person(network.id, "Fictional Person")
    meetings = [
        Meeting(
            network.id,
            datetime(2026, 1, 2, 10, 0) + timedelta(days=n),
            present=[person.id],
            voices=[Voice(person.id, said) for said in voices],
        )
        for n, voices in enumerate(texts)
    ]
    index = SearchIndex([network, person, *meetings])
    q = " ".join(query)
    found = [(h.meeting_id, h.item_id) for h in index.search(q, limit=10_000) if h.meeting_id]
    assert found == reference([network], meetings, q)


def test_a_word_in_no_text_finds_nothing_at_once(demo_vault: tuple[Vault, Network]) -> None:
    vault, _ = demo_vault
    index = vault_index(vault)
    assert index.search("xylophone") == []
    assert index.search("choir xylophone") == []
    assert index.search("choir")  # the demo has a choir


def test_the_background_pass_matches_an_index_of_objects_and_follows_saves(
    demo_vault: tuple[Vault, Network],
) -> None:
    vault, network = demo_vault
    objects = SearchIndex([*vault.all(Network), *vault.all(Person), *vault.all(Meeting)])
    reports: list[tuple[int, int]] = []
    from odnotes.search import follow_saves

    background = SearchIndex()
    follow_saves(vault, background)
    index_vault(vault, background, lambda done, total: reports.append((done, total)))
    assert background.complete and reports[-1] == (3, 3)
    for query in ("choir", "sleep", "maija", "the"):
        assert [(h.kind, h.meeting_id, h.item_id) for h in background.search(query)] == [
            (h.kind, h.meeting_id, h.item_id) for h in objects.search(query)
        ]
    draft = next(m for m in vault.all(Meeting, network_id=network.id) if not m.is_final)
    meeting = vault.get(Meeting, draft.id)
    meeting.purpose.text = "A word never used before: quokka."
    vault.save(meeting)
    assert [h.meeting_id for h in background.search("quokka")] == [meeting.id]


def test_while_it_fills_it_says_how_much_is_indexed(demo_vault: tuple[Vault, Network]) -> None:
    vault, _ = demo_vault
    index = SearchIndex()
    seen: list[tuple[int, int, bool]] = []
    index_vault(vault, index, lambda done, total: seen.append((done, total, index.complete)))
    assert seen[0] == (0, 3, False) and index.complete and index.indexed_meetings == 3


@settings(max_examples=40, deadline=None)
@given(
    texts=st.lists(st.lists(sentences, min_size=1, max_size=3), min_size=1, max_size=8),
    query=st.lists(st.sampled_from([*WORDS, "xylophone", "ousi", "lukasz", "e"]), max_size=3),
)
def test_every_way_a_query_is_read_gives_the_same_hits(
    texts: list[list[str]], query: list[str]
) -> None:
    """Through the postings, in order, or in place: thresholds tiny, so every path is taken."""
    network = Network("Fictional network", datetime(2026, 1, 1, 9, 0))
    person = Person(network.id, "Fictional Person")
    meetings = [
        Meeting(
            network.id,
            datetime(2026, 1, 2, 10, 0) + timedelta(days=n),
            present=[person.id],
            voices=[Voice(person.id, said) for said in voices],
        )
        for n, voices in enumerate(texts)
    ]
    q = " ".join(query) or "the"
    expected = reference([network], meetings, q)
    for many in (0, 1, 5, 10_000):
        with pytest.MonkeyPatch.context() as patch:
            patch.setattr(search_index, "MANY_PLACES", many)
            index = SearchIndex([network, person, *meetings])
            for limit in (3, 10_000):
                hits = index.search(q, limit)
                names = sum(1 for h in hits if not h.meeting_id)
                found = [(h.meeting_id, h.item_id) for h in hits if h.meeting_id]
                assert found == expected[: limit - names]


def test_two_words_never_in_one_place_are_answered_from_the_postings() -> None:
    """Each word is in many places, never the same one: no meeting is read for the miss."""
    network = Network("Fictional network", datetime(2026, 1, 1, 9, 0))
    person = Person(network.id, "Fictional Person")
    meetings = [
        Meeting(
            network.id,
            datetime(2026, 1, 2, 10, 0) + timedelta(days=n),
            present=[person.id],
            voices=[Voice(person.id, "mother came"), Voice(person.id, "the tablets again")],
        )
        for n in range(300)
    ]
    index = SearchIndex([network, person, *meetings])
    assert index.search("mother tablets") == []
    read: list[int] = []
    real = index._walk
    index._walk = lambda *args: read.append(1) or real(*args)  # type: ignore[method-assign]
    assert index.search("mother tablets") == [] and len(read) == 1  # the names only
    assert len(index.search("tablets", limit=10_000)) == 300


def test_a_meeting_whose_plain_text_holds_nul_is_still_found_place_by_place() -> None:
    """Stored text never holds NUL (it is refused on save); if it did, places stay apart."""
    network = Network("Fictional network", datetime(2026, 1, 1, 9, 0))
    person = Person(network.id, "Fictional Person")
    meeting = Meeting(
        network.id,
        datetime(2026, 1, 2, 10, 0),
        present=[person.id],
        voices=[Voice(person.id, "first part"), Voice(person.id, "second part")],
    )
    plain = to_plain(meeting)
    plain["voices"][0]["text"] = "first\x00part"
    index = SearchIndex([network, person])
    index.add_plain(Meeting, plain, 1)
    assert [h.item_id for h in index.search("part")] == [v.id for v in meeting.voices]
    assert [h.item_id for h in index.search("second")] == [meeting.voices[1].id]
    assert index.search("first second") == []


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="aZ \n.e\u0301ëŁłøßæ—’…\u00a0ΣσςİıÅﬀ℃가Ꭰ𝐀\U0001d165\u0308xǅ", max_size=20))
def test_folding_run_by_run_is_folding_the_whole_text(text: str) -> None:
    """Only non-ASCII runs take the slow steps; the result is the one-pass definition's."""
    plain = unicodedata.normalize("NFKD", text.casefold())
    plain = "".join(c for c in plain if not unicodedata.combining(c))
    assert fold(text) == plain.translate(folding._SPECIAL)
