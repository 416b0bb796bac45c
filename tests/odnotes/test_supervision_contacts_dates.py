"""Contact details, identity numbers and dates in free text, in four languages."""

from __future__ import annotations

from datetime import date, datetime

from hypothesis import given, settings
from hypothesis import strategies as st

from odnotes.supervision.contacts import find_contacts
from odnotes.supervision.dates import RelativeDates, find_dates
from odnotes.supervision.deidentify import Deidentifier

DATES = RelativeDates(datetime(2025, 3, 3, 9, 0))
NEAR = date(2025, 3, 10)


def replaced(text: str) -> list[tuple[str, str]]:
    return [(text[f.start : f.end], f.replacement) for f in find_contacts(text, [])]


def relative(text: str) -> list[tuple[str, str]]:
    return [(text[f.start : f.end], DATES.found(f)) for f in find_dates(text, NEAR)]


def test_phone_numbers_in_national_and_international_forms() -> None:
    text = (
        "040 123 4567, +358 50 765 4321, (09) 123 4567, 07700 900461, +44 7700 900 462, "
        "0113 496 0871, 030 1234567, +49 30 1234 5678, 0171 2345678, 501 234 567, "
        "+48 22 123 45 67."
    )
    found = replaced(text)
    assert len(found) == 11 and {kind for _, kind in found} == {"[a phone number]"}


def test_identity_numbers_email_and_web_addresses() -> None:
    text = (
        "NHS 943 476 5919 or 4505577104; hetu 131052-308T; PESEL 44051401458; "
        "Steuer-ID 12 345 678 901; mail maija.virtanen@esimerkki.fi; see www.example.org/x."
    )
    assert replaced(text) == [
        ("maija.virtanen@esimerkki.fi", "[an e-mail address]"),
        ("www.example.org/x", "[a web address]"),
        ("131052-308T", "[an identity number]"),
        ("943 476 5919", "[an identity number]"),
        ("4505577104", "[an identity number]"),
        ("44051401458", "[an identity number]"),
        ("12 345 678 901", "[an identity number]"),
    ]


def test_street_addresses_and_postcodes_in_four_languages() -> None:
    text = (
        "12 Birch Lane, Leeds LS6 2QW; Flat 2, 9 Quarry Street; Koivukuja 3 B 12, 94100 Kemi; "
        "asuu Koivukujalla; Lindenstraße 5a, 10115 Berlin; Berliner Straße 12; ul. Długa 5/3, "
        "00-950 Warszawa; na ulicy Długiej 7."
    )
    assert replaced(text) == [
        ("12 Birch Lane", "[a street address]"),
        ("Flat 2, 9 Quarry Street", "[a street address]"),
        ("Koivukuja 3 B 12", "[a street address]"),
        ("Koivukujalla", "[a street address]"),
        ("Lindenstraße 5a", "[a street address]"),
        ("Berliner Straße 12", "[a street address]"),
        ("ul. Długa 5/3", "[a street address]"),
        ("ulicy Długiej 7", "[a street address]"),
        ("LS6 2QW", "[a postcode]"),
        ("00-950 Warszawa", "[a postcode and town]"),
        ("94100 Kemi", "[a postcode and town]"),
        ("10115 Berlin", "[a postcode and town]"),
    ]


def test_numbers_that_identify_nobody_stay() -> None:
    text = (
        "Scored 7/10 at 14.30-15.30, version 1.2.3, 45 minutes, 2 tablets, 120 euros, "
        "Family Court, Uimaranta, Takapiha, the Safe Place."
    )
    assert replaced(text) == []


STYLES = [
    lambda n: f"+358 {n[:2]} {n[2:5]} {n[5:]}",
    lambda n: f"0{n[:2]} {n[2:5]} {n[5:]}",
    lambda n: f"+44 {n[:4]} {n[4:]}",
    lambda n: f"0{n[:3]}-{n[3:]}",
    lambda n: f"{n[:3]} {n[3:6]} {n[6:]}",
    lambda n: n,
]


@settings(max_examples=150, deadline=None)
@given(
    digits=st.lists(st.integers(0, 9), min_size=9, max_size=11),
    style=st.sampled_from(range(len(STYLES))),
)
def test_any_grouped_phone_or_identity_number_is_replaced(digits: list[int], style: int) -> None:
    numbers = "".join(map(str, digits))
    out = Deidentifier([], DATES).text(f"Call {STYLES[style](numbers)} today.", NEAR)
    assert not any(c.isdigit() for c in out.text), out.text


def test_numeric_dates_become_days_from_first_contact() -> None:
    assert relative("Seen 2025-03-14, on 14/03/2025, 14.3.2025 and 3.3.25.") == [
        ("2025-03-14", "day 11 after first contact"),
        ("14/03/2025", "day 11 after first contact"),
        ("14.3.2025", "day 11 after first contact"),
        ("3.3.25", "day 0 (first contact)"),
    ]
    assert relative("31/02/2025") == [("31/02/2025", "[a date]")]


def test_month_names_in_four_languages() -> None:
    assert relative("Friday 14th March, March 14 and 3 March 2025; in October.") == [
        ("Friday 14th March", "day 11 after first contact"),
        ("3 March 2025", "day 0 (first contact)"),
        ("March 14", "day 11 after first contact"),
        ("October", "month 5 before first contact"),
    ]
    finnish = "14. maaliskuuta 2025, ma 10.3., 3.3. klo 10, maaliskuussa 2025, huhtikuussa."
    assert relative(finnish) == [
        ("14. maaliskuuta 2025", "day 11 after first contact"),
        ("ma 10.3.", "day 7 after first contact"),
        ("3.3.", "day 0 (first contact)"),
        ("maaliskuussa 2025", "the month of first contact"),
        ("huhtikuussa", "month 1 after first contact"),
    ]  # fmt: skip
    assert relative("Am 3. März 2025 und am 14.3.; im April 2024.") == [
        ("3. März 2025", "day 0 (first contact)"),
        ("am 14.3.", "day 11 after first contact"),
        ("April 2024", "month 11 before first contact"),
    ]
    assert relative("3 marca 2025 r., 14 marca, pon. 10.3., w marcu 2025, w kwietniu.") == [
        ("3 marca 2025 r.", "day 0 (first contact)"),
        ("14 marca", "day 11 after first contact"),
        ("pon. 10.3.", "day 7 after first contact"),
        ("marcu 2025", "the month of first contact"),
        ("kwietniu", "month 1 after first contact"),
    ]


def test_years_alone_and_what_is_not_a_date() -> None:
    assert relative("Since 2019, and 2000 euros.") == [("2019", "6 years before first contact")]
    assert relative("She may come in May; join in march; scored 7.5. or 7/10, v1.2.3.") == []


def test_relative_wording() -> None:
    assert DATES.day(date(2025, 3, 1)) == "2 days before first contact"
    assert DATES.meeting(3, datetime(2025, 3, 15, 8, 0)) == "meeting 3, day 12 after first contact"
    assert DATES.month(date(2025, 3, 30)) == "the month of first contact"
    assert DATES.year(date(2026, 1, 1)) == "1 year after first contact"
