"""Two connected Syncthing instances sharing one folder, stopped in every case.

Run by ``make test-sync`` (marker ``syncthing``), not by ``make test``.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from dataclasses import dataclass
from functools import partial
from pathlib import Path

import pytest

from tests.sync.deadline import Deadline
from tests.sync.syncthing import Syncthing

FOLDER_ID = "odnotes-exchange"
# Everything a test does with its two Syncthings, start to finish, fits in this. The
# vault flow runs some 30 commands, each a process start: 60 s measured at load 5,
# 110-150 s at load 8-9, on two cores; pytest's own timeout (300 s) stays above.
BUDGET_SECONDS = 240.0


@dataclass
class SyncthingPair:
    """Two running, connected instances, each with its own copy of the shared folder."""

    a: Syncthing
    b: Syncthing
    folder_a: Path
    folder_b: Path
    deadline: Deadline

    def explain(self) -> str:
        """Both instances' log tails and what their REST API says, for a failed wait."""
        parts = []
        for here, there in ((self.a, self.b), (self.b, self.a)):
            parts.append(
                f"{here.name}: running={here.running()} connected={here.connected_to(there)} "
                f"folder={here.folder_state(FOLDER_ID)} "
                f"peer completion={here.completion(FOLDER_ID, there)}"
            )
            parts.append(here.log_tail())
        return "\n".join(parts)

    def wait_until_ready(self) -> None:
        """REST answering, connected both ways, and the folder idle on both sides."""
        for here in (self.a, self.b):
            self.deadline.wait_for(here.answering, f"{here.name}'s REST API", explain=self.explain)
        for here, there in ((self.a, self.b), (self.b, self.a)):
            self.deadline.wait_for(
                partial(here.connected_to, there),
                f"{here.name} connected to {there.name}",
                explain=self.explain,
            )
        for here in (self.a, self.b):
            self.deadline.wait_for(
                partial(here.folder_idle, FOLDER_ID),
                f"the shared folder idle on {here.name}",
                explain=self.explain,
            )


def _gone(process_group: int) -> bool:
    try:
        os.killpg(process_group, 0)
    except ProcessLookupError:
        return True
    return False


@pytest.fixture
def syncthing_pair(tmp_path: Path) -> Iterator[SyncthingPair]:
    """Two Syncthings on 127.0.0.1 sharing ``laptop-a/exchange`` and ``laptop-b/exchange``."""
    deadline = Deadline(BUDGET_SECONDS)
    a = Syncthing.generate("laptop-a", tmp_path / "laptop-a" / "syncthing")
    b = Syncthing.generate("laptop-b", tmp_path / "laptop-b" / "syncthing")
    pair = SyncthingPair(
        a=a,
        b=b,
        folder_a=tmp_path / "laptop-a" / "exchange",
        folder_b=tmp_path / "laptop-b" / "exchange",
        deadline=deadline,
    )
    a.configure(b, FOLDER_ID, pair.folder_a)
    b.configure(a, FOLDER_ID, pair.folder_b)
    try:
        a.start()
        b.start()
        pair.wait_until_ready()
        yield pair
    finally:
        for instance in (a, b):
            instance.stop()
    for instance in (a, b):
        assert instance.process is not None
        assert _gone(instance.process.pid), f"{instance.name}'s processes outlived the test"
