"""Identities, cards, pairing, shares and the folder, sealed in the vault (issue 14, item 1)."""

from __future__ import annotations

from pathlib import Path

import pytest

from odnotes import sharing
from odnotes.crypto import TEST_POLICY
from odnotes.exchange import InvalidCard, read_card, safety_number, write_card
from odnotes.model import RECORD_TYPES, VAULT_ONLY_TYPES, Network
from odnotes.model.exchange_state import PairedCard
from odnotes.vault import open_unlocked
from tests.conftest import PASSPHRASE
from tests.odnotes.sharing.desks import IDS, Desk, network_of, team


def _on_disk(path: Path) -> bytes:
    """The vault file and anything beside it (journal), as stored."""
    return b"".join(p.read_bytes() for p in path.parent.glob(path.name + "*"))


@pytest.fixture
def two(tmp_path: Path) -> list[Desk]:
    desks = team(tmp_path, 2)
    yield desks
    for d in desks:
        d.vault.close()


def test_the_identity_is_made_once_kept_sealed_and_the_same_after_reopening(
    two: list[Desk],
) -> None:
    anna, _ = two
    identity = sharing.identity_for(anna.vault, anna.practitioner_id)
    path = anna.vault.path
    anna.vault.close()
    raw = _on_disk(path)
    assert b"AGE-SECRET-KEY" not in raw.upper() and identity.signing_seed not in raw
    assert b"odnotes-practitioner-card" not in raw  # paired cards are sealed too
    again = open_unlocked(path, PASSPHRASE, policy=TEST_POLICY)
    anna.vault = again
    assert sharing.identity_for(again, anna.practitioner_id).card_id == identity.card_id
    assert again.verify().ok


def test_the_sharing_records_never_travel_and_are_not_clinical_records() -> None:
    assert not set(VAULT_ONLY_TYPES) & set(RECORD_TYPES)
    for cls in VAULT_ONLY_TYPES.values():
        assert not hasattr(cls, "network_id")  # never sealed with, or sent as, a network


def test_a_card_round_trips_and_both_sides_see_one_safety_number(
    two: list[Desk], tmp_path: Path
) -> None:
    anna, ben = two
    write_card(tmp_path / "anna.odcard", anna.card)
    card = read_card(tmp_path / "anna.odcard")
    assert card.card_id == anna.card.card_id and card.name == "Anna Fictional"
    assert str(safety_number(ben.card, card)) == str(safety_number(card, ben.card))
    assert [c.card_id for c in sharing.paired(ben.vault)] == [anna.card.card_id]


def test_pairing_with_ones_own_card_is_refused(two: list[Desk]) -> None:
    anna, _ = two
    with pytest.raises(InvalidCard):
        sharing.pair(anna.vault, anna.practitioner_id, anna.card)
    assert len(sharing.paired(anna.vault)) == 1


def test_an_unknown_practitioner_or_network_or_colleague_is_a_clear_error(
    two: list[Desk],
) -> None:
    anna, _ = two
    with pytest.raises(sharing.SharingError, match="no practitioner"):
        sharing.my_card(anna.vault, IDS[2])
    with pytest.raises(sharing.SharingError, match="no network"):
        sharing.share(anna.vault, IDS[2], anna.card.card_id)
    network = Network("A fictional network", network_of(anna, [])[0].first_contact)
    anna.vault.save(network)
    with pytest.raises(sharing.SharingError, match="No colleague"):
        sharing.share(anna.vault, network.id, "0" * 32)


def test_after_unpairing_a_colleagues_files_are_refused_and_nothing_is_shared(
    two: list[Desk],
) -> None:
    anna, ben = two
    network, _, _ = network_of(anna, [ben])
    sharing.unpair(ben.vault, anna.card.card_id[:16])
    assert sharing.paired(ben.vault) == [] and ben.vault.deleted(PairedCard)
    anna.sync()
    report = ben.sync()
    assert [r.code for r in report.refused] == ["unpaired_sender"]
    sharing.unpair(anna.vault, ben.card.card_id)
    assert sharing.shared_with(anna.vault, network.id) == []
    assert anna.sync().sent == 0


def test_the_folder_is_remembered_inside_the_vault(two: list[Desk], tmp_path: Path) -> None:
    anna, _ = two
    assert sharing.exchange_folder(anna.vault) is None
    with pytest.raises(sharing.SharingError, match="does not exist"):
        sharing.set_exchange_folder(anna.vault, tmp_path / "nowhere")
    chosen = sharing.set_exchange_folder(anna.vault, anna.folder)
    path = anna.vault.path
    anna.vault.close()
    anna.vault = open_unlocked(path, PASSPHRASE, policy=TEST_POLICY)
    assert sharing.exchange_folder(anna.vault) == chosen
    assert str(chosen).encode() not in _on_disk(path)
