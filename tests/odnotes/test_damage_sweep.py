"""Single-byte flips, truncations and zeroed pages of a small vault: detected or harmless.

Each damaged copy is opened as the app opens it. It must be refused with a
clear error, or open with the damage reported (a damaged record, a failed
integrity check, ``verify()`` not ok), or be harmless (verify ok, every
record equal to the original). Never another exception, never a record
that was not saved. ``make test`` runs a deterministic sample (the whole
SQLite header, every page header, evenly spread offsets; about 10 s);
``make fuzz`` flips every byte, in parallel.
"""

from __future__ import annotations

import collections
import os
import shutil
import tempfile
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

import pytest

from tests.odnotes.damage import (
    PAGE,
    Original,
    Outcome,
    flip_byte,
    judge,
    make_original,
    sample_offsets,
    zero_page,
)
from tests.odnotes.fuzzing import FUZZ, budget

Mutation = Callable[[bytes, int], bytes]


@pytest.fixture(scope="module")
def original(tmp_path_factory: pytest.TempPathFactory) -> Original:
    return make_original(tmp_path_factory.mktemp("original"))


def sweep(original: Original, mutate: Mutation, points: list[int]) -> collections.Counter[str]:
    """Judge one damaged copy per point; a failure names the point to reproduce it."""
    outcomes: collections.Counter[str] = collections.Counter()
    folder = Path(tempfile.mkdtemp(prefix="sweep-"))
    target = folder / "damaged.odvault"
    try:
        for point in points:
            for leftover in folder.iterdir():
                leftover.unlink()
            target.write_bytes(mutate(original.data, point))
            try:
                outcome, _ = judge(target, original)
            except Exception as error:
                raise AssertionError(f"{mutate.__name__} at {point}: {error!r}") from error
            outcomes[outcome] += 1
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    return outcomes


def sweep_in_parallel(
    original: Original, mutate: Mutation, points: list[int]
) -> collections.Counter[str]:
    """The full sweep under ``make fuzz``: one chunk per CPU."""
    workers = os.cpu_count() or 1
    chunks = [points[i::workers] for i in range(workers)]
    total: collections.Counter[str] = collections.Counter()
    with ProcessPoolExecutor(workers) as pool:
        for counts in pool.map(sweep, [original] * workers, [mutate] * workers, chunks):
            total.update(counts)
    return total


def test_every_flipped_byte_is_detected_or_harmless(original: Original) -> None:
    size = len(original.data)
    if FUZZ:
        outcomes = sweep_in_parallel(original, flip_byte, list(range(size)))
    else:
        outcomes = sweep(original, flip_byte, sample_offsets(size, 700))
    # The sample reaches all three outcomes, so it really touched header, pages and records.
    assert outcomes[Outcome.REFUSED] and outcomes[Outcome.DETECTED] and outcomes[Outcome.HARMLESS]


def truncate(data: bytes, keep: int) -> bytes:
    return data[:keep]


def test_truncation_at_many_offsets_is_refused_or_reported(original: Original) -> None:
    size = len(original.data)
    step = budget(size // 40, 97)
    sweep(original, truncate, sorted({*range(0, size, step), size - 1}))
    # Every page is in use (no free list), so losing whole pages is always noticed;
    # cutting only the unused tail of the last page is rightly harmless.
    whole_pages = sweep(original, truncate, list(range(0, size, PAGE)))
    assert whole_pages[Outcome.HARMLESS] == 0


def test_every_zeroed_page_is_detected_or_harmless(original: Original) -> None:
    pages = len(original.data) // PAGE
    outcomes = sweep(original, zero_page, list(range(pages)))
    assert outcomes[Outcome.REFUSED] + outcomes[Outcome.DETECTED] >= 1


@pytest.mark.parametrize("key", ["integrity_mac", "vault_id", "kdf", "slot_passphrase"])
def test_a_header_value_turned_into_a_blob_is_refused(
    original: Original, tmp_path: Path, key: str
) -> None:
    """Found by the full sweep: a flipped serial-type byte made a header text a blob."""
    import sqlite3

    path = tmp_path / "damaged.odvault"
    path.write_bytes(original.data)
    with sqlite3.connect(path) as conn:
        conn.execute("UPDATE meta SET value = CAST(value AS BLOB) WHERE key = ?", (key,))
    outcome, message = judge(path, original)
    assert outcome is Outcome.REFUSED and "header is damaged" in message
