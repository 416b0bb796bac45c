"""The ``record-note`` subcommand: a finalised meeting as a note for the clinical record."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from odnotes.cli.common import CliError, reading_vault
from odnotes.errors import OutputExists

if TYPE_CHECKING:
    from odnotes.cli.deferred import Commands
    from odnotes.recordnote import RecordNote


def _count_line(text: str, limit: int, *, short: bool) -> str:
    """How long the note is beside the limit (names no one)."""
    form = "The short form" if short else "The note"
    line = f"{form} is {len(text):,} characters"
    if len(text) <= limit:
        return f"{line}, within the limit of {limit:,}."
    advice = "" if short else " Add --short for a shorter form that keeps every decision."
    return f"{line}, over the limit of {limit:,}.{advice}"


def _content(note: RecordNote, args: argparse.Namespace) -> tuple[bytes, str]:
    """What to write or print, and the line about its length ("" for a PDF)."""
    from odnotes.summary import Paper

    if args.output and Path(args.output).suffix.lower() == ".pdf":
        if args.short:
            raise CliError("The PDF always holds the full note; leave out --short.")
        return note.pdf(Paper(args.paper)), ""
    if args.short:
        short = note.short(args.limit)
        text = short.text
        if not short.fits:
            print(
                f"odnotes: warning: even the short form is over {args.limit:,} characters.",
                file=sys.stderr,
            )
    else:
        text = note.text
    return text.encode("utf-8"), _count_line(text, args.limit, short=args.short)


def cmd_record_note(args: argparse.Namespace) -> int:
    """Write a finalised meeting as plain text (or a PDF) for the service's clinical record.

    Team-only items are included and marked as not shared with the network.
    Without -o the text is printed here and nothing is written to disk.
    """
    from odnotes.files import write_atomic
    from odnotes.i18n import translator
    from odnotes.recordnote import record_note

    if args.limit < 1:
        raise CliError("The limit must be at least one character.")
    with reading_vault(args.vault) as vault:
        note = record_note(vault, args.meeting, translator(args.language))
        data, count = _content(note, args)
    if not args.output:
        sys.stdout.write(data.decode("utf-8"))
        sys.stdout.flush()
        print(f"odnotes: {count}", file=sys.stderr)
        return 0
    output = Path(args.output)
    if not output.parent.is_dir():
        raise CliError("The folder for the output file does not exist.")
    try:
        write_atomic(output, data, doing="saving the note", replace=args.force)
    except OutputExists:
        raise CliError(
            "The output file is already there, so nothing was written. Add --force to replace."
        ) from None
    print(f"Wrote {output}." + (f" {count}" if count else ""))
    return 0


def _arguments(parser: argparse.ArgumentParser) -> None:
    from odnotes.i18n import SOURCE_LANGUAGE, summary_languages
    from odnotes.recordnote import DEFAULT_LIMIT
    from odnotes.summary import Paper

    parser.add_argument("vault", metavar="VAULT")
    parser.add_argument("--meeting", metavar="ID", required=True, help="the finalised meeting")
    parser.add_argument(
        "-o",
        "--output",
        metavar="FILE",
        help="write here instead of printing (FILE.pdf for a PDF to attach)",
    )
    parser.add_argument(
        "--short",
        action="store_true",
        help="the short form: every heading and decision, the voices shortened to fit --limit",
    )
    parser.add_argument(
        "--limit",
        type=int,
        default=DEFAULT_LIMIT,
        metavar="N",
        help=f"characters the record's text box takes (default {DEFAULT_LIMIT:,})",
    )
    parser.add_argument("--paper", choices=[p.value for p in Paper], default=Paper.A4.value)
    parser.add_argument(
        "--language",
        choices=summary_languages(),
        default=SOURCE_LANGUAGE,
        help="the language the note's own words are written in (what people said is never "
        "translated)",
    )
    parser.add_argument("--force", action="store_true", help="replace FILE if it is already there")


def register(commands: Commands) -> None:
    """Add the ``record-note`` subcommand."""
    parser = commands.add_parser(
        "record-note",
        help="a finalised meeting as a note for the clinical record (text or PDF)",
        description=cmd_record_note.__doc__,
    )
    parser.declare_later(_arguments)  # the limit and paper sizes come with the note's renderer
    parser.set_defaults(func=cmd_record_note)
