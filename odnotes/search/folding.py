"""Folding text for search: case, accents and typographic punctuation away."""

from __future__ import annotations

import functools
import unicodedata

_SPECIAL = str.maketrans(
    {"ł": "l", "ø": "o", "đ": "d", "ß": "ss", "æ": "ae", "\n": " "}
    # Typographic punctuation folds to ASCII: "don't" finds "don’t", and text
    # without other non-ASCII letters keeps the joined index at one byte a character.
    | {"—": "-", "–": "-", "’": "'", "‘": "'", "“": '"', "”": '"', "…": ".", "\u00a0": " "}
)


def fold(text: str) -> str:
    """Case- and accent-insensitive form, so "zoe" finds "Zoë" and "lukasz" finds "Łukasz"."""
    if text.isascii():
        return text.lower().replace("\n", " ")
    plain = unicodedata.normalize("NFKD", text.casefold()).translate(_combining_marks())
    if not plain.isascii() and max(plain) > "\uffff":
        plain = "".join(c for c in plain if not unicodedata.combining(c))
    return plain.translate(_SPECIAL)


@functools.cache
def _combining_marks() -> dict[int, None]:
    """Accents and other combining marks of the Basic Multilingual Plane, to delete."""
    return {code: None for code in range(0x300, 0x10000) if unicodedata.combining(chr(code))}
