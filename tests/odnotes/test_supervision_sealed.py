"""The encrypted supervision export: opens only with its passphrase; damage is a clear error."""

from __future__ import annotations

import json
import struct
from pathlib import Path

import pytest

from odnotes.crypto import TEST_POLICY, KdfParams, fast_test_params
from odnotes.supervision import (
    DamagedExport,
    SupervisionMaterial,
    WrongExportPassphrase,
    read_sealed,
    write_encrypted,
)
from odnotes.supervision.sealed import MAGIC, open_sealed, seal_export
from odnotes.vault import Vault

PASSPHRASE = "a separate passphrase for the USB stick"


@pytest.fixture
def sealed(demo_vault: tuple[Vault, object], tmp_path: Path) -> tuple[Path, SupervisionMaterial]:
    vault, network = demo_vault
    material = SupervisionMaterial(vault, [network.id])  # type: ignore[attr-defined]
    material.accept_all()
    out = tmp_path / "usb"
    out.mkdir()
    path = write_encrypted(material, out, PASSPHRASE, fast_test_params())
    return path, material


def test_opens_with_its_passphrase_only(sealed: tuple[Path, SupervisionMaterial]) -> None:
    path, material = sealed
    assert path.suffix == ".odsup" and list(path.parent.iterdir()) == [path]
    opened = read_sealed(path, PASSPHRASE, TEST_POLICY)
    assert opened.markdown == material.markdown
    assert opened.data["networks"][0]["label"] == "Network 1"
    blob = path.read_bytes()
    assert b"Mother" not in blob and b"Network 1" not in blob
    with pytest.raises(WrongExportPassphrase, match="does not open"):
        read_sealed(path, "not the passphrase", TEST_POLICY)


@pytest.mark.parametrize("where", [10, 40, -1, -20])
def test_a_flipped_byte_is_a_clear_error(
    sealed: tuple[Path, SupervisionMaterial], where: int
) -> None:
    path, _ = sealed
    blob = bytearray(path.read_bytes())
    blob[where] ^= 0x01
    with pytest.raises(DamagedExport):
        open_sealed(bytes(blob), PASSPHRASE, TEST_POLICY)


@pytest.mark.parametrize("keep", [0, 5, 30, 200, -1, -16])
def test_truncation_is_a_clear_error(sealed: tuple[Path, SupervisionMaterial], keep: int) -> None:
    path, _ = sealed
    blob = path.read_bytes()
    with pytest.raises(DamagedExport, match="cut short|not an OD Notes|damaged|changed"):
        open_sealed(blob[:keep], PASSPHRASE, TEST_POLICY)


def _with_kdf(params: KdfParams) -> bytes:
    return seal_export("x", {}, PASSPHRASE, params)


def test_kdf_parameters_are_checked_before_any_work() -> None:
    hostile = KdfParams(memory_kib=64 * 1024 * 1024, iterations=1, lanes=1, salt=b"s" * 16)
    header = json.dumps({"format": "odnotes-supervision-sealed", "version": 1,
                         "kdf": hostile.to_plain(), "check": "0"}).encode()  # fmt: skip
    import hashlib

    prefix = MAGIC + struct.pack(">I", len(header)) + header
    blob = prefix + hashlib.sha256(prefix).digest() + b"\0" * 40
    with pytest.raises(DamagedExport, match="key-derivation settings"):
        open_sealed(blob, PASSPHRASE, TEST_POLICY)
    # The default policy refuses the test suite's tiny parameters too.
    with pytest.raises(DamagedExport, match="key-derivation settings"):
        open_sealed(_with_kdf(fast_test_params()), PASSPHRASE)


def test_not_an_export(tmp_path: Path) -> None:
    other = tmp_path / "notes.txt"
    other.write_text("hello")
    with pytest.raises(DamagedExport, match="not an OD Notes supervision export"):
        read_sealed(other, PASSPHRASE, TEST_POLICY)
