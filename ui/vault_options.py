"""How the app makes and opens vaults: key-derivation parameters and policy.

The app uses real, calibrated Argon2id parameters; tests inject the fast ones
(KeePassXC's fastKdf idea) through this one object.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import platformdirs

from odnotes import crypto
from odnotes.crypto import DEFAULT_POLICY, KdfParams, KdfPolicy
from odnotes.demo import write_demo
from odnotes.vault import Vault

DEMO_FILE_NAME = "Demo (fictional).odvault"
DEMO_PASSPHRASE = "fictional demo network"
"""The demo vault holds only invented people, so its passphrase can be printed here."""


@dataclass(frozen=True)
class VaultOptions:
    """Parameters for new vaults, the policy for opening them, and where app data lives."""

    new_kdf: Callable[[], KdfParams] = crypto.calibrate
    policy: KdfPolicy = DEFAULT_POLICY
    data_dir: Path = field(default_factory=lambda: Path(platformdirs.user_data_dir("OD Notes")))

    def create(self, path: Path, passphrase: str) -> tuple[Vault, str]:
        """Create a vault (slow: off the GUI thread); returns it unlocked and its recovery key."""
        return Vault.create(
            path, passphrase, kdf=self.new_kdf(), policy=self.policy, seen_folder=self.data_dir
        )

    def open(self, path: Path) -> Vault:
        """Open a vault file for writing (still locked)."""
        return Vault.open(path, policy=self.policy, seen_folder=self.data_dir)

    @property
    def demo_path(self) -> Path:
        """Where the fictional demo vault is kept."""
        return self.data_dir / DEMO_FILE_NAME

    def is_demo(self, path: Path) -> bool:
        """``path`` is the fictional demo vault (opened without asking, whatever the route)."""
        try:
            return path.resolve() == self.demo_path.resolve()
        except OSError:
            return False

    def known_passphrase(self, path: Path) -> str:
        """The passphrase to show for ``path``: the demo's (it is public), else ``""``."""
        return DEMO_PASSPHRASE if self.is_demo(path) else ""

    def open_demo(self) -> Vault:
        """The demo vault, unlocked; created with the fictional network on first use (slow)."""
        path = self.demo_path
        if not path.exists():
            path.parent.mkdir(parents=True, exist_ok=True)
            vault, _ = self.create(path, DEMO_PASSPHRASE)
            write_demo(vault)
            return vault
        vault = self.open(path)
        try:
            vault.unlock(DEMO_PASSPHRASE)
        except BaseException:
            vault.close()
            raise
        return vault
