"""Every promise in docs/security.md points to a test that exists."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
REFERENCE = re.compile(r"`((?:tests/[\w/]+/)?(test_\w+\.py)(?:::(\w+))?|tests/[\w/]+/)`")


def test_every_referenced_test_exists() -> None:
    text = (ROOT / "docs" / "security.md").read_text()
    found = REFERENCE.findall(text)
    assert len(found) >= 20
    every_test_file = {p.name: p for p in (ROOT / "tests").rglob("test_*.py")}
    for whole, file_name, test_name in found:
        if not file_name:
            assert (ROOT / whole).is_dir(), whole
            continue
        location = whole.split("::")[0]
        path = ROOT / location if location.startswith("tests/") else every_test_file.get(file_name)
        assert path is not None and path.is_file(), f"{whole} does not exist"
        if test_name:
            assert f"def {test_name}(" in path.read_text(), f"{whole} has no such test"
