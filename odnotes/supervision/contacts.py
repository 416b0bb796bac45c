"""Contact and identity details in free text, found and named by their kind.

E-mail and web addresses; identity numbers (a Finnish personal identity code,
ten digits like an NHS number, eleven like a PESEL or a German tax id); phone
numbers in national and international forms; postcodes (UK, Finnish and
German five digits before a town, Polish 00-000); and street addresses
(English "12 Birch Lane", Finnish "Koivukuja 3 B 12", German "Lindenstraße
5a", Polish "ul. Długa 5/3"). Any other run of seven or more digits is
replaced too: in a meeting's notes it is far more likely to be a number that
identifies someone than anything supervision needs.

The replacements are in English here; the analyser writes them in the
export's language. Dates are found first (:mod:`odnotes.supervision.dates`), so "03/03/2025"
is a date here, not a number.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from odnotes.i18n import N_

EMAIL = N_("[an e-mail address]")
WEB = N_("[a web address]")
PHONE = N_("[a phone number]")
IDENTITY = N_("[an identity number]")
NUMBER = N_("[a number]")
POSTCODE = N_("[a postcode]")
POSTCODE_TOWN = N_("[a postcode and town]")
STREET = N_("[a street address]")
PLACE = N_("[a place]")

_L = r"[^\W\d_]"  # a letter
_UPPER = r"[A-ZÀ-ÖØ-ÞĀ-Ž]"
_HOUSE = r"\d{1,4}[a-zA-Z]?(?:\s?[/-]\s?\d{1,4}[a-zA-Z]?)?(?:\s[A-Za-z](?:\s?\d{1,3})?(?!\w))?"
_HOUSE += r"(?:,?\s(?:m\.|lok\.|as\.|flat|apt\.?)\s?\d{1,4})?"

_EN_STREETS = r"Street|St\.?|Road|Rd\.?|Lane|Ln\.?|Avenue|Ave\.?|Drive|Crescent|Grove|Gardens"
_EN_STREETS += "|Terrace|Mews"
_FLAT = r"(?:(?:Flat|Apartment|Apt\.?|Unit)\s\d{1,4}[a-zA-Z]?,?\s)?"
_EN_WITH_NUMBER = "Court|Close|Place|Hill|Row|Walk|Way|View|Rise|Parade|Square"
_FI_STREETS = "katu|kadu|tie|kuja|polku|väylä|raitti|bulevardi|puistikko|aukio"
_FI_WITH_NUMBER = "tori|ranta|piha|rinne|kaari|penger|kaarre"
_DE_STREETS = r"straße|strasse|str\."
_DE_WITH_NUMBER = "weg|allee|platz|gasse|ring|damm|ufer|chaussee|steig|pfad|markt|hof"
_DE_WORDS = r"Straße|Strasse|Str\.|Weg|Allee|Platz|Gasse|Ring|Damm|Ufer"
_PL_STREETS = (
    r"(?i:ul\.|ulica|ulicy|ulicę|ulicą|al\.|aleja|alei|aleję|os\.|osiedle|osiedlu|pl\.|plac|placu)"
)
_NAMEWORD = rf"{_UPPER}{_L}+(?:-{_UPPER}{_L}+)?"
_NAMEWORDS = rf"(?:{_NAMEWORD}\s){{1,3}}"
_TOWN = rf"\s{_NAMEWORD}(?:\s{_NAMEWORD})?"


def _street(body: str) -> re.Pattern[str]:
    return re.compile(rf"(?<!\w)(?:{body})(?!\w)")


_PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    (EMAIL, re.compile(r"(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)+")),
    (WEB, re.compile(r"(?<![\w@])(?:https?://|www\.)[^\s<>\"]+[^\s<>\".,;:!?)\]]")),
    (IDENTITY, re.compile(r"(?<![\w-])\d{6}[-+A-FU-Y]\d{3}[0-9A-Y](?!\w)")),
    (
        STREET,
        _street(
            rf"{_FLAT}(?:\d{{1,4}}[a-zA-Z]?,?\s)?{_NAMEWORDS}(?:{_EN_STREETS})(?:\s{_HOUSE})?"
            rf"|{_FLAT}\d{{1,4}}[a-zA-Z]?,?\s{_NAMEWORDS}(?:{_EN_WITH_NUMBER})"
            rf"|{_NAMEWORDS}(?:{_EN_WITH_NUMBER})\s{_HOUSE}"
        ),
    ),
    (
        STREET,
        _street(
            rf"{_UPPER}{_L}*(?:{_FI_STREETS}){_L}{{0,8}}(?:\s{_HOUSE})?"
            rf"|{_UPPER}{_L}*(?:{_FI_WITH_NUMBER})\s{_HOUSE}"
        ),
    ),
    (
        STREET,
        _street(
            rf"(?:{_NAMEWORD}\s)?{_UPPER}{_L}*(?:{_DE_STREETS})(?:\s{_HOUSE})?"
            rf"|(?:{_NAMEWORD}\s)?{_UPPER}{_L}*(?:{_DE_WITH_NUMBER})\s{_HOUSE}"
            rf"|{_NAMEWORD}\s(?:{_DE_WORDS})\s{_HOUSE}"
        ),
    ),
    (STREET, _street(rf"{_PL_STREETS}\s(?:{_NAMEWORD}\s?){{1,3}}(?:\s?{_HOUSE})?")),
    (POSTCODE, re.compile(r"(?<!\w)[A-Z]{1,2}\d[A-Z\d]?\s?\d[A-Z]{2}(?!\w)")),
    (POSTCODE_TOWN, re.compile(rf"(?<![\w-])\d{{2}}-\d{{3}}{_TOWN}(?!\w)")),
    (POSTCODE_TOWN, re.compile(rf"(?<![\w.,-])\d{{5}}{_TOWN}(?!\w)")),
]
# Runs of digit groups ("+358 40 123 4567", "(0)30 1234567", "943 476 5919").
_DIGITS = re.compile(
    r"(?<![\w+])(?:\+|00)?\(?\d[\d()]*(?:(?:[ \u00a0]|-|/|\.|\)[ \u00a0]?)\(?\d[\d()]*)*"
)
_TIME_LIKE = re.compile(r"^\d{1,2}[.:]\d{2}(?:\s?[-–]\s?\d{1,2}[.:]\d{2})?$")


@dataclass(frozen=True)
class Found:
    """A contact or identity detail: where it is and what it becomes."""

    start: int
    end: int
    replacement: str


def _number_kind(text: str) -> str | None:
    digits = sum(c.isdigit() for c in text)
    if digits < 7 or _TIME_LIKE.match(text):
        return None
    plain = text.replace(" ", "")
    if text.startswith(("+", "00", "(")) or plain.startswith("0") or digits == 9:
        return PHONE
    if digits in (10, 11):
        return IDENTITY
    return NUMBER


def find_contacts(text: str, taken: list[tuple[int, int]]) -> Iterator[Found]:
    """Every contact or identity detail in ``text`` outside the ``taken`` spans (dates)."""
    used = list(taken)
    for replacement, pattern in _PATTERNS:
        for match in pattern.finditer(text):
            start, end = match.span()
            if start == end or any(start < e and s < end for s, e in used):
                continue
            used.append((start, end))
            yield Found(start, end, replacement)
    for match in _DIGITS.finditer(text):
        start, end = match.span()
        candidate = match.group(0).rstrip(".-/ (")
        end = start + len(candidate)
        if any(start < e and s < end for s, e in used):
            continue
        kind = _number_kind(candidate)
        if kind:
            used.append((start, end))
            yield Found(start, end, kind)
