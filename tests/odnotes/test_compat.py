"""Files written by earlier versions keep opening: the committed fixtures in ``tests/fixtures``.

Every ``vault-v*.odvault`` is opened with the current code under the real
KDF policy, verified, and compared record for record with the interchange
export written beside it. Raising ``FORMAT_VERSION`` adds a fixture and
keeps the old ones, so each migration is tested on a real old file.
"""

from __future__ import annotations

import json
import shutil
import sqlite3
from pathlib import Path
from typing import Any

import pytest

from odnotes.interchange import bundle_from_vault, read_document, to_document
from odnotes.supervision import read_sealed
from odnotes.vault import FORMAT_VERSION, open_unlocked
from tests.fixtures.make_fixtures import EXPORT_PASSPHRASE, PASSPHRASE

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
VAULTS = sorted(FIXTURES.glob("vault-v*.odvault"))


def comparable(document: dict[str, Any]) -> dict[str, Any]:
    """The document without its export time, in id order (a vault has no record order)."""
    by_id = lambda items: sorted(items, key=lambda item: item["id"])  # noqa: E731
    return {
        "practitioners": by_id(document["practitioners"]),
        "networks": sorted(
            (
                {
                    "network": n["network"],
                    "people": by_id(n["people"]),
                    "meetings": by_id(n["meetings"]),
                }
                for n in document["networks"]
            ),
            key=lambda n: n["network"]["id"],
        ),
        "version": document["version"],
    }


def test_there_is_a_fixture_for_the_current_format() -> None:
    assert FIXTURES / f"vault-v{FORMAT_VERSION}.odvault" in VAULTS


@pytest.mark.parametrize("fixture", VAULTS, ids=[p.stem for p in VAULTS])
def test_an_old_vault_opens_verifies_and_holds_its_records(fixture: Path, tmp_path: Path) -> None:
    with sqlite3.connect(f"{fixture.as_uri()}?mode=ro", uri=True) as conn:
        (written_as,) = conn.execute("PRAGMA user_version").fetchone()
    assert written_as <= FORMAT_VERSION
    copy = tmp_path / fixture.name  # opening for writing must never touch the committed file
    shutil.copyfile(fixture, copy)
    # The old export as today's code reads it: fields added since take their defaults.
    written = json.loads(fixture.with_suffix(".json").read_text(encoding="utf-8"))
    expected = to_document(read_document(fixture.with_suffix(".json")))
    expected["version"] = written["version"]
    with open_unlocked(copy, PASSPHRASE) as vault:  # the real policy, not the test one
        report = vault.verify()
        assert report.ok, report.lines()
        assert comparable(to_document(bundle_from_vault(vault))) == comparable(expected)
        history = [len(vault.history(m["id"])) for n in expected["networks"] for m in n["meetings"]]
        assert max(history) >= 2  # the amended meeting kept both revisions


@pytest.mark.parametrize("fixture", VAULTS, ids=[p.stem for p in VAULTS])
def test_an_old_interchange_file_still_reads(fixture: Path) -> None:
    bundle = read_document(fixture.with_suffix(".json"))
    assert [n.name for n in bundle.networks] == ["Maija"]
    assert len(bundle.meetings) == 3 and len(bundle.people) == 5


def test_an_old_encrypted_supervision_export_still_opens() -> None:
    for sealed in sorted(FIXTURES.glob("supervision-v*.odsup")):
        opened = read_sealed(sealed, EXPORT_PASSPHRASE)
        assert opened.markdown.startswith("#")
        assert "Maija" not in opened.markdown  # de-identified when it was written
        assert opened.data
