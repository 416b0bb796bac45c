"""The sealed search cache: used while current, rebuilt when stale, tampered with or missing.

Whatever the cache holds, the index searches exactly as one built from every
record would; no folded word reaches the file in plain text; a permanent
deletion takes the network's cache with it.
"""

from __future__ import annotations

import shutil
import sqlite3
import tempfile
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from odnotes.crypto import TEST_POLICY, fast_test_params
from odnotes.model import Meeting, Network, Person, Voice
from odnotes.search import SearchIndex, index_vault, vault_index
from odnotes.search.layout import from_bytes, to_bytes
from odnotes.search.segment import build_segment
from odnotes.vault import Vault, open_unlocked
from odnotes.vault.snapshot import NetworkReader
from tests.conftest import PASSPHRASE
from tests.fixtures.make_fixtures import PASSPHRASE as FIXTURE_PASSPHRASE

WORDS = ["sleep", "housing", "letter", "zoë", "Łukasz", "mother", "tablets", "forest", "the"]
QUERIES = [*WORDS, "lukasz", "zoe", "the sleep", "mother tablets", "e", "xylophone", "fictional"]


def hits(index: SearchIndex) -> dict[str, list[tuple[str, str, str, str, str]]]:
    """Every query's hits, as what a person sees of them."""
    return {
        q: [(h.kind, h.network_id, h.meeting_id, h.item_id, h.text) for h in index.search(q, 500)]
        for q in QUERIES
    }


def cold(vault: Vault) -> SearchIndex:
    return index_vault(vault, SearchIndex(), use_cache=False)


def cached(vault: Vault) -> SearchIndex:
    return index_vault(vault, SearchIndex())


def blobs(path: Path) -> dict[str, tuple[str, bytes]]:
    with sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True) as conn:
        rows = conn.execute("SELECT network_id, built_from, ciphertext FROM search_cache")
        return {row[0]: (row[1], row[2]) for row in rows}


class ReadCounter:
    """Which networks the pass read from their records (not from the cache; the vault-wide
    records, practitioners, are always read)."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.read: list[str] = []
        real = NetworkReader.read_group

        def counted(reader: NetworkReader, group: str) -> object:
            if group:
                self.read.append(group)
            return real(reader, group)

        monkeypatch.setattr(NetworkReader, "read_group", counted)


def two_networks(vault: Vault) -> tuple[Network, Network, list[Meeting]]:
    made = []
    meetings = []
    for n, name in enumerate(("Fictional Zoë network", "Fictional Łukasz network")):
        network = Network(name, datetime(2026, 1, 1, 9, 0))
        person = Person(network.id, f"Fictional Person {n}")
        these = [
            Meeting(
                network.id,
                datetime(2026, 1, 2, 10, 0) + timedelta(days=day),
                present=[person.id],
                voices=[Voice(person.id, f"the mother spoke of sleep and housing, day {day}")],
            )
            for day in range(3)
        ]
        vault.save_many([network, person, *these])
        made.append(network)
        meetings += these
    return made[0], made[1], meetings


def test_the_cache_is_kept_and_used_while_current(
    vault: Vault, monkeypatch: pytest.MonkeyPatch
) -> None:
    first, second, _ = two_networks(vault)
    expected = hits(cold(vault))
    assert hits(cached(vault)) == expected  # built from the records, and kept
    assert set(blobs(vault.path)) == {first.id, second.id}
    counter = ReadCounter(monkeypatch)
    index = cached(vault)
    assert counter.read == [] and index.complete and index.indexed_meetings == 6
    assert hits(index) == expected


def test_a_save_makes_only_its_network_stale(vault: Vault, monkeypatch: pytest.MonkeyPatch) -> None:
    first, _second, meetings = two_networks(vault)
    cached(vault)
    meeting = vault.get(Meeting, meetings[0].id)
    meeting.purpose.text = "A word never used before: quokka."
    vault.save(meeting)
    counter = ReadCounter(monkeypatch)
    index = cached(vault)
    assert counter.read == [first.id]
    assert [h.meeting_id for h in index.search("quokka")] == [meeting.id]
    assert hits(index) == hits(cold(vault))
    counter.read.clear()
    cached(vault)  # resealed by the pass that rebuilt it
    assert counter.read == []


def test_tampered_swapped_and_old_blobs_are_ignored(
    vault: Vault, monkeypatch: pytest.MonkeyPatch
) -> None:
    first, second, meetings = two_networks(vault)
    cached(vault)
    old = blobs(vault.path)[first.id]
    conn = vault._file.conn
    # A flipped byte: fails authentication.
    flipped = bytearray(blobs(vault.path)[second.id][1])
    flipped[len(flipped) // 2] ^= 1
    conn.execute(
        "UPDATE search_cache SET ciphertext = ? WHERE network_id = ?", (bytes(flipped), second.id)
    )
    counter = ReadCounter(monkeypatch)
    assert hits(cached(vault)) == hits(cold(vault))
    assert counter.read[0] == second.id
    # One network's blob under another's id: bound to its network, so refused.
    conn.execute(
        "UPDATE search_cache SET ciphertext = (SELECT ciphertext FROM search_cache "
        "WHERE network_id = ?), nonce = (SELECT nonce FROM search_cache WHERE network_id = ?) "
        "WHERE network_id = ?",
        (first.id, first.id, second.id),
    )
    counter.read.clear()
    assert hits(cached(vault)) == hits(cold(vault))
    assert counter.read[0] == second.id
    # A blob from before a save, put back (an older copy's): stale, so rebuilt.
    meeting = vault.get(Meeting, meetings[0].id)
    meeting.purpose.text = "forest"
    vault.save(meeting)
    cached(vault)
    conn.execute(
        "UPDATE search_cache SET built_from = ?, ciphertext = ? WHERE network_id = ?",
        (old[0], old[1], first.id),
    )
    counter.read.clear()
    index = cached(vault)
    assert counter.read[0] == first.id
    assert [h.meeting_id for h in index.search("forest")] == [meeting.id]


def test_a_format2_file_without_the_table_opens_and_gets_it(
    vault: Vault, monkeypatch: pytest.MonkeyPatch
) -> None:
    two_networks(vault)
    path = vault.path
    vault.close()
    with sqlite3.connect(path) as conn:
        conn.execute("DROP TABLE search_cache")
    reopened = open_unlocked(path, PASSPHRASE, policy=TEST_POLICY)
    try:
        assert reopened.verify().ok
        expected = hits(cold(reopened))
        assert hits(cached(reopened)) == expected
        assert len(blobs(path)) == 2
        counter = ReadCounter(monkeypatch)
        assert hits(cached(reopened)) == expected and counter.read == []
    finally:
        reopened.close()


def test_when_the_header_does_not_verify_no_blob_is_trusted(
    vault: Vault, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The group states a blob is checked against are only as good as the header's MAC."""
    first, second, _ = two_networks(vault)
    cached(vault)
    path = vault.path
    vault.close()
    with sqlite3.connect(path) as conn:  # the edit level 2 catches: every blob now suspect
        conn.execute(
            "UPDATE groups SET row_count = row_count - 1 WHERE network_id = ?", (first.id,)
        )
    reopened = open_unlocked(path, PASSPHRASE, policy=TEST_POLICY)
    try:
        assert not reopened.integrity_ok
        counter = ReadCounter(monkeypatch)
        index = cached(reopened)
        assert sorted(counter.read) == sorted([first.id, second.id])
        assert hits(index) == hits(cold(reopened))
    finally:
        reopened.close()


def test_a_network_read_with_damage_is_not_kept(vault: Vault) -> None:
    """Its share is built from its newest intact revisions, and read again next time."""
    first, second, meetings = two_networks(vault)
    path = vault.path
    vault.close()
    with sqlite3.connect(path) as conn:
        conn.execute("DROP TRIGGER records_append_only_update")
        conn.execute(
            "UPDATE records SET ciphertext = CAST(zeroblob(length(ciphertext)) AS BLOB) "
            "WHERE record_id = ?",
            (meetings[0].id,),
        )
    reopened = open_unlocked(path, PASSPHRASE, policy=TEST_POLICY)
    try:
        index = cached(reopened)
        assert reopened.damaged and set(blobs(path)) == {second.id}
        assert meetings[0].id not in {h.meeting_id for h in index.search("sleep")}
    finally:
        reopened.close()


def test_the_committed_format2_fixture_opens_and_gets_a_cache(tmp_path: Path) -> None:
    """Written before the table existed: it opens as it did, and its first pass adds it."""
    fixture = Path(__file__).resolve().parents[1] / "fixtures" / "vault-v2.odvault"
    copy = tmp_path / fixture.name
    shutil.copyfile(fixture, copy)
    with open_unlocked(copy, FIXTURE_PASSPHRASE) as vault:
        assert vault.verify().ok
        expected = hits(cold(vault))
        assert hits(cached(vault)) == expected
        assert set(blobs(copy)) == set(vault.network_ids())
        assert hits(cached(vault)) == expected


def test_a_read_only_vault_uses_the_cache_and_writes_nothing(vault: Vault) -> None:
    two_networks(vault)
    path = vault.path
    vault.close()
    reader = open_unlocked(path, PASSPHRASE, readonly=True, policy=TEST_POLICY)
    try:
        expected = hits(cold(reader))
        assert hits(cached(reader)) == expected
        assert blobs(path) == {}
    finally:
        reader.close()


def test_an_index_built_here_and_now_uses_the_cache_but_keeps_nothing(vault: Vault) -> None:
    """``vault_index`` may run on the GUI thread: sealing is left to the background pass."""
    two_networks(vault)
    expected = hits(cold(vault))
    assert hits(vault_index(vault)) == expected and blobs(vault.path) == {}
    cached(vault)
    assert hits(vault_index(vault)) == expected and len(blobs(vault.path)) == 2


def test_a_permanently_deleted_network_takes_its_cache_with_it(vault: Vault) -> None:
    first, second, _ = two_networks(vault)
    cached(vault)
    gone = blobs(vault.path)[second.id][1]
    vault.delete_network_permanently(second.id)
    assert set(blobs(vault.path)) == {first.id}
    stored = [p for p in (vault.path, Path(f"{vault.path}-wal")) if p.exists()]
    assert not any(gone[:32] in p.read_bytes() for p in stored)
    # A share built before the deletion and handed over after it is not written.
    assert vault.keep_search_cache([(second.id, "1:00", b"anything")]) == 0
    assert set(blobs(vault.path)) == {first.id}
    # Nor is one built before a save to its network (stale at once).
    assert vault.keep_search_cache([(first.id, "1:00", b"anything")]) == 0


def test_no_folded_word_reaches_the_file(vault: Vault) -> None:
    network = Network("Fictional network", datetime(2026, 1, 1, 9, 0))
    person = Person(network.id, "Fictional Person")
    said = "Quetzalcoatlite Borborygmus Zyzzyva"  # folded: "quetzalcoatlite borborygmus zyzzyva"
    meeting = Meeting(
        network.id,
        datetime(2026, 1, 2, 10, 0),
        present=[person.id],
        voices=[Voice(person.id, said)],
    )
    vault.save_many([network, person, meeting])
    index = cached(vault)
    assert index.search("zyzzyva") and blobs(vault.path)
    path = vault.path
    vault.close()
    data = b"".join(p.read_bytes() for p in (path, Path(f"{path}-wal")) if p.exists())
    for needle in (said, said.lower(), *said.lower().split()):
        assert needle.encode() not in data


def test_a_segment_survives_its_bytes(vault: Vault) -> None:
    first, _second, _ = two_networks(vault)
    with vault.reader() as reader:
        segment = build_segment(first.id, reader.read(first.id).values())
    stored = to_bytes(segment)
    assert stored is not None and from_bytes(first.id, stored) == segment
    assert from_bytes(first.id, stored[:-3]) is None  # cut short: rebuilt, never misread


edits = st.lists(
    st.tuples(
        st.sampled_from(["edit", "add", "delete", "rename", "pass"]),
        st.integers(0, 50),
        st.lists(st.sampled_from(WORDS), min_size=1, max_size=4).map(" ".join),
    ),
    min_size=1,
    max_size=8,
)


@settings(
    max_examples=12, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(steps=edits)
def test_after_any_edits_the_cached_index_finds_what_a_cold_one_finds(
    steps: list[tuple[str, int, str]],
) -> None:
    with tempfile.TemporaryDirectory() as folder:
        vault, _ = Vault.create(
            Path(folder) / "edits.odvault", PASSPHRASE, kdf=fast_test_params(), policy=TEST_POLICY
        )
        try:
            first, second, meetings = two_networks(vault)
            networks = [first, second]
            cached(vault)
            for action, which, words in steps:
                live = [m for m in meetings if m.id not in vault.deleted(Meeting)]
                if action == "edit" and live:
                    meeting = vault.get(Meeting, live[which % len(live)].id)
                    meeting.purpose.text = words
                    vault.save(meeting)
                elif action == "add":
                    network = networks[which % 2]
                    person = vault.all(Person, network_id=network.id)[0]
                    added = Meeting(
                        network.id,
                        datetime(2026, 3, 1, 10, 0) + timedelta(hours=which),
                        present=[person.id],
                        voices=[Voice(person.id, words)],
                    )
                    vault.save(added)
                    meetings.append(added)
                elif action == "delete" and live:
                    vault.delete(Meeting, live[which % len(live)].id)
                elif action == "rename":
                    network = vault.get(Network, networks[which % 2].id)
                    network.name = f"Fictional {words}"
                    vault.save(network)
                else:
                    cached(vault)  # a pass in between: some shares kept, some stale
                assert hits(cached(vault)) == hits(cold(vault))
        finally:
            vault.close()
