"""Summary file names: short, safe on any disk, with the network and the day, never colliding."""

from __future__ import annotations

import os
import re
from datetime import datetime
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from odnotes.cli import main
from odnotes.model import Meeting, Network, Person, new_id
from odnotes.summary.filenames import (
    NAME_BYTES,
    NAME_CHARS,
    copy_paths,
    file_safe,
    meeting_file_name,
    network_file_name,
)
from tests.odnotes.test_summary_cli import demo_file  # noqa: F401 - a fixture


@given(st.text(max_size=400))
def test_any_name_becomes_a_short_safe_file_name(name: str) -> None:
    safe = file_safe(name, "member")
    assert safe and len(safe) <= NAME_CHARS and len(safe.encode()) <= NAME_BYTES
    assert re.fullmatch(r"[\w-]+", safe) and "_" not in safe
    assert not safe.startswith("-") and not safe.endswith("-")
    assert "/" not in safe and "\\" not in safe and "." not in safe


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Päivi Mäkinen (mum)", "Päivi-Mäkinen-mum"),
        ("Łukasz", "Łukasz"),
        ("../../etc/passwd", "etc-passwd"),
        ("🌈🌈", "member"),
        ("Aleksandra" * 30, "AleksandraAleksandraAlek"),
        ("三" * 30, "三" * 16),  # 16 characters of 3 bytes each: the byte cap
    ],
)
def test_examples(name: str, expected: str) -> None:
    assert file_safe(name, "member") == expected


def _meeting(network: Network, day: str) -> Meeting:
    return Meeting(network.id, datetime.fromisoformat(day))


def test_two_networks_on_one_day_get_different_names() -> None:
    contact = datetime(2026, 9, 7, 15, 0)
    maija, aino = Network("Maija", contact), Network("Aino", contact)
    names = {meeting_file_name(n, _meeting(n, "2026-09-08T10:00")) for n in (maija, aino)}
    assert names == {"summary-Maija-2026-09-08.pdf", "summary-Aino-2026-09-08.pdf"}
    meetings = [_meeting(maija, "2026-09-08T10:00"), _meeting(maija, "2026-10-01T09:00")]
    assert network_file_name(maija, meetings) == "network-summary-Maija-2026-10-01.pdf"


def test_copies_never_share_a_name() -> None:
    network = new_id()
    people = [
        Person(network, "Maija"),
        Person(network, "maija"),
        Person(network, "Aleksandra" * 30),
        Person(network, "Aleksandra" * 29 + "X"),
        Person(network, "🌈"),
    ]
    paths = copy_paths(Path("/out/copy.pdf"), people)
    assert [p.name for p in paths] == [
        "copy-Maija.pdf",
        "copy-maija-2.pdf",
        "copy-AleksandraAleksandraAlek.pdf",
        "copy-AleksandraAleksandraAlek-2.pdf",
        "copy-member.pdf",
    ]


def test_the_cli_names_the_file_by_itself(
    demo_file: tuple[Path, str, str],  # noqa: F811
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    vault, network, meeting = demo_file
    here = tmp_path / "here"
    here.mkdir()
    monkeypatch.chdir(here)
    assert main(["summary", str(vault), "--meeting", meeting]) == 0
    assert os.listdir(here) == ["summary-Maija-2026-09-11.pdf"]
    folder = tmp_path / "folder"
    folder.mkdir()
    assert main(["summary", str(vault), "--network", network, "-o", str(folder)]) == 0
    assert os.listdir(folder) == ["network-summary-Maija-2026-09-18.pdf"]
    assert main(["summary", str(vault), "--network", network, "-o", str(folder)]) == 1
    assert main(["summary", str(vault), "--network", network, "-o", str(folder), "--force"]) == 0
