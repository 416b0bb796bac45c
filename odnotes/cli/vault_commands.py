"""Subcommands over the vault itself: init, demo, verify, passwd, recover, backup, restore."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

from odnotes.cli.common import (
    PASSPHRASE_ENV,
    new_kdf,
    new_passphrase,
    open_vault,
    passphrase,
    policy,
    recovery_key,
)

if TYPE_CHECKING:
    from odnotes.cli.deferred import Commands
    from odnotes.vault import Vault


def _create(path: str) -> Vault:
    from odnotes.vault import Vault

    vault, key = Vault.create(path, new_passphrase(PASSPHRASE_ENV), kdf=new_kdf(), policy=policy())
    print(f"Created {path}.")
    print("Your recovery key (write it down or print it; it is shown only this once):")
    print(f"    {key}")
    return vault


def cmd_init(args: argparse.Namespace) -> int:
    """Create an empty vault."""
    _create(args.vault).close()
    return 0


def cmd_demo(args: argparse.Namespace) -> int:
    """Create a vault holding the fictional demo network."""
    from odnotes.demo import write_demo

    vault = _create(args.vault)
    with vault:
        network = write_demo(vault)
        print(f"Added the fictional network {network.name!r} ({network.id}) with 3 meetings.")
    return 0


def cmd_verify(args: argparse.Namespace) -> int:
    """Decrypt every revision and check the whole-vault integrity tag."""
    with open_vault(args.vault, readonly=True) as vault:
        report = vault.verify()
    for line in report.lines():
        print(line)
    return 0 if report.ok else 1


def cmd_passwd(args: argparse.Namespace) -> int:
    """Change the passphrase (the data key is rewrapped; records are untouched)."""
    with open_vault(args.vault) as vault:
        vault.change_passphrase(new_passphrase())
    print("The passphrase was changed.")
    return 0


def cmd_recover(args: argparse.Namespace) -> int:
    """Set a new passphrase using the recovery key."""
    from odnotes.vault import Vault

    with Vault.open(args.vault, policy=policy()) as vault:
        vault.unlock_with_recovery_key(recovery_key())
        vault.change_passphrase(new_passphrase())
    print("The vault has a new passphrase. Your recovery key still works.")
    return 0


def cmd_backup(args: argparse.Namespace) -> int:
    """Write a verified, encrypted single-file backup."""
    with open_vault(args.vault, readonly=True) as vault:
        vault.backup(args.output)
    print(f"Backup written to {args.output} and verified.")
    return 0


def cmd_restore(args: argparse.Namespace) -> int:
    """Restore a backup to a new vault file after verifying it."""
    from odnotes.vault import restore_backup

    report = restore_backup(args.backup, args.vault, passphrase(), policy=policy())
    print(f"Restored {report.records} records to {Path(args.vault)}; verified.")
    return 0


def register(commands: Commands) -> None:
    """Add this module's subcommands."""
    for name, func, helptext in [
        ("init", cmd_init, "create a new, empty vault"),
        ("demo", cmd_demo, "create a vault with a fictional network to look around in"),
        ("verify", cmd_verify, "check every record and the whole vault for damage"),
        ("passwd", cmd_passwd, "change the passphrase"),
        ("recover", cmd_recover, "set a new passphrase with the recovery key"),
    ]:
        parser = commands.add_parser(name, help=helptext, description=func.__doc__)
        parser.add_argument("vault", metavar="VAULT", help="the vault file (.odvault)")
        parser.set_defaults(func=func)
    backup = commands.add_parser(
        "backup", help="write an encrypted, verified backup", description=cmd_backup.__doc__
    )
    backup.add_argument("vault", metavar="VAULT")
    backup.add_argument(
        "-o",
        "--output",
        required=True,
        metavar="FILE",
        help="the backup file to write (must not exist)",
    )
    backup.set_defaults(func=cmd_backup)
    restore = commands.add_parser(
        "restore", help="restore a backup to a new vault file", description=cmd_restore.__doc__
    )
    restore.add_argument("backup", metavar="FILE", help="the backup file")
    restore.add_argument("vault", metavar="VAULT", help="the vault to create (must not exist)")
    restore.set_defaults(func=cmd_restore)
