"""Month names in English, Finnish, German and Polish, in the forms dates take.

Finnish inflects the month ("maaliskuuta" in a date, "maaliskuussa" for "in
March"), Polish uses the genitive in a date ("3 marca") and the locative for
"in March" ("w marcu"). Each entry maps a lower-case form to its month.
"""

from __future__ import annotations

_ENGLISH = (
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december",
)  # fmt: skip
_ENGLISH_SHORT = ("jan", "feb", "mar", "apr", "", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
_FINNISH = (
    "tammi", "helmi", "maalis", "huhti", "touko", "kesä", "heinä", "elo", "syys", "loka",
    "marras", "joulu",
)  # fmt: skip
_FINNISH_ENDINGS = ("", "ta", "n", "ssa", "sta", "hun", "lla", "lle", "lta", "ksi", "na")
_GERMAN = (
    ("januar", "jänner", "jan"), ("februar", "feber", "feb"), ("märz", "maerz", "mär", "mrz"),
    ("april", "apr"), ("mai",), ("juni", "jun"), ("juli", "jul"), ("august", "aug"),
    ("september", "sep", "sept"), ("oktober", "okt"), ("november", "nov"), ("dezember", "dez"),
)  # fmt: skip
_POLISH = (
    ("styczeń", "stycznia", "styczniu", "sty"), ("luty", "lutego", "lutym", "lut"),
    ("marzec", "marca", "marcu"), ("kwiecień", "kwietnia", "kwietniu", "kwi"),
    ("maj", "maja", "maju"), ("czerwiec", "czerwca", "czerwcu", "cze"),
    ("lipiec", "lipca", "lipcu", "lip"), ("sierpień", "sierpnia", "sierpniu", "sie"),
    ("wrzesień", "września", "wrześniu", "wrz"),
    ("październik", "października", "październiku", "paź", "paz"),
    ("listopad", "listopada", "listopadzie", "lis"), ("grudzień", "grudnia", "grudniu", "gru"),
)  # fmt: skip


def _table() -> dict[str, int]:
    months: dict[str, int] = {}
    for number, name in enumerate(_ENGLISH, 1):
        months[name] = number
        if _ENGLISH_SHORT[number - 1]:
            months[_ENGLISH_SHORT[number - 1]] = number
    months["sept"] = 9
    for number, stem in enumerate(_FINNISH, 1):
        for ending in _FINNISH_ENDINGS:
            months[f"{stem}kuu{ending}"] = number
        months[f"{stem}k"] = number  # "maalisk." (the full stop is optional in the pattern)
    for number, forms in enumerate(_GERMAN, 1):
        for form in forms:
            months.setdefault(form, number)
    for number, forms in enumerate(_POLISH, 1):
        for form in forms:
            months.setdefault(form, number)
    return months


MONTHS: dict[str, int] = _table()
# Forms that are also ordinary words or names: a date only beside a day or a year.
AMBIGUOUS = frozenset(
    {"may", "march", "august", "mai", "maja", "mar", "jun", "jul", "sie", "lis", "lut", "jan",
     "dec", "sep", "oct", "nov", "apr", "aug", "feb", "sty", "lip", "gru", "kwi", "cze", "wrz",
     "paz", "paź", "mär", "mrz", "okt", "dez", "sept", "luty"}
)  # fmt: skip
# Weekdays in the four languages (full and short), which may lead a date.
WEEKDAYS = (
    r"(?:mon|tues|wednes|thurs|fri|satur|sun)day|mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun"
    r"|maanantai(?:na)?|tiistai(?:na)?|keskiviikko(?:na)?|torstai(?:na)?|perjantai(?:na)?"
    r"|lauantai(?:na)?|sunnuntai(?:na)?|ma|ti|ke|to|pe|la|su"
    r"|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonnabend|sonntag|mo|di|mi|do|fr|sa|so"
    r"|poniedziałek|wtorek|środa|środę|czwartek|piątek|sobota|sobotę|niedziela|niedzielę"
    r"|pon|wt|śr|czw|pt|sob|niedz|nd"
)
