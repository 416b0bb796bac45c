"""Fixtures of the sharing tests: two paired practitioners' vaults."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.odnotes.sharing.desks import Desk, team


@pytest.fixture
def two(tmp_path: Path) -> Iterator[list[Desk]]:
    """Anna and Ben, paired, syncing through one folder."""
    desks = team(tmp_path, 2)
    yield desks
    for d in desks:
        d.vault.close()
