"""The exchange on the command line: card, pair, share, sync (issue 14, item 4)."""

from __future__ import annotations

from pathlib import Path

import pytest

from odnotes.cli import exchange_commands, main
from odnotes.cli.common import terminal_translator
from odnotes.exchange import read_card, safety_number
from tests.odnotes.sharing.words import marking


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def _field(out: str, word: str) -> str:
    return next(line.split()[1] for line in out.splitlines() if line.startswith(word + " "))


@pytest.fixture
def laptops(
    tmp_path: Path,
    cli_env: dict[str, str],
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> dict[str, str]:
    """Anna's demo vault and Ben's new one, with their cards written (a terminal in English)."""
    monkeypatch.setenv("LANGUAGE", "en")
    a, b = str(tmp_path / "anna.odvault"), str(tmp_path / "ben.odvault")
    assert run(capsys, "demo", a)[0] == 0 and run(capsys, "init", b)[0] == 0
    listing = run(capsys, "list", a)[1]
    anna, network = _field(listing, "practitioner"), _field(listing, "network")
    code, out, _ = run(
        capsys, "card", a, "--practitioner", anna, "--out", str(tmp_path / "a.odcard")
    )
    assert code == 0 and out.startswith("card ")
    code, out, _ = run(
        capsys,
        "card",
        b,
        "--new",
        "Ben Fictional",
        "--role",
        "nurse",
        "--out",
        str(tmp_path / "b.odcard"),
    )
    assert code == 0
    ben = _field(out, "practitioner")
    folder = tmp_path / "exchange"
    folder.mkdir()
    return {
        "a": a,
        "b": b,
        "anna": anna,
        "ben": ben,
        "network": network,
        "a_card": str(tmp_path / "a.odcard"),
        "b_card": str(tmp_path / "b.odcard"),
        "folder": str(folder),
    }


def test_pair_share_and_sync_carry_a_network_to_a_colleague(
    laptops: dict[str, str], capsys: pytest.CaptureFixture[str]
) -> None:
    v = laptops
    number = str(safety_number(read_card(v["a_card"]), read_card(v["b_card"])))
    code, out, _ = run(
        capsys, "pair", v["a"], v["b_card"], "--practitioner", v["anna"], "--confirm", number
    )
    assert code == 0 and number.split()[0] in out and "paired " in out
    ben_card = _field(out, "paired")
    code, out, _ = run(
        capsys,
        "pair",
        v["b"],
        v["a_card"],
        "--practitioner",
        v["ben"],
        "--confirm",
        number.replace(" ", "\n"),
    )
    assert code == 0
    code, out, _ = run(
        capsys, "share", v["a"], v["network"], "--with", ben_card[:16], "--folder", v["folder"]
    )
    assert code == 0 and out.startswith(f"shared {v['network']}")
    code, out, _ = run(capsys, "sync", v["a"], "--practitioner", v["anna"])
    assert (code, out.strip()) == (0, "Sent 1 file, received 0 changes.")
    code, out, _ = run(capsys, "sync", v["b"], "--practitioner", v["ben"], "--folder", v["folder"])
    assert code == 0 and "received" in out and "refused" not in out
    assert v["network"] in run(capsys, "list", v["b"])[1]
    code, out, _ = run(capsys, "sync", v["b"], "--practitioner", v["ben"])  # folder remembered
    assert (code, out.strip()) == (0, "Sent 0 files, received 0 changes.")


def test_a_wrong_safety_number_pairs_nothing(
    laptops: dict[str, str], capsys: pytest.CaptureFixture[str]
) -> None:
    v = laptops
    code, out, err = run(
        capsys, "pair", v["a"], v["b_card"], "--practitioner", v["anna"], "--confirm", "12345 " * 12
    )
    assert code == 1 and "not paired" in err and err.count("\n") == 1
    code, _, err = run(capsys, "pair", v["a"], v["b_card"], "--practitioner", v["anna"])
    assert code == 1 and "--confirm" in err  # no terminal to ask in
    code, _, err = run(capsys, "share", v["a"], v["network"], "--with", "0" * 16)
    assert code == 1 and "pair first" in err


def test_a_refused_file_makes_sync_exit_1_after_keeping_the_rest(
    laptops: dict[str, str], capsys: pytest.CaptureFixture[str]
) -> None:
    v = laptops
    number = str(safety_number(read_card(v["a_card"]), read_card(v["b_card"])))
    ben_card = _field(
        run(capsys, "pair", v["a"], v["b_card"], "--practitioner", v["anna"], "--confirm", number)[
            1
        ],
        "paired",
    )
    anna_card = _field(
        run(capsys, "pair", v["b"], v["a_card"], "--practitioner", v["ben"], "--confirm", number)[
            1
        ],
        "paired",
    )
    run(capsys, "share", v["a"], v["network"], "--with", ben_card, "--folder", v["folder"])
    run(capsys, "sync", v["a"], "--practitioner", v["anna"])
    stray = f"odx-{anna_card[:16]}-{ben_card[:16]}-{1:016d}-{'0' * 32}.odx"
    (Path(v["folder"]) / stray).write_bytes(b"not an exchange file")
    code, out, _ = run(capsys, "sync", v["b"], "--practitioner", v["ben"], "--folder", v["folder"])
    assert code == 1 and "1 file refused" in out and "received" in out
    assert v["network"] in run(capsys, "list", v["b"])[1]
    (Path(v["folder"]) / stray).write_bytes(b"not an exchange file, changed")
    with pytest.MonkeyPatch.context() as patch:  # the summary speaks the terminal's language
        patch.setattr(exchange_commands, "terminal_translator", marking)
        code, out, _ = run(capsys, "sync", v["b"], "--practitioner", v["ben"])
    assert code == 1
    assert out.strip() == (
        "«Sent #0 files», «received #0 changes»; «#1 file refused: "
        f"{stray}: «This is not an OD Notes exchange file.»»"
    )


@pytest.mark.parametrize(
    ("environment", "language"),
    [
        ({"LANG": "fi_FI.UTF-8"}, "fi"),
        ({"LANG": "de_DE@euro"}, "de"),
        ({"LANGUAGE": "sv:pl:de", "LANG": "fi_FI.UTF-8"}, "pl"),
        ({"LC_ALL": "pl_PL.UTF-8", "LANG": "de_DE.UTF-8"}, "pl"),
        ({"LC_MESSAGES": "C", "LANG": "fi_FI.UTF-8"}, "en"),
        ({"LANG": "C.UTF-8"}, "en"),
        ({"LANG": "sv_SE.UTF-8"}, "en"),
        ({}, "en"),
    ],
)
def test_the_terminal_s_language_is_chosen_as_gettext_does(
    environment: dict[str, str], language: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    for name in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        monkeypatch.delenv(name, raising=False)
    for name, value in environment.items():
        monkeypatch.setenv(name, value)
    assert terminal_translator().language == language


def test_an_unknown_practitioner_or_missing_folder_is_one_line(
    laptops: dict[str, str], capsys: pytest.CaptureFixture[str]
) -> None:
    v = laptops
    code, _, err = run(capsys, "sync", v["a"], "--practitioner", v["ben"])
    assert code == 1 and "no practitioner" in err and err.count("\n") == 1
    code, _, err = run(capsys, "sync", v["a"], "--practitioner", v["anna"])
    assert code == 1 and "No exchange folder" in err
