"""What every subcommand shares: passphrases, the KDF policy, opening vaults.

The vault and its crypto are imported when a vault is opened, not with this
module, so a command's ``--help`` loads neither.
"""

from __future__ import annotations

import contextlib
import getpass
import os
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

from odnotes.errors import OdNotesError

if TYPE_CHECKING:
    from odnotes.crypto import KdfParams, KdfPolicy
    from odnotes.i18n import Translator
    from odnotes.vault import Vault

PASSPHRASE_ENV = "ODNOTES_PASSPHRASE"
NEW_PASSPHRASE_ENV = "ODNOTES_NEW_PASSPHRASE"
RECOVERY_ENV = "ODNOTES_RECOVERY_KEY"
FAST_KDF_ENV = "ODNOTES_TEST_FAST_KDF"


class CliError(OdNotesError):
    """A problem with how the command was called."""


def testing_kdf() -> bool:
    """Test suites set this to use tiny Argon2id parameters (vaults unusable otherwise)."""
    return os.environ.get(FAST_KDF_ENV) == "1"


def policy() -> KdfPolicy:
    """The KDF floor and cap in force."""
    from odnotes.crypto import DEFAULT_POLICY, TEST_POLICY

    return TEST_POLICY if testing_kdf() else DEFAULT_POLICY


def new_kdf() -> KdfParams:
    """Parameters for a new vault or passphrase."""
    from odnotes.crypto import calibrate, fast_test_params

    return fast_test_params() if testing_kdf() else calibrate()


def terminal_translator() -> Translator:
    """The core's words in the terminal's language, chosen as Python's gettext does; else English.

    The first of ``LANGUAGE``, ``LC_ALL``, ``LC_MESSAGES`` and ``LANG`` that is
    set (``fi_FI.UTF-8``, or a list such as ``pl:de``) names the languages in
    order; the first one OD Notes has a catalog for is used.
    """
    from odnotes.i18n import SOURCE_LANGUAGE, summary_languages, translator

    value = next(
        (v for v in map(os.environ.get, ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG")) if v), ""
    )
    for choice in value.split(":"):
        code = choice.split(".")[0].split("@")[0].split("_")[0].lower()
        if code in summary_languages():
            return translator(code)
    return translator(SOURCE_LANGUAGE)


def _prompt(label: str) -> str:
    if not sys.stdin.isatty():
        raise CliError(f"{label} is needed: set {PASSPHRASE_ENV} or run in a terminal.")
    return getpass.getpass(f"{label}: ")


def passphrase() -> str:
    """The vault passphrase, from the environment or typed without echo."""
    return os.environ.get(PASSPHRASE_ENV) or _prompt("Passphrase")


def new_passphrase(env: str = NEW_PASSPHRASE_ENV) -> str:
    """A new passphrase, from the environment or typed twice."""
    value = os.environ.get(env)
    if value:
        return value
    first = _prompt("New passphrase")
    if first != _prompt("New passphrase again"):
        raise CliError("The two passphrases are different; nothing was changed.")
    return first


def recovery_key() -> str:
    """The recovery key, from the environment or typed."""
    return os.environ.get(RECOVERY_ENV) or _prompt("Recovery key")


def open_vault(path: str | Path, *, readonly: bool = False) -> Vault:
    """Open and unlock with the passphrase; say on stderr what opening it found."""
    from odnotes.vault import open_unlocked

    vault = open_unlocked(path, passphrase(), readonly=readonly, policy=policy())
    notices = vault.migration.lines() if vault.migration and not readonly else []
    if vault.rollback_warning:
        notices.append(vault.rollback_warning)
    for line in notices:
        print(f"odnotes: {line}", file=sys.stderr)
    return vault


def damage_found(vault: Vault) -> str:
    """One line saying what damage reading the vault ran into, or "" if none."""
    parts = []
    if vault.damaged:
        count = len(vault.damaged)
        records = len(vault.damaged_ids)
        parts.append(
            f"{count} damaged revision{'s' if count != 1 else ''} in {records} "
            f"record{'s' if records != 1 else ''} (shown at their newest intact revision)"
        )
    if not vault.integrity_ok:
        parts.append("the vault-wide integrity check failed (rows were added or removed)")
    if not parts:
        return ""
    return (
        "damage was found in this vault: " + "; ".join(parts) + ". Run 'odnotes verify' for "
        "details, and restore your latest backup if you can."
    )


@contextlib.contextmanager
def reading_vault(path: str | Path) -> Iterator[Vault]:
    """Open read-only; when the command is done, say on stderr if damage was found."""
    with open_vault(path, readonly=True) as vault:
        yield vault
        warning = damage_found(vault)
        if warning:
            print(f"odnotes: warning: {warning}", file=sys.stderr)
