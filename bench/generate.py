"""A seeded generator of large fictional vaults, and the same records for the baselines.

One network (the first) always has exactly 40 meetings, so the network
summary, the supervision export and the GUI's "open a network" are measured
on the same size whatever the vault size; the rest share the remaining
meetings unevenly, as real caseloads do. Records are written with
``Vault.save_many`` in big batches, and the very same JSON envelopes go into
a plain SQLite file and a SQLCipher 4 file (see :mod:`bench.baselines`).
Generated sets are cached under ``bench/.cache`` (ids, text and dates are
reproducible from the seed; ciphertexts are not, since nonces are random).
"""

from __future__ import annotations

import json
import random
import shutil
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

from bench import baselines, corpus
from odnotes.crypto import TEST_POLICY, fast_test_params
from odnotes.model import (
    DecidedWhere,
    Decision,
    FollowUp,
    Meeting,
    Network,
    NextMeeting,
    Person,
    PersonKind,
    PlaceKind,
    Practitioner,
    PractitionerRole,
    Purpose,
    Record,
    Reflection,
    Response,
    Sharing,
    Stance,
    StanceEntry,
    UncertaintyEntry,
    Voice,
)
from odnotes.vault import FORMAT_VERSION, Vault
from odnotes.vault.file import VaultFile

CACHE = Path(__file__).parent / ".cache"
PASSPHRASE = "benchmark passphrase, fictional data only"
BIG_NETWORK_MEETINGS = 40
BATCH = 1000


@dataclass(frozen=True)
class Generated:
    """Where a generated set lives and what is in it."""

    folder: Path
    meetings: int
    networks: int
    big_network_id: str

    @property
    def vault_path(self) -> Path:
        return self.folder / "bench.odvault"

    @property
    def plain_path(self) -> Path:
        return self.folder / "plain.sqlite"

    @property
    def sqlcipher_path(self) -> Path:
        return self.folder / "sqlcipher.db"

    def open_vault(self, *, readonly: bool = False) -> Vault:
        """The generated vault, unlocked (fast test KDF: not what is measured here)."""
        vault = Vault.open(self.vault_path, readonly=readonly, policy=TEST_POLICY)
        vault.unlock(PASSPHRASE)
        return vault


class _Maker:
    """Builds one network's records from a seeded random source."""

    def __init__(self, rng: random.Random, practitioners: list[Practitioner]) -> None:
        self.rng = rng
        self.practitioners = practitioners

    def rid(self) -> str:
        return str(uuid.UUID(int=self.rng.getrandbits(128), version=4))

    def network(self, number: int, meetings: int) -> Iterator[Record]:
        rng = self.rng
        team = rng.sample(self.practitioners, 3)
        centre_name = f"{rng.choice(corpus.FIRST_NAMES)} {number}"
        first = datetime(2019, 1, 7, 9, 0) + timedelta(days=rng.randrange(0, 7 * 365))
        network = Network(centre_name, first, practitioner_ids=[p.id for p in team], id=self.rid())
        yield network
        people = [Person(network.id, centre_name, PersonKind.CENTRE, "themself", id=self.rid())]
        for _ in range(rng.randint(3, 5)):
            kind, relation = rng.choice(corpus.RELATIONS)
            name = rng.choice(corpus.FIRST_NAMES)
            people.append(Person(network.id, name, PersonKind(kind), relation, id=self.rid()))
        yield from people
        carried = [
            UncertaintyEntry(
                question=corpus.fill(rng, rng.choice(corpus.QUESTIONS), [p.name for p in people]),
                whose=[people[0].id],
                id=self.rid(),
                uncertainty_id=self.rid(),
            )
        ]
        when = first + timedelta(days=1)
        for _ in range(meetings):
            yield self.meeting(network, people, team, when, carried)
            when += timedelta(days=rng.choice((7, 7, 14, 14, 21)), hours=rng.randint(-2, 2))

    def meeting(
        self,
        network: Network,
        people: list[Person],
        team: list[Practitioner],
        when: datetime,
        carried: list[UncertaintyEntry],
    ) -> Meeting:
        rng = self.rng
        present = [people[0], *rng.sample(people[1:], rng.randint(1, len(people) - 1))]
        names = [p.name for p in present]
        facilitators = rng.sample(team, 2)
        voices = [
            Voice(p.id, corpus.paragraph(rng, rng.randint(3, 6)), id=self.rid()) for p in present
        ]
        reflections = [
            Reflection(
                [f.id for f in facilitators],
                corpus.fill(rng, rng.choice(corpus.REFLECTIONS), names),
                responses=[
                    Response(
                        p.id, corpus.fill(rng, rng.choice(corpus.RESPONSES), names), id=self.rid()
                    )
                    for p in rng.sample(present, min(2, len(present)))
                ],
                id=self.rid(),
            )
            for _ in range(rng.randint(2, 3))
        ]
        decisions = [self.decision(present, names) for _ in range(rng.randint(1, 2))]
        if rng.random() < 0.3:
            carried.append(
                UncertaintyEntry(
                    question=corpus.fill(rng, rng.choice(corpus.QUESTIONS), names),
                    whose=[present[0].id],
                    id=self.rid(),
                    uncertainty_id=self.rid(),
                )
            )
        uncertainties = [
            UncertaintyEntry(
                uncertainty_id=u.uncertainty_id,
                question=u.question,
                whose=u.whose,
                note=corpus.fill(rng, rng.choice(corpus.NOTES), names),
                id=self.rid(),
            )
            for u in carried[-3:]
        ]
        topic = rng.choice(corpus.TOPICS)
        purpose = Purpose(
            text=f"{names[0]} wanted to talk about {topic}. {corpus.sentence(rng)}",
            id=self.rid(),
        )
        if rng.random() < 0.1:
            purpose.sharing = Sharing.team_only("asked to keep it to the team for now")
        return Meeting(
            network.id,
            when,
            duration_minutes=rng.choice((60, 75, 90)),
            place=rng.choice((PlaceKind.HOME, PlaceKind.CLINIC, PlaceKind.ONLINE)),
            place_detail=rng.choice(corpus.PLACES),
            present=[p.id for p in present],
            absent=[p.id for p in people if p not in present],
            facilitators=[f.id for f in facilitators],
            purpose=purpose,
            voices=voices,
            reflections=reflections,
            decisions=decisions,
            uncertainties=uncertainties,
            next_meeting=NextMeeting(
                starts_at=when + timedelta(days=14),
                place_detail=rng.choice(corpus.PLACES),
                invitee_ids=[p.id for p in present],
                note="Same time if that still suits everyone.",
                id=self.rid(),
            ),
            id=self.rid(),
        )

    def decision(self, present: list[Person], names: list[str]) -> Decision:
        rng = self.rng
        stances = [
            StanceEntry(p.id, rng.choice(list(Stance)), rng.choice(("", corpus.sentence(rng))))
            for p in present
        ]
        return Decision(
            corpus.fill(rng, rng.choice(corpus.DECISIONS), names),
            stances=stances,
            where=DecidedWhere.IN_MEETING,
            follow_ups=[
                FollowUp(rng.choice(present).id, "Ring before the next meeting", id=self.rid())
            ],
            id=self.rid(),
        )


def meeting_counts(
    rng: random.Random, meetings: int, networks: int, big: int = BIG_NETWORK_MEETINGS
) -> list[int]:
    """Meetings per network: the first has ``big``, the rest share the remainder unevenly."""
    weights = [rng.uniform(0.3, 1.7) for _ in range(networks - 1)]
    rest = meetings - big
    counts = [max(1, int(rest * w / sum(weights))) for w in weights]
    for i in range(rest - sum(counts)):
        counts[i % len(counts)] += 1
    return [big, *counts]


def records(
    meetings: int, networks: int, seed: int = 6, big: int = BIG_NETWORK_MEETINGS
) -> Iterator[Record]:
    """Every record of a fictional vault, practitioners first."""
    rng = random.Random(seed)
    maker = _Maker(rng, [])
    team = [
        Practitioner(name, PractitionerRole(role), id=maker.rid())
        for name, role in corpus.PRACTITIONERS
    ]
    maker.practitioners = team
    yield from team
    for number, count in enumerate(meeting_counts(rng, meetings, networks, big), 1):
        yield from maker.network(number, count)


def generate(
    meetings: int, *, seed: int = 6, cache: Path = CACHE, big: int = BIG_NETWORK_MEETINGS
) -> Generated:
    """The cached set for ``meetings``, generating it (vault and baselines) on first use.

    ``big`` is the first network's meeting count (smaller only in the smoke test).
    """
    networks = max(2, meetings // 20)
    name = f"f{FORMAT_VERSION}-m{meetings}-s{seed}"  # a new vault format needs new files
    folder = cache / (name + ("" if big == BIG_NETWORK_MEETINGS else f"-b{big}"))
    manifest = folder / "manifest.json"
    if manifest.is_file():
        data = json.loads(manifest.read_text())
        made = Generated(folder, meetings, networks, data["big_network_id"])
        VaultFile(made.vault_path).close()  # a set kept from an older release gets its indexes
        return made
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True)
    made = Generated(folder, meetings, networks, "")
    vault, _recovery = Vault.create(
        made.vault_path, PASSPHRASE, kdf=fast_test_params(), policy=TEST_POLICY
    )
    plain = baselines.create_plain(made.plain_path)
    cipher = baselines.create_sqlcipher(made.sqlcipher_path)
    big_id = ""
    try:
        batch: list[Record] = []
        for record in records(meetings, networks, seed, big):
            if not big_id and isinstance(record, Network):
                big_id = record.id
            batch.append(record)
            if len(batch) >= BATCH:
                _write(vault, plain, cipher, batch)
                batch = []
        _write(vault, plain, cipher, batch)
    finally:
        vault.close()
        plain.close()
        cipher.close()
    manifest.write_text(json.dumps({"big_network_id": big_id, "seed": seed}))
    return Generated(folder, meetings, networks, big_id)


def _write(
    vault: Vault, plain: baselines.Store, cipher: baselines.Store, batch: list[Record]
) -> None:
    if not batch:
        return
    vault.save_many(batch)
    rows = baselines.rows_for(batch)
    plain.insert(rows)
    cipher.insert(rows)
