"""The ``summary`` subcommand: print a meeting's or a network's summary to PDF."""

from __future__ import annotations

import argparse
import contextlib
import sys
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from odnotes.cli.common import CliError, reading_vault
from odnotes.errors import OutputExists

if TYPE_CHECKING:
    from odnotes.cli.deferred import Commands
    from odnotes.summary import Summary, SummaryOptions
    from odnotes.summary.loading import NetworkRecords
    from odnotes.vault import Vault


def _records(vault: Vault, args: argparse.Namespace) -> NetworkRecords:
    """The network the summary is about (clear error for a wrong id)."""
    from odnotes.summary import load_meeting, load_network

    if args.meeting:
        return load_meeting(vault, args.meeting)[1]
    return load_network(vault, args.network)


def _make(vault: Vault, args: argparse.Namespace, options: SummaryOptions) -> Summary:
    from odnotes.summary import meeting_summary, network_summary

    if args.meeting:
        return meeting_summary(vault, args.meeting, options)
    return network_summary(vault, args.network, options)


def _default_name(vault: Vault, args: argparse.Namespace, records: NetworkRecords) -> str:
    from odnotes.summary import load_meeting
    from odnotes.summary.filenames import meeting_file_name, network_file_name

    if args.meeting:
        return meeting_file_name(records.network, load_meeting(vault, args.meeting)[0])
    return network_file_name(records.network, records.meetings)


def _output(args: argparse.Namespace, default: str) -> Path:
    """``-o FILE``, ``-o FOLDER`` (the default name inside it) or the default name here."""
    chosen = Path(args.output) if args.output else Path(default)
    with contextlib.suppress(OSError):  # a name the disk refuses is reported when written
        if args.output and chosen.is_dir():
            chosen = chosen / default
    if not chosen.parent.is_dir():
        raise CliError("The folder for the output file does not exist.")
    return chosen


def _warn_unprintable(summaries: list[Summary]) -> None:
    from odnotes.summary import MARKER

    missing = sorted(set().union(*(s.unprintable() for s in summaries)))
    if missing:
        shown = ", ".join(f"U+{ord(c):04X}" for c in missing[:8])
        more = " and more" if len(missing) > 8 else ""
        print(
            f"odnotes: warning: {len(missing)} character(s) ({shown}{more}) cannot be drawn by "
            f"the PDF fonts; they are printed as {MARKER} and the summary says so.",
            file=sys.stderr,
        )


def _details(summary: Summary) -> str:
    from odnotes.i18n import name_in

    details = [summary.options.paper.label, name_in(summary.options.language, "en")]
    if summary.options.large_print:
        details.append("large print")
    if summary.kept:
        details.append(f"{len(summary.kept)} kept back by the team")
    return ", ".join(details)


def _write_all(copies: list[tuple[Path, Summary]], *, force: bool) -> None:
    """Every copy or none: all are made in memory, then written together."""
    from odnotes.files import write_all_atomic

    pdfs = [(path, summary.pdf()) for path, summary in copies]
    try:
        write_all_atomic(pdfs, doing="saving the summary", replace=force)
    except OutputExists:
        which = "The output file is" if len(copies) == 1 else "Some of the copies are"
        raise CliError(
            f"{which} already there, so nothing was written. Add --force to replace."
        ) from None
    _warn_unprintable([summary for _, summary in copies])
    for path, summary in copies:
        print(f"Wrote {path} ({_details(summary)}).")


def cmd_summary(args: argparse.Namespace) -> int:
    """Print a plain-language summary for the network (team-only items are never printed)."""
    from odnotes.i18n import SOURCE_LANGUAGE
    from odnotes.summary import Paper, SummaryOptions, find_person, summary_recipients
    from odnotes.summary.filenames import copy_paths

    if bool(args.meeting) == bool(args.network):
        raise CliError("Give either --meeting ID or --network ID.")
    if args.for_person and args.for_everyone:
        raise CliError("Give either --for PERSON or --for-everyone, not both.")
    base = SummaryOptions(
        large_print=args.large_print,
        paper=Paper(args.paper),
        show_kept_back=not args.no_kept_back_note,
        invite_corrections=not args.no_corrections_line,
        language=args.language or SOURCE_LANGUAGE,
    )
    with reading_vault(args.vault) as vault:
        records = _records(vault, args)
        output = _output(args, _default_name(vault, args, records))
        if args.for_everyone:
            recipients = summary_recipients(records.people)
            if not recipients:
                raise CliError("Nobody in this network is set to receive summaries.")
            copies = [
                (path, _make(vault, args, base.for_person(person)))
                for person, path in zip(recipients, copy_paths(output, recipients), strict=True)
            ]
        else:
            if args.for_person:
                person = find_person(records.people, args.for_person)
                # The person's own language, unless one was asked for on the command line.
                language = args.language or base.for_person(person).language
                base = replace(base, recipient_id=person.id, language=language)
            copies = [(output, _make(vault, args, base))]
        _write_all(copies, force=args.force)
    return 0


def _arguments(parser: argparse.ArgumentParser) -> None:
    from odnotes.i18n import summary_languages
    from odnotes.summary import Paper

    parser.add_argument("vault", metavar="VAULT")
    which = parser.add_mutually_exclusive_group(required=True)
    which.add_argument("--meeting", metavar="ID", help="the summary of one meeting")
    which.add_argument("--network", metavar="ID", help="across all of a network's meetings")
    parser.add_argument("--large-print", action="store_true", help="body text at 16 pt")
    parser.add_argument("--paper", choices=[p.value for p in Paper], default=Paper.A4.value)
    parser.add_argument(
        "--language",
        choices=summary_languages(),
        help="the language of the summary's own words (what people said is never translated); "
        "a copy --for a person is in their language unless this is given, and with "
        "--for-everyone this is the language for anyone whose language has no translation yet "
        "(default: en)",
    )
    parser.add_argument(
        "--for", dest="for_person", metavar="PERSON", help="address the copy (id or name)"
    )
    parser.add_argument(
        "--for-everyone",
        action="store_true",
        help="one copy per member who receives summaries (OUT-Name.pdf, the name cut short), "
        "each in that person's language, in large print for those who asked for it; "
        "all copies are written or none",
    )
    parser.add_argument(
        "--no-kept-back-note",
        action="store_true",
        help="leave out the line saying how much the team kept back",
    )
    parser.add_argument(
        "--no-corrections-line", action="store_true", help="leave out the corrections invitation"
    )
    parser.add_argument(
        "-o",
        "--output",
        metavar="OUT.pdf",
        help="the file, or a folder for the usual name (default: summary-NETWORK-DATE.pdf here)",
    )
    parser.add_argument("--force", action="store_true", help="replace files that are already there")


def register(commands: Commands) -> None:
    """Add the ``summary`` subcommand."""
    parser = commands.add_parser(
        "summary",
        help="print a meeting's or a network's summary to PDF",
        description=cmd_summary.__doc__,
    )
    parser.declare_later(_arguments)  # the paper sizes come with the PDF renderer
    parser.set_defaults(func=cmd_summary)
