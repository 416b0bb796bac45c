"""The search index answers exactly what a plain scan of every place would, in the same order,
whether it was filled from record objects or from the vault's plain data in the background."""

from __future__ import annotations

from datetime import datetime, timedelta

from hypothesis import given, settings
from hypothesis import strategies as st

from odnotes.model import Meeting, Network, Person, Voice
from odnotes.search import SearchIndex, fold, index_vault, vault_index
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
