"""Summaries printed in Finnish, German and Polish: their words, dates and plurals.

People's own words are never translated; every heading and fixed sentence is,
so no English heading is left on a page printed in another language.
"""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest

from odnotes.i18n import translator
from odnotes.model import Meeting, Network
from odnotes.summary import SummaryOptions, meeting_summary, network_summary
from odnotes.summary.options import SummaryLanguageError
from odnotes.vault import Vault
from tests.odnotes.summary_helpers import ENGLISH_HEADINGS, Built, pdf_text

ENGLISH_WORDS = [
    *ENGLISH_HEADINGS,
    "Summary of our meeting",
    "Who was there",
    "From the team",
    "Page 1 of",
    "In their own words",
    "The team kept",
    "If anything here is wrong or missing",
]

HEADINGS = {
    "fi": [
        "Yhteenveto tapaamisestamme",
        "Mistä halusitte puhua",
        "Jokaisen näkemys",
        "Mitä työryhmä pohti ääneen",
        "Miltä se tuntui",
        "Mitä päätimme",
        "Mitä emme vielä tiedä",
        "Kuka tekee mitä seuraavaksi",
        "Seuraava tapaaminen",
        "Päätetty tapaamisen ulkopuolella",
        "Sivu 1/",
    ],
    "de": [
        "Zusammenfassung unseres Treffens",
        "Worüber Sie sprechen wollten",
        "Was alle dazu sagen",
        "Worüber das Team laut nachgedacht hat",
        "Wie es angekommen ist",
        "Was wir beschlossen haben",
        "Was noch offen ist",
        "Wer was als Nächstes tut",
        "Nächstes Treffen",
        "Außerhalb des Treffens entschieden",
        "Seite 1 von",
    ],
    "pl": [
        "Podsumowanie naszego spotkania",
        "O czym chcieliście porozmawiać",
        "Co każdy z nas powiedział",
        "Nad czym zespół głośno się zastanawiał",
        "Jak to zostało przyjęte",
        "Co postanowiliśmy",
        "Czego jeszcze nie wiemy",
        "Kto co teraz robi",
        "Następne spotkanie",
        "Postanowione poza spotkaniem",
        "Strona 1 z",
    ],
}
# The built meeting is on Thursday 5 March 2026 at 14:30.
DATES = {
    "fi": "torstai 5. maaliskuuta 2026 klo 14.30",
    "de": "Donnerstag, 5. März 2026 um 14:30 Uhr",
    "pl": "czwartek, 5 marca 2026, godz. 14:30",
}


@pytest.fixture
def built(vault: Vault) -> Built:
    return Built(vault)


@pytest.mark.parametrize("language", sorted(HEADINGS))
def test_a_summary_in_each_language_has_its_words_and_no_english(
    vault: Vault, built: Built, language: str
) -> None:
    text = pdf_text(
        meeting_summary(vault, built.meeting.id, SummaryOptions(language=language)).pdf()
    )
    for heading in HEADINGS[language]:
        assert heading in text
    for english in ENGLISH_WORDS:
        assert english not in text, english
    assert DATES[language] in text
    for said in built.shared_texts:  # what people said stays in their words
        assert said in text


@pytest.mark.parametrize("language", sorted(HEADINGS))
def test_the_network_summary_in_each_language(vault: Vault, built: Built, language: str) -> None:
    summary = network_summary(vault, built.network.id, SummaryOptions(language=language))
    text = pdf_text(summary.pdf())
    tr = translator(language)
    for words in ("Looking back together", "Our meetings", "Who still has something to do"):
        assert tr.gettext(words) != words
        assert tr.gettext(words) in text
        assert words not in text


def _network_with(vault: Vault, count: int) -> Network:
    network = Network("Fictional network", first_contact=datetime(2026, 3, 1, 9, 0))
    vault.save(network)
    for week in range(count):
        vault.save(Meeting(network.id, datetime(2026, 3, 2, 10, 0) + timedelta(days=7 * week)))
    return network


@pytest.mark.parametrize(
    ("language", "count", "words"),
    [
        ("fi", 1, "1 tapaaminen"),
        ("fi", 2, "2 tapaamista"),
        ("de", 1, "1 Treffen"),
        ("pl", 1, "1 spotkanie"),
        ("pl", 3, "3 spotkania"),
        ("pl", 5, "5 spotkań"),
        ("pl", 22, "22 spotkania"),
        ("en", 1, "1 meeting,"),
        ("en", 2, "2 meetings"),
    ],
)
def test_meeting_counts_follow_the_plural_rules(
    vault: Vault, language: str, count: int, words: str
) -> None:
    network = _network_with(vault, count)
    summary = network_summary(vault, network.id, SummaryOptions(language=language))
    facts = dict(summary.document.facts)
    assert facts[translator(language).gettext("Meetings")].startswith(words)


@pytest.mark.parametrize(
    ("language", "n", "expected"),
    [
        ("en", 1, "one thing"),
        ("en", 6, "six things"),
        ("fi", 1, "yhden asian"),
        ("fi", 6, "kuusi asiaa"),
        ("de", 6, "sechs Dinge"),
        ("pl", 1, "jedną rzecz"),
        ("pl", 2, "2 rzeczy"),
        ("pl", 12, "12 rzeczy"),
    ],
)
def test_counted_words_agree_with_the_number(language: str, n: int, expected: str) -> None:
    assert translator(language).counted("one thing", "%(n)s things", n) == expected


def test_dates_and_lists_follow_the_locale_not_the_computer() -> None:
    moment = datetime(2026, 9, 18, 14, 0)
    assert translator("en").date_and_time(moment) == "Friday 18 September 2026 at 14:00"
    assert translator("fi").long_date(moment.date()) == "perjantai 18. syyskuuta 2026"
    assert translator("de").short_date(moment.date()) == "18. September 2026"
    assert translator("pl").long_date(moment.date()) == "piątek, 18 września 2026"
    names = ["Maija", "Päivi", "Łukasz"]
    assert translator("en").join(names) == "Maija, Päivi and Łukasz"
    assert translator("fi").join(names) == "Maija, Päivi ja Łukasz"
    assert translator("de").join(names) == "Maija, Päivi und Łukasz"
    assert translator("pl").join(names) == "Maija, Päivi i Łukasz"


def test_two_summaries_in_two_languages_do_not_leak_into_each_other(
    vault: Vault, built: Built
) -> None:
    polish = meeting_summary(vault, built.meeting.id, SummaryOptions(language="pl"))
    finnish = meeting_summary(vault, built.meeting.id, SummaryOptions(language="fi"))
    english = meeting_summary(vault, built.meeting.id)
    assert polish.document.title == "Podsumowanie naszego spotkania"
    assert finnish.document.title == "Yhteenveto tapaamisestamme"
    assert english.document.title == "Summary of our meeting"


def test_a_language_without_a_catalog_is_a_clear_error() -> None:
    with pytest.raises(SummaryLanguageError, match="cannot be printed in the language 'ar'"):
        SummaryOptions(language="ar")


@pytest.mark.parametrize(
    ("language", "opening", "closing"),
    [("en", "\u201c", "\u201d"), ("fi", "\u201d", "\u201d"), ("de", "\u201e", "\u201c")]
    + [("pl", "\u201e", "\u201d")],
)
def test_own_words_are_in_the_quotation_marks_of_the_language(
    vault: Vault, built: Built, language: str, opening: str, closing: str
) -> None:
    """Łukasz's view is in his own words (the section says: words in quotation marks)."""
    text = pdf_text(
        meeting_summary(vault, built.meeting.id, SummaryOptions(language=language)).pdf()
    )
    assert f"{opening}{built.shared_texts[1]}{closing}" in text


@pytest.mark.parametrize("language", ["fi", "de", "pl"])
def test_a_view_too_long_for_the_grid_keeps_its_quotation_marks(
    vault: Vault, built: Built, language: str
) -> None:
    """Under a name (no "in their own words" column), the marks say they are the person's."""
    meeting = vault.get(Meeting, built.meeting.id)
    words = "Shared view in many words " * 30
    meeting.decisions[0].stances[1].words = words
    vault.save(meeting)
    tr = translator(language)
    text = pdf_text(meeting_summary(vault, meeting.id, SummaryOptions(language=language)).pdf())
    opening, closing = tr.pgettext(
        "quotation marks around what a person said, in their own words", "\u201c%(words)s\u201d"
    ).split("%(words)s")
    assert f"{opening}Shared view in many words" in text  # the view may cross a page break
    assert f"in many words{closing}" in text
    assert tr.gettext("In their own words") not in text  # no grid for this decision
