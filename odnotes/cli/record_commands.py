"""Subcommands over records: list, export-json, import-json."""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING

from odnotes.cli.common import CliError, damage_found, open_vault, reading_vault
from odnotes.errors import OutputExists

if TYPE_CHECKING:
    from odnotes.cli.deferred import Commands


def cmd_list(args: argparse.Namespace) -> int:
    """List practitioners, networks and their meetings with ids (for scripts and other commands)."""
    from odnotes.continuity import in_order
    from odnotes.model import Meeting, Network, Practitioner

    with reading_vault(args.vault) as vault:
        networks = sorted(vault.all(Network), key=lambda n: n.name.casefold())
        meetings = {n.id: in_order(vault.all(Meeting, network_id=n.id)) for n in networks}
        damaged = vault.damaged_ids
        for practitioner in sorted(vault.all(Practitioner), key=lambda p: p.name.casefold()):
            same = f"  (same person as {practitioner.same_as})" if practitioner.same_as else ""
            print(f"practitioner {practitioner.id}  {practitioner.name}{same}")
        for network in networks:
            mark = "  [DAMAGED]" if network.id in damaged else ""
            print(f"network {network.id}  {network.name}  ({network.status.value}){mark}")
            for meeting in meetings[network.id]:
                state = "finalised" if meeting.is_final else "draft"
                if meeting.amendments:
                    state += f", amended {len(meeting.amendments)}x"
                if meeting.id in damaged:
                    state += ", DAMAGED: shown at its newest intact revision"
                print(f"  meeting {meeting.id}  {meeting.starts_at:%Y-%m-%d %H:%M}  {state}")
        if not networks:
            print("The vault has no networks yet.")
    return 0


def cmd_export_json(args: argparse.Namespace) -> int:
    """Write every network and meeting as interchange JSON (plain text: keep it safe)."""
    from odnotes.interchange import export_json
    from odnotes.model import Meeting

    with reading_vault(args.vault) as vault:
        vault.all(Meeting)  # reads every record, so any damage is known before writing
        if damage_found(vault) and not args.allow_damaged:
            raise CliError(
                "Nothing was exported: " + damage_found(vault) + " To export what is intact "
                "(damaged records at their newest intact revision), add --allow-damaged."
            )
        try:
            export_json(vault, args.output, replace=args.force)
        except OutputExists:
            raise CliError(
                "The output file is already there, so nothing was written. Add --force to replace."
            ) from None
    print(f"Exported to {args.output}. This file is NOT encrypted; keep it safe.", file=sys.stderr)
    return 0


def cmd_import_json(args: argparse.Namespace) -> int:
    """Import an interchange JSON file; nothing is written unless all of it is valid."""
    from odnotes.interchange import import_json

    with open_vault(args.vault) as vault:
        count = import_json(vault, args.file)
    print(f"Imported {count} records.")
    return 0


def register(commands: Commands) -> None:
    """Add this module's subcommands."""
    listing = commands.add_parser(
        "list", help="list networks and meetings with their ids", description=cmd_list.__doc__
    )
    listing.add_argument("vault", metavar="VAULT")
    listing.set_defaults(func=cmd_list)
    export = commands.add_parser(
        "export-json", help="export everything as JSON", description=cmd_export_json.__doc__
    )
    export.add_argument("vault", metavar="VAULT")
    export.add_argument("-o", "--output", required=True, metavar="FILE")
    export.add_argument("--force", action="store_true", help="replace FILE if it is already there")
    export.add_argument(
        "--allow-damaged",
        action="store_true",
        help="export even if damage was found (damaged records at their newest intact revision)",
    )
    export.set_defaults(func=cmd_export_json)
    imp = commands.add_parser(
        "import-json", help="import a JSON interchange file", description=cmd_import_json.__doc__
    )
    imp.add_argument("vault", metavar="VAULT")
    imp.add_argument("file", metavar="FILE")
    imp.set_defaults(func=cmd_import_json)
