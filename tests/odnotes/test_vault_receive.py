"""A vault takes in a colleague's revisions (issue 14's storage): append-only, never renumbered,
and two laptops holding the same revisions show the same live records and the same conflicts."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest

from odnotes.crypto import TEST_POLICY, fast_test_params
from odnotes.errors import InvalidRecord
from odnotes.model import Meeting, Network, Person, Voice, new_id
from odnotes.vault import Vault, open_unlocked
from tests.conftest import PASSPHRASE


def laptop(tmp_path: Path, name: str) -> Vault:
    vault, _ = Vault.create(
        tmp_path / f"{name}.odvault", PASSPHRASE, kdf=fast_test_params(), policy=TEST_POLICY
    )
    vault.author = new_id()  # the practitioner using this laptop
    return vault


@pytest.fixture
def pair(tmp_path: Path) -> tuple[Vault, Vault, Network, Meeting]:
    mine, theirs = laptop(tmp_path, "mine"), laptop(tmp_path, "theirs")
    network = Network("Fictional network", datetime(2026, 5, 1, 9, 0))
    aino = Person(network.id, "Aino Fictional")
    meeting = Meeting(network.id, datetime(2026, 5, 2, 10, 0), present=[aino.id])
    mine.save_many([network, aino, meeting])
    theirs.receive(mine.shared_revisions(network.id))
    yield mine, theirs, network, meeting
    mine.close()
    theirs.close()


def exchange(a: Vault, b: Vault, network_id: str) -> None:
    b.receive(a.shared_revisions(network_id))
    a.receive(b.shared_revisions(network_id))


def test_a_colleagues_network_arrives_whole_and_twice_is_harmless(
    pair: tuple[Vault, Vault, Network, Meeting],
) -> None:
    mine, theirs, network, meeting = pair
    assert theirs.get(Meeting, meeting.id) == mine.get(Meeting, meeting.id)
    assert [p.name for p in theirs.all(Person, network_id=network.id)] == ["Aino Fictional"]
    assert theirs.receive(mine.shared_revisions(network.id)) == []
    assert theirs.verify().ok


def test_edits_of_different_fields_merge_by_themselves(
    pair: tuple[Vault, Vault, Network, Meeting],
) -> None:
    mine, theirs, network, meeting = pair
    here = mine.get(Meeting, meeting.id)
    here.purpose.text = "Sleep, and the move back home."
    mine.save(here)
    there = theirs.get(Meeting, meeting.id)
    there.voices.append(Voice(there.present[0], "I remember the reflection landing well."))
    theirs.save(there)
    exchange(mine, theirs, network.id)
    for vault in (mine, theirs):
        live = vault.get(Meeting, meeting.id)
        assert live.purpose.text == "Sleep, and the move back home."
        assert [v.text for v in live.voices] == ["I remember the reflection landing well."]
        assert vault.conflicts(meeting.id) == ()
    assert mine.get(Meeting, meeting.id) == theirs.get(Meeting, meeting.id)


def test_the_same_field_changed_on_both_sides_is_a_conflict_both_laptops_show(
    pair: tuple[Vault, Vault, Network, Meeting],
) -> None:
    mine, theirs, network, meeting = pair
    for vault, words in ((mine, "mine: sleep"), (theirs, "theirs: the move home")):
        edited = vault.get(Meeting, meeting.id)
        edited.purpose.text = words
        vault.save(edited)
    exchange(mine, theirs, network.id)
    assert mine.get(Meeting, meeting.id) == theirs.get(Meeting, meeting.id)
    for vault in (mine, theirs):
        (conflict,) = vault.conflicts(meeting.id)
        assert {conflict["ours"], conflict["theirs"]} == {"mine: sleep", "theirs: the move home"}
        texts = [r.record.purpose.text for r in vault.history(meeting.id)]
        assert "mine: sleep" in texts and "theirs: the move home" in texts
    # The next save by a person is written on top of both and carries the conflict on.
    settled = mine.get(Meeting, meeting.id)
    mine.save(settled)
    assert len(mine.conflicts(meeting.id)) == 1


def test_what_arrived_is_kept_and_verifies_after_reopening(
    pair: tuple[Vault, Vault, Network, Meeting],
) -> None:
    mine, theirs, _, meeting = pair
    path, expected = theirs.path, theirs.get(Meeting, meeting.id)
    theirs.close()
    again = open_unlocked(path, PASSPHRASE, policy=TEST_POLICY)
    try:
        assert again.verify().ok and again.get(Meeting, meeting.id) == expected
        assert mine.copy_id in again._require_header().writers
    finally:
        again.close()


def test_an_invalid_revision_is_refused_and_nothing_is_written(
    pair: tuple[Vault, Vault, Network, Meeting],
) -> None:
    mine, theirs, network, meeting = pair
    revisions = mine.shared_revisions(network.id)
    from dataclasses import replace

    broken = replace(revisions[-1], revision=99, data={**revisions[-1].data, "present": ["x"]})
    saves = theirs.saves
    with pytest.raises(InvalidRecord):
        theirs.receive([broken])
    assert theirs.saves == saves


def test_a_save_based_on_the_revision_before_a_colleagues_merges_with_theirs(
    pair: tuple[Vault, Vault, Network, Meeting],
) -> None:
    """Typing went on while their revision arrived: the save names the revision the editor
    loaded, so theirs stays live beside it (different fields), not superseded."""
    mine, theirs, network, meeting = pair
    loaded = mine.heads(meeting.id)
    typing = mine.get(Meeting, meeting.id)
    there = theirs.get(Meeting, meeting.id)
    there.place_detail = "The family's kitchen"
    theirs.save(there)
    mine.receive(theirs.shared_revisions(network.id))
    typing.purpose.text = "Sleep, and the move back home."
    mine.save(typing, based_on=loaded)
    live = mine.get(Meeting, meeting.id)
    assert live.purpose.text == "Sleep, and the move back home."
    assert live.place_detail == "The family's kitchen"
    assert mine.conflicts(meeting.id) == ()
    assert len(mine.heads(meeting.id)) == 2
    theirs.receive(mine.shared_revisions(network.id))
    assert theirs.get(Meeting, meeting.id) == live
    mine.close()
    again = open_unlocked(mine.path, PASSPHRASE, policy=TEST_POLICY)
    assert again.get(Meeting, meeting.id) == live
    assert again.verify().ok
    again.close()


def test_a_save_based_on_an_older_revision_that_changes_their_field_is_a_conflict(
    pair: tuple[Vault, Vault, Network, Meeting],
) -> None:
    mine, theirs, network, meeting = pair
    loaded = mine.heads(meeting.id)
    typing = mine.get(Meeting, meeting.id)
    there = theirs.get(Meeting, meeting.id)
    there.purpose.text = "theirs: the move home"
    theirs.save(there)
    mine.receive(theirs.shared_revisions(network.id))
    typing.purpose.text = "mine: sleep"
    mine.save(typing, based_on=loaded)
    (conflict,) = mine.conflicts(meeting.id)
    assert {conflict["ours"], conflict["theirs"]} == {"mine: sleep", "theirs: the move home"}
    theirs.receive(mine.shared_revisions(network.id))
    assert len(theirs.conflicts(meeting.id)) == 1
    assert theirs.get(Meeting, meeting.id) == mine.get(Meeting, meeting.id)


def test_a_save_based_on_the_current_heads_or_on_nothing_supersedes_as_before(
    pair: tuple[Vault, Vault, Network, Meeting],
) -> None:
    mine, _theirs, _network, meeting = pair
    edited = mine.get(Meeting, meeting.id)
    edited.purpose.text = "One line."
    mine.save(edited, based_on=mine.heads(meeting.id))
    assert len(mine.heads(meeting.id)) == 1
    with pytest.raises(InvalidRecord):
        mine.save(edited, based_on=(("not-a-copy", 7),))
    assert mine.get(Meeting, meeting.id).purpose.text == "One line."
