"""Fixtures shared by every test: a fast KDF (KeePassXC's fastKdf idea) and fictional vaults.

No Qt here: the Qt fixtures live in ``tests/ui/conftest.py``.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from odnotes.crypto import TEST_POLICY, fast_test_params
from odnotes.demo import write_demo
from odnotes.model import Network
from odnotes.vault import Vault

PASSPHRASE = "correct horse battery staple"


@pytest.fixture(autouse=True)
def private_data_folder(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> Path:
    """No test writes into the real user's data folder (what this computer saw of a vault)."""
    folder = tmp_path_factory.mktemp("data")
    monkeypatch.setenv("ODNOTES_DATA_DIR", str(folder))
    return folder


@pytest.fixture
def new_vault(tmp_path: Path) -> Iterator[tuple[Vault, str]]:
    """An empty, unlocked vault with a fast KDF, and its recovery key."""
    vault, recovery_key = Vault.create(
        tmp_path / "test.odvault", PASSPHRASE, kdf=fast_test_params(), policy=TEST_POLICY
    )
    yield vault, recovery_key
    vault.close()


@pytest.fixture
def vault(new_vault: tuple[Vault, str]) -> Vault:
    """An empty, unlocked vault with a fast KDF."""
    return new_vault[0]


@pytest.fixture
def demo_vault(vault: Vault) -> tuple[Vault, Network]:
    """The fictional demo network in a fast-KDF vault."""
    return vault, write_demo(vault)


@pytest.fixture
def cli_env(monkeypatch: pytest.MonkeyPatch) -> dict[str, str]:
    """Environment for running the CLI with the fast KDF and a passphrase."""
    monkeypatch.setenv("ODNOTES_TEST_FAST_KDF", "1")
    monkeypatch.setenv("ODNOTES_PASSPHRASE", PASSPHRASE)
    return {"ODNOTES_TEST_FAST_KDF": "1", "ODNOTES_PASSPHRASE": PASSPHRASE}
