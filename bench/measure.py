"""Each measurement of the suite, on one generated set; comparisons run interleaved.

Key derivation is measured alone with the real calibrated Argon2id
parameters; everything else uses the generated vault's fast test KDF, so
"open" and "unlock to usable" exclude key derivation (as SQLCipher is given
a raw key, skipping its PBKDF2).
"""

from __future__ import annotations

import copy
import shutil
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from bench import baselines
from bench.generate import PASSPHRASE, Generated
from bench.timing import interleaved_ms, median_ms, once_ms, percentile
from odnotes import crypto
from odnotes.crypto import TEST_POLICY
from odnotes.model import Meeting, Network, Record
from odnotes.search import SearchIndex, vault_index
from odnotes.summary import meeting_summary, network_summary
from odnotes.supervision import ExportOptions, SupervisionMaterial, write_files
from odnotes.vault import Vault

QUERIES = [
    "sleep",
    "housing letter",
    "zoe",
    "lukasz",
    "mother tablets",
    "forest",
    "choir concert",
    "brother exams",
    "council",
    "xylophone",
    "the",
    "frightened hospital",
]


@dataclass
class Result:
    """One figure: ours, and where there is one, the same pipeline over each baseline."""

    measure: str
    meetings: int
    ours: float
    unit: str = "ms"
    plain: float | None = None
    sqlcipher: float | None = None
    target: str = ""
    limit: float | None = None  # the target as a number in ``unit``, where it is one

    @property
    def verdict(self) -> str:
        """``met`` or ``**missed**`` against ``limit``; empty without one."""
        if self.limit is None:
            return ""
        return "met" if self.ours <= self.limit else "**missed**"


def networks_list(records: list[Network]) -> list[Network]:
    """What the networks panel shows: every network by name."""
    return sorted(records, key=lambda n: n.name.casefold())


def _ours_open(made: Generated) -> Callable[[], object]:
    def run() -> object:
        vault = Vault.open(made.vault_path, policy=TEST_POLICY)
        try:
            vault.unlock(PASSPHRASE)
            networks_list(vault.all(Network))
            return len(vault_index(vault))
        finally:
            vault.close()

    return run


def _baseline_open(opener: Callable[[Path], baselines.Store], path: Path) -> Callable[[], object]:
    def run() -> object:
        store = opener(path)
        try:
            live = store.latest()
            networks_list([r for r in live.values() if isinstance(r, Network)])
            return len(SearchIndex(live.values()))
        finally:
            store.close()

    return run


def open_and_index(made: Generated, repeat: int) -> Result:
    """Open, decrypt/decode every live record, list networks, build the search index."""
    times = interleaved_ms(
        {
            "ours": _ours_open(made),
            "plain": _baseline_open(baselines.open_plain, made.plain_path),
            "sqlcipher": _baseline_open(baselines.open_sqlcipher, made.sqlcipher_path),
        },
        repeat,
    )
    return Result(
        "Open + networks list + search index",
        made.meetings,
        times["ours"],
        plain=times["plain"],
        sqlcipher=times["sqlcipher"],
        target="≤ 1.2× plain, ≤ SQLCipher",
    )


def unlock_to_usable(made: Generated, repeat: int) -> Result:
    """``unlock`` alone (integrity check, decrypt and decode every live record), no KDF."""
    vault = Vault.open(made.vault_path, readonly=True, policy=TEST_POLICY)
    try:

        def run() -> None:
            vault.unlock(PASSPHRASE)
            vault.lock()

        return Result("Unlock to usable (excl. KDF)", made.meetings, median_ms(run, repeat))
    finally:
        vault.close()


def kdf_alone(repeat: int = 5) -> Result:
    """Argon2id with the parameters a new vault gets on this machine."""
    params = crypto.calibrate()
    result = Result(
        f"Key derivation (Argon2id {params.memory_kib // 1024} MiB, "
        f"t={params.iterations}, p={params.lanes})",
        0,
        median_ms(lambda: crypto.derive_key(PASSPHRASE, params), repeat),
        target="≈ 500 ms by design",
    )
    return result


def search(vault: Vault, meetings: int, rounds: int = 5) -> list[Result]:
    """p50 and p95 over every query, each repeated ``rounds`` times, on a built index."""
    index = vault_index(vault)
    len(index)
    times = [once_ms(lambda q=q: index.search(q)) for _ in range(rounds) for q in QUERIES]
    target = "≤ 20 ms at 6,000; ≤ 60 ms at 30,000"
    return [
        Result("Search p50", meetings, percentile(times, 0.50)),
        Result("Search p95", meetings, percentile(times, 0.95), target=target),
    ]


def save_one(made: Generated, repeat: int = 21) -> Result:
    """Change one meeting and save it (encrypt, new revision, durable commit), on copies."""
    with tempfile.TemporaryDirectory(dir=made.folder) as scratch:
        work = Path(scratch)
        for source in (made.vault_path, made.plain_path, made.sqlcipher_path):
            shutil.copy(source, work / source.name)
        vault = Vault.open(work / made.vault_path.name, policy=TEST_POLICY)
        plain = baselines.open_plain(work / made.plain_path.name)
        cipher = baselines.open_sqlcipher(work / made.sqlcipher_path.name)
        try:
            vault.unlock(PASSPHRASE)
            index = vault_index(vault)  # as in the app: the search index follows saves
            len(index)
            meeting = vault.get(Meeting, vault.all(Meeting, network_id=made.big_network_id)[0].id)
            revision = [vault.revision_count(meeting.id)]

            def edit() -> Meeting:
                meeting.purpose.text += " And one more thing."
                return meeting

            def ours() -> None:
                vault.save(edit())

            def stored(store: baselines.Store) -> Callable[[], None]:
                def run() -> None:
                    revision[0] += 1
                    store.save(copy.deepcopy(edit()), revision[0] + 1000)

                return run

            times = interleaved_ms(
                {"ours": ours, "plain": stored(plain), "sqlcipher": stored(cipher)}, repeat
            )
        finally:
            vault.close()
            plain.close()
            cipher.close()
    return Result(
        "Save one meeting (durable)",
        made.meetings,
        times["ours"],
        plain=times["plain"],
        sqlcipher=times["sqlcipher"],
        target="≤ 20 ms",
    )


def summaries(vault: Vault, made: Generated, repeat: int = 5) -> list[Result]:
    """A meeting summary PDF, a network summary over 40 meetings, a supervision export of 40."""
    meetings = sorted(vault.all(Meeting, network_id=made.big_network_id), key=lambda m: m.starts_at)
    latest = meetings[-1].id

    def export() -> None:
        with tempfile.TemporaryDirectory(dir=made.folder) as folder:
            # The generated meetings are drafts, which the export leaves out by default.
            options = ExportOptions(include_drafts=True)
            material = SupervisionMaterial(vault, [made.big_network_id], options=options)
            material.accept_all()
            write_files(material, folder)

    return [
        Result(
            "Meeting summary PDF",
            made.meetings,
            median_ms(lambda: meeting_summary(vault, latest).pdf(), repeat),
            target="≤ 300 ms",
        ),
        Result(
            f"Network summary PDF ({len(meetings)} meetings)",
            made.meetings,
            median_ms(lambda: network_summary(vault, made.big_network_id).pdf(), 3),
        ),
        Result(
            f"Supervision export ({len(meetings)} meetings: PDF, Markdown, JSON)",
            made.meetings,
            median_ms(export, 3),
        ),
    ]


def all_records(vault: Vault) -> list[Record]:
    """Every live record (for checks in the smoke test)."""
    from odnotes.model import RECORD_TYPES

    return [r for cls in RECORD_TYPES.values() for r in vault.all(cls)]
