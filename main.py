"""Start OD Notes: parse the command line and hand over to ``ui.app.main``."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path


def parse_args(argv: list[str]) -> argparse.Namespace:
    """A vault file to open straight away, or ``--smoke-test`` to check an installation."""
    parser = argparse.ArgumentParser(
        prog="odnotes-app", description="Encrypted notes for Open Dialogue network meetings."
    )
    parser.add_argument("vault", nargs="?", type=Path, help="a vault file (.odvault) to open")
    parser.add_argument(
        "--smoke-test",
        action="store_true",
        help="check this installation: make a demo vault in a temporary folder, then exit",
    )
    known, _qt_args = parser.parse_known_args(argv)
    return known


if __name__ == "__main__":
    from ui.app import main

    args = parse_args(sys.argv[1:])
    sys.exit(main(sys.argv, vault_path=args.vault, smoke_test=args.smoke_test))
