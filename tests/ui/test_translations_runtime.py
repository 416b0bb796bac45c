"""Translation files ready for translators, kept in step with the code, and loaded at start-up."""

from __future__ import annotations

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import QApplication

import ui.i18n
import ui.smoke
from odnotes.crypto import TEST_POLICY, fast_test_params
from ui.i18n import LANGUAGES, install_translators
from ui.vault_options import VaultOptions

ROOT = Path(__file__).resolve().parents[2]
TS_DIR = ROOT / "translations"


def messages(ts: Path) -> set[tuple[str, str]]:
    root = ET.parse(ts).getroot()
    return {
        (context.findtext("name") or "", message.findtext("source") or "")
        for context in root.iter("context")
        for message in context.iter("message")
    }


def qt_tool(name: str) -> str:
    tool = Path(sys.executable).with_name(name)
    if not tool.exists():
        found = shutil.which(name)
        if found is None:
            pytest.skip(f"{name} is not installed with PySide6")
        return found
    return str(tool)


def test_a_translation_file_for_each_language() -> None:
    sources = {lang: messages(TS_DIR / f"odnotes_{lang}.ts") for lang in LANGUAGES}
    for lang in LANGUAGES:
        root = ET.parse(TS_DIR / f"odnotes_{lang}.ts").getroot()
        assert root.get("language", "").startswith(lang)
        assert sources[lang] == sources["fi"]
    assert ("ui.menus", "&File") in sources["fi"]
    assert len(sources["fi"]) > 700


def test_translation_files_are_up_to_date(tmp_path: Path) -> None:
    """Changing a user-visible string means running ``make translations-update``."""
    fresh = tmp_path / "odnotes_fi.ts"
    shutil.copy(TS_DIR / "odnotes_fi.ts", fresh)
    subprocess.run(
        [qt_tool("pyside6-lupdate"), "-extensions", "py", "-no-obsolete", "main.py", "ui",
         "-ts", str(fresh)],
        cwd=ROOT, check=True, capture_output=True,
    )  # fmt: skip
    assert messages(fresh) == messages(TS_DIR / "odnotes_fi.ts"), "run make translations-update"


def _compile_finnish(folder: Path) -> None:
    ts = folder / "odnotes_fi.ts"
    ts.write_text(
        '<?xml version="1.0" encoding="utf-8"?><!DOCTYPE TS><TS version="2.1" language="fi_FI">'
        "<context><name>ui.menus</name><message><source>&amp;File</source>"
        "<translation>&amp;Tiedosto</translation></message></context></TS>",
        encoding="utf-8",
    )
    subprocess.run(
        [qt_tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(folder / "odnotes_fi.qm")],
        check=True,
    )


def test_translations_load_for_the_system_language(
    qapp: QApplication, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _compile_finnish(tmp_path)
    monkeypatch.setattr(ui.i18n, "translations_dir", lambda: tmp_path)
    try:
        loaded = install_translators(qapp, QLocale("fi_FI"))
        assert str(tmp_path / "odnotes_fi.qm") in loaded
        assert QCoreApplication.translate("ui.menus", "&File") == "&Tiedosto"
    finally:
        install_translators(qapp, QLocale("en_GB"))
    assert QCoreApplication.translate("ui.menus", "&File") == "&File"


def test_smoke_test_makes_a_demo_vault_and_reports(
    qapp: QApplication,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    for lang in LANGUAGES:
        (tmp_path / f"odnotes_{lang}.qm").write_bytes(b"")
    monkeypatch.setattr(ui.smoke, "translations_dir", lambda: tmp_path)
    monkeypatch.setattr(
        ui.smoke,
        "VaultOptions",
        lambda data_dir: VaultOptions(
            new_kdf=fast_test_params, policy=TEST_POLICY, data_dir=data_dir
        ),
    )
    assert ui.smoke.run_smoke_test(qapp) == 0
    assert "smoke test passed" in capsys.readouterr().out


def test_smoke_test_fails_loudly_without_translations(
    qapp: QApplication,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.setattr(ui.smoke, "translations_dir", lambda: tmp_path)
    assert ui.smoke.run_smoke_test(qapp) == 1
    assert "compiled translations" in capsys.readouterr().err
