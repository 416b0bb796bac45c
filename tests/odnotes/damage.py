"""Judging a damaged vault file: refused, detected, or harmless; never silently wrong.

Shared by the bounded sweep in ``test_damage_sweep.py`` and the full sweep
of ``make fuzz``. A damaged file is opened the way the app opens it (writer
lock, passphrase, then ``verify()``); if the passphrase slot is what broke,
the recovery key is tried, as a clinician would be told to.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum
from pathlib import Path

from odnotes.codec import to_plain
from odnotes.crypto import TEST_POLICY, fast_test_params
from odnotes.errors import (
    DamagedVault,
    NotAVault,
    UnsupportedVersion,
    WrongPassphrase,
    WrongRecoveryKey,
)
from odnotes.model import (
    RECORD_TYPES,
    Meeting,
    Network,
    Person,
    PersonKind,
    Practitioner,
    PractitionerRole,
    Purpose,
    Record,
    Voice,
)
from odnotes.vault import Vault
from odnotes.vault import vault as vault_module
from tests.conftest import PASSPHRASE

REFUSALS = (NotAVault, DamagedVault, UnsupportedVersion, WrongPassphrase, WrongRecoveryKey)
PAGE = 4096


class Outcome(StrEnum):
    """What became of one damaged copy."""

    REFUSED = "refused"  # not opened, with a clear error
    DETECTED = "detected"  # opened; the damage is reported (damaged records, verify not ok)
    HARMLESS = "harmless"  # opened; verify ok and every record equal to the original


@dataclass(frozen=True)
class Original:
    """A small closed vault and everything that is genuinely in it."""

    data: bytes
    recovery_key: str
    latest: dict[str, str]  # record id -> canonical JSON of its live revision
    genuine: frozenset[tuple[str, str]]  # every (record id, JSON) ever saved


def canonical(record: Record) -> str:
    return json.dumps(to_plain(record), sort_keys=True, ensure_ascii=False)


def live_records(vault: Vault) -> dict[str, str]:
    return {r.id: canonical(r) for cls in RECORD_TYPES.values() for r in vault.all(cls)}


def write_small_network(vault: Vault) -> None:
    """A small fictional network: every record kind, revisions, a tombstone, overflow pages.

    Kept small so a damaged copy is judged in a few milliseconds; long voices
    spill into SQLite overflow pages, so those are damaged too.
    """
    tuula = Practitioner("Tuula Rantanen", PractitionerRole.NURSE)
    network = Network("Maija", datetime(2026, 9, 7, 16, 20), practitioner_ids=[tuula.id])
    people = [
        Person(network.id, name, kind)
        for name, kind in (
            ("Maija", PersonKind.CENTRE),
            ("Päivi", PersonKind.FAMILY),
            ("Łukasz", PersonKind.FAMILY),
            ("Zoë", PersonKind.FRIEND),
        )
    ]
    vault.save_many([tuula, network, *people])
    for day in (1, 8, 15):
        meeting = Meeting(
            network.id,
            datetime(2026, 10, day, 10, 0),
            present=[p.id for p in people[:3]],
            facilitators=[tuula.id],
            purpose=Purpose(text="Maija wants to talk about sleep and the autumn."),
            voices=[
                Voice(people[0].id, "The nights are long. " * (20 * day)),
                Voice(people[1].id, "Worried, but hopeful about the choir."),
            ],
        )
        vault.save(meeting)
        meeting.voices[1].text += " She laughed."
        vault.save(meeting)
    vault.delete(Person, people[3].id)


def make_original(folder: Path) -> Original:
    """A small network in a fast-KDF vault, closed (WAL checkpointed into the file)."""
    path = folder / "original.odvault"
    vault, recovery_key = Vault.create(path, PASSPHRASE, kdf=fast_test_params(), policy=TEST_POLICY)
    write_small_network(vault)
    latest = live_records(vault)
    # Deleted records count too: a damaged tombstone shows the revision before it.
    every_id = [*latest, *(rid for cls in RECORD_TYPES.values() for rid in vault.deleted(cls))]
    genuine = frozenset(
        (rid, canonical(revision.record)) for rid in every_id for revision in vault.history(rid)
    )
    vault.close()
    return Original(path.read_bytes(), recovery_key, latest, genuine)


def _open(path: Path, original: Original) -> tuple[Vault, bool]:
    """The unlocked vault, and whether only the recovery key opened it."""
    vault_module._BACKOFF.clear()  # a sweep fails thousands of times; back-off is tested elsewhere
    vault = Vault.open(path, policy=TEST_POLICY)
    try:
        try:
            vault.unlock(PASSPHRASE)
        except WrongPassphrase:
            vault.unlock_with_recovery_key(original.recovery_key)
            return vault, True
    except BaseException:
        vault.close()
        raise
    return vault, False


def judge(path: Path, original: Original) -> tuple[Outcome, str]:
    """Open a damaged copy and classify it; AssertionError if data is silently wrong.

    Any exception other than the refusals listed above propagates: that is a bug.
    """
    try:
        vault, by_recovery_key = _open(path, original)
    except REFUSALS as error:
        message = str(error)
        assert message and len(message) < 400, f"unclear refusal: {message!r}"
        return Outcome.REFUSED, f"{type(error).__name__}: {message}"
    try:
        report = vault.verify()
        live = live_records(vault)
        damaged = list(vault.damaged)
    finally:
        vault.close()
    flagged = not report.ok or bool(damaged) or not vault.integrity_ok
    if by_recovery_key and not flagged:
        assert live == original.latest, "opened by recovery key but shows different data"
        return Outcome.DETECTED, "the passphrase slot was damaged; the recovery key opened it"
    if not flagged:
        assert live == original.latest, "the vault verified but shows different data"
        return Outcome.HARMLESS, ""
    shown = set(live.items())
    assert shown <= original.genuine, "a record that was never saved is shown"
    return Outcome.DETECTED, " ".join(report.lines())


def flip_byte(data: bytes, offset: int) -> bytes:
    """One byte changed (all bits inverted: a damaged sector, not a subtle edit)."""
    return data[:offset] + bytes([data[offset] ^ 0xFF]) + data[offset + 1 :]


def zero_page(data: bytes, page: int) -> bytes:
    start = page * PAGE
    return data[:start] + bytes(min(PAGE, len(data) - start)) + data[start + PAGE :]


def sample_offsets(size: int, count: int) -> list[int]:
    """Deterministic offsets: the whole SQLite header, each page's header, then evenly spread."""
    chosen = set(range(min(100, size)))
    for page_start in range(PAGE, size, PAGE):
        chosen.update(range(page_start, min(page_start + 12, size)))
    remaining = max(count - len(chosen), 0)
    if remaining:
        step = max(size // remaining, 1)
        chosen.update(range(step // 2, size, step))
    return sorted(chosen)
