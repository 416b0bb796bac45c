"""Large and strange input: round-trips exactly, or is refused with a clear message.

5 MB notes (the ``MAX_TEXT`` boundary), a network of 500 people, control
characters and NUL bytes (refused, naming the field), bidirectional text and
emoji sequences (kept byte for byte through the vault, JSON and the PDF).
"""

from __future__ import annotations

import io
import json
from datetime import datetime
from pathlib import Path

import pytest
from pypdf import PdfReader

from odnotes.crypto import TEST_POLICY
from odnotes.errors import InvalidImport, InvalidRecord
from odnotes.interchange import export_json, import_json, read_document
from odnotes.model import Meeting, Network, Person, PersonKind, Purpose, Voice, new_id
from odnotes.model.base import MAX_TEXT
from odnotes.summary import meeting_summary
from odnotes.vault import Vault, open_unlocked
from tests.conftest import PASSPHRASE

STRANGE = {
    "rtl_override": "Päivi said \u202eyes\u202c, then laughed",
    "isolates": "\u2067עברית\u2069 and \u2066English\u2069 in one line",
    "arabic_with_numbers": "الاجتماع في ١٢ أكتوبر at 10:00",
    "zwj_family": "👩‍👩‍👧‍👦 and 🧑🏽‍🦯 and 🏳️‍⚧️",
    "combining_stack": "Z\u0351\u0352\u0353oë",
    "tabs_and_newlines": "first line\n\tindented\r\nwindows line",
}
REFUSED = {
    "nul": "before\x00after",
    "bell": "ring\x07",
    "escape": "\x1b[31mred",
    "delete": "rub\x7fout",
    "vertical_tab": "a\x0bb",
}


def reopen(vault: Vault) -> Vault:
    path = vault.path
    vault.close()
    return open_unlocked(path, PASSPHRASE, policy=TEST_POLICY)


def test_a_note_of_exactly_max_text_round_trips_and_one_more_is_refused(vault: Vault) -> None:
    network = Network("Long notes", datetime(2026, 1, 1))
    text = ("Kaikki sanat ovat tärkeitä. 👩‍👧 " * (MAX_TEXT // 30 + 1))[:MAX_TEXT]
    meeting = Meeting(network.id, datetime(2026, 1, 2), voices=[Voice(new_id(), text)])
    vault.save_many([network, meeting])
    with pytest.raises(InvalidRecord, match=r"^text: is longer than 5,000,000 characters"):
        Voice(new_id(), text + "x")
    meeting.voices[0].text += "x"
    with pytest.raises(InvalidRecord, match=r"^voices\[0\]\.text: is longer than 5,000,000"):
        vault.save(meeting)  # an edited record is checked again before saving
    vault = reopen(vault)
    try:
        assert vault.get(Meeting, meeting.id).voices[0].text == text
        assert vault.verify().ok
    finally:
        vault.close()


def test_a_five_megabyte_note_survives_json_export_and_import(vault: Vault, tmp_path: Path) -> None:
    network = Network("Long notes", datetime(2026, 1, 1))
    text = ("Łukasz: ”en tiedä”. " * (MAX_TEXT // 20))[:MAX_TEXT]
    meeting = Meeting(network.id, datetime(2026, 1, 2), purpose=Purpose(text=text))
    vault.save_many([network, meeting])
    path = export_json(vault, tmp_path / "long.json")
    bundle = read_document(path)
    assert bundle.meetings[0].purpose.text == text


def test_a_network_of_five_hundred_people(vault: Vault, tmp_path: Path) -> None:
    network = Network("Village", datetime(2026, 1, 1))
    people = [
        Person(network.id, f"Person {i:03d} Ä", PersonKind.OTHER, relationship="neighbour")
        for i in range(500)
    ]
    present = people[:200]
    meeting = Meeting(
        network.id,
        datetime(2026, 1, 2, 18, 0),
        present=[p.id for p in present],
        voices=[Voice(p.id, f"Words of {p.name}.") for p in present],
    )
    vault.save_many([network, *people, meeting])
    vault = reopen(vault)
    try:
        assert len(vault.all(Person, network_id=network.id)) == 500
        path = export_json(vault, tmp_path / "village.json")
        pdf = meeting_summary(vault, meeting.id).pdf()
    finally:
        vault.close()
    bundle = read_document(path)
    assert len(bundle.people) == 500 and len(bundle.meetings[0].voices) == 200
    text = "".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)
    assert "Person 000 Ä" in text and "Words of Person 199 Ä." in text


@pytest.mark.parametrize("text", STRANGE.values(), ids=STRANGE.keys())
def test_strange_text_round_trips_through_vault_json_and_pdf(
    vault: Vault, tmp_path: Path, text: str
) -> None:
    network = Network("Strange", datetime(2026, 1, 1))
    person = Person(network.id, text.splitlines()[0][:40], PersonKind.FAMILY)
    meeting = Meeting(
        network.id,
        datetime(2026, 1, 2),
        present=[person.id],
        purpose=Purpose(text=text),
        voices=[Voice(person.id, text)],
    )
    vault.save_many([network, person, meeting])
    vault = reopen(vault)
    try:
        assert vault.get(Meeting, meeting.id).voices[0].text == text
        path = export_json(vault, tmp_path / "strange.json")
        summary = meeting_summary(vault, meeting.id)
        pdf = summary.pdf()
    finally:
        vault.close()
    assert read_document(path).meetings[0].voices[0].text == text
    assert pdf.startswith(b"%PDF") and len(PdfReader(io.BytesIO(pdf)).pages) >= 1
    assert isinstance(summary.unprintable(), set)  # what the font cannot draw is reported


@pytest.mark.parametrize("text", REFUSED.values(), ids=REFUSED.keys())
def test_control_characters_and_nul_are_refused_naming_the_field(
    vault: Vault, tmp_path: Path, text: str
) -> None:
    network = Network("Control", datetime(2026, 1, 1))
    with pytest.raises(InvalidRecord, match=r"^text: contains control characters"):
        Purpose(text=text)
    meeting = Meeting(network.id, datetime(2026, 1, 2))
    meeting.purpose.text = text  # typed into an editor: checked again before saving
    with pytest.raises(InvalidRecord, match=r"^purpose\.text: contains control characters"):
        vault.save(meeting)
    with pytest.raises(InvalidRecord, match="name: contains control characters"):
        Person(network.id, text)
    # The same through an interchange file: refused whole, naming where.
    vault.save(network)
    path = export_json(vault, tmp_path / "ok.json")
    document = json.loads(path.read_text(encoding="utf-8"))
    document["networks"][0]["network"]["name"] = text
    path.write_text(json.dumps(document), encoding="utf-8")
    with pytest.raises(InvalidImport, match=r"networks\[0\]\.network\.name: contains control"):
        import_json(vault, path)
    assert [n.name for n in vault.all(Network)] == ["Control"]
