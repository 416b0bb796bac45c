"""``odnotes export-supervision`` and ``odnotes open-supervision``."""

from __future__ import annotations

from pathlib import Path

import pytest

from odnotes.cli import main
from odnotes.vault import Vault
from tests.odnotes.supervision_names import write_hard_names


@pytest.fixture
def hard_vault(vault: Vault) -> tuple[Path, str]:
    hard = write_hard_names(vault)
    path = vault.path
    vault.close()
    return path, hard.network.id


def test_review_list_blocks_the_export_until_accepted(
    hard_vault: tuple[Path, str],
    tmp_path: Path,
    cli_env: dict[str, str],
    capsys: pytest.CaptureFixture[str],
) -> None:
    path, network_id = hard_vault
    out = tmp_path / "out"
    out.mkdir()
    args = ["export-supervision", str(path), "--network", network_id, "-o", str(out)]
    assert main(args) == 1
    captured = capsys.readouterr()
    assert "These words may still be names" in captured.out
    assert "  Liisa  (1 time;" in captured.out and "  will  (" in captured.out
    assert "Nothing was written" in captured.err
    assert list(out.iterdir()) == []
    assert main([*args, "--replace", "Liisa=a cousin", "--accept-names"]) == 0
    assert sorted(p.name for p in out.iterdir()) == [
        "supervision-export.json",
        "supervision-export.md",
        "supervision-export.pdf",
    ]
    markdown = (out / "supervision-export.md").read_text()
    assert "[a place] library with her cousin a cousin" in markdown
    assert "Anna " not in markdown and "Anna's" not in markdown


def test_drafts_are_left_out_unless_asked_for(
    hard_vault: tuple[Path, str],
    tmp_path: Path,
    cli_env: dict[str, str],
    capsys: pytest.CaptureFixture[str],
) -> None:
    """Issue 12 item 15: the draft meeting was exported by default."""
    path, network_id = hard_vault
    args = ["export-supervision", str(path), "--network", network_id, "--accept-names",
            "--formats", "md", "-o"]  # fmt: skip
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    assert main([*args, str(tmp_path / "a")]) == 0
    assert "1 meeting still in draft was left out; add --include-drafts" in capsys.readouterr().err
    finalised_only = (tmp_path / "a" / "supervision-export.md").read_text()
    assert "### Meeting 1" in finalised_only and "### Meeting 2" not in finalised_only
    assert main([*args, str(tmp_path / "b"), "--include-drafts"]) == 0
    assert "### Meeting 2" in (tmp_path / "b" / "supervision-export.md").read_text()


def test_encrypted_round_trip(
    hard_vault: tuple[Path, str],
    tmp_path: Path,
    cli_env: dict[str, str],
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    path, network_id = hard_vault
    monkeypatch.setenv("ODNOTES_EXPORT_PASSPHRASE", "usb stick passphrase")
    args = ["export-supervision", str(path), "--network", network_id, "--include-practice",
            "--encrypt", "--accept-names", "-o", str(tmp_path)]  # fmt: skip
    assert main(args) == 0
    [sealed] = tmp_path.glob("*.odsup")
    capsys.readouterr()
    assert main(["open-supervision", str(sealed)]) == 0
    shown = capsys.readouterr().out
    assert shown.startswith("# Supervision material") and "Practice reflection" in shown
    monkeypatch.setenv("ODNOTES_EXPORT_PASSPHRASE", "wrong")
    assert main(["open-supervision", str(sealed)]) == 1
    assert "does not open this export" in capsys.readouterr().err


def test_bad_replace_argument(
    hard_vault: tuple[Path, str], tmp_path: Path, cli_env: dict[str, str],
    capsys: pytest.CaptureFixture[str],
) -> None:  # fmt: skip
    path, network_id = hard_vault
    args = ["export-supervision", str(path), "--network", network_id, "-o", str(tmp_path),
            "--replace", "Kemi"]  # fmt: skip
    assert main(args) == 1
    assert "--replace takes WORD=REPLACEMENT" in capsys.readouterr().err
