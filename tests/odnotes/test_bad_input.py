"""Bad input from outside ends in one clear error naming what is wrong, never "unexpected".

The cases an independent tester found (issue 11, items 6 to 9): a number of
5,001 digits, a lone surrogate in a voice or a name, ``/dev/zero`` given as
a file, a ``.odsup`` header of 4,000 ``[``, a vault header of the same, an
export written over an existing file, and a person with a 300-letter name.
"""

from __future__ import annotations

import contextlib
import copy
import errno
import hashlib
import json
import os
import sqlite3
import struct
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from odnotes.cli import main
from odnotes.crypto import TEST_POLICY, fast_test_params
from odnotes.errors import DamagedVault, InvalidImport, OutputExists
from odnotes.interchange import (
    bundle_from_vault,
    export_json,
    import_json,
    read_document,
    to_document,
)
from odnotes.model import Meeting, Network, Person
from odnotes.supervision.sealed import MAGIC, DamagedExport, open_sealed, read_sealed
from odnotes.vault import Vault, open_unlocked
from tests.conftest import PASSPHRASE
from tests.odnotes.summary_helpers import pdf_text

HUGE_NUMBER = "9" * 5001
DEEP = "[" * 4000


def demo_document(vault: Vault) -> dict[str, Any]:
    return json.loads(json.dumps(to_document(bundle_from_vault(vault))))


def write(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path


def empty_vault(folder: Path) -> Vault:
    vault, _ = Vault.create(
        folder / "target.odvault", PASSPHRASE, kdf=fast_test_params(), policy=TEST_POLICY
    )
    return vault


def refused(vault: Vault, path: Path) -> str:
    """Import must raise InvalidImport and add nothing; returns the message."""
    before = len(vault.all(Person))
    with pytest.raises(InvalidImport) as caught:
        import_json(vault, path)
    assert len(vault.all(Person)) == before
    return str(caught.value)


# -- item 6: numbers, surrogates, endless files ---------------------------------------------


def test_a_number_of_5001_digits_names_its_field(
    demo_vault: tuple[Vault, Network], tmp_path: Path
) -> None:
    vault, _ = demo_vault
    text = json.dumps(demo_document(vault)).replace(
        '"duration_minutes": 90', f'"duration_minutes": {HUGE_NUMBER}', 1
    )
    assert HUGE_NUMBER in text
    with empty_vault(tmp_path) as target:
        message = refused(target, write(tmp_path / "big.json", text))
    assert message == (
        "networks[0].meetings[0].duration_minutes: is a number of 5,001 digits, far too long"
    )


def test_a_huge_number_anywhere_is_refused_cleanly(tmp_path: Path) -> None:
    for text in (
        HUGE_NUMBER,
        f'{{"format": "odnotes-interchange", "version": {HUGE_NUMBER}}}',
        f'{{"format": "odnotes-interchange", "version": 1, "networks": [-{HUGE_NUMBER}]}}',
    ):
        with pytest.raises(InvalidImport):
            read_document(write(tmp_path / "n.json", text))


def _string_fields(value: Any, path: str = "") -> Iterator[str]:
    """JSON paths of every string a person typed (ids, dates and choices left out)."""
    if isinstance(value, dict):
        for key, item in value.items():
            yield from _string_fields(item, f"{path}.{key}" if path else key)
    elif isinstance(value, list):
        for i, item in enumerate(value):
            yield from _string_fields(item, f"{path}[{i}]")
    elif isinstance(value, str) and path.rsplit(".", 1)[-1] in TYPED_FIELDS:
        yield path


TYPED_FIELDS = {
    "name",
    "other_names",
    "relationship",
    "language",
    "pronouns",
    "text",
    "words",
    "what",
    "place_detail",
    "note",
    "question",
    "reason",
    "outside_reason",
    "told",
}


def _set(document: Any, path: str, value: str) -> None:
    parts = path.replace("[", ".[").split(".")
    *parents, last = parts
    for part in parents:
        document = document[int(part[1:-1])] if part.startswith("[") else document[part]
    if last.startswith("["):
        document[int(last[1:-1])] = value
    else:
        document[last] = value


def test_a_lone_surrogate_in_any_typed_field_is_refused_naming_it(
    demo_vault: tuple[Vault, Network], tmp_path: Path
) -> None:
    """Every name and voice (and every other typed text) of the demo, each in turn."""
    vault, _ = demo_vault
    document = demo_document(vault)
    fields = list(_string_fields(document))
    assert any(f.endswith("people[0].name") for f in fields)
    assert any(".voices[" in f and f.endswith(".text") for f in fields)
    for field in fields:
        broken = copy.deepcopy(document)
        _set(broken, field, "Maija \ud800 said")
        path = tmp_path / "surrogate.json"
        path.write_text(json.dumps(broken), encoding="utf-8")  # written as the escape \ud800
        assert "\\ud800" in path.read_text(encoding="utf-8")
        with pytest.raises(InvalidImport) as caught:
            read_document(path)
        message = str(caught.value)
        assert message.startswith(field.split("[")[0]), (field, message)
        assert "broken character" in message, (field, message)
        assert field in message or field.rsplit("[", 1)[0] in message, (field, message)
        assert "Maija" not in message


def test_dev_zero_is_refused_quickly_by_what_is_read(tmp_path: Path) -> None:
    """/dev/zero reports size 0 and never ends: the cap is on the bytes read."""
    zero = Path("/dev/zero")
    if not zero.exists():
        pytest.skip("no /dev/zero on this system")
    started = time.monotonic()
    with pytest.raises(InvalidImport, match="too large"):
        read_document(zero)
    with pytest.raises(DamagedExport, match="far larger"):
        read_sealed(zero, "any passphrase", TEST_POLICY)
    assert time.monotonic() - started < 60  # a guard against hanging, not a timing claim


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no named pipes on this system")
def test_an_import_through_a_pipe_is_capped_by_what_is_read(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A pipe reports size 0 too; with a small cap the test needs to send little."""
    monkeypatch.setattr("odnotes.interchange.MAX_IMPORT_BYTES", 1000)
    fifo = tmp_path / "pipe.json"
    os.mkfifo(fifo)
    text = ("[" + "1," * 2000 + "1]").encode()

    def send() -> None:
        with contextlib.suppress(BrokenPipeError), open(fifo, "wb") as pipe:
            pipe.write(text)

    sender = threading.Thread(target=send)
    sender.start()
    try:
        with pytest.raises(InvalidImport, match="too large"):
            read_document(fifo)
    finally:
        sender.join(timeout=30)


# -- item 7: nesting in every JSON read from outside -----------------------------------------


def sealed_with_header(header: bytes) -> bytes:
    prefix = MAGIC + struct.pack(">I", len(header)) + header
    return prefix + hashlib.sha256(prefix).digest() + bytes(60)


@pytest.mark.parametrize(
    "header",
    [DEEP.encode(), f'{{"format": {DEEP}'.encode(), HUGE_NUMBER[:4000].encode()],
    ids=["4000 brackets", "nested inside an object", "4000 digits"],
)
def test_a_sealed_export_header_nested_too_deeply_is_damaged(header: bytes) -> None:
    with pytest.raises(DamagedExport, match="header is unreadable"):
        open_sealed(sealed_with_header(header), "any passphrase", TEST_POLICY)


@pytest.mark.parametrize("key", ["kdf", "slot_passphrase"])
@pytest.mark.parametrize(
    "value",
    [DEEP, '{"algorithm": "argon2id", "memory_kib": ' + HUGE_NUMBER + "}"],
    ids=["4000 brackets", "5001 digits"],
)
def test_a_vault_header_nested_too_deeply_is_damaged(vault: Vault, key: str, value: str) -> None:
    path = vault.path
    vault.close()
    connection = sqlite3.connect(path)
    with connection:
        connection.execute("UPDATE meta SET value = ? WHERE key = ?", (value, key))
    connection.close()
    with pytest.raises(DamagedVault):
        open_unlocked(path, PASSPHRASE, readonly=True, policy=TEST_POLICY)


# -- item 8: nothing replaced silently -----------------------------------------------------


def test_export_json_never_replaces_a_file_unless_asked(vault: Vault, tmp_path: Path) -> None:
    (tmp_path / "out").mkdir()
    target = write(tmp_path / "out" / "all.json", "the clinician's other file")
    with pytest.raises(OutputExists):
        export_json(vault, target)
    assert target.read_text(encoding="utf-8") == "the clinician's other file"
    assert [p.name for p in target.parent.iterdir()] == ["all.json"]
    export_json(vault, target, replace=True)
    assert json.loads(target.read_text(encoding="utf-8"))["format"] == "odnotes-interchange"


def test_the_cli_refuses_to_overwrite_without_force(
    tmp_path: Path, cli_env: dict[str, str], capsys: pytest.CaptureFixture[str]
) -> None:
    vault = str(tmp_path / "v.odvault")
    assert main(["demo", vault]) == 0
    target = write(tmp_path / "all.json", "keep me")
    capsys.readouterr()
    assert main(["export-json", vault, "-o", str(target)]) == 1
    err = capsys.readouterr().err
    assert "already there" in err and "--force" in err and err.count("\n") == 1
    assert target.read_text(encoding="utf-8") == "keep me"
    assert main(["export-json", vault, "-o", str(target), "--force"]) == 0
    assert json.loads(target.read_text(encoding="utf-8"))["format"] == "odnotes-interchange"


# -- item 9: long names, short file names, all copies or none -------------------------------

LONG_NAME = "Aleksandra" * 30  # 300 letters


@pytest.fixture
def long_named(tmp_path: Path, cli_env: dict[str, str]) -> tuple[Path, str]:
    """The demo vault with a fifth recipient whose name is 300 letters long."""
    path = tmp_path / "demo.odvault"
    assert main(["demo", str(path)]) == 0
    with open_unlocked(path, PASSPHRASE, policy=TEST_POLICY) as vault:
        network = vault.all(Network)[0]
        vault.save(Person(network.id, LONG_NAME))
        meeting = min(vault.all(Meeting, network_id=network.id), key=lambda m: m.starts_at)
    return path, meeting.id


def copies_for_everyone(vault: Path, meeting: str, folder: Path) -> tuple[int, Path]:
    """Run ``summary --for-everyone`` into a new, empty folder; the exit code and the base path."""
    out = folder / "copies" / "copy.pdf"
    out.parent.mkdir()
    return main(
        ["summary", str(vault), "--meeting", meeting, "--for-everyone", "-o", str(out)]
    ), out


def test_a_300_letter_name_gets_a_short_file_name_and_every_copy_is_written(
    long_named: tuple[Path, str], tmp_path: Path
) -> None:
    code, out = copies_for_everyone(*long_named, tmp_path)
    assert code == 0
    names = sorted(p.name for p in out.parent.iterdir())
    assert len(names) == 5, names
    assert all(len(n.encode()) <= 80 for n in names), names
    long_copy = next(n for n in names if n.startswith("copy-Aleks"))
    printed = "".join(pdf_text((out.parent / long_copy).read_bytes()).split())
    assert f"For{LONG_NAME}" in printed  # a name wider than the page wraps inside the word


def test_a_failed_copy_leaves_no_copy_and_names_nobody(
    long_named: tuple[Path, str],
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The disk fills up at the fourth copy: none of the five is left, and the error is clean."""
    from odnotes import files

    real = files._write_new
    calls = []

    def fill_up(path: Path, data: bytes) -> None:
        calls.append(path)
        if len(calls) == 4:
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC), str(path))
        real(path, data)

    monkeypatch.setattr(files, "_write_new", fill_up)
    capsys.readouterr()
    code, out = copies_for_everyone(*long_named, tmp_path)
    assert code == 1
    err = capsys.readouterr().err
    assert "disk is full" in err
    assert list(out.parent.iterdir()) == []
    for name in ("Aleksandra", "Maija", "Päivi", "Zoë", "Łukasz"):
        assert name not in err


def test_a_refused_file_name_is_never_quoted(
    tmp_path: Path, cli_env: dict[str, str], capsys: pytest.CaptureFixture[str]
) -> None:
    """The disk's own message names the path; ours gives only the reason."""
    vault = tmp_path / "v.odvault"
    assert main(["demo", str(vault)]) == 0
    with open_unlocked(vault, PASSPHRASE, readonly=True, policy=TEST_POLICY) as opened:
        meeting = opened.all(Meeting)[0].id
    out = tmp_path / ("Maija-" + "x" * 300 + ".pdf")
    capsys.readouterr()
    assert main(["summary", str(vault), "--meeting", meeting, "-o", str(out)]) == 1
    err = capsys.readouterr().err
    assert "File name too long" in err and "Maija" not in err and err.count("\n") == 1
