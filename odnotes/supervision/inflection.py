"""The forms a name takes in running text, in English, Finnish, German and Polish.

Finnish adds case endings to a stem that may change by consonant gradation
(Mikko -> Mikon, Mikolle; Virtanen -> Virtaselle; Tuomas -> Tuomakselle);
Polish declines (Łukasz -> Łukasza, Łukaszowi; Anna -> Annie, Anną; Marek ->
Marka; Kowalski -> Kowalskiego); German adds a genitive -s; English a
possessive. A name is described by its *stems*, each with the endings that may
follow it, so a word in the text is recognised by trying its last few letters
as an ending, in a few dictionary look-ups, without listing every form.

Everything is compared on *folded* keys: casefolded, diacritics dropped, and
letters without a decomposition mapped by hand (ł -> l, ø -> o, ß -> ss), so
"Jurgen" and "Lukasz" match "Jürgen" and "Łukasz". A name with an umlaut also
gets the German transliteration ("Juergen").
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from functools import cache

_BY_HAND = str.maketrans(
    {"ł": "l", "ø": "o", "đ": "d", "ð": "d", "þ": "th", "æ": "ae", "œ": "oe", "ı": "i",
     "’": "'", "ʼ": "'", "‘": "'"}
)  # fmt: skip
_GERMAN = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "Ä": "Ae", "Ö": "Oe", "Ü": "Ue"})
FINNISH, POLISH, GERMAN, ENGLISH = "fi", "pl", "de", "en"
MAX_ENDING = 10


def fold(text: str) -> str:
    """The key a word is compared on: no case, no diacritics ("Łukasz" -> "lukasz")."""
    lowered = text.casefold().translate(_BY_HAND)
    if lowered.isascii():
        return lowered
    decomposed = unicodedata.normalize("NFKD", lowered)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def keys(name: str) -> set[str]:
    """The folded keys of a name as written and as transliterated ("Jürgen", "Juergen")."""
    found = {fold(name)}
    if any(c in name for c in "äöüÄÖÜ"):
        found.add(fold(name.translate(_GERMAN)))
    return found


@dataclass(frozen=True)
class Stem:
    """Folded letters a form starts with, the endings that may follow, and whose grammar."""

    text: str
    endings: frozenset[str]
    language: str


# -- Finnish ----------------------------------------------------------------------

_FI_CLITICS = ("", "kin", "kaan", "han", "pa", "ko")
_FI_POSSESSIVES = ("", "ni", "si", "nsa", "mme", "nne", "an", "en")
_FI_WEAK_CASES = ("n", "ssa", "sta", "lla", "lta", "lle", "ksi", "tta", "t", "ni", "si")
_FI_STRONG_CASES = ("", "a", "ta", "na", "ineen", "ine")
# Gradation of the last consonants before a final vowel: strong -> weak (Mikko -> Mikon).
_FI_GRADATION = (
    ("kk", "k"), ("pp", "p"), ("tt", "t"), ("nk", "ng"), ("mp", "mm"),
    ("lt", "ll"), ("nt", "nn"), ("rt", "rr"), ("ht", "hd"),
)  # fmt: skip
_VOWELS = "aeiouyäö"


def _with_suffixes(cases: tuple[str, ...]) -> frozenset[str]:
    return frozenset(
        case + possessive + clitic
        for case in cases
        for possessive in _FI_POSSESSIVES
        for clitic in _FI_CLITICS
        if not (possessive and case in ("", "t", "ni", "si"))
    )


_FI_WEAK = _with_suffixes(_FI_WEAK_CASES)
_FI_ALL = _with_suffixes(_FI_WEAK_CASES + _FI_STRONG_CASES)


@cache
def _fi_illative(vowel: str) -> frozenset[str]:
    """Illative (into): the last vowel lengthened, "Maijaan", "Mikkoon", "Leohon"."""
    return _with_suffixes((vowel + "n", "h" + vowel + "n", "seen"))


def _finnish(base: str) -> list[Stem]:
    last = base[-1]
    if base.endswith("nen") and len(base) > 5:  # Virtanen: Virtasen, Virtasta, Virtasille
        root = base[:-3]
        return [
            Stem(base, _FI_ALL, FINNISH),
            Stem(root + "se", _FI_WEAK | _fi_illative("e") | _with_suffixes(("na",)), FINNISH),
            Stem(root + "s", _with_suffixes(("ta", "ten")), FINNISH),
            Stem(root + "si", _FI_WEAK | _fi_illative("i") | _with_suffixes(("a", "na")), FINNISH),
        ]
    if last in _VOWELS:
        stems = [Stem(base, _FI_ALL | _fi_illative(last), FINNISH)]
        body = base[:-1]
        for strong, weak in _FI_GRADATION:
            if body.endswith(strong):
                stems.append(Stem(body[: -len(strong)] + weak + last, _FI_WEAK, FINNISH))
                break
        else:
            if len(body) >= 2 and body[-1] == "t" and body[-2] in _VOWELS:
                stems.append(Stem(body[:-1] + "d" + last, _FI_WEAK, FINNISH))  # Outi -> Oudin
        return stems
    stems = [
        Stem(base + "i", _FI_ALL | _fi_illative("i"), FINNISH),  # Jürgen -> Jürgenille
        Stem(base + ":", _FI_ALL | _fi_illative("i"), FINNISH),  # K:lle, Joyce:lle
        Stem(base + "'", _FI_ALL | _fi_illative("i"), FINNISH),  # Joyce'lle
        Stem(base, _with_suffixes(("ta",)), FINNISH),  # Tuomasta
    ]
    if last == "s" and len(base) >= 4 and base[-2] in _VOWELS:  # Tuomas -> Tuomaksen
        stems.append(Stem(base[:-1] + "kse", _FI_WEAK | _fi_illative("e"), FINNISH))
    return stems


# -- Polish -----------------------------------------------------------------------

_PL_FEMININE = frozenset({"a", "y", "i", "e", "o", "u", "ie", "om", "ami", "ach"})
_PL_SOFT = frozenset({"", "a", "e", "u", "o", "i", "om", "ami", "ach"})
_PL_MASCULINE = frozenset(
    {"a", "owi", "em", "iem", "u", "ie", "e", "y", "i", "owie", "ow", "om", "ami", "ach",
     "owa", "owej", "owe", "owna", "owny", "ownie"}
)  # fmt: skip
_PL_ADJECTIVE = frozenset(
    {"i", "iego", "iemu", "im", "ich", "imi", "a", "iej", "ie", "y", "ego", "emu", "ym",
     "ych", "ymi", "ej"}
)  # fmt: skip
# Locative and dative: the last consonant softens before -e (Piotr -> Piotrze, Marta -> Marcie).
_PL_SOFTENING = (
    ("st", "scie"), ("zd", "zdzie"), ("sl", "sle"), ("k", "ce"), ("g", "dze"), ("ch", "sze"),
    ("t", "cie"), ("d", "dzie"), ("r", "rze"), ("l", "le"), ("n", "nie"), ("m", "mie"),
    ("w", "wie"), ("b", "bie"), ("p", "pie"), ("f", "fie"), ("s", "sie"), ("z", "zie"),
)  # fmt: skip


def _softened(stem: str) -> str | None:
    for hard, soft in _PL_SOFTENING:
        if stem.endswith(hard):
            return stem[: -len(hard)] + soft
    return None


def _polish(base: str) -> list[Stem]:
    if base.endswith(("ski", "cki", "dzki", "ska", "cka", "dzka")) and len(base) > 5:
        return [Stem(base[:-1], _PL_ADJECTIVE, POLISH)]
    if base.endswith("ia") and len(base) >= 4:  # Kasia -> Kasi, Kasię, Kasiu; Maria -> Marii
        return [Stem(base[:-1], _PL_SOFT, POLISH)]
    if base.endswith("a"):  # Anna -> Anny, Annie, Annę, Anną
        root = base[:-1]
        stems = [Stem(root, _PL_FEMININE, POLISH)]
        softened = _softened(root)
        if softened:
            stems.append(Stem(softened, frozenset({""}), POLISH))
        return stems
    if base.endswith(("y", "i")) and len(base) >= 4:  # Wolny -> Wolnego
        return [Stem(base[:-1], _PL_ADJECTIVE, POLISH)]
    if base[-1] in _VOWELS:  # Mike -> Mike'a
        return [Stem(base + "'", _PL_MASCULINE, POLISH)]
    # Marek -> Marka, Paweł -> Pawła, Wojciec: a fleeting e before the last consonant.
    roots = [base]
    if len(base) >= 4 and base[-2] == "e" and base[-1] in "kcl":
        roots.append(base[:-2] + base[-1])
    stems = [Stem(root, _PL_MASCULINE, POLISH) for root in roots]
    stems.append(Stem(base + "'", _PL_MASCULINE, POLISH))
    for root in roots:
        softened = _softened(root)
        if softened:
            stems.append(Stem(softened, frozenset({""}), POLISH))
    return stems


# -- German and English -----------------------------------------------------------

# German genitive, and the adjective of a place ("Spandauer", "Berlinerin").
_DE = frozenset({"", "s", "'", "'s", "er", "erin", "erinnen", "ern", "ers"})
_EN = frozenset({"", "'s", "s", "'", "s'"})


def stems(name: str) -> tuple[Stem, ...]:
    """Every stem of one word of a name (already folded), in all four languages.

    Not cached: a cache would keep names in memory after the vault is locked.
    """
    found = [Stem(name, _EN, ENGLISH), Stem(name, _DE, GERMAN)]
    if len(name) >= 3 and name.replace("-", "").isalpha():
        found += _finnish(name) + _polish(name)
    return tuple(found)


def initial_stems(letter: str) -> tuple[Stem, ...]:
    """An initial followed by a Finnish ending after a colon ("K:lle")."""
    return (Stem(fold(letter) + ":", _FI_ALL | _fi_illative("i"), FINNISH),)


def rendered_ending(ending: str, language: str) -> str:
    """How an ending, as written, is joined to a label: "Mother:lle", "Partner-a", "Mother's"."""
    if not ending:
        return ""
    if language == ENGLISH or (language == GERMAN and ending in ("s", "'", "'s", "’s")):
        return "'s"
    bare = ending.lstrip(":'")
    if not bare:
        return ""
    return (":" if language == FINNISH else "-") + bare
