"""The app's Qt catalogs: every message translated, with the source's placeholders and forms.

Read from the ``.ts`` files, never by eye. A wrong ``{name}`` would raise in
``str.format`` on a translated screen only; a missing ``%n`` prints a count as
nothing; a lost ``&`` takes a keyboard shortcut away. That the files hold
every current message is `test_translations_runtime.py`'s job.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

import pytest

from ui.i18n import LANGUAGES

TS_DIR = Path(__file__).resolve().parents[2] / "translations"
# Qt's plural forms per language (Finnish and German: one/other; Polish: one/few/many).
PLURAL_FORMS = {"fi": 2, "de": 2, "pl": 3}
QT_ARG = re.compile(r"%L?\d{1,2}|%n")
FORMAT_FIELD = re.compile(r"(?<!\{)\{(\w*)(?:[:!][^{}]*)?\}(?!\})")
TAG = re.compile(r"</?([a-zA-Z][a-zA-Z0-9]*)")
# A keyboard '&' is one before a letter; "&&" is a literal one and "&nbsp;" an HTML entity.
MNEMONIC = re.compile(r"&(?!&)(?![a-zA-Z]+;|#\d+;)(?=\w)")


@dataclass(frozen=True)
class Message:
    context: str
    source: str
    forms: tuple[str, ...]
    unfinished: bool
    numerus: bool

    def where(self) -> str:
        return f"[{self.context}] {self.source[:60]!r}"


def read(language: str) -> list[Message]:
    root = ET.parse(TS_DIR / f"odnotes_{language}.ts").getroot()
    found = []
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None
            numerus = message.get("numerus") == "yes"
            if numerus:
                forms = tuple(f.text or "" for f in translation.iter("numerusform"))
            else:
                forms = (translation.text or "",)
            found.append(
                Message(
                    name,
                    message.findtext("source") or "",
                    forms,
                    translation.get("type") in {"unfinished", "vanished", "obsolete"},
                    numerus,
                )
            )
    return found


def problems(message: Message, language: str) -> list[str]:
    """What is wrong with one translated message (nothing, when it is right)."""
    if message.unfinished or not all(form.strip() for form in message.forms):
        return ["not translated"]
    wrong = []
    if message.numerus and len(message.forms) != PLURAL_FORMS[language]:
        wrong.append(f"{len(message.forms)} plural forms, not {PLURAL_FORMS[language]}")
    source_args = Counter(QT_ARG.findall(message.source))
    for form in message.forms:
        args = Counter(QT_ARG.findall(form))
        if message.numerus and "%n" in source_args and "%n" not in args:
            wrong.append(f"%n missing in {form!r}")
        if Counter({k: v for k, v in args.items() if k != "%n"}) != Counter(
            {k: v for k, v in source_args.items() if k != "%n"}
        ):
            wrong.append(f"placeholders {sorted(args)} not {sorted(source_args)}")
        if set(FORMAT_FIELD.findall(form)) != set(FORMAT_FIELD.findall(message.source)):
            wrong.append(f"format fields differ in {form!r}")
        if Counter(TAG.findall(form)) != Counter(TAG.findall(message.source)):
            wrong.append(f"HTML tags differ in {form!r}")
        if bool(MNEMONIC.search(message.source)) and len(MNEMONIC.findall(form)) != 1:
            wrong.append(f"needs one keyboard '&' in {form!r}")
    return wrong


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_message_is_translated_consistently(language: str) -> None:
    messages = read(language)
    assert len(messages) > 700
    report = [f"{m.where()}: {p}" for m in messages for p in problems(m, language)]
    assert report == [], f"{len(report)} problems in odnotes_{language}.ts:\n" + "\n".join(
        report[:40]
    )


def test_the_checks_catch_what_they_name() -> None:
    """Each check fails on a translation that breaks it (so a pass means something)."""

    def check(source: str, *forms: str, numerus: bool = False, language: str = "fi") -> list[str]:
        return problems(Message("c", source, forms, False, numerus), language)

    assert check("Open {name}", "Avaa {name}") == []
    assert check("Open {name}", "Avaa {nimi}")
    assert check("Saved %1", "Tallennettu")
    assert check("%n meeting(s)", "%n tapaaminen", "%n tapaamista", numerus=True) == []
    assert check("%n meeting(s)", "tapaaminen", "%n tapaamista", numerus=True)
    assert check("%n meeting(s)", "%n", "%n", numerus=True, language="pl")
    assert check("<b>Draft</b>", "Luonnos")
    assert check("&File", "Tiedosto")
    assert check("&File", "&Tiedosto") == []
    assert check("Research && development", "Tutkimus") == []
    assert check("&nbsp;&nbsp;(struck through)", "&nbsp;&nbsp;(yliviivattu)") == []
    assert check("&nbsp;&Key", "&nbsp;Avain")
    assert problems(Message("c", "Open", ("",), False, False), "fi") == ["not translated"]
    assert problems(Message("c", "Open", ("Avaa",), True, False), "fi") == ["not translated"]
