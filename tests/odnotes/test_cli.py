"""The command line: every subcommand works, has --help, and fails in one human line."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from odnotes.cli import build_parser, main
from tests.conftest import PASSPHRASE

ROOT = Path(__file__).resolve().parents[2]


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def subcommands() -> list[str]:
    parser = build_parser()
    action = next(a for a in parser._actions if a.dest == "command")
    return sorted(action.choices)  # type: ignore[arg-type]


@pytest.mark.parametrize("command", subcommands())
def test_every_subcommand_has_help(command: str, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as done:
        main([command, "--help"])
    assert done.value.code == 0
    assert "usage: odnotes" in capsys.readouterr().out


def test_demo_verify_and_list(
    tmp_path: Path, cli_env: dict[str, str], capsys: pytest.CaptureFixture[str]
) -> None:
    vault = str(tmp_path / "demo.odvault")
    code, out, _ = run(capsys, "demo", vault)
    assert code == 0 and "recovery key" in out
    code, out, _ = run(capsys, "verify", vault)
    assert code == 0 and "Everything is intact." in out
    code, out, _ = run(capsys, "list", vault)
    assert code == 0 and out.count("  meeting ") == 3 and "amended 1x" in out


def test_backup_restore_passwd_recover(
    tmp_path: Path,
    cli_env: dict[str, str],
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    vault = str(tmp_path / "v.odvault")
    _, out, _ = run(capsys, "demo", vault)
    recovery = out.split("shown only this once):")[1].split()[0]
    assert run(capsys, "backup", vault, "-o", str(tmp_path / "b.odvault"))[0] == 0
    code, _, err = run(capsys, "backup", vault, "-o", str(tmp_path / "b.odvault"))
    assert code == 1 and "never writes over" in err
    assert run(capsys, "restore", str(tmp_path / "b.odvault"), str(tmp_path / "r.odvault"))[0] == 0
    code, _, err = run(capsys, "restore", str(tmp_path / "b.odvault"), vault)
    assert code == 1 and "never writes over" in err
    monkeypatch.setenv("ODNOTES_NEW_PASSPHRASE", "second passphrase")
    assert run(capsys, "passwd", vault)[0] == 0
    monkeypatch.setenv("ODNOTES_PASSPHRASE", "second passphrase")
    assert run(capsys, "verify", vault)[0] == 0
    monkeypatch.setenv("ODNOTES_RECOVERY_KEY", recovery)
    monkeypatch.setenv("ODNOTES_NEW_PASSPHRASE", "third passphrase")
    assert run(capsys, "recover", vault)[0] == 0
    monkeypatch.setenv("ODNOTES_PASSPHRASE", "third passphrase")
    assert run(capsys, "verify", vault)[0] == 0


def test_export_and_import_json(
    tmp_path: Path, cli_env: dict[str, str], capsys: pytest.CaptureFixture[str]
) -> None:
    run(capsys, "demo", str(tmp_path / "a.odvault"))
    run(capsys, "init", str(tmp_path / "b.odvault"))
    code, _, err = run(
        capsys, "export-json", str(tmp_path / "a.odvault"), "-o", str(tmp_path / "a.json")
    )
    assert code == 0 and "NOT encrypted" in err
    code, out, _ = run(capsys, "import-json", str(tmp_path / "b.odvault"), str(tmp_path / "a.json"))
    assert code == 0 and "Imported 12 records" in out


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["verify", "{tmp}/missing.odvault"], "There is no vault"),
        (["init", "{tmp}/exists.odvault"], "never writes over a vault"),
        (["verify", "{tmp}/exists.odvault", "--wrong-passphrase"], "does not unlock"),
        (["import-json", "{tmp}/exists.odvault", "{tmp}/bad.json"], "not valid JSON"),
        (["verify", "{tmp}/bad.json"], "not an OD Notes vault"),
    ],
)
def test_errors_are_one_human_line(
    tmp_path: Path,
    cli_env: dict[str, str],
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    args: list[str],
    message: str,
) -> None:
    run(capsys, "init", str(tmp_path / "exists.odvault"))
    (tmp_path / "bad.json").write_text("{oops")
    args = [a.format(tmp=tmp_path) for a in args]
    if "--wrong-passphrase" in args:
        args.remove("--wrong-passphrase")
        monkeypatch.setenv("ODNOTES_PASSPHRASE", "not the passphrase")
    code, _, err = run(capsys, *args)
    assert code == 1
    assert err.count("\n") == 1 and err.startswith("odnotes: ") and message in err
    assert "Traceback" not in err


def test_python_dash_m_and_no_terminal_without_passphrase(tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if not k.startswith("ODNOTES_")}
    env["ODNOTES_TEST_FAST_KDF"] = "1"
    done = subprocess.run(
        [sys.executable, "-m", "odnotes", "init", str(tmp_path / "x.odvault")],
        cwd=ROOT,
        env=env,
        stdin=subprocess.DEVNULL,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 1
    assert "set ODNOTES_PASSPHRASE or run in a terminal" in done.stderr
    assert not (tmp_path / "x.odvault").exists()
    env["ODNOTES_PASSPHRASE"] = PASSPHRASE
    done = subprocess.run(
        [sys.executable, "-m", "odnotes", "demo", str(tmp_path / "x.odvault")],
        cwd=ROOT,
        env=env,
        stdin=subprocess.DEVNULL,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 0, done.stderr
