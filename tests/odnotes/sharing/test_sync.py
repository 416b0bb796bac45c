"""Two and three real vaults exchanging sealed files through one folder (issue 14, items 2-3)."""

from __future__ import annotations

from pathlib import Path

import pytest

from odnotes import meetings, sharing
from odnotes.errors import FinalisedMeetingError
from odnotes.exchange import open_sealed
from odnotes.exchange.meeting_rules import MERGE_REASON
from odnotes.model import Meeting, Network, Voice
from tests.odnotes.sharing.desks import Desk, network_of, settle_all, team


@pytest.fixture
def two(tmp_path: Path) -> list[Desk]:
    desks = team(tmp_path, 2)
    yield desks
    for d in desks:
        d.vault.close()


def test_a_shared_network_arrives_whole_and_nothing_is_sent_twice(two: list[Desk]) -> None:
    anna, ben = two
    network, maija, meeting = network_of(anna, [ben])
    first = anna.sync()
    assert first.sent == 1 and first.received == 0 and not first.refused
    got = ben.sync()
    assert got.received >= 4 and meeting.id in got.changed_records
    assert ben.vault.get(Meeting, meeting.id) == anna.vault.get(Meeting, meeting.id)
    assert ben.vault.get(Network, network.id).name == "Maija's network"
    # Ben's laptop shares it back with Anna by itself; then nothing more moves.
    assert [c.card_id for c in sharing.shared_with(ben.vault, network.id)] == [anna.card.card_id]
    settle_all(two)
    assert anna.sync().sent == 0 and ben.sync().sent == 0
    assert anna.sync().received == 0 and ben.vault.verify().ok and anna.vault.verify().ok


def test_edits_of_different_fields_merge_and_the_same_field_is_a_conflict(
    two: list[Desk],
) -> None:
    anna, ben = two
    _, maija, meeting = network_of(anna, [ben])
    settle_all(two)
    here = anna.vault.get(Meeting, meeting.id)
    here.purpose.text = "Sleep, and the move back home."
    here.place_detail = "Anna remembers: the kitchen"
    anna.vault.save(here)
    there = ben.vault.get(Meeting, meeting.id)
    there.voices.append(Voice(maija.id, "I remember the reflection landing well."))
    there.place_detail = "Ben remembers: the living room"
    ben.vault.save(there)
    settle_all(two)
    live = [d.vault.get(Meeting, meeting.id) for d in two]
    assert live[0] == live[1]
    assert live[0].purpose.text == "Sleep, and the move back home."
    assert [v.text for v in live[0].voices] == ["I remember the reflection landing well."]
    (conflict,) = anna.vault.conflicts(meeting.id)
    assert ben.vault.conflicts(meeting.id) == (conflict,)
    assert conflict["path"] == ["place_detail"]
    assert {conflict["ours"], conflict["theirs"]} == {
        "Anna remembers: the kitchen",
        "Ben remembers: the living room",
    }
    report = anna.sync()
    assert report.conflicts == (meeting.id,) and "waiting for someone to choose" in report.summary()
    # Ben combines both; the conflict closes on both laptops and both texts stay in history.
    sharing.settle(ben.vault, meeting.id, conflict["path"], "The kitchen, then the living room")
    settle_all(two)
    for d in two:
        assert d.vault.conflicts(meeting.id) == ()
        assert d.vault.get(Meeting, meeting.id).place_detail == "The kitchen, then the living room"
        texts = {r.record.place_detail for r in d.vault.history(meeting.id)}
        assert {"Anna remembers: the kitchen", "Ben remembers: the living room"} <= texts


def test_a_co_facilitator_signs_on_their_own_laptop(two: list[Desk]) -> None:
    anna, ben = two
    _, _, meeting = network_of(anna, [ben])
    final = meetings.finalise(anna.vault.get(Meeting, meeting.id), [anna.practitioner_id])
    anna.vault.save(final)
    settle_all(two)
    arrived = ben.vault.get(Meeting, meeting.id)
    assert arrived.is_final
    sneaky = meetings.co_sign(arrived, ben.practitioner_id)
    sneaky.purpose.text = "Changed while signing"
    with pytest.raises(FinalisedMeetingError):
        ben.vault.save(sneaky)  # a signature never comes with words changed in place
    ben.vault.save(meetings.co_sign(arrived, ben.practitioner_id))
    settle_all(two)
    for d in two:
        signed = d.vault.get(Meeting, meeting.id)
        assert [s.practitioner_id for s in signed.signatures] == [
            anna.practitioner_id,
            ben.practitioner_id,
        ]
        assert signed.amendments == []
    with pytest.raises(FinalisedMeetingError):  # signing twice
        meetings.co_sign(ben.vault.get(Meeting, meeting.id), ben.practitioner_id)


def test_finalised_on_one_laptop_while_edited_on_the_other_becomes_an_amendment(
    two: list[Desk],
) -> None:
    anna, ben = two
    _, maija, meeting = network_of(anna, [ben])
    settle_all(two)
    anna.vault.save(meetings.finalise(anna.vault.get(Meeting, meeting.id), [anna.practitioner_id]))
    draft = ben.vault.get(Meeting, meeting.id)
    draft.voices.append(Voice(maija.id, "What Ben wrote while Anna finalised."))
    ben.vault.save(draft)
    settle_all(two)
    for d in two:
        live = d.vault.get(Meeting, meeting.id)
        assert live.is_final and [v.text for v in live.voices] == [
            "What Ben wrote while Anna finalised."
        ]
        (amendment,) = live.amendments
        assert amendment.by_id == ben.practitioner_id and amendment.reason == MERGE_REASON
    assert anna.vault.get(Meeting, meeting.id) == ben.vault.get(Meeting, meeting.id)


def test_only_shared_networks_leave_and_a_file_holds_one_network(two: list[Desk]) -> None:
    anna, ben = two
    shared, _, _ = network_of(anna, [ben])
    private, _, private_meeting = network_of(anna, [])
    anna.sync()
    files = sorted(anna.folder.iterdir())
    assert len(files) == 1
    me = sharing.identity_for(ben.vault, ben.practitioner_id)
    got = open_sealed(files[0].read_bytes(), me, {anna.card.card_id: anna.card})
    assert got.header.network_id == shared.id
    ids = {r.record_id for r in got.payload.revisions}
    assert private.id not in ids and private_meeting.id not in ids
    kinds = {r.kind for r in got.payload.revisions}
    assert kinds <= {"network", "person", "meeting", "practitioner"}  # no keys, cards, ledgers
    ben.sync()
    assert private.id not in ben.vault.network_ids()


def test_three_colleagues_relay_what_the_third_has_not_seen(tmp_path: Path) -> None:
    anna, ben, carl = desks = team(tmp_path, 3)
    _, maija, meeting = network_of(anna, [ben, carl])
    settle_all(desks)
    edit = carl.vault.get(Meeting, meeting.id)
    edit.voices.append(Voice(maija.id, "Carl's note"))
    carl.vault.save(edit)
    settle_all(desks)
    for d in desks:
        assert [v.text for v in d.vault.get(Meeting, meeting.id).voices] == ["Carl's note"]
        d.vault.close()


def test_a_dropped_file_is_written_again(two: list[Desk]) -> None:
    anna, ben = two
    network_of(anna, [ben])
    anna.sync()
    (sent,) = anna.folder.iterdir()
    sent.unlink()  # lost on the way
    assert anna.sync().sent == 1
    assert ben.sync().received >= 4
