"""No clinical text in the vault file, its WAL, its lock file or the temp folder."""

from __future__ import annotations

import os
import tempfile
from datetime import datetime
from pathlib import Path

import pytest

from odnotes.crypto import TEST_POLICY, fast_test_params
from odnotes.demo import demo_batches, write_demo
from odnotes.model import Meeting, Network, Person, PersonKind, Purpose, Voice
from odnotes.vault import Vault
from tests.conftest import PASSPHRASE

DISTINCTIVE = [
    "Xanthippe Quillfeather",
    "Zebulon-Ørsted",
    "Grünwald-Łęczycka",
    "marmalade-submarine-7731",
    "外部公開しないでください",
    "2031-07-19",
    "Pemberton Close",
]


def every_string(records: list[object]) -> set[str]:
    """Every non-id string inside the demo's records (names, words, places)."""
    from odnotes.codec import to_plain

    found: set[str] = set()

    def walk(value: object) -> None:
        if isinstance(value, dict):
            for v in value.values():
                walk(v)
        elif isinstance(value, list):
            for v in value:
                walk(v)
        elif isinstance(value, str) and len(value) >= 4 and value.count("-") != 4:
            found.add(value)

    for record in records:
        walk(to_plain(record))
    return found


@pytest.fixture(autouse=True)
def private_temp(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A temp folder of this test's own, so anything written "to temp" can be searched."""
    temp = tmp_path / "system-temp"
    temp.mkdir()
    monkeypatch.setenv("TMPDIR", str(temp))
    monkeypatch.setattr(tempfile, "tempdir", str(temp))
    return temp


def files_to_search(vault_path: Path) -> list[Path]:
    """Everything beside the vault and everything in the temp folder."""
    temp = Path(tempfile.gettempdir())
    return [p for p in vault_path.parent.iterdir() if p.is_file()] + [
        p for p in temp.rglob("*") if p.is_file()
    ]


def assert_absent(strings: set[str], paths: list[Path]) -> None:
    for path in paths:
        try:
            data = path.read_bytes()
        except OSError:
            continue
        for text in strings:
            for encoding in ("utf-8", "utf-16-le"):
                assert text.encode(encoding) not in data, f"{text!r} found in {path.name}"


def test_distinctive_strings_never_reach_the_disk_in_plain_text(tmp_path: Path) -> None:
    vault, _ = Vault.create(
        tmp_path / "p.odvault", PASSPHRASE, kdf=fast_test_params(), policy=TEST_POLICY
    )
    network = Network(DISTINCTIVE[0], datetime(2031, 7, 19, 9, 0))
    person = Person(network.id, DISTINCTIVE[1], PersonKind.FAMILY, DISTINCTIVE[2])
    meeting = Meeting(
        network.id,
        datetime(2031, 7, 19, 10, 0),
        place_detail=DISTINCTIVE[6],
        present=[person.id],
        purpose=Purpose(text=DISTINCTIVE[3]),
        voices=[Voice(person.id, DISTINCTIVE[4])],
    )
    vault.save_many([network, person, meeting])
    for i in range(30):  # many revisions, so the WAL holds plenty of pages
        meeting.voices[0].text = f"{DISTINCTIVE[4]} {i}"
        vault.save(meeting)
    # Search while the vault is open (WAL and shared memory present), then after closing.
    assert_absent(set(DISTINCTIVE), files_to_search(vault.path))
    vault.close()
    assert_absent(set(DISTINCTIVE), files_to_search(tmp_path / "p.odvault"))


def test_the_demo_leaves_none_of_its_words_in_the_file(tmp_path: Path) -> None:
    vault, _ = Vault.create(
        tmp_path / "d.odvault", PASSPHRASE, kdf=fast_test_params(), policy=TEST_POLICY
    )
    write_demo(vault)
    strings = every_string([r for batch in demo_batches() for r in batch])
    assert {"Maija", "Päivi", "Łukasz", "Dr Øyvind Berg"} <= strings
    assert_absent(strings, files_to_search(vault.path))
    backup = tmp_path / "backup" / "b.odvault"
    backup.parent.mkdir()
    vault.backup(backup)
    vault.close()
    assert_absent(strings, files_to_search(vault.path) + [backup])


def test_error_messages_never_carry_clinical_text(tmp_path: Path) -> None:
    from odnotes.errors import InvalidRecord

    with pytest.raises(InvalidRecord) as caught:
        Person(os.urandom(4).hex(), DISTINCTIVE[0])
    assert DISTINCTIVE[0] not in str(caught.value)
