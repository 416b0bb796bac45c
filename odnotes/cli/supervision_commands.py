"""Subcommands for InterVision: export-supervision and open-supervision."""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from typing import TYPE_CHECKING

from odnotes.cli.common import CliError, new_kdf, policy, reading_vault

if TYPE_CHECKING:
    from odnotes.cli.deferred import Commands
    from odnotes.supervision.review import Review

EXPORT_PASSPHRASE_ENV = "ODNOTES_EXPORT_PASSPHRASE"


def _export_passphrase(*, twice: bool) -> str:
    value = os.environ.get(EXPORT_PASSPHRASE_ENV)
    if value:
        return value
    if not sys.stdin.isatty():
        raise CliError(
            f"The export passphrase is needed: set {EXPORT_PASSPHRASE_ENV} or run in a terminal."
        )
    first = getpass.getpass("Passphrase for the export: ")
    if twice and first != getpass.getpass("The same passphrase again: "):
        raise CliError("The two passphrases are different; nothing was written.")
    if not first:
        raise CliError("An encrypted export needs a passphrase; nothing was written.")
    return first


def _replacements(pairs: list[str]) -> dict[str, str]:
    found = {}
    for pair in pairs:
        word, sep, text = pair.partition("=")
        if not sep or not word.strip() or not text.strip():
            raise CliError(
                "--replace takes WORD=REPLACEMENT, for example --replace Kemi='[a town]'."
            )
        found[word.strip()] = text.strip()
    return found


def print_review(review: Review) -> None:
    """The words that may still be names, one a line, with where they came from."""
    print("These words may still be names or places:")
    for word in review.words:
        count = len(word.occurrences)
        times = f"{count} time{'s' if count != 1 else ''}"
        print(f"  {word.word}  ({times}; {word.reason}; suggested: {word.suggestion})")


def cmd_export_supervision(args: argparse.Namespace) -> int:
    """Export de-identified material for supervision into a folder (nothing else is written)."""
    from odnotes.supervision import ExportOptions, SupervisionMaterial, write_encrypted, write_files

    options = ExportOptions(
        args.include_team_only, args.include_practice, args.include_drafts, args.language
    )
    with reading_vault(args.vault) as vault:
        material = SupervisionMaterial(vault, [args.network], args.meetings, options)
        replace = _replacements(args.replace)
        if replace:
            material.answer(replace=replace)
        if material.review.words:
            print_review(material.review)
            if not args.accept_names:
                raise CliError(
                    "Nothing was written. Replace these with --replace WORD=TEXT, or run again "
                    "with --accept-names to keep them as they are."
                )
            material.accept_all()
        if args.encrypt:
            path = write_encrypted(material, args.output, _export_passphrase(twice=True), new_kdf())
            print(f"Wrote {path} (encrypted).")
        else:
            for path in write_files(material, args.output, args.formats):
                print(f"Wrote {path}")
        drafts = sum(n.get("drafts_left_out", 0) for n in material.tree["networks"])
        if drafts:
            print(
                f"{drafts} meeting{'s' if drafts != 1 else ''} still in draft "
                f"{'were' if drafts != 1 else 'was'} left out; add --include-drafts to include "
                f"{'them' if drafts != 1 else 'it'}.",
                file=sys.stderr,
            )
            print("These files are not encrypted; keep them to supervision.", file=sys.stderr)
    return 0


def cmd_open_supervision(args: argparse.Namespace) -> int:
    """Print the Markdown of an encrypted supervision export (read-only)."""
    from odnotes.supervision import read_sealed

    opened = read_sealed(args.file, _export_passphrase(twice=False), policy())
    sys.stdout.write(opened.markdown)
    return 0


def _export_arguments(export: argparse.ArgumentParser) -> None:
    from odnotes.i18n import SOURCE_LANGUAGE, summary_languages

    export.add_argument("vault", metavar="VAULT")
    export.add_argument("--network", required=True, metavar="ID", help="the network's id")
    export.add_argument(
        "--meetings",
        nargs="+",
        metavar="ID",
        help="only these meetings (drafts among them are included)",
    )
    export.add_argument(
        "--include-drafts",
        action="store_true",
        help="include meetings still in draft (only finalised meetings by default)",
    )
    export.add_argument(
        "--include-team-only",
        action="store_true",
        help="include items kept to the team (left out by default)",
    )
    export.add_argument(
        "--include-practice",
        action="store_true",
        help="include the team's dialogic-practice reflections",
    )
    export.add_argument(
        "--encrypt",
        action="store_true",
        help=f"write one encrypted file (passphrase from {EXPORT_PASSPHRASE_ENV} or asked)",
    )
    export.add_argument(
        "--formats",
        nargs="+",
        choices=["pdf", "md", "json"],
        default=["pdf", "md", "json"],
        help="plain formats to write",
    )
    export.add_argument(
        "--replace",
        action="append",
        default=[],
        metavar="WORD=TEXT",
        help="replace a word the review lists",
    )
    export.add_argument(
        "--accept-names", action="store_true", help="keep the words the review lists as they are"
    )
    export.add_argument(
        "--language",
        choices=summary_languages(),
        default=SOURCE_LANGUAGE,
        help="the language of the export's own words: headings, labels, relative dates "
        "(what people said is never translated)",
    )
    export.add_argument("-o", "--output", required=True, metavar="DIR")


def register(commands: Commands) -> None:
    """Add this module's subcommands."""
    export = commands.add_parser(
        "export-supervision",
        help="export de-identified material for supervision (InterVision)",
        description=cmd_export_supervision.__doc__,
    )
    export.declare_later(_export_arguments)  # the languages come with the catalogs
    export.set_defaults(func=cmd_export_supervision)
    opener = commands.add_parser(
        "open-supervision",
        help="print an encrypted supervision export",
        description=cmd_open_supervision.__doc__,
    )
    opener.add_argument("file", metavar="FILE")
    opener.set_defaults(func=cmd_open_supervision)
