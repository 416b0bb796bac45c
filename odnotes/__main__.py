"""``python -m odnotes``: the command line."""

from odnotes.cli import main

raise SystemExit(main())
