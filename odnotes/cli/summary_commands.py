"""The ``summary`` subcommand: print a meeting's or a network's summary to PDF."""

from __future__ import annotations

import argparse
import re
import sys
from dataclasses import replace
from pathlib import Path

from odnotes.cli.common import CliError, reading_vault
from odnotes.files import write_atomic
from odnotes.i18n import SOURCE_LANGUAGE, name_in, summary_languages
from odnotes.model import Person
from odnotes.summary import (
    MARKER,
    Paper,
    Summary,
    SummaryOptions,
    find_person,
    load_meeting,
    load_network,
    meeting_summary,
    network_summary,
    summary_recipients,
)
from odnotes.vault import Vault


def _people(vault: Vault, args: argparse.Namespace) -> list[Person]:
    """The members of the network the summary is about (clear error for a wrong id)."""
    records = (
        load_meeting(vault, args.meeting)[1] if args.meeting else load_network(vault, args.network)
    )
    return records.people


def _make(vault: Vault, args: argparse.Namespace, options: SummaryOptions) -> Summary:
    if args.meeting:
        return meeting_summary(vault, args.meeting, options)
    return network_summary(vault, args.network, options)


def _warn_unprintable(summary: Summary) -> None:
    missing = sorted(summary.unprintable())
    if missing:
        shown = ", ".join(f"U+{ord(c):04X}" for c in missing[:8])
        more = " and more" if len(missing) > 8 else ""
        print(
            f"odnotes: warning: {len(missing)} character(s) ({shown}{more}) cannot be drawn by "
            f"the PDF font; they are printed as {MARKER} and the summary says so.",
            file=sys.stderr,
        )


def _write(summary: Summary, output: Path) -> None:
    write_atomic(output, summary.pdf(), doing="saving the summary")
    _warn_unprintable(summary)
    details = [summary.options.paper.label, name_in(summary.options.language, "en")]
    if summary.options.large_print:
        details.append("large print")
    if summary.kept:
        details.append(f"{len(summary.kept)} kept back by the team")
    print(f"Wrote {output} ({', '.join(details)}).")


def _file_for(output: Path, person: Person) -> Path:
    """``out.pdf`` -> ``out-Päivi.pdf``: letters and digits of the name only."""
    safe = re.sub(r"[^\w-]+", "-", person.name, flags=re.UNICODE).strip("-_") or "member"
    return output.with_name(f"{output.stem}-{safe}{output.suffix or '.pdf'}")


def cmd_summary(args: argparse.Namespace) -> int:
    """Print a plain-language summary for the network (team-only items are never printed)."""
    if bool(args.meeting) == bool(args.network):
        raise CliError("Give either --meeting ID or --network ID.")
    if args.for_person and args.for_everyone:
        raise CliError("Give either --for PERSON or --for-everyone, not both.")
    output = Path(args.output)
    if not output.parent.is_dir():
        raise CliError("The folder for the output file does not exist.")
    base = SummaryOptions(
        large_print=args.large_print,
        paper=Paper(args.paper),
        show_kept_back=not args.no_kept_back_note,
        invite_corrections=not args.no_corrections_line,
        language=args.language or SOURCE_LANGUAGE,
    )
    with reading_vault(args.vault) as vault:
        people = _people(vault, args)
        if args.for_everyone:
            recipients = summary_recipients(people)
            if not recipients:
                raise CliError("Nobody in this network is set to receive summaries.")
            for person in recipients:
                _write(_make(vault, args, base.for_person(person)), _file_for(output, person))
            return 0
        if args.for_person:
            person = find_person(people, args.for_person)
            # The person's own language, unless one was asked for on the command line.
            language = args.language or base.for_person(person).language
            base = replace(base, recipient_id=person.id, language=language)
        _write(_make(vault, args, base), output)
    return 0


def register(commands: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    """Add the ``summary`` subcommand."""
    parser = commands.add_parser(
        "summary",
        help="print a meeting's or a network's summary to PDF",
        description=cmd_summary.__doc__,
    )
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
        help="one copy per member who receives summaries (OUT-Name.pdf), each in that "
        "person's language, in large print for those who asked for it",
    )
    parser.add_argument(
        "--no-kept-back-note",
        action="store_true",
        help="leave out the line saying how much the team kept back",
    )
    parser.add_argument(
        "--no-corrections-line", action="store_true", help="leave out the corrections invitation"
    )
    parser.add_argument("-o", "--output", required=True, metavar="OUT.pdf")
    parser.set_defaults(func=cmd_summary)
