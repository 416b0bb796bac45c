"""The command line starts fast: ``--help`` and ``sync`` load no PDF, export or summary code.

Each check runs in a fresh interpreter, so what this test process imported
already does not hide an import.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from odnotes.cli import main

ROOT = Path(__file__).resolve().parents[2]
HEAVY = ("reportlab", "odnotes.summary", "odnotes.supervision", "odnotes.recordnote")

_PROBE = """
import json, sys
from odnotes.cli import main
try:
    code = main(sys.argv[1:])
except SystemExit as done:
    code = done.code
print(json.dumps({"code": code, "modules": sorted(sys.modules)}))
"""


def _modules_after(*args: str) -> tuple[int, set[str]]:
    """Run ``odnotes ARGS`` in a new interpreter; its exit code and every module it imported."""
    done = subprocess.run(
        [sys.executable, "-c", _PROBE, *args],
        cwd=ROOT,
        env=os.environ.copy(),
        stdin=subprocess.DEVNULL,
        capture_output=True,
        text=True,
        timeout=60,
    )
    result = json.loads(done.stdout.splitlines()[-1])
    return int(result["code"]), set(result["modules"])


def _heavy(modules: set[str]) -> list[str]:
    return sorted(m for m in modules if m.split(".")[0] in HEAVY or m.startswith(HEAVY))


def test_help_loads_neither_the_vault_nor_any_pdf_code() -> None:
    code, modules = _modules_after("--help")
    assert code == 0
    assert _heavy(modules) == []
    assert "odnotes.vault" not in modules and "odnotes.crypto" not in modules


def test_importing_the_entry_module_imports_no_reportlab() -> None:
    done = subprocess.run(
        [sys.executable, "-c", "import sys, odnotes.__main__"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 2  # argparse: a command is required
    probe = "import sys, odnotes.cli; print('reportlab' in sys.modules)"
    out = subprocess.run(
        [sys.executable, "-c", probe], cwd=ROOT, capture_output=True, text=True, timeout=60
    )
    assert out.stdout.strip() == "False"


def test_sync_runs_without_loading_pdf_or_export_code(
    tmp_path: Path, cli_env: dict[str, str], capsys: pytest.CaptureFixture[str]
) -> None:
    vault = str(tmp_path / "v.odvault")
    assert main(["init", vault]) == 0
    assert main(["card", vault, "--new", "Ada Fictional", "--out", str(tmp_path / "a.odcard")]) == 0
    me = next(
        line.split()[1]
        for line in capsys.readouterr().out.splitlines()
        if line.startswith("practitioner ")
    )
    folder = tmp_path / "exchange"
    folder.mkdir()
    code, modules = _modules_after("sync", vault, "--practitioner", me, "--folder", str(folder))
    assert code == 0
    assert "odnotes.sharing.syncing" in modules  # it did sync
    assert _heavy(modules) == []


def test_deferred_arguments_are_declared_when_their_command_runs(
    capsys: pytest.CaptureFixture[str],
) -> None:
    for command, shown in [
        ("summary", "--paper {a4,letter}"),
        ("record-note", "(default 4,000)"),
        ("card", "nurse,psychiatrist"),
        ("export-supervision", "--language {"),
    ]:
        with pytest.raises(SystemExit):
            main([command, "--help"])
        assert shown in capsys.readouterr().out
    with pytest.raises(SystemExit) as done:
        main(["summary", "v.odvault", "--meeting", "x", "--paper", "a3"])
    assert done.value.code == 2
    assert "invalid choice: 'a3'" in capsys.readouterr().err
