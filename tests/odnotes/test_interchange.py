"""The JSON interchange format round-trips, and a bad file changes nothing."""

from __future__ import annotations

import copy
import json
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from odnotes.errors import InvalidImport
from odnotes.interchange import (
    Bundle,
    export_json,
    import_json,
    parse_document,
    read_document,
    to_document,
)
from odnotes.model import Meeting, Network, Person, Practitioner
from odnotes.vault import Vault
from tests.odnotes.strategies import networks, practitioners


def snapshot(vault: Vault) -> tuple[int, bytes]:
    rows = vault._file.rows("SELECT COUNT(*) FROM records")[0][0]
    return rows, vault.path.read_bytes()


def fresh_vault(folder: Path) -> Vault:
    from odnotes.crypto import TEST_POLICY, fast_test_params

    vault, _ = Vault.create(
        folder / "fresh.odvault", "passphrase-2026", kdf=fast_test_params(), policy=TEST_POLICY
    )
    return vault


def test_export_then_import_into_a_new_vault_is_identical(
    demo_vault: tuple[Vault, Network], tmp_path: Path
) -> None:
    source, _ = demo_vault
    path = export_json(source, tmp_path / "all.json")
    assert path.stat().st_mode & 0o077 == 0
    with fresh_vault(tmp_path) as other:
        assert import_json(other, path) == 12
        for cls in (Practitioner, Network, Person, Meeting):
            by_id = {r.id: r for r in source.all(cls)}
            assert {r.id: r for r in other.all(cls)} == by_id


@given(
    people=st.lists(practitioners, max_size=3, unique_by=lambda p: p.id),
    nets=st.lists(networks, max_size=3, unique_by=lambda n: n.id),
)
@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
def test_documents_round_trip(people: list[Practitioner], nets: list[Network]) -> None:
    known = {p.id for p in people}
    for network in nets:
        network.practitioner_ids = [pid for pid in network.practitioner_ids if pid in known]
    bundle = Bundle(practitioners=people, networks=nets)
    text = json.dumps(to_document(bundle), ensure_ascii=False)
    parsed = parse_document(json.loads(text))
    assert parsed.practitioners == people and parsed.networks == nets


def demo_document(vault: Vault) -> dict:
    from odnotes.interchange import bundle_from_vault

    return to_document(bundle_from_vault(vault))


BREAKAGES = {
    "not json": lambda d: "{not json",
    "a list": lambda d: [],
    "wrong format": lambda d: d | {"format": "something-else"},
    "newer version": lambda d: d | {"version": 99},
    "version as text": lambda d: d | {"version": "1"},
    "unknown top field": lambda d: d | {"extra": 1},
    "networks not a list": lambda d: d | {"networks": {}},
    "unknown record field": lambda d: _edit(d, lambda n: n["people"][0].update(shoe_size=42)),
    "missing required field": lambda d: _edit(d, lambda n: n["people"][0].pop("name")),
    "empty name": lambda d: _edit(d, lambda n: n["people"][0].update(name="  ")),
    "bad enum": lambda d: _edit(d, lambda n: n["people"][0].update(kind="cousin")),
    "bad date": lambda d: _edit(d, lambda n: n["meetings"][0].update(starts_at="31/12/2026")),
    "aware meeting time": lambda d: _edit(
        d, lambda n: n["meetings"][0].update(starts_at="2026-09-08T10:00:00+02:00")
    ),
    "bad id": lambda d: _edit(d, lambda n: n["meetings"][0].update(id="1")),
    "number as text": lambda d: _edit(d, lambda n: n["meetings"][0].update(duration_minutes="90")),
    "bool as number": lambda d: _edit(d, lambda n: n["people"][0].update(large_print=1)),
    "team only without reason": lambda d: _edit(
        d, lambda n: n["meetings"][0]["voices"][0]["sharing"].update(shared=False)
    ),
    "outside decision without reason": lambda d: _edit(
        d, lambda n: n["meetings"][1]["decisions"][1].update(outside_reason="")
    ),
    "control character": lambda d: _edit(
        d, lambda n: n["meetings"][0]["voices"][0].update(text="a\u0000b")
    ),
    "dangling person": lambda d: _edit(
        d, lambda n: n["meetings"][0]["present"].append("3f7a0c3e-6f7e-4a0e-9d4b-8a1d2b3c4d5e")
    ),
    "person of another network": lambda d: _edit(
        d, lambda n: n["people"][0].update(network_id="3f7a0c3e-6f7e-4a0e-9d4b-8a1d2b3c4d5e")
    ),
    "duplicate id": lambda d: _edit(d, lambda n: n["people"][1].update(id=n["people"][0]["id"])),
    "deeply nested": lambda d: "[" * 100_000 + "]" * 100_000,
    "not utf-8": lambda d: b"\xff\xfe\x00{",
}


def _edit(document: dict, change) -> dict:  # type: ignore[no-untyped-def]
    document = copy.deepcopy(document)
    change(document["networks"][0])
    return document


@pytest.mark.parametrize("breakage", BREAKAGES.values(), ids=BREAKAGES.keys())
def test_an_invalid_file_is_refused_and_changes_nothing(
    demo_vault: tuple[Vault, Network], tmp_path: Path, breakage
) -> None:  # type: ignore[no-untyped-def]
    vault, _ = demo_vault
    broken = breakage(demo_document(vault))
    path = tmp_path / "in.json"
    if isinstance(broken, bytes):
        path.write_bytes(broken)
    else:
        path.write_text(broken if isinstance(broken, str) else json.dumps(broken))
    # Import into a fresh vault so id clashes with the source are not what is tested.
    fresh = fresh_vault(tmp_path)
    try:
        before = snapshot(fresh)
        with pytest.raises(InvalidImport) as caught:
            import_json(fresh, path)
        assert str(caught.value)  # a human line naming what is wrong
        assert "Traceback" not in str(caught.value)
        assert snapshot(fresh)[0] == before[0]
        assert fresh.all(Person) == []
    finally:
        fresh.close()


def test_error_names_the_field(demo_vault: tuple[Vault, Network]) -> None:
    vault, _ = demo_vault
    document = _edit(
        demo_document(vault), lambda n: n["meetings"][0]["voices"][1].update(verbatim="yes")
    )
    with pytest.raises(
        InvalidImport,
        match=r"networks\[0\]\.meetings\[0\]\.voices\[1\]\.verbatim: must be true or false",
    ):
        parse_document(document)


def test_importing_twice_is_refused_whole(
    demo_vault: tuple[Vault, Network], tmp_path: Path
) -> None:
    vault, _ = demo_vault
    path = export_json(vault, tmp_path / "again.json")
    before = snapshot(vault)[0]
    with pytest.raises(InvalidImport, match="already in this vault"):
        import_json(vault, path)
    assert snapshot(vault)[0] == before


def test_missing_file_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(InvalidImport, match="could not be read"):
        read_document(tmp_path / "nowhere.json")


def test_practice_reflections_travel_with_their_network(
    demo_vault: tuple[Vault, Network], tmp_path: Path
) -> None:
    from odnotes.model.practice import PracticeRating, PracticeReflection

    vault, network = demo_vault
    meeting = min(vault.all(Meeting, network_id=network.id), key=lambda m: m.starts_at)
    reflection = PracticeReflection.blank(meeting.id, network.id)
    reflection.ratings[0].rating = PracticeRating.FULLY
    reflection.ratings[0].words = "Both of us were there throughout."
    vault.save(reflection)
    path = export_json(vault, tmp_path / "with-practice.json")
    with fresh_vault(tmp_path) as other:
        assert import_json(other, path) == 13
        assert other.all(PracticeReflection) == [reflection]
