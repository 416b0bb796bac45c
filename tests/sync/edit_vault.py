"""Edits a practitioner makes on their own laptop, each run as its own process by the sync test.

The CLI has no command that writes a meeting, so these stand in for the
editor, through the same core calls it makes (all data fictional). Run as
``python -m tests.sync.edit_vault COMMAND VAULT --practitioner ID ...``:

    new-network --colleague ID --name NAME
        a network with one person and one draft meeting; prints "network ID", "meeting ID"
    add-voice --meeting ID --text TEXT
        adds the first present person's voice to the meeting
    set-purpose --meeting ID --text TEXT
        writes what the network wanted to talk about
    conflicts --meeting ID
        prints the meeting's open conflicts as one JSON line (path, ours, theirs)
    settle --meeting ID --path JSON --text TEXT
        closes the conflict at the path (a JSON list) with the text, as the person chose
    finalise --meeting ID
        finalises the meeting, signed by this practitioner alone
    co-sign --meeting ID
        adds this practitioner's signature to the finalised meeting (on their own laptop)

The passphrase comes from ODNOTES_PASSPHRASE, as for the CLI.
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import sys
from collections.abc import Callable, Sequence
from datetime import datetime

from odnotes import meetings, sharing
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


def set_purpose(args: argparse.Namespace) -> None:
    """What the network wanted to talk about, as this practitioner remembers it."""
    with open_vault(args.vault) as vault:
        vault.author = args.practitioner
        meeting = vault.get(Meeting, args.meeting)
        purpose = dataclasses.replace(meeting.purpose, text=args.text)
        vault.save(dataclasses.replace(meeting, purpose=purpose))
    print(f"purpose {purpose.id}")


def show_conflicts(args: argparse.Namespace) -> None:
    """What the meeting page would put side by side (fictional text, for the test to read)."""
    with open_vault(args.vault, readonly=True) as vault:
        vault.get(Meeting, args.meeting)  # reads the meeting's network
        found = [
            {"path": c["path"], "ours": c["ours"], "theirs": c["theirs"]}
            for c in vault.conflicts(args.meeting)
            if isinstance(c, dict)
        ]
    print(json.dumps(found))


def settle(args: argparse.Namespace) -> None:
    """The person's choice for one conflict; both versions stay in history."""
    with open_vault(args.vault) as vault:
        vault.author = args.practitioner
        sharing.settle(vault, args.meeting, json.loads(args.path), args.text)
    print(f"settled {args.meeting}")


def finalise(args: argparse.Namespace) -> None:
    """The meeting finalised on this laptop, with only this practitioner's signature."""
    with open_vault(args.vault) as vault:
        vault.author = args.practitioner
        vault.save(meetings.finalise(vault.get(Meeting, args.meeting), [args.practitioner]))
    print(f"finalised {args.meeting}")


def co_sign(args: argparse.Namespace) -> None:
    """The co-facilitator's signature on a meeting finalised on the other laptop."""
    with open_vault(args.vault) as vault:
        vault.author = args.practitioner
        vault.save(meetings.co_sign(vault.get(Meeting, args.meeting), args.practitioner))
    print(f"signed {args.meeting}")


def _command(
    commands: argparse._SubParsersAction,  # type: ignore[type-arg]
    name: str,
    func: Callable[[argparse.Namespace], None],
    *options: str,
) -> None:
    parser = commands.add_parser(name)
    parser.add_argument("vault")
    for option in ("--practitioner", *options):
        parser.add_argument(option, required=True)
    parser.set_defaults(func=func)


def main(argv: Sequence[str] | None = None) -> int:
    """Run one edit; the exit code is non-zero (with a traceback) if the core refused it."""
    parser = argparse.ArgumentParser(prog="edit_vault")
    commands = parser.add_subparsers(required=True)
    _command(commands, "new-network", new_network, "--colleague", "--name")
    _command(commands, "add-voice", add_voice, "--meeting", "--text")
    _command(commands, "set-purpose", set_purpose, "--meeting", "--text")
    _command(commands, "conflicts", show_conflicts, "--meeting")
    _command(commands, "settle", settle, "--meeting", "--path", "--text")
    _command(commands, "finalise", finalise, "--meeting")
    _command(commands, "co-sign", co_sign, "--meeting")
    args = parser.parse_args(argv)
    args.func(args)
    return 0


if __name__ == "__main__":
    sys.exit(main())
