"""Counts read right: "1 meeting", "2 meetings", never "1 meetings" (issue 12, item 11).

Every count shown in ``ui/`` goes through Qt's plural forms (``tr(text, "", n)``
with ``%n``), English included: ``translations/odnotes_en.ts`` holds the
English singular and plural of each.
"""

from __future__ import annotations

import ast
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from datetime import datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

import ui.i18n
from odnotes.model import Meeting, Network
from odnotes.vault import Vault
from tools.english_plurals import fill
from ui.dialogs.preferences import PreferencesDialog
from ui.i18n import install_translators
from ui.network.page import NetworkPage
from ui.settings import Settings

ROOT = Path(__file__).resolve().parents[2]
EN_TS = ROOT / "translations" / "odnotes_en.ts"

# Placeholders that hold a number; one followed by a word ("{count} meetings") is a count.
COUNT_NAMES = {
    "n", "count", "len", "total", "sum", "days", "weeks", "hours", "minutes", "drafts",
    "replaced", "held", "attended", "pages", "wait_left", "records", "files", "items",
}  # fmt: skip
COUNT_THEN_WORD = re.compile(r"\{(\w+)(?:[:!][^}]*)?\}\s+(?!(?:of|done)\b)[^\W\d_]")
HANDMADE_PLURAL = re.compile(r"[^\W\d_]\{(value|s|plural|suffix)\}")  # "item{value}"


def _literal(node: ast.expr) -> str | None:
    return node.value if isinstance(node, ast.Constant) and isinstance(node.value, str) else None


def count_strings_without_plural_forms(root: Path) -> list[str]:
    """``file:line: text`` for each translatable count string that is not a plural form."""
    found = []
    for path in sorted(root.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for call in ast.walk(tree):
            if not (isinstance(call, ast.Call) and isinstance(call.func, ast.Attribute)):
                continue
            if call.func.attr not in ("tr", "translate"):
                continue
            at = 0 if call.func.attr == "tr" else 1
            if len(call.args) <= at:
                continue
            text = _literal(call.args[at])
            if text is None:
                continue
            numerus = len(call.args) > at + 2
            counts = (
                "(s)" in text
                or "%n" in text
                or HANDMADE_PLURAL.search(text) is not None
                or any(m.group(1) in COUNT_NAMES for m in COUNT_THEN_WORD.finditer(text))
            )
            plural_form = numerus and ("%n" in text or "(s)" in text)
            if counts and not plural_form:
                found.append(f"{path.relative_to(root.parent)}:{call.lineno}: {text!r}")
    return found


def test_every_count_in_the_ui_uses_plural_forms() -> None:
    assert count_strings_without_plural_forms(ROOT / "ui") == []


def test_the_check_finds_a_count_without_plural_forms(tmp_path: Path) -> None:
    sample = tmp_path / "ui" / "sample.py"
    sample.parent.mkdir()
    sample.write_text(
        "from PySide6.QtCore import QCoreApplication as Q\n"
        "a = Q.translate('c', '{count} meetings').format(count=1)\n"
        "b = Q.translate('c', '{len} file(s)').format(len=1)\n"
        "c = Q.translate('c', '{n} item{value} kept').format(n=1, value='')\n"
        "d = Q.translate('c', '%n meeting(s)', '', 1)\n"
        "e = Q.translate('c', '{n} of {held}').format(n=1, held=2)\n",
        encoding="utf-8",
    )
    assert [line.split(":")[1] for line in count_strings_without_plural_forms(sample.parent)] == [
        "2",
        "3",
        "4",
    ]


def numerus_messages(ts: Path) -> list[tuple[str, str]]:
    root = ET.parse(ts).getroot()
    return [
        (context.findtext("name") or "", message.findtext("source") or "")
        for context in root.iter("context")
        for message in context.iter("message")
        if message.get("numerus") == "yes"
    ]


def test_english_has_a_singular_and_a_plural_for_every_count(qapp: object) -> None:
    everywhere = numerus_messages(ROOT / "translations" / "odnotes_fi.ts")
    assert len(everywhere) >= 15
    assert sorted(numerus_messages(EN_TS)) == sorted(everywhere), "run make translations-update"
    for context, source in everywhere:
        for n in (1, 2, 5):
            text = QCoreApplication.translate(context, source, "", n)
            assert "(s)" not in text and "%n" not in text, (context, source, n, text)
    assert QCoreApplication.translate("NetworkPage", "%n meeting(s)", "", 1) == "1 meeting"
    assert QCoreApplication.translate("NetworkPage", "%n meeting(s)", "", 3) == "3 meetings"
    assert QCoreApplication.translate("ui.models.decisions", "%n agree(s)", "", 1) == "1 agrees"


def test_the_english_file_is_filled_as_the_tool_fills_it(tmp_path: Path) -> None:
    copy = tmp_path / "odnotes_en.ts"
    copy.write_bytes(EN_TS.read_bytes())
    fill(copy)
    assert copy.read_text(encoding="utf-8") == EN_TS.read_text(encoding="utf-8")


@pytest.mark.skipif(
    not Path(sys.executable).with_name("pyside6-lupdate").exists(), reason="no lupdate"
)
def test_the_english_file_lists_every_plural_in_the_code(tmp_path: Path) -> None:
    fresh = tmp_path / "odnotes_en.ts"
    subprocess.run(
        [str(Path(sys.executable).with_name("pyside6-lupdate")), "-extensions", "py",
         "-locations", "none", "-no-obsolete", "-pluralonly", "main.py", "ui", "-ts", str(fresh)],
        cwd=ROOT, check=True, capture_output=True,
    )  # fmt: skip
    assert sorted(numerus_messages(fresh)) == sorted(numerus_messages(EN_TS))


def test_preferences_says_1_minute_not_1_minutes(qtbot: QtBot, settings: Settings) -> None:
    dialog = PreferencesDialog(settings)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.idle.setFocus()
    dialog.idle.selectAll()
    qtbot.keyClicks(dialog.idle, "1")
    assert dialog.idle.text() == "1 minute"
    qtbot.keyClick(dialog.idle, Qt.Key.Key_Up)
    assert dialog.idle.text() == "2 minutes"


def test_a_network_with_one_meeting_says_1_meeting(qtbot: QtBot, vault: Vault) -> None:
    network = Network(name="Aino", first_contact=datetime(2026, 9, 7, 16, 20))
    vault.save(network)
    vault.save(Meeting(network_id=network.id, starts_at=datetime(2026, 9, 8, 10, 0)))
    page = NetworkPage(vault, network.id)
    qtbot.addWidget(page)
    assert "1 meeting ·" in page.header.text() or page.header.text().endswith("1 meeting")
    assert "1 meetings" not in page.header.text()
    assert "1 meeting still in draft" in page.meetings.drafts.text()


def test_the_app_installs_the_english_plurals_under_any_language(
    qapp: QApplication, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    subprocess.run(
        [str(Path(sys.executable).with_name("pyside6-lrelease")), "-silent", str(EN_TS), "-qm",
         str(tmp_path / "odnotes_en.qm")],
        check=True,
    )  # fmt: skip
    monkeypatch.setattr(ui.i18n, "translations_dir", lambda: tmp_path)
    try:
        loaded = install_translators(qapp, QLocale("de_DE"))  # no German file here
        assert loaded[0] == str(tmp_path / "odnotes_en.qm")
    finally:
        install_translators(qapp, QLocale("en_GB"))
