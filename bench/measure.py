"""Each measurement of the suite, on one generated set; comparisons run interleaved.

Key derivation is measured alone with the real calibrated Argon2id
parameters; everything else uses the generated vault's fast test KDF, so
"open" and "unlock to usable" exclude key derivation (as SQLCipher is given
a raw key, skipping its PBKDF2).
"""

from __future__ import annotations

import contextlib
import copy
import shutil
import sqlite3
import tempfile
from collections.abc import Callable
from pathlib import Path

from bench import baselines
from bench.floor import Floor
from bench.generate import PASSPHRASE, Generated
from bench.result import Result
from bench.timing import interleaved_ms, median_ms, once_ms, percentile
from odnotes import crypto
from odnotes.codec import from_plain
from odnotes.crypto import TEST_POLICY
from odnotes.model import RECORD_TYPES, Meeting, Network, Record
from odnotes.search import SEARCHED_KINDS, SearchIndex, index_vault, vault_index
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


def plain_index(records: list[tuple[str, dict[str, object], int]]) -> SearchIndex:
    """The search index of records in plain form, as the vault's background pass fills it."""
    index = SearchIndex()
    for kind, plain, revision in records:
        cls = RECORD_TYPES[kind]
        if cls in SEARCHED_KINDS:
            index.add_plain(cls, plain, revision)
    return index


def _baseline_open(opener: Callable[[Path], baselines.Store], path: Path) -> Callable[[], object]:
    def run() -> object:
        store = opener(path)
        try:
            live = store.latest_plain()
            networks_list([from_network(p) for k, p, _r in live if k == Network.KIND])
            return len(plain_index(live))
        finally:
            store.close()

    return run


def from_network(plain: dict[str, object]) -> Network:
    """A network record from its plain form (the networks list holds objects)."""
    return from_plain(Network, plain)


def open_and_index(made: Generated, repeat: int) -> Result:
    """Open, unlock, list networks, build the search index of every record (all in memory)."""
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


def networks_after_key(made: Generated, floor: Floor, repeat: int) -> Result:
    """``unlock`` up to the sorted networks list (test KDF, ~1.5 ms), beside floor (a)."""
    vault = Vault.open(made.vault_path, readonly=True, policy=TEST_POLICY)
    try:

        def ours() -> None:
            vault.unlock(PASSPHRASE)
            networks_list(vault.all(Network))

        times = interleaved_ms(
            {"ours": ours, "floor": floor.networks_list}, repeat, after={"ours": vault.lock}
        )
    finally:
        vault.close()
    return Result(
        "Unlock → networks list (core, after the key)",
        made.meetings,
        times["ours"],
        floor=times["floor"],
        target=LIST_TARGET,
        limit=150.0,
        floor_limit=3.0,
    )


LIST_TARGET = "≤ 150 ms and ≤ 3× floor (a)"


def full_index(made: Generated, floor: Floor, repeat: int, cold_repeat: int) -> list[Result]:
    """The background index pass over every network, beside floor (b), on an unlocked vault.

    Three rows: the pass at an unlock when every network's sealed share is
    current (the app's usual case: a save makes only its network's share
    stale); the cold build from every record, nothing kept (as before the
    cache, and what a network changed since takes); and the first unlock of a
    vault with no cache, which builds every share and seals it (once). Run
    on a copy of the vault, so the shared generated set is never written.
    """
    with tempfile.TemporaryDirectory(dir=made.folder) as scratch:
        work = Path(scratch) / made.vault_path.name
        shutil.copy(made.vault_path, work)
        with contextlib.closing(sqlite3.connect(work)) as conn:
            conn.execute("DROP TABLE IF EXISTS search_cache")  # a copy with no cache at all
            conn.commit()
        vault = Vault.open(work, policy=TEST_POLICY)
        try:
            vault.unlock(PASSPHRASE)
            first = once_ms(lambda: len(index_vault(vault, SearchIndex())))
            times = interleaved_ms(
                {
                    "ours": lambda: len(index_vault(vault, SearchIndex())),
                    "floor": floor.every_record,
                },
                repeat,
            )
            # The cold build takes about 8 floors: fewer repeats at the largest size.
            times["cold"] = median_ms(
                lambda: len(index_vault(vault, SearchIndex(), use_cache=False)), cold_repeat
            )
        finally:
            vault.close()
    return [
        Result(
            "Full search index (core, background pass)",
            made.meetings,
            times["ours"],
            floor=times["floor"],
            target="≤ 1.3× floor (b)",
            floor_limit=1.3,
        ),
        Result(
            "Full search index, cold: built from every record, nothing kept",
            made.meetings,
            times["cold"],
            floor=times["floor"],
        ),
        Result(
            "Full search index, first unlock: built from every record and sealed (once)",
            made.meetings,
            first,
            floor=times["floor"],
        ),
    ]


def open_network(made: Generated, repeat: int) -> Result:
    """Decrypt the 40-meeting network and decode its meetings (the page's data), no Qt."""
    vault = made.open_vault(readonly=True)
    try:

        def run() -> None:
            vault.load_network(made.big_network_id)
            vault.all(Meeting, network_id=made.big_network_id)

        def again() -> None:
            vault.lock()
            vault.unlock(PASSPHRASE)

        ms = interleaved_ms({"ours": run}, repeat, after={"ours": again})["ours"]
    finally:
        vault.close()
    return Result("Open a network with 40 meetings (core)", made.meetings, ms)


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
    """p50 and p95 over every query, each repeated ``rounds`` times, on a built index.

    The queries that find nothing here are also timed on their own ("a miss"):
    if a miss read the whole corpus, their time would grow with the vault.
    """
    index = vault_index(vault)
    len(index)
    times = {q: [once_ms(lambda q=q: index.search(q)) for _ in range(rounds)] for q in QUERIES}
    every = [t for ts in times.values() for t in ts]
    misses = [t for q, ts in times.items() if not index.search(q) for t in ts]
    target = "≤ 30 ms"
    return [
        Result("Search p50", meetings, percentile(every, 0.50)),
        Result("Search p95", meetings, percentile(every, 0.95), target=target, limit=30.0),
        Result("Search p95, queries with no hit", meetings, percentile(misses, 0.95)),
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
        limit=20.0,
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

    def one_answer() -> float:
        """One Apply answers in the review (one word accepted): what each round costs now."""
        material = SupervisionMaterial(
            vault, [made.big_network_id], options=ExportOptions(include_drafts=True)
        )
        words = sorted(w.word for w in material.review.words)
        if not words:
            return 0.0
        return once_ms(lambda: material.answer(accept={words[0]}))

    answers = [one_answer() for _ in range(3)]
    return [
        Result(
            "Meeting summary PDF",
            made.meetings,
            median_ms(lambda: meeting_summary(vault, latest).pdf(), repeat),
            target="≤ 300 ms",
            limit=300.0,
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
            target="≤ 1 s",
            limit=1000.0,
        ),
        Result(
            "Supervision review: one answer applied (redraw, no rebuild)",
            made.meetings,
            sorted(answers)[1],
        ),
    ]


def all_records(vault: Vault) -> list[Record]:
    """Every live record (for checks in the smoke test)."""
    return [r for cls in RECORD_TYPES.values() for r in vault.all(cls)]
