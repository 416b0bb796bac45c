"""One practitioner's laptop in the sync test: a vault, a data folder, an exchange folder.

Every command runs as its own process (the CLI, or :mod:`tests.sync.edit_vault`),
so the two vaults share nothing but what Syncthing carries between their
exchange folders. Each call is bounded by the test's deadline.
"""

from __future__ import annotations

import json
import os
import select
import subprocess
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from tests.conftest import PASSPHRASE
from tests.sync.deadline import Deadline

ROOT = Path(__file__).resolve().parents[2]
# One command, even a slow sync on a loaded machine, takes far less than this.
COMMAND_SECONDS = 60.0


@dataclass
class Laptop:
    """The files of one laptop, under ``root``, and how to run commands there."""

    name: str
    root: Path
    folder: Path
    deadline: Deadline

    @property
    def vault(self) -> Path:
        """The laptop's vault file (outside the synced folder)."""
        return self.root / "notes.odvault"

    def _environment(self) -> dict[str, str]:
        env = dict(os.environ)
        env.update(
            ODNOTES_TEST_FAST_KDF="1",
            ODNOTES_PASSPHRASE=PASSPHRASE,
            LANGUAGE="en",  # the sync summary is read in English (it speaks the terminal's)
            ODNOTES_DATA_DIR=str(self.root / "data"),  # what this laptop saw of its vault
            PYTHONPATH=str(ROOT),
        )
        return env

    def _run(self, argv: list[str]) -> str:
        """Run one command here; its standard output (fails unless it exits 0)."""
        budget = min(COMMAND_SECONDS, self.deadline.remaining())
        if budget <= 0:
            raise AssertionError(f"No time left to run {argv[2:]} on {self.name}.")
        started = time.monotonic()
        done = subprocess.run(
            argv,
            cwd=self.root,
            env=self._environment(),
            capture_output=True,
            text=True,
            timeout=budget,
            check=False,
        )
        print(
            f"{self.deadline.elapsed():6.1f} s  {self.name}: {' '.join(argv[2:4])} "
            f"({time.monotonic() - started:.1f} s) {done.stdout.splitlines()[-1:]}"
        )
        if done.returncode != 0:
            raise AssertionError(
                f"{' '.join(argv[2:])} on {self.name} exited {done.returncode}:\n"
                f"{done.stdout}{done.stderr}"
            )
        return done.stdout

    def odnotes(self, *args: str | Path) -> str:
        """Run ``odnotes ARGS`` here; its standard output (fails unless it exits 0)."""
        return self._run([sys.executable, "-m", "odnotes", *map(str, args)])

    def pair_at_terminal(self, card: Path, practitioner: str, answer: Callable[[str], bool]) -> str:
        """``odnotes pair`` at a terminal, as a person runs it: it shows the safety number and
        asks; ``answer`` gets the number shown and says whether the colleague sees the same."""
        argv = [sys.executable, "-m", "odnotes", "pair", str(self.vault), str(card)]
        argv += ["--practitioner", practitioner]
        primary, secondary = os.openpty()
        process = subprocess.Popen(
            argv,
            cwd=self.root,
            env=self._environment(),
            stdin=secondary,
            stdout=secondary,
            stderr=secondary,
            start_new_session=True,
        )
        os.close(secondary)
        shown = b""
        try:
            shown = self._read_until(primary, process, shown, b"[y/N]")
            number = " ".join(_number_lines(shown.decode(errors="replace")))
            os.write(primary, b"y\n" if answer(number) else b"n\n")
            shown = self._read_until(primary, process, shown, None)
            code = process.wait(timeout=max(1.0, self.deadline.remaining()))
        finally:
            os.close(primary)
            if process.poll() is None:
                process.kill()
                process.wait()
        text = shown.decode(errors="replace").replace("\r\n", "\n")
        print(f"{self.deadline.elapsed():6.1f} s  {self.name}: odnotes pair at a terminal")
        assert code == 0, f"pair at the terminal on {self.name} exited {code}:\n{text}"
        return text

    def _read_until(
        self, fd: int, process: subprocess.Popen[bytes], shown: bytes, marker: bytes | None
    ) -> bytes:
        """Read the terminal until ``marker`` appears (or, for None, until the command ends)."""
        while marker is None or marker not in shown:
            if self.deadline.remaining() <= 0:
                raise AssertionError(f"pair on {self.name} showed only:\n{shown.decode()}")
            ready, _, _ = select.select([fd], [], [], min(0.5, self.deadline.remaining()))
            if not ready:
                continue
            try:
                chunk = os.read(fd, 4096)
            except OSError:  # EIO: the command ended and closed the terminal
                chunk = b""
            if not chunk:
                if marker is None:
                    return shown
                raise AssertionError(f"pair on {self.name} ended without asking:\n{shown.decode()}")
            shown += chunk
        return shown

    def edit(self, edit: str, *args: str) -> str:
        """Run one of :mod:`tests.sync.edit_vault`'s edits on this laptop's vault."""
        script = [sys.executable, "-m", "tests.sync.edit_vault"]
        return self._run([*script, edit, str(self.vault), *args])

    def records(self) -> dict[str, Any]:
        """The vault's content as ``odnotes export-json`` writes it (fictional data only)."""
        out = self.root / "check.json"
        self.odnotes("export-json", self.vault, "-o", out, "--force")
        try:
            return dict(json.loads(out.read_text(encoding="utf-8")))
        finally:
            out.unlink()


def _number_lines(text: str) -> list[str]:
    """The safety number's lines (groups of five digits) in what a command printed."""
    return [
        line.strip()
        for line in text.splitlines()
        if line.strip() and all(g.isdigit() and len(g) == 5 for g in line.split())
    ]


def safety_number(output: str) -> str:
    """The safety number a command printed, on one line."""
    lines = _number_lines(output)
    assert lines, f"no safety number in:\n{output}"
    return " ".join(lines)


def ids(output: str, kind: str) -> list[str]:
    """The ids a command printed on lines starting with ``kind`` ("network ID  ...")."""
    return [line.split()[1] for line in output.splitlines() if line.startswith(f"{kind} ")]


def one_id(output: str, kind: str) -> str:
    """The single id of ``kind`` a command printed."""
    found = ids(output, kind)
    assert len(found) == 1, f"expected one {kind} line in:\n{output}"
    return found[0]
