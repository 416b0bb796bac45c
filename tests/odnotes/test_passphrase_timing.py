"""A wrong passphrase takes as long whether it is a near miss or far off.

A sanity check, not a proof: the passphrase only ever enters Argon2id, whose
cost does not depend on where two passphrases differ, and the wrapped key is
checked by AES-GCM's constant-time tag comparison. This measures that no
early exit was added around them: medians of many interleaved failures, with
the fast test KDF so the comparison is not drowned in KDF time, within a
generous tolerance so a busy CI machine does not make it flaky.
"""

from __future__ import annotations

import shlex
import statistics
import time
import tomllib
from pathlib import Path

import pytest

from odnotes.errors import WrongPassphrase
from odnotes.vault import Vault
from odnotes.vault import vault as vault_module
from tests.conftest import PASSPHRASE

RUNS = 300


def failure_time(vault: Vault, guess: str) -> float:
    vault_module._BACKOFF.clear()
    started = time.perf_counter()
    with pytest.raises(WrongPassphrase):
        vault.unlock(guess)
    return time.perf_counter() - started


@pytest.mark.slow  # 900 unlocks; still run by `make test`, left out by `-m "not slow"`
def test_near_misses_take_as_long_as_far_misses(vault: Vault) -> None:
    first_wrong = "X" + PASSPHRASE[1:]
    last_wrong = PASSPHRASE[:-1] + "X"
    all_wrong = "X" * len(PASSPHRASE)
    vault.lock()
    times: dict[str, list[float]] = {first_wrong: [], last_wrong: [], all_wrong: []}
    for _ in range(RUNS):  # interleaved, so drift in machine load hits all three alike
        for guess in times:
            times[guess].append(failure_time(vault, guess))
    medians = [statistics.median(t) for t in times.values()]
    fastest, slowest = min(medians), max(medians)
    assert slowest - fastest <= 0.25 * fastest + 100e-6, medians


def test_make_test_runs_the_slow_tests_too() -> None:
    """The timing test is marked slow so it can be skipped by hand, never by ``make test``."""
    root = Path(__file__).resolve().parents[2]
    makefile = (root / "Makefile").read_text()
    recipe = makefile.split("\ntest:", 1)[1].split("\n\n", 1)[0]
    options = tomllib.loads((root / "pyproject.toml").read_text())["tool"]["pytest"]["ini_options"]
    assert "-m pytest" in recipe and "-m" not in recipe.split("-m pytest", 1)[1].split()
    addopts = shlex.split(options["addopts"])
    marks = [addopts[i + 1] for i, option in enumerate(addopts) if option == "-m"]
    # Only the two-Syncthing test is left out (``make test-sync`` runs it), never slow ones.
    assert marks in ([], ["not syncthing"]), marks
