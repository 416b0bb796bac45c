"""Fixtures for the supervision, practice and continuity screens (Qt)."""

from __future__ import annotations

from datetime import date

import pytest

from odnotes.vault import Vault
from tests.odnotes.supervision_names import HardNames, write_hard_names

TODAY = date(2025, 3, 20)


@pytest.fixture
def hard(vault: Vault) -> HardNames:
    """The hard-names network in a fast-KDF vault."""
    return write_hard_names(vault)
