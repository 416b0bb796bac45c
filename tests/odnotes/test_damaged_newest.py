"""One bad revision never hides a record (issue 11, item 3).

A damaged or foreign newest revision used to make a meeting vanish while its
older revisions were intact, and `export-json` exported 2 of 3 meetings with
exit 0. Now the newest revision that authenticates is shown, the record is
marked damaged, and every command that reads the vault says so.
"""

from __future__ import annotations

import json
import sqlite3
from datetime import datetime
from pathlib import Path

import pytest

from odnotes.cli import main
from odnotes.crypto import TEST_POLICY, fast_test_params
from odnotes.model import Meeting, Network, Person, Voice
from odnotes.vault import Vault, open_unlocked
from tests.conftest import PASSPHRASE
from tests.odnotes.test_tamper import raw


def three_meetings(vault: Vault) -> tuple[Network, list[Meeting]]:
    network = Network("Fictional network", datetime(2026, 1, 5, 9, 0))
    person = Person(network.id, "Aino Fictional")
    vault.save_many([network, person])
    meetings = []
    for day in (6, 13, 20):
        meeting = Meeting(network.id, datetime(2026, 1, day, 10, 0), present=[person.id])
        for n in range(3):  # three revisions each
            meeting.voices.append(Voice(person.id, f"Kalevala{n + 1} words"))
            vault.save(meeting)
        meetings.append(meeting)
    return network, meetings


def spoil_newest(path: Path, record_id: str, *, foreign: bytes | None = None) -> None:
    """Flip a byte of the newest revision, or put another vault's ciphertext there."""
    with raw(path) as conn:
        (revision, blob) = conn.execute(
            "SELECT revision, ciphertext FROM records WHERE record_id = ? "
            "ORDER BY revision DESC LIMIT 1",
            (record_id,),
        ).fetchone()
        spoiled = foreign if foreign is not None else blob[:5] + bytes([blob[5] ^ 1]) + blob[6:]
        conn.execute(
            "UPDATE records SET ciphertext = ? WHERE record_id = ? AND revision = ?",
            (spoiled, record_id, revision),
        )


@pytest.fixture
def spoilt(vault: Vault) -> tuple[Path, Network, list[Meeting]]:
    network, meetings = three_meetings(vault)
    path = vault.path
    vault.close()
    spoil_newest(path, meetings[1].id)
    return path, network, meetings


def test_the_newest_intact_revision_is_shown_and_the_record_marked(
    spoilt: tuple[Path, Network, list[Meeting]],
) -> None:
    path, network, meetings = spoilt
    vault = open_unlocked(path, PASSPHRASE, policy=TEST_POLICY)
    try:
        shown = vault.get(Meeting, meetings[1].id)
        assert [v.text for v in shown.voices] == ["Kalevala1 words", "Kalevala2 words"]
        assert len(vault.all(Meeting, network_id=network.id)) == 3
        assert vault.damaged_ids == {meetings[1].id}
        assert [(d.record_id, d.revision) for d in vault.damaged] == [(meetings[1].id, 3)]
        # Saving again writes revision 4 on top of what is shown: nothing is reused.
        shown.voices.append(Voice(shown.present[0], "after the damage"))
        assert vault.save(shown).revision == 4
    finally:
        vault.close()


def test_a_foreign_newest_revision_falls_back_too(vault: Vault, tmp_path: Path) -> None:
    _, meetings = three_meetings(vault)
    path = vault.path
    vault.close()
    other, _ = Vault.create(
        tmp_path / "other.odvault", PASSPHRASE, kdf=fast_test_params(), policy=TEST_POLICY
    )
    other.save(Network("Another", datetime(2026, 1, 1, 9, 0)))
    other.close()
    with sqlite3.connect(other.path) as conn:
        (foreign,) = conn.execute("SELECT ciphertext FROM records LIMIT 1").fetchone()
    spoil_newest(path, meetings[0].id, foreign=foreign)
    vault = open_unlocked(path, PASSPHRASE, policy=TEST_POLICY)
    try:
        assert len(vault.get(Meeting, meetings[0].id).voices) == 2
        assert vault.damaged_ids == {meetings[0].id}
    finally:
        vault.close()


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_every_reading_command_says_damage_was_found(
    spoilt: tuple[Path, Network, list[Meeting]],
    tmp_path: Path,
    cli_env: dict[str, str],
    capsys: pytest.CaptureFixture[str],
) -> None:
    path, network, meetings = spoilt
    vault = str(path)

    code, out, err = run(capsys, "list", vault)
    assert code == 0 and out.count("  meeting ") == 3
    assert f"meeting {meetings[1].id}" in out and "DAMAGED" in out
    assert "damage was found" in err

    exported = tmp_path / "all.json"
    code, _, err = run(capsys, "export-json", vault, "-o", str(exported))
    assert code != 0 and "damage was found" in err and "--allow-damaged" in err
    assert not exported.exists()
    code, _, err = run(capsys, "export-json", vault, "-o", str(exported), "--allow-damaged")
    assert code == 0 and "damage was found" in err
    (entry,) = json.loads(exported.read_text())["networks"]
    assert len(entry["meetings"]) == 3

    code, _, err = run(
        capsys, "summary", vault, "--meeting", meetings[1].id, "-o", str(tmp_path / "s.pdf")
    )
    assert code == 0 and "damage was found" in err

    (tmp_path / "sup").mkdir()
    code, _, err = run(
        capsys,
        "export-supervision",
        vault,
        "--network",
        network.id,
        "--accept-names",
        "-o",
        str(tmp_path / "sup"),
    )
    assert code == 0 and "damage was found" in err, err
    for words in ("Aino", "Kalevala"):
        assert words not in err
