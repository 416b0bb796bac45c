"""A translated UI shows no English built in code: dates, stored choices, item names (issue 15).

The main window is opened over the demo vault in Finnish and in Polish, and
every cell, tooltip and header of the network page's tables, its header and
the glance tab's wait for a first meeting are scanned for English day and
month names and for stored values shown raw ("home", "clinic", "none",
"fully", "decision 1"). What the team typed (the demo's English names,
relationships and notes) is taken out of the text first: it is shown as
written, in any language.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import fields, is_dataclass
from datetime import datetime, timedelta
from enum import Enum
from pathlib import Path

import pytest
from PySide6.QtCore import QAbstractItemModel, QLocale, Qt
from pytestqt.qtbot import QtBot

from odnotes.i18n import translator
from odnotes.indicators import describe_wait
from odnotes.model import (
    KeyElement,
    Meeting,
    Network,
    Person,
    PersonKind,
    PlaceKind,
    PracticeRating,
    PractitionerRole,
    Stance,
    UncertaintyStatus,
)
from odnotes.vault import Vault
from ui.dates import day_date, weekday_date_time
from ui.main_window import MainWindow
from ui.network.page import NetworkPage
from ui.words import element_text, kind_text, place_text, rating_text, role_text, stance_text

SHOTS = Path("/tmp/ui-words-shots")
DAYS = "Mon Tue Wed Thu Fri Sat Sun Monday Tuesday Wednesday Thursday Friday Saturday Sunday"
MONTHS = (
    "Jan Feb Mar Apr May Jun Jul Aug Sep Sept Oct Nov Dec January February March April "
    "June July August September October November December"
)
# Stored values and English labels of choices, as they would leak (case-insensitive).
RAW = [
    *(k.value.replace("_", " ") for k in PlaceKind),
    *(s.value.replace("_", " ") for s in Stance),
    *(s.value.replace("_", " ") for s in UncertaintyStatus),
    *(r.value.replace("_", " ") for r in PracticeRating),
    *(r.value.replace("_", " ") for r in PractitionerRole),
    *(k.label for k in PersonKind),
    "none", "done", "active", "closed", "still open", "let go", "not asked",
]  # fmt: skip
NUMBERED = re.compile(r"\b(decision|reflection|uncertainty) \d+\b", re.IGNORECASE)


def english_in(text: str, language: str) -> list[str]:
    """The English day and month names, raw values and item names left in ``text``."""
    found = [w for w in (DAYS + " " + MONTHS).split() if re.search(rf"\b{w}\b", text)]
    core = translator(language)
    for raw in RAW:
        if core.gettext(raw).casefold() == raw.casefold():  # the language says it alike
            continue
        if re.search(rf"(?<!\w){re.escape(raw)}(?!\w)", text, re.IGNORECASE):
            found.append(raw)
    return found + NUMBERED.findall(text)


def typed_words(vault: Vault, network_id: str) -> list[str]:
    """Every piece of text a person typed in the network (shown as written), longest first."""
    found: set[str] = set()

    def walk(value: object) -> None:
        if isinstance(value, Enum):
            return
        if isinstance(value, str):
            found.add(value)
        elif isinstance(value, (list, tuple)):
            for item in value:
                walk(item)
        elif is_dataclass(value):
            for f in fields(value):
                walk(getattr(value, f.name))

    for kind in (Meeting, Person):
        for record in vault.all(kind, network_id=network_id):
            walk(record)
    walk(vault.get(Network, network_id))
    return sorted((w for w in found if w.strip()), key=len, reverse=True)


def shown_text(model: QAbstractItemModel) -> Iterator[str]:
    """Headers and every cell's display, tooltip and accessible text."""
    roles = (
        Qt.ItemDataRole.DisplayRole,
        Qt.ItemDataRole.ToolTipRole,
        Qt.ItemDataRole.AccessibleTextRole,
    )
    for column in range(model.columnCount()):
        yield str(model.headerData(column, Qt.Orientation.Horizontal) or "")
        for row in range(model.rowCount()):
            for role in roles:
                value = model.index(row, column).data(role)
                if isinstance(value, str):
                    yield value


def page_models(page: NetworkPage) -> list[tuple[str, str, QAbstractItemModel]]:
    """(what, the tab it is on, its model) for each table of the network page."""
    return [
        ("meetings", "meetings", page.meetings.model),
        ("people", "people", page.people.members),
        ("practitioners", "people", page.people.practitioners),
        ("uncertainties", "uncertainties", page.uncertainties.model),
        ("uncertainty-history", "uncertainties", page.uncertainties.history),
        ("decisions", "decisions", page.decisions.decisions),
        ("follow-ups", "decisions", page.decisions.follow_ups),
        ("glance-members", "glance", page.glance.indicators.members),
        ("glance-uncertainties", "glance", page.glance.indicators.uncertainties),
    ]


@pytest.mark.parametrize("language", ["fi", "pl"], indirect=True)
def test_the_network_page_shows_no_english_built_in_code(
    language: str,  # before the window: its tables are made in the language
    qtbot: QtBot,
    window: MainWindow,
) -> None:
    page = window.workspace.page  # type: ignore[union-attr]
    assert isinstance(page, NetworkPage)
    vault = window.session.vault
    typed = typed_words(vault, page.network_id)
    SHOTS.mkdir(parents=True, exist_ok=True)
    window.resize(1366, 768)
    for name, tab, model in page_models(page):
        assert model.rowCount() > 0, f"the demo has {name}"
        page.show_tab(tab)
        qtbot.wait(30)
        window.grab().save(str(SHOTS / f"{language}-{name}.png"))
        left = []
        for text in shown_text(model):
            for words in typed:
                text = text.replace(words, " ")
            left += [(text, word) for word in english_in(text, language)]
        assert not left, f"{language} {name}: English left in {left[:5]}"
    for label in (page.header.text(), page.glance.indicators.first_meeting.text()):
        for words in typed:
            label = label.replace(words, " ")
        assert not english_in(label, language), label


@pytest.mark.parametrize("language", ["fi", "de", "pl"], indirect=True)
def test_every_choice_has_words_in_the_language(language: str) -> None:
    shown = [
        *(place_text(k) for k in PlaceKind),
        *(kind_text(k) for k in PersonKind),
        *(role_text(r) for r in PractitionerRole),
        *(stance_text(s) for s in Stance),
        *(element_text(e) for e in KeyElement),
        *(rating_text(r) for r in PracticeRating),
        day_date(datetime(2026, 9, 18)),
        weekday_date_time(datetime(2026, 9, 18, 14, 0)),
    ]
    english = [
        *(k.label for k in PersonKind if k is not PersonKind.OTHER),
        *(e.label for e in KeyElement),
        *(r.label for r in PracticeRating),
        "At home", "Team base or clinic", "Agrees", "nurse", "psychiatrist",
        "18 Sep 2026", "Fri 18 Sep 2026, 14:00",
    ]  # fmt: skip
    assert not set(english) & set(shown), set(english) & set(shown)
    assert QLocale().name().startswith(language)


def test_describe_wait_speaks_the_readers_language() -> None:
    fi, pl = translator("fi"), translator("pl")
    assert describe_wait(timedelta(hours=17), fi) == "17 tuntia (24 tunnin sisällä)"
    assert describe_wait(timedelta(days=3, hours=2), pl) == "3 dni 2 godziny"
    assert describe_wait(timedelta(days=5, hours=1), pl) == "5 dni 1 godzina"
    assert describe_wait(None, fi) == "ei vielä tapaamista"
    assert describe_wait(timedelta(hours=1)) == "1 hour (within 24 hours)"
