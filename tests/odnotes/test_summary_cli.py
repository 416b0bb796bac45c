"""``odnotes summary`` from the command line."""

from __future__ import annotations

from pathlib import Path

import pytest

from odnotes.cli import main
from odnotes.continuity import in_order
from odnotes.crypto import TEST_POLICY
from odnotes.model import Meeting, Network
from odnotes.vault import Vault
from tests.odnotes.summary_helpers import body_size, page_sizes, pdf_text


@pytest.fixture
def demo_file(tmp_path: Path, cli_env: dict[str, str]) -> tuple[Path, str, str]:
    path = tmp_path / "demo.odvault"
    assert main(["demo", str(path)]) == 0
    with Vault.open(path, readonly=True, policy=TEST_POLICY) as vault:
        vault.unlock(cli_env["ODNOTES_PASSPHRASE"])
        network = vault.all(Network)[0]
        meeting = in_order(vault.all(Meeting, network_id=network.id))[1]
    return path, network.id, meeting.id


def test_meeting_summary(demo_file: tuple[Path, str, str], tmp_path: Path, capsys) -> None:
    vault, _, meeting = demo_file
    capsys.readouterr()
    out = tmp_path / "out.pdf"
    assert main(["summary", str(vault), "--meeting", meeting, "-o", str(out)]) == 0
    text = pdf_text(out.read_bytes())
    assert "Summary of our meeting" in text and "Zoë" in text
    assert "Wrote" in capsys.readouterr().out


def test_options(demo_file: tuple[Path, str, str], tmp_path: Path) -> None:
    vault, _, meeting = demo_file
    out = tmp_path / "out.pdf"
    args = ["summary", str(vault), "--meeting", meeting, "--large-print", "--paper", "letter"]
    assert main([*args, "--for", "mum", "-o", str(out)]) == 0
    data = out.read_bytes()
    assert "For Päivi" in pdf_text(data)
    assert body_size(data) >= 16
    assert round(page_sizes(data)[0][0]) == 612


def test_for_everyone(demo_file: tuple[Path, str, str], tmp_path: Path) -> None:
    vault, _, meeting = demo_file
    out = tmp_path / "copy.pdf"
    assert (
        main(["summary", str(vault), "--meeting", meeting, "--for-everyone", "-o", str(out)]) == 0
    )
    files = sorted(p.name for p in tmp_path.glob("copy-*.pdf"))
    assert files == sorted(["copy-Maija.pdf", "copy-Päivi.pdf", "copy-Zoë.pdf", "copy-Łukasz.pdf"])
    paivi = (tmp_path / "copy-Päivi.pdf").read_bytes()
    assert "For Päivi" in pdf_text(paivi)
    assert body_size(paivi) >= 16  # Päivi asked for large print
    assert body_size((tmp_path / "copy-Maija.pdf").read_bytes()) < 16


def test_for_everyone_prints_each_copy_in_its_readers_language(
    demo_file: tuple[Path, str, str], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    vault, _, meeting = demo_file
    out = tmp_path / "copy.pdf"
    args = ["summary", str(vault), "--meeting", meeting, "--for-everyone", "-o", str(out)]
    assert main([*args, "--language", "fi"]) == 0
    lukasz = pdf_text((tmp_path / "copy-Łukasz.pdf").read_bytes())  # the demo's Łukasz reads Polish
    assert "Podsumowanie naszego spotkania" in lukasz
    assert "Summary of our meeting" not in lukasz
    maija = pdf_text((tmp_path / "copy-Maija.pdf").read_bytes())  # no language: --language
    assert "Yhteenveto tapaamisestamme" in maija
    assert "Vastaanottaja: Maija" in maija
    assert "Polish" in capsys.readouterr().out


def test_a_copy_for_one_person_is_in_their_language_unless_asked(
    demo_file: tuple[Path, str, str], tmp_path: Path
) -> None:
    vault, _, meeting = demo_file
    out = tmp_path / "out.pdf"
    args = ["summary", str(vault), "--meeting", meeting, "--for", "Łukasz", "-o", str(out)]
    assert main(args) == 0
    assert "Egzemplarz dla: Łukasz" in pdf_text(out.read_bytes())
    assert main([*args, "--language", "de", "--force"]) == 0
    assert "Für Łukasz" in pdf_text(out.read_bytes())


def test_an_unknown_language_is_refused_by_the_cli(
    demo_file: tuple[Path, str, str], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    vault, _, meeting = demo_file
    out = tmp_path / "out.pdf"
    with pytest.raises(SystemExit):
        main(["summary", str(vault), "--meeting", meeting, "--language", "xx", "-o", str(out)])
    assert "invalid choice" in capsys.readouterr().err
    assert not out.exists()


def test_network_summary(demo_file: tuple[Path, str, str], tmp_path: Path) -> None:
    vault, network, _ = demo_file
    out = tmp_path / "net.pdf"
    assert main(["summary", str(vault), "--network", network, "-o", str(out)]) == 0
    assert "Looking back together" in pdf_text(out.read_bytes())


@pytest.mark.parametrize(
    ("extra", "message"),
    [
        (["--meeting", "00000000-0000-4000-8000-000000000000"], "no meeting with the id"),
        (["--network", "00000000-0000-4000-8000-000000000000"], "no network with the id"),
        (["--meeting", "MEETING", "--for", "Nobody"], "Nobody in this network"),
        (["--meeting", "MEETING", "--for", "Zoë", "--for-everyone"], "not both"),
    ],
)
def test_errors_are_one_line(
    demo_file: tuple[Path, str, str], tmp_path: Path, capsys, extra: list[str], message: str
) -> None:
    vault, _, meeting = demo_file
    capsys.readouterr()
    out = tmp_path / "x.pdf"
    args = [meeting if a == "MEETING" else a for a in extra]
    assert main(["summary", str(vault), *args, "-o", str(out)]) == 1
    err = capsys.readouterr().err
    assert message in err and err.count("\n") == 1 and err.startswith("odnotes: ")
    assert not out.exists()


def test_missing_output_folder(demo_file: tuple[Path, str, str], tmp_path: Path, capsys) -> None:
    vault, network, _ = demo_file
    out = tmp_path / "no" / "such" / "x.pdf"
    assert main(["summary", str(vault), "--network", network, "-o", str(out)]) == 1
    assert "does not exist" in capsys.readouterr().err


def test_unprintable_text_is_warned_about(
    demo_file: tuple[Path, str, str], tmp_path: Path, cli_env: dict[str, str], capsys
) -> None:
    path, _, meeting_id = demo_file
    with Vault.open(path, policy=TEST_POLICY) as vault:
        vault.unlock(cli_env["ODNOTES_PASSPHRASE"])
        meeting = in_order(vault.all(Meeting))[2]
        meeting.voices[0].text += " 中文"
        vault.save(meeting)
    capsys.readouterr()
    out = tmp_path / "x.pdf"
    assert main(["summary", str(path), "--meeting", meeting.id, "-o", str(out)]) == 0
    err = capsys.readouterr().err
    assert "warning: 2 character(s) (U+4E2D, U+6587)" in err
    assert "\ufffd\ufffd" in pdf_text(out.read_bytes())
