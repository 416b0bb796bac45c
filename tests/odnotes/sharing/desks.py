"""Two or three practitioners' real vaults (tiny KDF) and one exchange folder between them."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from odnotes import sharing
from odnotes.crypto import TEST_POLICY, fast_test_params
from odnotes.exchange import PractitionerCard
from odnotes.model import Meeting, Network, Person, Practitioner, PractitionerRole
from odnotes.sharing import SyncReport
from odnotes.vault import Vault
from tests.conftest import PASSPHRASE

NAMES = ["Anna Fictional", "Ben Fictional", "Carl Fictional"]
IDS = [
    "aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaaa",
    "bbbbbbbb-bbbb-4bbb-8bbb-bbbbbbbbbbbb",
    "cccccccc-cccc-4ccc-8ccc-cccccccccccc",
]


@dataclass
class Desk:
    """One practitioner's laptop: their vault, who they are, the folder it syncs through."""

    vault: Vault
    practitioner_id: str
    folder: Path

    @property
    def card(self) -> PractitionerCard:
        return sharing.my_card(self.vault, self.practitioner_id)

    def sync(self) -> SyncReport:
        return sharing.sync(self.vault, self.practitioner_id, self.folder)


def desk(tmp_path: Path, index: int, folder: Path, ids: list[str] = IDS) -> Desk:
    """A new vault for practitioner ``index``, who is in their own vault's team."""
    vault, _ = Vault.create(
        tmp_path / f"desk{index}.odvault", PASSPHRASE, kdf=fast_test_params(), policy=TEST_POLICY
    )
    pid = ids[index]
    vault.author = pid
    vault.save(Practitioner(NAMES[index], PractitionerRole.NURSE, id=pid))
    return Desk(vault, pid, folder)


def team(
    tmp_path: Path, size: int, *, ids: list[str] = IDS, own_folders: bool = False
) -> list[Desk]:
    """``size`` desks, all paired with each other, sharing one folder (or each its own)."""
    folders = [tmp_path / (f"exchange{i}" if own_folders else "exchange") for i in range(size)]
    for folder in set(folders):
        folder.mkdir()
    desks = [desk(tmp_path, i, folders[i], ids) for i in range(size)]
    for one in desks:
        for other in desks:
            if other is not one:
                sharing.pair(one.vault, one.practitioner_id, other.card)
    return desks


def network_of(owner: Desk, colleagues: list[Desk]) -> tuple[Network, Person, Meeting]:
    """A fictional network on ``owner``'s laptop, shared with ``colleagues``."""
    ids = [owner.practitioner_id] + [c.practitioner_id for c in colleagues]
    network = Network("Maija's network", datetime(2026, 3, 1, 9, 0), practitioner_ids=ids)
    maija = Person(network.id, "Maija Fictional")
    meeting = Meeting(network.id, datetime(2026, 3, 2, 10, 0), present=[maija.id], facilitators=ids)
    owner.vault.save_many([network, maija, meeting])
    for colleague in colleagues:
        sharing.share(owner.vault, network.id, colleague.card.card_id)
    return network, maija, meeting


def settle_all(desks: list[Desk], rounds: int = 6) -> None:
    """Everyone syncs, round after round, until a round sends nothing."""
    for _ in range(rounds):
        if sum(d.sync().sent for d in desks) == 0:
            return
    raise AssertionError("the exchange did not settle")
