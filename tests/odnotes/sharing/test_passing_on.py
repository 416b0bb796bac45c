"""With three people, an edit reaches everyone directly (issue: B's edits reached C only via A).

Anna shares a network with Ben and Carl. Her files say so (``shared_with``),
so Ben sends the network to Carl too, and Carl to Ben, when they have paired
each other; only colleagues paired on that laptop ever get it.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from odnotes import sharing
from odnotes.exchange import FileName
from odnotes.model import Meeting
from tests.odnotes.sharing.desks import Desk, network_of, team


@pytest.fixture
def desks(tmp_path: Path) -> Iterator[list[Desk]]:
    """Anna, Ben and Carl, all paired with each other, syncing through one folder."""
    found = team(tmp_path, 3)
    yield found
    for d in found:
        d.vault.close()


def _files(sender: Desk, recipient: Desk) -> list[Path]:
    return [
        p
        for p in sender.folder.iterdir()
        if (n := FileName.parse(p.name))
        and (n.sender, n.recipient) == (sender.card.card_id[:16], recipient.card.card_id[:16])
    ]


def _edit(desk: Desk, meeting_id: str, place: str) -> None:
    meeting = desk.vault.get(Meeting, meeting_id)
    meeting.place_detail = place
    desk.vault.save(meeting)


def test_ben_s_edit_reaches_carl_while_anna_is_away(desks: list[Desk]) -> None:
    anna, ben, carl = desks
    network, _, meeting = network_of(anna, [ben, carl])
    anna.sync()
    ben.sync()
    carl.sync()
    _edit(ben, meeting.id, "At Ben's clinic")
    assert ben.sync().sent == 2  # to Anna, and to Carl whom Anna's file named
    report = carl.sync()  # Anna does not sync at all
    assert report.received >= 1 and report.refused == ()
    assert carl.vault.get(Meeting, meeting.id).place_detail == "At Ben's clinic"
    _edit(carl, meeting.id, "At Carl's clinic")
    carl.sync()
    ben.sync()
    assert ben.vault.get(Meeting, meeting.id).place_detail == "At Carl's clinic"
    assert carl.vault.network_ids() == [network.id] == ben.vault.network_ids()


def test_only_colleagues_paired_on_that_laptop_get_it(desks: list[Desk]) -> None:
    anna, ben, carl = desks
    sharing.unpair(ben.vault, carl.card.card_id)  # Ben has not paired Carl
    _, _, meeting = network_of(anna, [ben, carl])
    anna.sync()
    ben.sync()
    carl.sync()
    _edit(ben, meeting.id, "At Ben's clinic")
    assert ben.sync().sent == 1
    assert _files(ben, carl) == [] and len(_files(ben, anna)) == 1
    assert carl.sync().received == 0  # Carl gets Ben's edit through Anna
    anna.sync()
    carl.sync()
    assert carl.vault.get(Meeting, meeting.id).place_detail == "At Ben's clinic"


def test_when_anna_stops_sharing_with_carl_ben_stops_too(desks: list[Desk]) -> None:
    anna, ben, carl = desks
    network, _, meeting = network_of(anna, [ben, carl])
    for d in (anna, ben, carl, anna):
        d.sync()
    sharing.unshare(anna.vault, network.id, carl.card.card_id)
    assert anna.sync().sent == 1  # to Ben: the file now names only him
    ben.sync()
    _edit(ben, meeting.id, "At Ben's clinic")
    assert ben.sync().sent == 1
    assert len(_files(ben, anna)) == 1
    carl.sync()
    assert carl.vault.get(Meeting, meeting.id).place_detail != "At Ben's clinic"


def test_a_network_shared_by_ben_himself_is_still_sent_to_whom_he_chose(
    desks: list[Desk],
) -> None:
    anna, ben, carl = desks
    network, _, meeting = network_of(anna, [ben])
    anna.sync()
    ben.sync()
    sharing.share(ben.vault, network.id, carl.card.card_id)  # Ben's own choice
    _edit(ben, meeting.id, "At Ben's clinic")
    assert ben.sync().sent == 2
    carl.sync()
    assert carl.vault.get(Meeting, meeting.id).place_detail == "At Ben's clinic"
