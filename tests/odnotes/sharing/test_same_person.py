"""A colleague already in the team before pairing is listed once on both laptops.

Anna's vault has held a stand-in record for Ben for months (she named him as
facilitator); Ben's own vault knows him under the id on his card. Pairing
links the stand-in to the card (``same_as``); the link travels with the
record, so after a sync both vaults group the two ids as one Ben.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from random import Random

import pytest
from hypothesis import given
from hypothesis import strategies as st

from odnotes import sharing
from odnotes.codec import from_plain, to_plain
from odnotes.errors import InvalidRecord
from odnotes.model import Meeting, Network, Person, Practitioner, PractitionerRole
from odnotes.summary.names import Names
from odnotes.supervision.labels import practitioner_labels
from odnotes.team import Team, folded, named
from tests.odnotes.sharing.desks import IDS, Desk, desk, settle_all

BEN = IDS[1]


def _desks(tmp_path: Path) -> tuple[Desk, Desk, Practitioner, Meeting]:
    """Anna (with a stand-in for Ben, named in an old meeting) and Ben, not yet paired."""
    folder = tmp_path / "exchange"
    folder.mkdir()
    anna, ben = desk(tmp_path, 0, folder), desk(tmp_path, 1, folder)
    stand_in = Practitioner("ben fictional", PractitionerRole.PSYCHOLOGIST, other_names=["Benny"])
    network = Network(
        "Maija's network",
        datetime(2026, 3, 1, 9, 0),
        practitioner_ids=[anna.practitioner_id, stand_in.id],
    )
    maija = Person(network.id, "Maija Fictional")
    old = Meeting(
        network.id,
        datetime(2026, 3, 2, 10, 0),
        present=[maija.id],
        facilitators=[anna.practitioner_id, stand_in.id],
    )
    anna.vault.save_many([stand_in, network, maija, old])
    return anna, ben, stand_in, old


def _pair_and_share(anna: Desk, ben: Desk, stand_in: str) -> None:
    sharing.pair(anna.vault, anna.practitioner_id, ben.card, stand_in=stand_in)
    sharing.pair(ben.vault, ben.practitioner_id, anna.card)
    (network,) = anna.vault.all(Network)
    sharing.share(anna.vault, network.id, ben.card.card_id)
    settle_all([anna, ben])


def _bens(vault_desk: Desk) -> list[str]:
    return [m.name for m in Team.of(vault_desk.vault).members() if "ben" in folded(m.name)]


def test_the_name_match_suggests_the_stand_in_never_someone_using_the_vault(
    tmp_path: Path,
) -> None:
    anna, ben, stand_in, _ = _desks(tmp_path)
    assert sharing.suggested_stand_in(anna.vault, ben.card) == stand_in
    # Ben's vault has only Ben himself (an identity here): nothing to suggest for Anna's card.
    assert sharing.suggested_stand_in(ben.vault, anna.card) is None
    assert sharing.stand_ins(ben.vault, anna.card) == []
    assert anna.practitioner_id not in {p.id for p in sharing.stand_ins(anna.vault, ben.card)}


def test_before_the_link_both_vaults_show_two_bens_after_a_sync(tmp_path: Path) -> None:
    anna, ben, _, _ = _desks(tmp_path)
    _pair_and_share(anna, ben, stand_in="")
    assert len(_bens(anna)) == 2 and len(_bens(ben)) == 2  # the bug the link fixes


def test_with_the_link_both_vaults_list_one_ben_and_the_old_meeting_shows_him(
    tmp_path: Path,
) -> None:
    anna, ben, stand_in, old = _desks(tmp_path)
    _pair_and_share(anna, ben, stand_in=stand_in.id)
    for one in (anna, ben):
        team = Team.of(one.vault)
        assert one.vault.get(Practitioner, stand_in.id).same_as == BEN  # the link travelled
        assert one.vault.get(Practitioner, BEN).name == "Ben Fictional"
        assert _bens(one) == ["Ben Fictional"]  # his own record is shown, once
        (him,) = [m for m in team.members() if m.id == BEN]
        assert him.ids == {BEN, stand_in.id}
        meeting = one.vault.get(Meeting, old.id)
        assert meeting.facilitators == [anna.practitioner_id, stand_in.id]  # kept as it was
        assert [m.id for m in team.members_of(meeting.facilitators)] == [
            anna.practitioner_id,
            BEN,
        ]
        assert team.name_of(stand_in.id) == "ben fictional"  # summaries print what they did
        assert team.names()[stand_in.id] == "ben fictional" and team.names()[BEN] == "Ben Fictional"


def test_a_new_team_member_links_nothing(tmp_path: Path) -> None:
    anna, ben, stand_in, _ = _desks(tmp_path)
    sharing.pair(anna.vault, anna.practitioner_id, ben.card)
    assert anna.vault.get(Practitioner, stand_in.id).same_as == ""


def test_linking_someone_who_uses_the_vault_is_refused_and_pairs_nothing(tmp_path: Path) -> None:
    anna, ben, _, _ = _desks(tmp_path)
    with pytest.raises(sharing.SharingError, match="cannot be linked"):
        sharing.pair(anna.vault, anna.practitioner_id, ben.card, stand_in=anna.practitioner_id)
    assert sharing.paired(anna.vault) == []


def test_unpairing_keeps_the_link(tmp_path: Path) -> None:
    """Decided: history stays, so the stand-in stays Ben's and pairing again asks nothing new."""
    anna, ben, stand_in, _ = _desks(tmp_path)
    _pair_and_share(anna, ben, stand_in=stand_in.id)
    sharing.unpair(anna.vault, ben.card.card_id)
    assert anna.vault.get(Practitioner, stand_in.id).same_as == BEN
    assert _bens(anna) == ["Ben Fictional"]
    again = sharing.suggested_stand_in(anna.vault, ben.card)
    assert again is not None and again.id == stand_in.id  # offered as linked already
    sharing.pair(anna.vault, anna.practitioner_id, ben.card, stand_in=again.id)
    assert _bens(anna) == ["Ben Fictional"]


def test_a_stand_in_without_its_link_reads_and_writes_as_before() -> None:
    plain = to_plain(Practitioner("Ben Fictional", id=IDS[1]))
    assert "same_as" not in plain  # older laptops refuse unknown fields
    linked = Practitioner("Ben Fictional", same_as=IDS[1])
    assert from_plain(Practitioner, to_plain(linked)) == linked
    with pytest.raises(InvalidRecord, match="same_as"):
        Practitioner("Ben Fictional", id=IDS[1], same_as=IDS[1])
    with pytest.raises(InvalidRecord, match="same_as"):
        Practitioner("Ben Fictional", same_as="Ben")


def test_chains_and_loops_group_the_same_way_whatever_the_order() -> None:
    a, b, c = IDS
    x = Practitioner("Stand-in", same_as=b)
    y = Practitioner("Another stand-in", same_as=x.id)
    loop_one = Practitioner("Loop one", id=a, same_as=c)
    loop_two = Practitioner("Loop two", id=c, same_as=a)
    records = [x, y, loop_one, loop_two]
    for order in (records, records[::-1]):
        team = Team(order)
        assert team.canonical(y.id) == b and team.same_ids(x.id) == {x.id, y.id, b}
        assert team.canonical(c) == a == team.canonical(a)
        assert len(team.members()) == 2
    assert Team([]).same_ids(a) == {a} and Team([]).name_of(a) is None


@given(st.permutations(["Ümit Demir", "umit  demir", "ÜMIT DEMIR", "Umit Demir"]))
def test_names_match_without_case_accents_or_extra_spaces(names: list[str]) -> None:
    people = [Practitioner(n) for n in names] + [Practitioner("Ümit Demirci")]
    assert len(named(people, names[0])) == 4
    assert named([Practitioner("Sam", other_names=["Sammy Okafor"])], "sammy okafor")


def test_summaries_print_each_id_by_its_own_name_and_the_person_once() -> None:
    stand_in = Practitioner("Ben (stand-in)", same_as=BEN)
    anna = Practitioner("Anna Fictional", id=IDS[0])
    alone = Names([], [anna, stand_in])  # before Ben's own record arrives
    assert alone(BEN) == "Ben (stand-in)" and alone.is_known(BEN)
    both = Names([], [anna, stand_in, Practitioner("Ben Fictional", id=BEN)])
    assert both(stand_in.id) == "Ben (stand-in)"  # as printed before the link
    assert both.many([IDS[0], stand_in.id, BEN]) == ["Anna Fictional", "Ben (stand-in)"]


def test_the_supervision_export_labels_a_linked_colleague_once() -> None:
    stand_in = Practitioner("Ben (stand-in)", PractitionerRole.PSYCHOLOGIST, same_as=BEN)
    ben = Practitioner("Ben Fictional", PractitionerRole.PSYCHOLOGIST, id=BEN)
    anna = Practitioner("Anna Fictional", PractitionerRole.NURSE, id=IDS[0])
    labels = practitioner_labels([anna, stand_in, ben], [IDS[0], stand_in.id, BEN])
    assert labels[stand_in.id] == labels[BEN] == "Practitioner 2 (psychologist)"
    assert labels[IDS[0]] == "Practitioner 1 (nurse)" and len(set(labels.values())) == 2


_POOL = [f"{i:08x}-0000-4000-8000-000000000000" for i in range(6)]


@given(
    st.lists(
        st.tuples(st.sampled_from(_POOL), st.sampled_from(["", *_POOL])),
        unique_by=lambda pair: pair[0],
        min_size=1,
    ),
    st.randoms(use_true_random=False),
)
def test_every_order_of_the_same_records_groups_them_alike(
    links: list[tuple[str, str]], shuffler: Random
) -> None:
    """Two laptops holding the same records show the same persons, whatever order they load."""
    records = [
        Practitioner("Someone", id=record_id, same_as="" if target == record_id else target)
        for record_id, target in links
    ]
    shuffled = list(records)
    shuffler.shuffle(shuffled)
    one, other = Team(records), Team(shuffled)
    for record_id, target in links:
        assert one.canonical(record_id) == other.canonical(record_id)
        assert one.same_ids(record_id) == other.same_ids(record_id)
        if target and target != record_id:
            assert target in one.same_ids(record_id)  # a link always joins its two ids
    assert len(one.members()) == len({one.canonical(r) for r, _ in links})
