"""Folding text for search: case, accents and typographic punctuation away."""

from __future__ import annotations

import functools
import re
import unicodedata

_SPECIAL = str.maketrans(
    {"ł": "l", "ø": "o", "đ": "d", "ß": "ss", "æ": "ae", "\n": " "}
    # Typographic punctuation folds to ASCII: "don't" finds "don’t", and text
    # without other non-ASCII letters keeps the joined index at one byte a character.
    | {"—": "-", "–": "-", "’": "'", "‘": "'", "“": '"', "”": '"', "…": ".", "\u00a0": " "}
)


_NON_ASCII = re.compile("([^\x00-\x7f]+)")


def fold(text: str) -> str:
    """Case- and accent-insensitive form, so "zoe" finds "Zoë" and "lukasz" finds "Łukasz".

    Only the runs of non-ASCII characters go through the slow steps: folding
    is the same character by character (no step looks across an ASCII
    character), and translating a long text through a table of thousands of
    marks was most of the time of indexing a vault.
    """
    if text.isascii():
        return text.lower().replace("\n", " ")
    pieces = _NON_ASCII.split(text)
    for at in range(0, len(pieces), 2):
        pieces[at] = pieces[at].lower().replace("\n", " ")
    for at in range(1, len(pieces), 2):
        run = pieces[at]
        if len(run) == 1:  # "ë", "—", "’": one character, folded once per process
            folded = _CHARACTERS.get(run)
            if folded is None:
                folded = _CHARACTERS[run] = _fold_run(run)
            pieces[at] = folded
        else:
            pieces[at] = _fold_run(run)
    return "".join(pieces)


_CHARACTERS: dict[str, str] = {}


def _fold_run(text: str) -> str:
    """Fold a run of non-ASCII characters."""
    plain = unicodedata.normalize("NFKD", text.casefold()).translate(_combining_marks())
    if not plain.isascii() and max(plain) > "\uffff":
        plain = "".join(c for c in plain if not unicodedata.combining(c))
    return plain.translate(_SPECIAL)


@functools.cache
def _combining_marks() -> dict[int, None]:
    """Accents and other combining marks of the Basic Multilingual Plane, to delete."""
    return {code: None for code in range(0x300, 0x10000) if unicodedata.combining(chr(code))}
