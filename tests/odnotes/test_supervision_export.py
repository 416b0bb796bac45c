"""The supervision export: no real name or date survives into PDF, Markdown or JSON."""

from __future__ import annotations

import json
import re
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from pypdf import PdfReader

from odnotes import meetings
from odnotes.model import Meeting, Network, Person, PersonKind, Practitioner, UncertaintyEntry
from odnotes.supervision import (
    ExportError,
    ExportOptions,
    SupervisionMaterial,
    write_files,
)
from odnotes.supervision import export as export_module
from odnotes.vault import Vault
from tests.odnotes.supervision_names import (
    EXACT_DATES,
    PLACES,
    UNIQUE_NAMES,
    UNKNOWN_NAMES,
    WORD_NAMES,
    HardNames,
    write_hard_names,
)


@pytest.fixture
def hard(vault: Vault) -> HardNames:
    return write_hard_names(vault)


def material(vault: Vault, hard: HardNames, **options: bool) -> SupervisionMaterial:
    return SupervisionMaterial(
        vault, [hard.network.id], options=ExportOptions(**{"include_drafts": True, **options})
    )


def answer_as_a_practitioner(m: SupervisionMaterial) -> None:
    """Replace what is a name, accept the verbs."""
    m.answer(accept={w.word for w in m.review.words if w.word in ("will", "mark")})
    m.answer(replace={w.word: w.suggestion for w in m.review.words})


def leaks(text: str) -> list[str]:
    found = [n for n in UNIQUE_NAMES if re.search(rf"(?<!\w){n}(?!\w)", text, re.IGNORECASE)]
    found += [n for n in WORD_NAMES if re.search(rf"(?<!\w){n}(?!\w)", text)]
    found += [n for n in UNKNOWN_NAMES + PLACES if n.casefold() in text.casefold()]
    found += [d for d in EXACT_DATES if d.casefold() in text.casefold()]
    found += [y for y in ("2025", "2024") if y in text]
    return found


def test_review_lists_ambiguous_names_and_unknown_capitalised_words(
    vault: Vault, hard: HardNames
) -> None:
    m = material(vault, hard, include_team_only=True, include_practice=True)
    listed = {w.word: w for w in m.review.words}
    # Lower-case names that are also words, and a word-name starting a sentence where the
    # same word is also written in lower case, are asked about, not replaced...
    assert {"Will", "will", "mark", "annie"} <= set(listed)
    assert "could be the name of" in listed["will"].reason
    # ...as are names nobody listed.
    assert {"Liisa", "Annabel"} <= set(listed)
    # Common words, "willing" and "a rose" never are.
    assert not {"willing", "rose", "Only", "GP", "Place"} & set(listed)
    for word in listed.values():
        for start, end in word.occurrences:
            assert m.review.text[start:end] == word.word


def test_clear_names_are_replaced_everywhere_with_spans(vault: Vault, hard: HardNames) -> None:
    m = material(vault, hard, include_team_only=True)
    text = m.review.text
    assert "Mother's worry is that the person at the centre stops eating" in text
    assert "I told Sister that GP called" in text
    assert "Sister's room" in text and "We met at [a place] library" in text
    assert "The person at the centre said she was willing to try" in text
    assert "I picked a rose for the person at the centre" in text  # "hopey", the nickname
    names = [s for s in m.review.spans if s.kind == "name"]
    assert names and all(text[s.start : s.end] for s in names)
    assert {"Anna's", "Dr Berg", "Lindqvist", "Kemi", "hopey"} <= {s.original for s in names}
    assert "Dr Berg" not in text and "Dr GP" not in text


def test_nothing_is_written_until_every_word_is_answered(
    vault: Vault, hard: HardNames, tmp_path: Path
) -> None:
    m = material(vault, hard)
    out = tmp_path / "out"
    out.mkdir()
    with pytest.raises(ExportError, match="still look like names"):
        write_files(m, out)
    assert list(out.iterdir()) == []


def test_every_format_is_free_of_names_dates_and_places(
    vault: Vault, hard: HardNames, tmp_path: Path
) -> None:
    m = material(vault, hard, include_team_only=True, include_practice=True)
    answer_as_a_practitioner(m)
    assert m.review.clear, [w.word for w in m.review.words]
    written = write_files(m, tmp_path)
    assert sorted(p.suffix for p in written) == [".json", ".md", ".pdf"]
    pdf = tmp_path / "supervision-export.pdf"
    pdf_text = "\n".join(page.extract_text() for page in PdfReader(pdf).pages)
    markdown = (tmp_path / "supervision-export.md").read_text()
    data = (tmp_path / "supervision-export.json").read_text()
    assert "Mother's worry" in markdown and "Mother" in pdf_text
    assert "Friend B" in data and "[a place] library" in markdown
    for name, text in (("pdf", pdf_text), ("md", markdown), ("json", data)):
        assert leaks(text) == [], name
    # The verb stays a verb, the flower a flower, and the practice reflection came along.
    assert "will come next time" in markdown and "I picked a rose" in markdown
    assert "Practice reflection" in markdown and "Two or more practitioners" in pdf_text
    loaded = json.loads(data)
    assert loaded["networks"][0]["meetings"][0]["present"][0] == "the person at the centre"
    assert loaded["networks"][0]["practice"][0]["fully"] == 1


def test_team_only_items_are_left_out_by_default_and_counted(vault: Vault, hard: HardNames) -> None:
    m = material(vault, hard)
    assert "meet on day 11" not in m.markdown
    assert "1 item kept to the team was left out of this export." in m.markdown
    assert m.tree["networks"][0]["team_only_left_out"] == 1
    with_team = material(vault, hard, include_team_only=True)
    assert "kept to the team: " in with_team.markdown


def test_practice_reflection_only_by_choice(vault: Vault, hard: HardNames) -> None:
    assert "Practice reflection" not in material(vault, hard).markdown
    assert "practice" not in material(vault, hard).tree["networks"][0]


def test_a_second_export_never_overwrites_the_first(
    vault: Vault, hard: HardNames, tmp_path: Path
) -> None:
    m = material(vault, hard)
    m.accept_all()
    first = write_files(m, tmp_path, ["md"])
    second = write_files(m, tmp_path, ["md"])
    assert first[0].name == "supervision-export.md"
    assert second[0].name == "supervision-export-2.md"


def test_only_chosen_meetings_and_a_missing_folder_is_clear(
    vault: Vault, hard: HardNames, tmp_path: Path
) -> None:
    m = SupervisionMaterial(vault, [hard.network.id], [hard.meetings[1].id])
    assert "Meeting 2" in m.markdown and "Meeting 1:" not in m.markdown
    m.accept_all()
    with pytest.raises(ExportError, match="folder does not exist"):
        write_files(m, tmp_path / "nowhere")
    with pytest.raises(ExportError, match="at least one network"):
        SupervisionMaterial(vault, [])


def test_demo_network_exports_without_its_names(
    demo_vault: tuple[Vault, object], tmp_path: Path
) -> None:
    vault, network = demo_vault
    options = ExportOptions(include_team_only=True, include_drafts=True)
    m = SupervisionMaterial(vault, [network.id], options=options)  # type: ignore[attr-defined]
    assert [w.word for w in m.review.words] == []
    for name in ("Maija", "Päivi", "Łukasz", "Luk", "Zoë", "Øyvind", "Berg", "Tuula", "Sam",
                 "Ümit", "Riverside", "2026", "October"):  # fmt: skip
        assert not re.search(rf"(?<!\w){name}(?!\w)", m.markdown), name


def test_drafts_are_left_out_unless_asked_for(vault: Vault, hard: HardNames) -> None:
    """Issue 12 item 15: the draft meeting was exported by default."""
    default = SupervisionMaterial(vault, [hard.network.id])
    assert [m["label"] for m in default.tree["networks"][0]["meetings"]] == ["Meeting 1"]
    assert "1 meeting still in draft was left out of this export." in default.markdown
    with_drafts = material(vault, hard)
    assert [m["status"] for m in with_drafts.tree["networks"][0]["meetings"]] == [
        "finalised",
        "draft",
    ]
    assert "still in draft" not in with_drafts.markdown
    chosen = SupervisionMaterial(vault, [hard.network.id], [hard.meetings[1].id])
    assert chosen.tree["networks"][0]["meetings"][0]["status"] == "draft"


def test_no_figure_is_counted_to_the_day_of_the_export(vault: Vault) -> None:
    """An open uncertainty's days are counted to the latest meeting, never to today.

    Counted to today (as before), a question raised in 2025 would be "open" for
    hundreds of days, and with the export's date the real dates could be worked out.
    """
    team = Practitioner("Tuula Rantanen")
    network = Network("Fictional", datetime(2025, 3, 3, 9, 0), practitioner_ids=[team.id])
    centre = Person(network.id, "Aino", PersonKind.CENTRE)
    first, last = datetime(2025, 3, 4, 10, 0), datetime(2025, 4, 3, 10, 0)
    held = [
        Meeting(
            network.id,
            when,
            present=[centre.id],
            facilitators=[team.id],
            uncertainties=[UncertaintyEntry(question="Whether to move", whose=[centre.id])]
            if when == first
            else [],
        )
        for when in (first, last)
    ]
    signed = [
        meetings.finalise(m, [team.id], (m.starts_at + timedelta(hours=2)).replace(tzinfo=UTC))
        for m in held
    ]
    vault.save_many([team, network, centre, *signed])
    m = SupervisionMaterial(vault, [network.id])
    [question] = m.tree["networks"][0]["continuity"]["open_uncertainties"]
    assert question["days_open"] == 30
    assert "(raised in meeting 1; still open at meeting 2, 30 days later)" in m.markdown
    assert "today" not in build_tree_parameters()


def build_tree_parameters() -> list[str]:
    import inspect

    return list(inspect.signature(export_module.build_tree).parameters)


def test_answering_the_review_redraws_without_reading_the_vault_again(
    vault: Vault, hard: HardNames, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Each answer used to rebuild everything from the vault (4.6-11 s for 40 meetings)."""
    m = material(vault, hard, include_team_only=True)
    calls: list[object] = []
    monkeypatch.setattr(vault, "all", lambda *a, **k: calls.append(a) or [])
    m.answer(accept={"will"})
    m.accept_all()
    assert calls == [] and m.review.clear
    assert "will come next time" in m.markdown


def test_the_core_of_this_feature_never_imports_qt() -> None:
    import subprocess
    import sys

    code = (
        "import sys, odnotes.supervision, odnotes.indicators, odnotes.cli.supervision_commands; "
        "print('PySide6' in sys.modules)"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.stdout.strip() == "False"
