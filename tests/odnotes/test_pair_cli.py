"""``odnotes pair`` links the colleague's stand-in in this vault's team: by name, --as, --new."""

from __future__ import annotations

from pathlib import Path

import pytest

from odnotes.cli import main
from odnotes.exchange import read_card, safety_number


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def _ids(capsys: pytest.CaptureFixture[str], vault: str) -> dict[str, str]:
    """Practitioner name -> the listing's line for them."""
    listing = run(capsys, "list", vault)[1].splitlines()
    return {
        line.split("  ", 1)[1].split("  (")[0]: line for line in listing if line.startswith("pr")
    }


@pytest.fixture
def desk(
    tmp_path: Path, cli_env: dict[str, str], capsys: pytest.CaptureFixture[str]
) -> dict[str, str]:
    """The demo vault (Tuula's, with a stand-in for Sam Okafor) and Sam's own card."""
    tuula_vault, sam_vault = str(tmp_path / "tuula.odvault"), str(tmp_path / "sam.odvault")
    assert run(capsys, "demo", tuula_vault)[0] == 0 and run(capsys, "init", sam_vault)[0] == 0
    ids = {name: line.split()[1] for name, line in _ids(capsys, tuula_vault).items()}
    tuula_card, sam_card = str(tmp_path / "t.odcard"), str(tmp_path / "s.odcard")
    tuula = ids["Tuula Rantanen"]
    assert run(capsys, "card", tuula_vault, "--practitioner", tuula, "--out", tuula_card)[0] == 0
    out = run(capsys, "card", sam_vault, "--new", "Sam Okafor", "--out", sam_card)[1]
    number = str(safety_number(read_card(tuula_card), read_card(sam_card)))
    return {
        "vault": tuula_vault,
        "tuula": tuula,
        "stand_in": ids["Sam Okafor"],
        "umit": ids["Ümit Demir"],
        "sam": out.split()[1],
        "card": sam_card,
        "number": number,
    }


def _pair(
    capsys: pytest.CaptureFixture[str], d: dict[str, str], *extra: str
) -> tuple[int, str, str]:
    return run(
        capsys, "pair", d["vault"], d["card"], "--practitioner", d["tuula"], "--confirm",
        d["number"], *extra,
    )  # fmt: skip


def test_without_as_the_one_practitioner_with_their_name_is_linked_and_said(
    desk: dict[str, str], capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, _ = _pair(capsys, desk)
    assert code == 0 and f"linked {desk['stand_in']}  Sam Okafor" in out
    listed = _ids(capsys, desk["vault"])["Sam Okafor"]
    assert listed.endswith(f"(same person as {desk['sam']})")


def test_new_links_nobody(desk: dict[str, str], capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = _pair(capsys, desk, "--new")
    assert code == 0 and "paired " in out and "linked" not in out
    assert "same person" not in _ids(capsys, desk["vault"])["Sam Okafor"]


def test_as_links_the_one_named_and_refuses_someone_using_the_vault(
    desk: dict[str, str], capsys: pytest.CaptureFixture[str]
) -> None:
    code, _, err = _pair(capsys, desk, "--as", desk["tuula"])
    assert code == 1 and "cannot be linked" in err and "nothing was paired" in err
    with pytest.raises(SystemExit):  # one or the other
        _pair(capsys, desk, "--as", desk["stand_in"], "--new")
    assert "not allowed with" in capsys.readouterr().err
    code, out, _ = _pair(capsys, desk, "--as", desk["umit"])
    assert code == 0 and f"linked {desk['umit']}  Ümit Demir" in out
    assert "same person" not in _ids(capsys, desk["vault"])["Sam Okafor"]
