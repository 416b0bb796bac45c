"""Subcommand parsers that declare their arguments only when their command runs.

Some arguments need the package their command drives (the summary's paper
sizes come with the PDF renderer, a card's roles with the record model);
declaring them on first use keeps ``odnotes --help`` and every other command
from loading that package.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable, Sequence
from typing import Any, TypeAlias

Declare = Callable[[argparse.ArgumentParser], None]


class CommandParser(argparse.ArgumentParser):
    """A subcommand's parser; :meth:`declare_later` adds arguments when it is first used."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._pending: list[Declare] = []

    def declare_later(self, declare: Declare) -> None:
        """Call ``declare(self)`` just before this command's arguments are parsed or shown."""
        self._pending.append(declare)

    def _declare(self) -> None:
        while self._pending:
            self._pending.pop(0)(self)

    def parse_known_args(  # type: ignore[override]
        self, args: Sequence[str] | None = None, namespace: argparse.Namespace | None = None
    ) -> tuple[argparse.Namespace, list[str]]:
        """Declare what is pending, then parse as usual."""
        self._declare()
        return super().parse_known_args(args, namespace)

    def format_usage(self) -> str:
        """Declare what is pending, then the usual usage line."""
        self._declare()
        return super().format_usage()

    def format_help(self) -> str:
        """Declare what is pending, then the usual help."""
        self._declare()
        return super().format_help()


Commands: TypeAlias = "argparse._SubParsersAction[CommandParser]"
"""What each command module's ``register`` adds its subcommands to."""
