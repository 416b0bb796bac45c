"""Common words of English, Finnish, German and Polish, for telling names from words.

The lists are wordfreq's (Robyn Speer; code Apache-2.0, word lists CC BY-SA
4.0), the "large" list of each language: a word is common at
:data:`COMMON_ZIPF` (one use in a million words) or more. All four are
always used: a network's notes may be written in any of them whatever
languages its people speak, and a missing list would flood the review with
ordinary words, while an extra list only lets through words that are common
in it.

Frequency cannot tell a name from a word: "anna", "mikko" and "nowak" are
frequent because they are frequent names. So a common word here only *could*
be an ordinary word; :mod:`odnotes.supervision.analysis` decides from the
text around it. Compounds (German "Nachbarschaftshilfe", Finnish
"kuntoutuskotiin") and words with a Finnish clitic ("muuttaako") count as
common when their parts are.

The lists load once per process (one to two seconds, about 50 MB); call
:func:`load` from a background thread to have them ready.
"""

from __future__ import annotations

import threading
from collections.abc import Iterable

LANGUAGES = ("en", "fi", "de", "pl")
COMMON_ZIPF = 3.0
# The last part of a compound may be a rarer, inflected form ("koti" + "käynnillä").
HEAD_ZIPF = 2.5
# Compounds: a German linking element between parts ("Nachbarschaft-s-hilfe").
_LINKS = ("", "s", "es", "n", "en", "e")
_COMPOUNDING = ("fi", "de")
# Finnish clitics on any word: "muuttaako" (does she move), "hänkin" (she too).
_CLITICS = ("ko", "kö", "han", "hän", "kin", "kaan", "kään", "pa", "pä")
_MIN_PART = 4
_MIN_COMPOUND = 8

_lock = threading.Lock()
_tables: dict[str, dict[str, float]] = {}


def list_file(language: str) -> str:
    """The file of one language's list (the app bundle ships these four, nothing else)."""
    from wordfreq import DATA_PATH

    return str(DATA_PATH / f"large_{language}.msgpack.gz")


def _read(language: str) -> dict[str, float]:
    """``word -> zipf`` for the words at or above the cut (wordfreq keeps them casefolded).

    Read straight from the file: wordfreq's own look-up first matches language
    codes with langcodes, whose data a frozen app would have to carry too.
    """
    from wordfreq import read_cBpack

    cut = round((9 - HEAD_ZIPF) * 100)
    table: dict[str, float] = {}
    for index, bucket in enumerate(read_cBpack(list_file(language))[: cut + 1]):
        zipf = 9 - index / 100
        for word in bucket:
            if not word[:1].isdigit():
                table.setdefault(word, zipf)
    return table


def load() -> dict[str, dict[str, float]]:
    """Every language's table, read on first use (safe to call from any thread)."""
    if len(_tables) < len(LANGUAGES):
        with _lock:
            for language in LANGUAGES:
                if language not in _tables:
                    _tables[language] = _read(language)
    return _tables


def _key(word: str) -> str:
    return word.replace("’", "'").casefold()


def zipf(word: str, language: str) -> float:
    """How common ``word`` is in ``language`` on wordfreq's Zipf scale (0 when rare)."""
    return load()[language].get(_key(word), 0.0)


def in_list(word: str, languages: Iterable[str] = LANGUAGES) -> bool:
    """Whether ``word`` itself (no compound splitting) is common in one of ``languages``."""
    key = _key(word)
    tables = load()
    return any(tables[language].get(key, 0.0) >= COMMON_ZIPF for language in languages)


def is_common_word(word: str) -> bool:
    """True for a common word of any of the four languages, compounds included."""
    key = _key(word)
    if not key:
        return False
    if in_list(key):
        return True
    tables = load()
    for clitic in _CLITICS:
        if key.endswith(clitic) and tables["fi"].get(key[: -len(clitic)], 0.0) >= HEAD_ZIPF:
            return True
    if len(key) < _MIN_COMPOUND:
        return False
    return any(_splits(key, tables[language], 2) for language in _COMPOUNDING)


def _splits(key: str, table: dict[str, float], parts_left: int) -> bool:
    """Whether ``key`` is a word after one or more common words (not cached: the
    words come from clinical text, which must not outlive the export in memory)."""
    for cut in range(len(key) - _MIN_PART, _MIN_PART - 1, -1):
        head, tail = key[:cut], key[cut:]
        if tail not in table and not (parts_left > 1 and _splits(tail, table, parts_left - 1)):
            continue
        for link in _LINKS:
            root = head[: len(head) - len(link)]
            if (
                head.endswith(link)
                and len(root) >= _MIN_PART
                and table.get(root, 0.0) >= COMMON_ZIPF
            ):
                return True
    return False


def sentence_language(words: Iterable[str]) -> str:
    """The language whose common words these are most of (``en`` when nothing is known)."""
    tables = load()
    scores = dict.fromkeys(LANGUAGES, 0.0)
    for word in words:
        key = _key(word)
        for language in LANGUAGES:
            scores[language] += tables[language].get(key, 0.0)
    best = max(LANGUAGES, key=lambda language: scores[language])
    return best if scores[best] > 0 else "en"
