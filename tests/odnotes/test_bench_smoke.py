"""The benchmark code runs end to end on a tiny vault (no timing is asserted anywhere)."""

from __future__ import annotations

from pathlib import Path

import pytest

from bench import baselines, document, measure, printing, report
from bench.floor import Floor
from bench.generate import PASSPHRASE, Generated, generate
from odnotes.model import Meeting, Network
from odnotes.search import SearchIndex


@pytest.fixture(scope="module")
def made(tmp_path_factory: pytest.TempPathFactory) -> Generated:
    return generate(24, cache=tmp_path_factory.mktemp("bench"), big=4)


def test_generated_vault_and_baselines_hold_the_same_records(made: Generated) -> None:
    vault = made.open_vault(readonly=True)
    try:
        ours = {m.id: m for m in vault.all(Meeting)}
        assert len(ours) == 24
        assert len(vault.all(Meeting, network_id=made.big_network_id)) == 4
        assert len(vault.all(Network)) == made.networks
    finally:
        vault.close()
    for opener, path in (
        (baselines.open_plain, made.plain_path),
        (baselines.open_sqlcipher, made.sqlcipher_path),
    ):
        store = opener(path)
        try:
            live = store.latest()
        finally:
            store.close()
        assert {r.id: r for r in live.values() if isinstance(r, Meeting)} == ours
    assert made.sqlcipher_path.read_bytes()[:16] != b"SQLite format 3\x00"


def test_generation_is_reproducible(tmp_path: Path, made: Generated) -> None:
    again = generate(24, cache=tmp_path, big=4)
    assert again.big_network_id == made.big_network_id


def test_every_measurement_runs_and_the_report_is_written(made: Generated, tmp_path: Path) -> None:
    floor = Floor(made.vault_path, PASSPHRASE)
    try:
        results = [
            measure.networks_after_key(made, floor, 1),
            *measure.full_index(made, floor, 1, 1),
            measure.open_and_index(made, 1),
            measure.open_network(made, 1),
            measure.save_one(made, 1),
        ]
    finally:
        floor.close()
    vault = made.open_vault(readonly=True)
    try:
        results += measure.search(vault, made.meetings, rounds=1)
        results += measure.summaries(vault, made, repeat=1)
    finally:
        vault.close()
    assert all(r.ours > 0 for r in results if not r.measure.startswith("Search p95, queries"))
    assert results[0].floor and results[1].floor and results[0].verdict and results[1].verdict
    assert results[2].floor and results[3].floor  # the cold and first builds, beside the floor
    opened = results[4]
    assert opened.plain is not None and opened.sqlcipher is not None
    table = report.table(results)
    assert table.count("\n") == len(results) + 1
    target = tmp_path / "performance.md"
    document.write(target, results, table, report.scaling(results, [24]), "test", 1.0, "")
    text = target.read_text(encoding="utf-8")
    assert "## Method" in text and "Open + networks list + search index" in text
    assert "the floor" in text and "## Targets" in text


def test_the_floor_reads_what_the_vault_holds(made: Generated) -> None:
    """The floor, written from the format doc alone, finds every network and record."""
    vault = made.open_vault(readonly=True)
    try:
        names = sorted((n.name for n in vault.all(Network)), key=str.casefold)
        live = len(measure.all_records(vault))
    finally:
        vault.close()
    floor = Floor(made.vault_path, PASSPHRASE)
    try:
        assert floor.networks_list() == names
        assert floor.every_record() == live
    finally:
        floor.close()


def test_index_search_finds_generated_words(made: Generated) -> None:
    vault = made.open_vault(readonly=True)
    try:
        index = SearchIndex([*vault.all(Network), *vault.all(Meeting)])
        hits = index.search("wanted to talk")
        assert hits and all(h.kind == "purpose" for h in hits)
        assert hits[0].meeting_id and "wanted to talk" in hits[0].snippet()
    finally:
        vault.close()


def test_the_long_paragraph_case_runs_and_says_met_or_missed(tmp_path: Path) -> None:
    results = printing.long_paragraph(1, size=20_000)
    assert [r.measure for r in results] == [
        "Print a 0.02 MB paragraph: meeting summary PDF",
        "Print a 0.02 MB paragraph: supervision PDF",
    ]
    assert all(r.ours > 0 and r.verdict in ("met", "**missed**") for r in results)
    assert all(
        " — met" in line or "missed" in line for line in report.table(results).split("\n")[2:]
    )
    assert len(printing.one_paragraph(5000)) == 5000 and "\n" not in printing.one_paragraph(5000)
