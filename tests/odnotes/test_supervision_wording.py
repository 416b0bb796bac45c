"""The supervision export in the team's language (issue 15): fi, de and pl, never English.

Every word the export writes itself (headings, labels, relative dates, the
chart's legend, the footer, counts) comes from the catalog, in PDF, Markdown
and JSON; what people said stays as typed, and the same words are replaced
whatever the language.
"""

from __future__ import annotations

import json
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader

from odnotes.cli import main
from odnotes.i18n import translator
from odnotes.indicators import describe_wait
from odnotes.model import Network, Person, PersonKind
from odnotes.supervision import ExportError, ExportOptions, SupervisionMaterial, write_files
from odnotes.supervision.dates import RelativeDates
from odnotes.supervision.labels import person_labels
from odnotes.vault import Vault
from tests.odnotes.deid_networks import english, finnish, german, polish, write_network
from tests.odnotes.supervision_names import HardNames, write_hard_names
from tests.odnotes.test_supervision_languages import measure

# Headings and fixed wording of PDF and Markdown in each language (the chart's legend too).
HEADINGS = {
    "fi": ["Työnohjausaineisto", "Verkoston henkilöt", "Jatkuvuus", "Puheenvuorot", "Päätökset",
           "Läsnä:", "Täysin", "Tunnisteeton"],
    "de": ["Material für die Supervision", "Personen im Netzwerk", "Kontinuität", "Stimmen",
           "Entscheidungen", "Anwesend:", "Voll", "Anonymisiert"],
    "pl": ["Materiał do superwizji", "Osoby w sieci", "Ciągłość", "Wypowiedzi", "Decyzje",
           "Obecni:", "W pełni", "Zanonimizowane"],
}  # fmt: skip
# Labels and relative dates, in every format (JSON holds them as values).
LABELS = {
    "fi": ["Verkosto 1", "Tapaaminen 1", "keskushenkilö", "Äiti", "Työntekijä 1 (sairaanhoitaja)",
           "ensimmäisen yhteydenoton jälkeen"],
    "de": ["Netzwerk 1", "Treffen 1", "Person im Mittelpunkt", "Mutter",
           "Fachkraft 1 (Pflegefachkraft)", "nach dem Erstkontakt"],
    "pl": ["Sieć 1", "Spotkanie 1", "osoba w centrum", "Matka",
           "Pracownik 1 (pielęgniarka/pielęgniarz)", "po pierwszym kontakcie"],
}  # fmt: skip
CHART_HEADING = {
    "fi": "| Osatekijä | Täysin |",
    "de": "| Element | Voll |",
    "pl": "| Element | W pełni |",
}
# A meeting's heading: its label, then its day counted from first contact.
MEETING_HEADING = {
    "fi": "### Tapaaminen 1: päivä ",
    "de": "### Treffen 1: Tag ",
    "pl": "### Spotkanie 1: dzień ",
}
FOOTER = {"fi": "Sivu 1", "de": "Seite 1", "pl": "Strona 1"}
# The English export's own words, none of which may be left in another language's.
ENGLISH_WORDS = [
    "Supervision material", "People in the network", "Continuity", "Voices", "Decisions",
    "Network 1", "Meeting 1", "the person at the centre", "Practitioner 1", "after first contact",
    "Present:", "Absent:", "Facilitators:", "Place:", "Page 1", "Not at all", "De-identified",
    "proposed by", "kept to the team", "Dialogic practice", "nobody", "not recorded", "Follow-up",
]  # fmt: skip
EVERYTHING = {"include_drafts": True, "include_team_only": True, "include_practice": True}


@pytest.fixture
def hard(vault: Vault) -> HardNames:
    return write_hard_names(vault)


def exported(vault: Vault, hard: HardNames, folder: Path, language: str) -> dict[str, str]:
    """Write every format in ``language`` after accepting every word; the text of each."""
    material = SupervisionMaterial(
        vault, [hard.network.id], options=ExportOptions(**EVERYTHING, language=language)
    )
    material.accept_all()
    folder.mkdir()
    write_files(material, folder)
    reader = PdfReader(folder / "supervision-export.pdf")
    return {
        "PDF": " ".join(" ".join(page.extract_text().split()) for page in reader.pages),
        "Markdown": (folder / "supervision-export.md").read_text(),
        "JSON": (folder / "supervision-export.json").read_text(),
    }


def _keys(value: Any) -> Any:
    """The shape of a JSON value: its keys, recursively, without the values."""
    if isinstance(value, dict):
        return {k: _keys(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_keys(v) for v in value[:1]]
    return None


@pytest.mark.parametrize("language", ["fi", "de", "pl"])
def test_every_format_speaks_the_chosen_language_and_no_english(
    vault: Vault, hard: HardNames, tmp_path: Path, language: str
) -> None:
    texts = exported(vault, hard, tmp_path / language, language)
    english_json = json.loads(exported(vault, hard, tmp_path / "en", "en")["JSON"])
    markdown_headings = [
        line for line in texts["Markdown"].splitlines() if line.startswith("#") or "| " in line
    ]
    for name, text in texts.items():
        wanted = LABELS[language] + (HEADINGS[language] if name != "JSON" else [])
        missing = [w for w in wanted if w.casefold() not in text.casefold()]
        assert missing == [], (name, missing)
        left = [w for w in ENGLISH_WORDS if w in text]
        assert left == [], (name, left)
    assert FOOTER[language] in texts["PDF"]
    assert CHART_HEADING[language] in texts["Markdown"]
    assert MEETING_HEADING[language] in texts["Markdown"]
    assert not any(w in line for line in markdown_headings for w in ENGLISH_WORDS)
    tree = json.loads(texts["JSON"])
    assert tree["language"] == language and english_json["language"] == "en"
    assert _keys(tree) == _keys(english_json)  # a data format: the keys stay English
    meeting = tree["networks"][0]["meetings"][0]
    assert meeting["status"] == english_json["networks"][0]["meetings"][0]["status"]
    assert meeting["label"] == LABELS[language][1]


def _replaced(material: SupervisionMaterial) -> tuple[list[tuple[str, str]], list[str]]:
    """What the export replaced (kind and original words) and what it asks about."""
    spans = [(s.kind, s.original) for s in material.review.spans if s.kind != "label"]
    return sorted(spans), [w.word for w in material.review.words]


@pytest.mark.parametrize(
    "fixture", [english.NETWORK, finnish.NETWORK, german.NETWORK, polish.NETWORK],
    ids=lambda n: n.language,
)  # fmt: skip
def test_the_same_words_are_replaced_and_asked_about_in_every_language(
    vault: Vault, fixture: Any
) -> None:
    written = write_network(vault, fixture)

    def material(language: str) -> SupervisionMaterial:
        options = ExportOptions(include_team_only=True, language=language)
        return SupervisionMaterial(vault, [written.network.id], options=options)

    in_english = _replaced(material("en"))
    assert in_english[0], "the fixture has names, dates and contacts to replace"
    for language in ("fi", "de", "pl"):
        assert _replaced(material(language)) == in_english, language


@pytest.mark.parametrize(
    ("fixture", "language"),
    [(finnish.NETWORK, "fi"), (german.NETWORK, "de"), (polish.NETWORK, "pl")],
    ids=["fi", "de", "pl"],
)
def test_a_teams_notes_exported_in_its_own_language_leave_no_identifier_unasked(
    vault: Vault, tmp_path: Path, fixture: Any, language: str
) -> None:
    """The measure of test_supervision_languages, on the export written in the notes' language."""
    for name, counts in measure(vault, tmp_path, fixture, language).items():
        assert counts.identifiers >= 50, name
        assert counts.never_asked == 0, (name, counts.missed)
        assert counts.words_replaced == 0, name


def _outside_spans(text: Any) -> list[str]:
    """The pieces of de-identified text the export did not put in: what was typed."""
    pieces, position = [], 0
    for span in text.spans:
        pieces.append(text.text[position : span.start])
        position = span.end
    return [*pieces, text.text[position:]]


def test_what_people_said_is_left_as_typed(vault: Vault, hard: HardNames) -> None:
    """Only the replaced words differ between an English and a Finnish export."""
    voices = {
        language: SupervisionMaterial(
            vault, [hard.network.id], options=ExportOptions(**EVERYTHING, language=language)
        ).tree["networks"][0]["meetings"][0]["voices"]
        for language in ("en", "fi")
    }
    for en, fi in zip(voices["en"], voices["fi"], strict=True):
        assert _outside_spans(fi["text"]) == _outside_spans(en["text"])
        assert [s.original for s in fi["text"].spans] == [s.original for s in en["text"].spans]
    told = voices["fi"][1]["text"].text
    assert "I told Sisko that Omalääkäri called on päivä 11 ensimmäisen yhteydenoton" in told
    assert "[paikka] library" in told


def test_plurals_follow_the_locale() -> None:
    first = datetime(2025, 3, 3, 9, 0)
    polish_dates = RelativeDates(first, translator("pl"))
    before = {n: polish_dates.day(first.date() - timedelta(days=n)) for n in (1, 2, 5, 22)}
    assert before == {
        1: "1 dzień przed pierwszym kontaktem",
        2: "2 dni przed pierwszym kontaktem",
        5: "5 dni przed pierwszym kontaktem",
        22: "22 dni przed pierwszym kontaktem",
    }
    years = [polish_dates.year(first.date().replace(year=2025 - n)) for n in (1, 3, 5, 22)]
    assert years == [
        "1 rok przed pierwszym kontaktem",
        "3 lata przed pierwszym kontaktem",
        "5 lat przed pierwszym kontaktem",
        "22 lata przed pierwszym kontaktem",
    ]
    finnish_dates = RelativeDates(first, translator("fi"))
    assert finnish_dates.year(first.date().replace(year=2026)) == (
        "1 vuosi ensimmäisen yhteydenoton jälkeen"
    )
    assert finnish_dates.year(first.date().replace(year=2027)) == (
        "2 vuotta ensimmäisen yhteydenoton jälkeen"
    )
    assert RelativeDates(first, translator("de")).day(first + timedelta(days=12)) == (
        "Tag 12 nach dem Erstkontakt"
    )
    hours = {n: describe_wait(timedelta(hours=n), translator("pl")) for n in (1, 2, 5, 22, 30)}
    assert hours == {
        1: "1 godzina (w ciągu 24 godzin)",
        2: "2 godziny (w ciągu 24 godzin)",
        5: "5 godzin (w ciągu 24 godzin)",
        22: "22 godziny (w ciągu 24 godzin)",
        30: "30 godzin",
    }
    assert describe_wait(timedelta(hours=50), translator("fi")) == "2 päivää 2 tuntia"


def test_counts_in_the_outline_follow_the_locale(vault: Vault, hard: HardNames) -> None:
    material = SupervisionMaterial(
        vault, [hard.network.id], options=ExportOptions(**EVERYTHING, language="pl")
    )
    markdown = material.markdown
    held = material.tree["networks"][0]["continuity"]["meetings_held"]
    form = {1: "spotkania", 2: "spotkań"}[held] if held in (1, 2) else "spotkań"
    assert f"z {held} {form}" in markdown
    facilitated = [p["meetings_attended"] for p in material.tree["networks"][0]["practitioners"]]
    words = {1: "spotkanie", 2: "spotkania", 3: "spotkania", 4: "spotkania"}
    for n in facilitated:
        assert f": {n} {words.get(n, 'spotkań')}" in markdown


def test_labels_stay_distinct_where_two_english_labels_read_the_same() -> None:
    """Finnish says "sisarpuoli" for a half-sister and a stepsister alike."""
    nid = Network("Ella", datetime(2025, 3, 3, 9, 0)).id
    people = [
        Person(nid, "Ella", PersonKind.FAMILY, "half-sister"),
        Person(nid, "Fiona", PersonKind.FAMILY, "stepsister"),
        Person(nid, "Gwen", PersonKind.FAMILY, "mum"),
    ]
    english_labels = person_labels(people)
    finnish_labels = person_labels(people, translator("fi"))
    assert sorted(english_labels.values()) == ["Half-sister", "Mother", "Stepsister"]
    assert sorted(finnish_labels.values()) == ["Sisarpuoli A", "Sisarpuoli B", "Äiti"]


def test_an_unknown_language_is_refused_with_a_clear_message(vault: Vault, hard: HardNames) -> None:
    with pytest.raises(ExportError, match="cannot be written in sv"):
        SupervisionMaterial(vault, [hard.network.id], options=ExportOptions(language="sv"))


def test_the_command_line_takes_a_language(
    vault: Vault, tmp_path: Path, cli_env: dict[str, str], capsys: pytest.CaptureFixture[str]
) -> None:
    hard = write_hard_names(vault)
    path = vault.path
    vault.close()
    out = tmp_path / "out"
    out.mkdir()
    args = ["export-supervision", str(path), "--network", hard.network.id, "--accept-names",
            "--formats", "md", "json", "--language", "de", "-o", str(out)]  # fmt: skip
    assert main(args) == 0
    markdown = (out / "supervision-export.md").read_text()
    assert markdown.startswith("# Material für die Supervision\n")
    assert "### Personen im Netzwerk" in markdown and "People in the network" not in markdown
    assert json.loads((out / "supervision-export.json").read_text())["language"] == "de"
    with pytest.raises(SystemExit):
        main([*args[:-4], "--language", "sv", "-o", str(out)])
    assert "invalid choice: 'sv'" in capsys.readouterr().err
