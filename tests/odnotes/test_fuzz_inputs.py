"""Fuzzing what comes from outside: JSON imports, backups to restore, encrypted exports.

Every generated input must give a clean error of the project's own kind (or,
if the damage happened to be harmless, exactly the original content) and
must write nothing: no records in the vault, no file beside the target.
``make test`` runs a few hundred derandomised examples; ``make fuzz`` runs
thousands of random ones (about 15 minutes on 2 cores).
"""

from __future__ import annotations

import hashlib
import json
import struct
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from odnotes.crypto import TEST_POLICY, fast_test_params
from odnotes.demo import write_demo
from odnotes.errors import InvalidImport, StorageError, VaultError
from odnotes.interchange import export_json, import_json, parse_document, read_document
from odnotes.supervision.sealed import MAGIC, SealedExportError, open_sealed, seal_export
from odnotes.vault import Vault, open_unlocked, restore_backup
from odnotes.vault import vault as vault_module
from tests.conftest import PASSPHRASE
from tests.odnotes.damage import live_records, make_original
from tests.odnotes.fuzzing import fuzz_settings
from tests.odnotes.mutations import JSON_VALUES, mutated_bytes, mutated_document

SEAL_PASSPHRASE = "a separate passphrase for the USB stick"


@pytest.fixture(scope="module")
def interchange(tmp_path_factory: pytest.TempPathFactory) -> tuple[bytes, dict[str, Any]]:
    """The demo network as an interchange file: its bytes and its document."""
    folder = tmp_path_factory.mktemp("interchange")
    vault, _ = Vault.create(
        folder / "demo.odvault", PASSPHRASE, kdf=fast_test_params(), policy=TEST_POLICY
    )
    write_demo(vault)
    path = export_json(vault, folder / "demo.json")
    vault.close()
    data = path.read_bytes()
    return data, json.loads(data)


@pytest.fixture(scope="module")
def target(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Vault]:
    """One empty vault that every import is tried against."""
    folder = tmp_path_factory.mktemp("target")
    vault, _ = Vault.create(
        folder / "target.odvault", PASSPHRASE, kdf=fast_test_params(), policy=TEST_POLICY
    )
    yield vault
    vault.close()


def try_import(vault: Vault, path: Path) -> None:
    """Import must add exactly what it says, or raise InvalidImport and add nothing."""
    before = live_records(vault)
    revisions = sum(vault.revision_count(rid) for rid in before)
    try:
        added = import_json(vault, path)
    except InvalidImport as error:
        assert str(error)
        assert live_records(vault) == before
        assert sum(vault.revision_count(rid) for rid in before) == revisions
        return
    assert len(live_records(vault)) == len(before) + added


@fuzz_settings(suite=150)
@given(data=st.data())
def test_damaged_import_files_are_refused_cleanly(
    interchange: tuple[bytes, dict[str, Any]], target: Vault, tmp_path: Path, data: st.DataObject
) -> None:
    path = tmp_path / "import.json"
    path.write_bytes(data.draw(mutated_bytes(interchange[0])))
    try_import(target, path)


@fuzz_settings(suite=200)
@given(data=st.data())
def test_edited_import_documents_are_refused_cleanly(
    interchange: tuple[bytes, dict[str, Any]], target: Vault, tmp_path: Path, data: st.DataObject
) -> None:
    document = data.draw(mutated_document(interchange[1]))
    try:
        parse_document(document)
    except InvalidImport as error:
        assert str(error)
    path = tmp_path / "import.json"
    path.write_text(json.dumps(document), encoding="utf-8")
    try_import(target, path)


@fuzz_settings(suite=50)
@given(value=JSON_VALUES)
def test_any_json_value_is_refused_cleanly(value: object, tmp_path: Path) -> None:
    path = tmp_path / "any.json"
    path.write_text(json.dumps(value), encoding="utf-8")
    with pytest.raises(InvalidImport):
        read_document(path)


def _seed(document: bytes, old: str, new: str) -> bytes:
    text = document.decode("utf-8")
    assert old in text
    return text.replace(old, new, 1).encode("utf-8")


# The inputs of issue 11 (items 6 and 7), tried on every run beside the generated ones.
IMPORT_SEEDS = {
    "a number of 5,001 digits": lambda d: _seed(
        d, '"duration_minutes": 90', '"duration_minutes": ' + "9" * 5001
    ),
    "a lone surrogate in a name": lambda d: _seed(d, '"name": "Maija"', '"name": "\\ud800"'),
    "a lone surrogate in a voice": lambda d: _seed(
        d, '"text": "I haven', '"text": "\\udc00I haven'
    ),
    "4,000 brackets": lambda d: b"[" * 4000,
    "4,000 brackets in a field": lambda d: _seed(d, '"name": "Maija"', '"name": ' + "[" * 4000),
    "zero bytes (as /dev/zero)": lambda d: bytes(1 << 20),
}


@pytest.mark.parametrize("make", IMPORT_SEEDS.values(), ids=IMPORT_SEEDS.keys())
def test_seeds_from_the_independent_test_are_refused_cleanly(
    interchange: tuple[bytes, dict[str, Any]], target: Vault, tmp_path: Path, make: Any
) -> None:
    path = tmp_path / "seed.json"
    path.write_bytes(make(interchange[0]))
    with pytest.raises(InvalidImport):
        read_document(path)
    try_import(target, path)


def test_deeply_nested_json_is_refused_cleanly(tmp_path: Path) -> None:
    path = tmp_path / "deep.json"
    path.write_text("[" * 100_000 + "]" * 100_000, encoding="utf-8")
    with pytest.raises(InvalidImport):
        read_document(path)


# -- backups ----------------------------------------------------------------------------


@pytest.fixture(scope="module")
def backup(tmp_path_factory: pytest.TempPathFactory) -> tuple[bytes, dict[str, str]]:
    """A small vault's backup file and its records."""
    folder = tmp_path_factory.mktemp("backup")
    original = make_original(folder)
    with open_unlocked(folder / "original.odvault", PASSPHRASE, policy=TEST_POLICY) as vault:
        vault.backup(folder / "backup.odvault")
    return (folder / "backup.odvault").read_bytes(), original.latest


@fuzz_settings(suite=60, fuzz=1_000)
@given(data=st.data())
def test_damaged_backups_restore_whole_or_not_at_all(
    backup: tuple[bytes, dict[str, str]],
    tmp_path_factory: pytest.TempPathFactory,
    data: st.DataObject,
) -> None:
    folder = tmp_path_factory.mktemp("restore")
    source = folder / "backup.odvault"
    source.write_bytes(data.draw(mutated_bytes(backup[0])))
    restored = folder / "restored.odvault"
    vault_module._BACKOFF.clear()
    try:
        report = restore_backup(source, restored, PASSPHRASE, policy=TEST_POLICY)
    except VaultError as error:  # NotAVault, DamagedVault, WrongPassphrase, StorageError...
        assert str(error) and not isinstance(error, StorageError), error
        assert not restored.exists()
        assert not [p for p in folder.iterdir() if "partial" in p.name]
        return
    assert report.ok
    with open_unlocked(restored, PASSPHRASE, policy=TEST_POLICY) as vault:
        assert vault.verify().ok and live_records(vault) == backup[1]


# -- encrypted supervision exports ---------------------------------------------------------


@pytest.fixture(scope="module")
def sealed() -> bytes:
    return seal_export(
        "# Supervision material\n\nA voice.",
        {"meetings": [1, 2]},
        SEAL_PASSPHRASE,
        fast_test_params(),
    )


def try_open(blob: bytes) -> None:
    try:
        opened = open_sealed(blob, SEAL_PASSPHRASE, TEST_POLICY)
    except SealedExportError as error:
        assert str(error)
        return
    assert opened.markdown == "# Supervision material\n\nA voice."
    assert opened.data == {"meetings": [1, 2]}


@fuzz_settings(suite=200)
@given(data=st.data())
def test_damaged_encrypted_exports_are_refused_cleanly(sealed: bytes, data: st.DataObject) -> None:
    try_open(data.draw(mutated_bytes(sealed)))


@fuzz_settings(suite=100)
@given(
    header=st.dictionaries(st.sampled_from(["format", "version", "kdf", "check", "x"]), JSON_VALUES)
    | JSON_VALUES,
    kdf=st.dictionaries(
        st.sampled_from(["algorithm", "memory_kib", "iterations", "lanes", "salt"]), JSON_VALUES
    ),
)
def test_forged_headers_with_a_valid_checksum_are_refused_cleanly(
    sealed: bytes, header: Any, kdf: dict[str, Any]
) -> None:
    """A header rewritten with its SHA-256 recomputed reaches the parameter checks."""
    if isinstance(header, dict) and "kdf" in header:
        header["kdf"] = kdf
    text = json.dumps(header).encode()
    prefix = MAGIC + struct.pack(">I", len(text)) + text
    blob = prefix + hashlib.sha256(prefix).digest() + sealed[-60:]
    with pytest.raises(SealedExportError):
        open_sealed(blob, SEAL_PASSPHRASE, TEST_POLICY)


@pytest.mark.parametrize(
    "header",
    [
        b"[" * 4000,
        b'{"format": "odnotes-supervision-sealed", "version": 1, "kdf": ' + b"[" * 4000,
        b'{"format": "odnotes-supervision-sealed", "version": 1, "kdf": {"memory_kib": '
        + b"9" * 5001
        + b"}}",
        b'{"format": "odnotes-supervision-sealed\\ud800"}',
    ],
    ids=["4,000 brackets", "4,000 brackets in kdf", "5,001 digits", "a lone surrogate"],
)
def test_seed_headers_from_the_independent_test_are_refused_cleanly(
    sealed: bytes, header: bytes
) -> None:
    """Issue 11, item 7: a header of 4,000 [ once ended in "unexpected RecursionError"."""
    prefix = MAGIC + struct.pack(">I", len(header)) + header
    blob = prefix + hashlib.sha256(prefix).digest() + sealed[-60:]
    with pytest.raises(SealedExportError):
        open_sealed(blob, SEAL_PASSPHRASE, TEST_POLICY)
