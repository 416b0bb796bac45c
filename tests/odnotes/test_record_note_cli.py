"""``odnotes record-note``: printed, or saved as text or PDF, and never over a file."""

from __future__ import annotations

from pathlib import Path

import pytest

from odnotes.cli import main
from odnotes.continuity import in_order
from odnotes.crypto import TEST_POLICY
from odnotes.model import Meeting, Network
from odnotes.vault import Vault
from tests.odnotes.summary_helpers import pdf_text

TEAM_ONLY = "Team only, not shared with the network"


def outputs(folder: Path) -> list[Path]:
    """Files in ``folder`` other than the vault and the journal files reading it makes."""
    return sorted(p for p in folder.iterdir() if not p.name.startswith("demo.odvault"))


@pytest.fixture
def demo_file(tmp_path: Path, cli_env: dict[str, str]) -> tuple[Path, list[str]]:
    """The demo vault and its meetings' ids, oldest first (the third is a draft)."""
    path = tmp_path / "demo.odvault"
    assert main(["demo", str(path)]) == 0
    with Vault.open(path, policy=TEST_POLICY) as vault:
        vault.unlock(cli_env["ODNOTES_PASSPHRASE"])
        network = vault.all(Network)[0]
        network.record_number = "RX-55 0123"
        vault.save(network)
        ids = [m.id for m in in_order(vault.all(Meeting, network_id=network.id))]
    return path, ids


def test_printed_without_writing_anything(
    demo_file: tuple[Path, list[str]], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    vault, ids = demo_file
    before = outputs(tmp_path)
    capsys.readouterr()
    assert main(["record-note", str(vault), "--meeting", ids[1]]) == 0
    out, err = capsys.readouterr()
    assert out.startswith("NETWORK MEETING (OPEN DIALOGUE)\nRecord number: RX-55 0123\n")
    assert TEAM_ONLY in out and "Päivi asked that her" in out
    assert f"The note is {len(out):,} characters, within the limit of 4,000." in err
    assert "Päivi" not in err  # what goes to stderr names no one
    assert outputs(tmp_path) == before


def test_saved_as_text_and_as_pdf_and_never_over_a_file_unless_forced(
    demo_file: tuple[Path, list[str]], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    vault, ids = demo_file
    text, pdf = tmp_path / "note.txt", tmp_path / "note.pdf"
    assert main(["record-note", str(vault), "--meeting", ids[1], "-o", str(text)]) == 0
    assert text.read_text(encoding="utf-8").startswith("NETWORK MEETING")
    assert oct(text.stat().st_mode & 0o777) == "0o600"
    assert main(["record-note", str(vault), "--meeting", ids[1], "-o", str(pdf)]) == 0
    assert TEAM_ONLY in pdf_text(pdf.read_bytes())
    capsys.readouterr()
    text.write_text("kept", encoding="utf-8")
    assert main(["record-note", str(vault), "--meeting", ids[1], "-o", str(text)]) == 1
    assert "already there" in capsys.readouterr().err
    assert text.read_text(encoding="utf-8") == "kept"
    assert main(["record-note", str(vault), "--meeting", ids[1], "-o", str(text), "--force"]) == 0
    assert text.read_text(encoding="utf-8").startswith("NETWORK MEETING")


def test_the_short_form_fits_the_limit(
    demo_file: tuple[Path, list[str]], capsys: pytest.CaptureFixture[str]
) -> None:
    vault, ids = demo_file
    capsys.readouterr()
    assert main(["record-note", str(vault), "--meeting", ids[1]]) == 0
    full = capsys.readouterr().out
    limit = len(full) - 30  # the demo's voices are short: only a little can be saved
    args = ["record-note", str(vault), "--meeting", ids[1], "--limit", str(limit)]
    assert main(args) == 0
    assert f"over the limit of {limit:,}. Add --short" in capsys.readouterr().err
    assert main([*args, "--short"]) == 0
    short, err = capsys.readouterr()
    assert len(short) <= limit
    assert f"Short form, to fit {limit:,} characters" in short
    assert f"The short form is {len(short):,} characters, within the limit of {limit:,}." in err


@pytest.mark.parametrize(
    ("extra", "message"),
    [
        (["--meeting", "DRAFT"], "still a draft"),
        (["--meeting", "00000000-0000-4000-8000-000000000000"], "no meeting with the id"),
        (["--meeting", "FINAL", "--short", "-o", "OUT.pdf"], "always holds the full note"),
        (["--meeting", "FINAL", "-o", "missing/note.txt"], "folder for the output"),
        (["--meeting", "FINAL", "--limit", "0"], "at least one character"),
    ],
)
def test_errors_are_one_line_and_write_nothing(
    demo_file: tuple[Path, list[str]],
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    extra: list[str],
    message: str,
) -> None:
    vault, ids = demo_file
    replaced = {"DRAFT": ids[2], "FINAL": ids[0], "OUT.pdf": str(tmp_path / "out.pdf")}
    extra = [replaced.get(a, a) for a in extra]
    extra = [str(tmp_path / a) if a.startswith("missing/") else a for a in extra]
    before = outputs(tmp_path)
    capsys.readouterr()
    assert main(["record-note", str(vault), *extra]) == 1
    err = capsys.readouterr().err
    assert message in err and len(err.strip().splitlines()) == 1
    assert outputs(tmp_path) == before


def test_the_note_in_another_language(
    demo_file: tuple[Path, list[str]], capsys: pytest.CaptureFixture[str]
) -> None:
    vault, ids = demo_file
    capsys.readouterr()
    assert main(["record-note", str(vault), "--meeting", ids[1], "--language", "de"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("NETZWERKTREFFEN (OFFENER DIALOG)\nAktennummer: RX-55 0123\n")
    assert "Nur für das Team, nicht mit dem Netzwerk geteilt" in out
