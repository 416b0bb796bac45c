"""The languages a network member may read, by code, and reading older free-text values.

``Person.language`` holds a code from :data:`PERSON_LANGUAGES` ("" when not
set). Vaults written before it was a choice hold whatever was typed
("Polish", "polski", "fi-FI"): :func:`language_code` maps every name or code
Babel knows for a listed language to its code, and anything else is kept as
typed, shown as it is, and printed with the shared copy's language.
"""

from __future__ import annotations

import functools
import re
import unicodedata

from babel import Locale, UnknownLocaleError

# Languages of the places Open Dialogue is practised and of the families who
# live there; the first four have catalogs (odnotes.i18n.CATALOG_LANGUAGES).
PERSON_LANGUAGES = (
    "en", "fi", "de", "pl",
    "sv", "se", "nb", "nn", "da", "is", "et", "lt", "lv", "nl", "fr", "it", "es", "pt",
    "ca", "el", "cs", "sk", "hu", "ro", "bg", "hr", "sr", "bs", "sl", "sq", "uk", "ru",
    "tr", "ku", "ar", "he", "fa", "ps", "ur", "hi", "pa", "bn", "ta", "so", "ti", "am",
    "sw", "zh", "ja", "ko", "vi", "th", "fil",
)  # fmt: skip


# Each language's name in itself, as Babel (CLDR) writes it, capitalised. Kept here
# because Babel builds a locale's whole data to answer it (about 60 ms a language, so a
# people table's language list cost seconds); a test checks it against Babel.
OWN_NAMES = {
    "en": "English",
    "fi": "Suomi",
    "de": "Deutsch",
    "pl": "Polski",
    "sv": "Svenska",
    "se": "Davvisámegiella",
    "nb": "Norsk bokmål",
    "nn": "Norsk nynorsk",
    "da": "Dansk",
    "is": "Íslenska",
    "et": "Eesti",
    "lt": "Lietuvių",
    "lv": "Latviešu",
    "nl": "Nederlands",
    "fr": "Français",
    "it": "Italiano",
    "es": "Español",
    "pt": "Português",
    "ca": "Català",
    "el": "Ελληνικά",
    "cs": "Čeština",
    "sk": "Slovenčina",
    "hu": "Magyar",
    "ro": "Română",
    "bg": "Български",
    "hr": "Hrvatski",
    "sr": "Српски",
    "bs": "Bosanski",
    "sl": "Slovenščina",
    "sq": "Shqip",
    "uk": "Українська",
    "ru": "Русский",
    "tr": "Türkçe",
    "ku": "Kurdî (kurmancî)",
    "ar": "العربية",
    "he": "עברית",
    "fa": "فارسی",
    "ps": "پښتو",
    "ur": "اردو",
    "hi": "हिन्दी",
    "pa": "ਪੰਜਾਬੀ",
    "bn": "বাংলা",
    "ta": "தமிழ்",
    "so": "Soomaali",
    "ti": "ትግርኛ",
    "am": "አማርኛ",
    "sw": "Kiswahili",
    "zh": "中文",
    "ja": "日本語",
    "ko": "한국어",
    "vi": "Tiếng Việt",
    "th": "ไทย",
    "fil": "Filipino",
}


@functools.cache
def _locale(code: str) -> Locale:
    return Locale.parse(code)


@functools.cache
def own_name(code: str) -> str:
    """The language's name in itself, as a speaker would look for it: ``Suomi``, ``Polski``."""
    if code in OWN_NAMES:
        return OWN_NAMES[code]
    name = _locale(code).get_display_name(code) or code
    return name[:1].upper() + name[1:]


@functools.cache
def name_in(code: str, language: str) -> str:
    """The language's name in another language: ``Finnish``, ``fiński``.

    Read from ``language``'s own table of language names (one locale's data, not each
    language's), falling back to Babel's display name for a code with a region.
    """
    name = _locale(language).languages.get(code)
    return name if name else (_locale(code).get_display_name(language) or code)


def _folded(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c)).strip()


@functools.cache
def _known_names() -> dict[str, str]:
    names: dict[str, str] = {}
    for code in PERSON_LANGUAGES:
        names[code] = code
        for language in ("en", code, "fi", "de", "pl", "sv"):
            names.setdefault(_folded(_locale(code).get_display_name(language) or ""), code)
    names.pop("", None)
    return names


def language_code(value: str) -> str | None:
    """The listed code for a stored value (a code, a locale tag or a name), or ``None``.

    ``""`` stays ``""`` (not set). ``"Polish"``, ``"polski"``, ``"pl_PL"`` and
    ``"PL"`` all give ``"pl"``; an unlisted language gives ``None``.
    """
    text = value.strip()
    if not text:
        return ""
    folded = _folded(text)
    if folded in _known_names():
        return _known_names()[folded]
    tag = re.fullmatch(r"([a-z]{2,3})(?:[-_][a-z0-9]+)*", folded)
    if tag:
        try:
            base = Locale.parse(tag.group(0), sep="-" if "-" in folded else "_").language
        except (ValueError, UnknownLocaleError):
            return None
        return base if base in PERSON_LANGUAGES else None
    return None
