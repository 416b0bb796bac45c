"""Finding bundled resources (fonts, icons) from source, an install, or a PyInstaller bundle."""

from __future__ import annotations

import sys
from pathlib import Path


def resources_dir() -> Path:
    """The ``resources/`` folder: beside the packages, or inside a frozen bundle."""
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        return Path(frozen) / "resources"
    return Path(__file__).resolve().parent.parent / "resources"


def resource_path(relative: str) -> Path:
    """A file under ``resources/``; raises FileNotFoundError naming it if it is missing."""
    path = resources_dir() / relative
    if not path.exists():
        raise FileNotFoundError(f"OD Notes is missing its resource {relative!r}; please reinstall.")
    return path
