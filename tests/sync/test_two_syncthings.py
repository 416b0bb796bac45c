"""End to end over a real Syncthing (issue 14): what one laptop writes, the other reads.

Two Syncthing instances on 127.0.0.1 carry the exchange folder between two
vaults; nothing else connects them. Run by ``make test-sync``.
"""

from __future__ import annotations

import os
from functools import partial
from pathlib import Path

import pytest

from tests.sync.conftest import FOLDER_ID, SyncthingPair

pytestmark = pytest.mark.syncthing


def _write_atomically(path: Path, data: bytes) -> None:
    partial = path.with_name(f".{path.name}.partial")
    partial.write_bytes(data)
    os.replace(partial, path)


def _holds(path: Path, data: bytes) -> bool:
    try:
        return path.read_bytes() == data
    except FileNotFoundError:
        return False


def test_a_plain_file_crosses_both_ways(syncthing_pair: SyncthingPair) -> None:
    """The harness itself: a file written on either side arrives whole on the other."""
    pair = syncthing_pair
    there = b"fictional bytes from laptop A\n" * 100
    back = os.urandom(70_000)
    _write_atomically(pair.folder_a / "from-a.bin", there)
    pair.deadline.wait_for(
        lambda: _holds(pair.folder_b / "from-a.bin", there),
        "A's file on B",
        explain=pair.explain,
    )
    _write_atomically(pair.folder_b / "from-b.bin", back)
    pair.deadline.wait_for(
        lambda: _holds(pair.folder_a / "from-b.bin", back),
        "B's file on A",
        explain=pair.explain,
    )
    for here, there_ in ((pair.a, pair.b), (pair.b, pair.a)):
        pair.deadline.wait_for(
            partial(here.peer_complete, FOLDER_ID, there_),
            f"{there_.name} complete as {here.name} sees it",
            explain=pair.explain,
        )
