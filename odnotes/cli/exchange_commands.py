"""Subcommands for working with a co-facilitator: card, pair, share, sync.

``card`` writes this practitioner's public card; ``pair`` imports a
colleague's after both compared the safety number (and links the record that
stood in for them in this vault's team, if one has their name); ``share``
sends a network to a paired colleague from the next sync on; ``sync`` reads the exchange
folder and writes what each colleague has not acknowledged.
"""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING

from odnotes.cli.common import CliError, open_vault, terminal_translator

if TYPE_CHECKING:
    from odnotes.cli.deferred import Commands
    from odnotes.exchange import PractitionerCard
    from odnotes.model import Practitioner
    from odnotes.vault import Vault


def _me(vault: Vault, practitioner_id: str) -> str:
    """Use the vault as ``practitioner_id`` (named as the author of what it saves)."""
    from odnotes import sharing

    sharing.identity_for(vault, practitioner_id)  # refuses an unknown practitioner clearly
    vault.author = practitioner_id
    return practitioner_id


def cmd_card(args: argparse.Namespace) -> int:
    """Write your practitioner card (name, role, public keys; no secret) for a colleague."""
    from odnotes import sharing
    from odnotes.exchange import write_card
    from odnotes.model import Practitioner, PractitionerRole

    with open_vault(args.vault) as vault:
        if args.new:
            practitioner = Practitioner(args.new, PractitionerRole(args.role))
            vault.save(practitioner)
            print(f"practitioner {practitioner.id}  {practitioner.name}")
            practitioner_id = practitioner.id
        else:
            practitioner_id = args.practitioner
        _me(vault, practitioner_id)
        card = sharing.my_card(vault, practitioner_id)
        write_card(args.out, card)
    print(f"card {card.card_id}  written to {args.out}")
    print("Give this file to your colleague; it holds no secret.", file=sys.stderr)
    return 0


def _digits(text: str) -> str:
    return "".join(ch for ch in text if ch.isdigit())


def cmd_pair(args: argparse.Namespace) -> int:
    """Pair with a colleague's card once you both read the same safety number.

    If your team already has a practitioner with the colleague's name (named as
    facilitator before pairing), that record is linked to the card, so the
    colleague is listed once; --as chooses another, --new links nobody.
    """
    from odnotes import sharing
    from odnotes.exchange import read_card, safety_number

    card = read_card(args.card)
    with open_vault(args.vault) as vault:
        _me(vault, args.practitioner)
        stand_in = _stand_in(vault, card, args)
        number = safety_number(sharing.my_card(vault, args.practitioner), card)
        print(f"Safety number with {card.name}:")
        for line in number.lines():
            print(f"  {line}")
        if args.confirm is not None:
            if _digits(args.confirm) != _digits(str(number)):
                raise CliError(
                    "The safety number you gave is different from this one, so the card was "
                    "not paired: it may not be your colleague's. Ask them to export it again "
                    "and compare in person."
                )
        else:
            if not sys.stdin.isatty():
                raise CliError(
                    "Compare the safety number with your colleague's screen, then give it with "
                    "--confirm (or run in a terminal to answer the question); nothing was paired."
                )
            answer = input("Does your colleague see the same number? [y/N] ")
            if answer.strip().lower() not in ("y", "yes"):
                print("Not paired.")
                return 1
        sharing.pair(vault, args.practitioner, card, stand_in=stand_in.id if stand_in else "")
    print(f"paired {card.card_id}  {card.name}")
    if stand_in is not None:
        print(f"linked {stand_in.id}  {stand_in.name}  (in your team already: the same person)")
    return 0


def _stand_in(
    vault: Vault, card: PractitionerCard, args: argparse.Namespace
) -> Practitioner | None:
    """Who the colleague is in this vault's team: --as, else the one whose name is theirs."""
    from odnotes import sharing
    from odnotes.team import named

    candidates = sharing.stand_ins(vault, card)
    if args.new:
        return None
    if args.same_as:
        chosen = [p for p in candidates if p.id == args.same_as]
        if not chosen:
            raise CliError(
                f"Practitioner {args.same_as} cannot be linked to this colleague (they use this "
                "vault, stand for another colleague, or are not in it); nothing was paired."
            )
        return chosen[0]
    suggested = sharing.suggested_stand_in(vault, card)
    if suggested is None and named(candidates, card.name):
        print(
            f"Several practitioners here are called {card.name}: none was linked to the card "
            "(give --as ID to link one, --new to say they are none of them).",
            file=sys.stderr,
        )
    return suggested


def cmd_share(args: argparse.Namespace) -> int:
    """Share a network with a paired colleague; it is sent at the next sync."""
    from odnotes import sharing

    with open_vault(args.vault) as vault:
        if args.folder:
            sharing.set_exchange_folder(vault, args.folder)
        card = sharing.share(vault, args.network, args.with_card)
        folder = sharing.exchange_folder(vault)
    print(f"shared {args.network} with {card.card_id}  {card.name}")
    if folder is None:
        print(
            "No exchange folder is chosen yet: give one with --folder here or to 'odnotes sync'.",
            file=sys.stderr,
        )
    return 0


def cmd_sync(args: argparse.Namespace) -> int:
    """Take in colleagues' files from the exchange folder and write what they have not got."""
    from odnotes import sharing

    with open_vault(args.vault) as vault:
        _me(vault, args.practitioner)
        folder = args.folder
        if folder is not None and sharing.exchange_folder(vault) is None:
            folder = sharing.set_exchange_folder(vault, folder)  # remembered from now on
        report = sharing.sync(vault, args.practitioner, folder)
    print(report.summary(terminal_translator()))
    return 1 if report.refused else 0


def _card_arguments(card: argparse.ArgumentParser) -> None:
    from odnotes.model import PractitionerRole

    card.add_argument("vault", metavar="VAULT")
    who = card.add_mutually_exclusive_group(required=True)
    who.add_argument("--practitioner", metavar="ID", help="you, as a practitioner of this vault")
    who.add_argument("--new", metavar="NAME", help="add yourself to this vault's team first")
    card.add_argument(
        "--role",
        choices=[r.value for r in PractitionerRole],
        default=PractitionerRole.OTHER.value,
        help="your role, with --new",
    )
    card.add_argument("--out", required=True, metavar="FILE.odcard")


def register(commands: Commands) -> None:
    """Add this module's subcommands."""
    card = commands.add_parser(
        "card", help="write your practitioner card for a colleague", description=cmd_card.__doc__
    )
    card.declare_later(_card_arguments)  # the roles come with the record model
    card.set_defaults(func=cmd_card)

    pair = commands.add_parser(
        "pair", help="pair with a colleague's card", description=cmd_pair.__doc__
    )
    pair.add_argument("vault", metavar="VAULT")
    pair.add_argument("card", metavar="FILE.odcard")
    pair.add_argument("--practitioner", required=True, metavar="ID", help="you, in this vault")
    pair.add_argument(
        "--confirm",
        metavar="NUMBER",
        help="the safety number as your colleague's screen shows it (instead of the question)",
    )
    link = pair.add_mutually_exclusive_group()
    link.add_argument(
        "--as",
        dest="same_as",
        metavar="PRACTITIONER_ID",
        help="the colleague is this practitioner of your team (default: the one with their name)",
    )
    link.add_argument(
        "--new",
        action="store_true",
        help="the colleague is none of your team's practitioners (link nobody)",
    )
    pair.set_defaults(func=cmd_pair)

    share = commands.add_parser(
        "share", help="share a network with a paired colleague", description=cmd_share.__doc__
    )
    share.add_argument("vault", metavar="VAULT")
    share.add_argument("network", metavar="NETWORK_ID")
    share.add_argument(
        "--with", dest="with_card", required=True, metavar="CARD_ID", help="the colleague's card id"
    )
    share.add_argument("--folder", metavar="DIR", help="the exchange folder (remembered)")
    share.set_defaults(func=cmd_share)

    sync = commands.add_parser(
        "sync", help="exchange files with colleagues now", description=cmd_sync.__doc__
    )
    sync.add_argument("vault", metavar="VAULT")
    sync.add_argument("--practitioner", required=True, metavar="ID", help="you, in this vault")
    sync.add_argument(
        "--folder", metavar="DIR", help="the exchange folder (remembered if none was chosen)"
    )
    sync.set_defaults(func=cmd_sync)
