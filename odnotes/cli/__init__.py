"""The ``odnotes`` command line: for scripting, recovery and tests.

Each subcommand group lives in its own module with a ``register`` function;
add a module to :data:`COMMAND_MODULES` to add commands. Command modules
import what their commands drive inside the commands (and declare arguments
that need it with :meth:`~odnotes.cli.deferred.CommandParser.declare_later`),
so ``odnotes --help`` and ``odnotes sync`` load no PDF or export code. Errors are one human
line on stderr and a non-zero exit, never a traceback (set ``ODNOTES_DEBUG=1``
to see one while developing).
"""

from __future__ import annotations

import argparse
import importlib
import os
import sys
from collections.abc import Sequence

from odnotes import __version__
from odnotes.cli.deferred import CommandParser
from odnotes.errors import OdNotesError
from odnotes.hygiene import harden_process

COMMAND_MODULES = [
    "odnotes.cli.vault_commands",
    "odnotes.cli.record_commands",
    "odnotes.cli.summary_commands",
    "odnotes.cli.recordnote_commands",
    "odnotes.cli.supervision_commands",
    "odnotes.cli.exchange_commands",
]


def build_parser() -> argparse.ArgumentParser:
    """The parser with every registered subcommand."""
    parser = argparse.ArgumentParser(
        prog="odnotes",
        description="OD Notes: encrypted notes for Open Dialogue network meetings. "
        "The passphrase is asked for without echo, or read from ODNOTES_PASSPHRASE.",
    )
    parser.add_argument("--version", action="version", version=f"odnotes {__version__}")
    commands = parser.add_subparsers(
        dest="command", metavar="COMMAND", required=True, parser_class=CommandParser
    )
    for name in COMMAND_MODULES:
        importlib.import_module(name).register(commands)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run one subcommand; returns the exit code."""
    harden_process()
    args = build_parser().parse_args(argv)
    try:
        return int(args.func(args))
    except OdNotesError as error:
        print(f"odnotes: {error}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("odnotes: interrupted; nothing half-written was kept.", file=sys.stderr)
        return 130
    except Exception as error:  # noqa: BLE001 - the last line of defence: no traceback, no text
        if os.environ.get("ODNOTES_DEBUG") == "1":
            raise
        print(
            f"odnotes: an unexpected {type(error).__name__} stopped the command; "
            "nothing half-written was kept.",
            file=sys.stderr,
        )
        return 70
