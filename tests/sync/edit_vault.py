"""Edits a practitioner makes on their own laptop, each run as its own process by the sync test.

The CLI has no command that writes a meeting, so these two stand in for the
editor, through the same core calls it makes (all data fictional):

    python -m tests.sync.edit_vault new-network VAULT --practitioner ID --colleague ID --name NAME
        a network with one person and one draft meeting; prints "network ID" and "meeting ID"
    python -m tests.sync.edit_vault add-voice VAULT --practitioner ID --meeting ID --text TEXT
        adds the first present person's voice to the meeting

The passphrase comes from ODNOTES_PASSPHRASE, as for the CLI.
"""

from __future__ import annotations

import argparse
import dataclasses
import sys
from collections.abc import Sequence
from datetime import datetime

from odnotes.cli.common import open_vault
from odnotes.model import Meeting, Network, Person, Voice


def new_network(args: argparse.Namespace) -> None:
    """A fictional network seen by both practitioners, with its first meeting as a draft."""
    with open_vault(args.vault) as vault:
        vault.author = args.practitioner
        team = [args.practitioner, args.colleague]
        network = Network(args.name, datetime(2026, 3, 1, 9, 0), practitioner_ids=team)
        person = Person(network.id, "Maija Fictional")
        meeting = Meeting(
            network.id, datetime(2026, 3, 2, 10, 0), present=[person.id], facilitators=team
        )
        vault.save_many([network, person, meeting])
    print(f"network {network.id}")
    print(f"meeting {meeting.id}")


def add_voice(args: argparse.Namespace) -> None:
    """What the co-facilitator remembers someone saying, added to the shared meeting."""
    with open_vault(args.vault) as vault:
        vault.author = args.practitioner
        meeting = vault.get(Meeting, args.meeting)
        voice = Voice(meeting.present[0], args.text)
        vault.save(dataclasses.replace(meeting, voices=[*meeting.voices, voice]))
    print(f"voice {voice.id}")


def main(argv: Sequence[str] | None = None) -> int:
    """Run one edit; the exit code is non-zero (with a traceback) if the core refused it."""
    parser = argparse.ArgumentParser(prog="edit_vault")
    commands = parser.add_subparsers(required=True)
    new = commands.add_parser("new-network")
    new.add_argument("vault")
    new.add_argument("--practitioner", required=True)
    new.add_argument("--colleague", required=True)
    new.add_argument("--name", required=True)
    new.set_defaults(func=new_network)
    voice = commands.add_parser("add-voice")
    voice.add_argument("vault")
    voice.add_argument("--practitioner", required=True)
    voice.add_argument("--meeting", required=True)
    voice.add_argument("--text", required=True)
    voice.set_defaults(func=add_voice)
    args = parser.parse_args(argv)
    args.func(args)
    return 0


if __name__ == "__main__":
    sys.exit(main())
