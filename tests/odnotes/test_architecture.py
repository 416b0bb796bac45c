"""The core never imports Qt or the ui package (a fact, not a hope)."""

from __future__ import annotations

import pkgutil
import subprocess
import sys
from pathlib import Path

import odnotes

ROOT = Path(__file__).resolve().parents[2]


def test_importing_every_core_module_loads_no_qt() -> None:
    modules = [
        m.name
        for m in pkgutil.walk_packages(odnotes.__path__, "odnotes.")
        if not m.name.endswith("__main__")
    ]
    script = (
        "import importlib, sys\n"
        f"for name in {modules!r}: importlib.import_module(name)\n"
        "top = {m.split('.')[0] for m in sys.modules}\n"
        "bad = sorted(top & {'PySide6', 'shiboken6', 'ui'})\n"
        "print(','.join(bad))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", script], cwd=ROOT, capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == ""
    assert len(modules) >= 10
