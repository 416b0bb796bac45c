"""Words in the reader's language for everything the core prints (no Qt).

:mod:`odnotes.i18n.catalog` turns catalogs and Babel locales into a
:class:`Translator`; :mod:`odnotes.i18n.languages` lists the languages a
network member may read.
"""

from odnotes.i18n.catalog import (
    CATALOG_LANGUAGES,
    ENGLISH,
    N_,
    SOURCE_LANGUAGE,
    N_plural,
    Translator,
    catalog_path,
    locale_dir,
    summary_languages,
    translator,
)
from odnotes.i18n.languages import PERSON_LANGUAGES, language_code, name_in, own_name

__all__ = [
    "CATALOG_LANGUAGES",
    "ENGLISH",
    "N_",
    "N_plural",
    "PERSON_LANGUAGES",
    "SOURCE_LANGUAGE",
    "Translator",
    "catalog_path",
    "language_code",
    "locale_dir",
    "name_in",
    "own_name",
    "summary_languages",
    "translator",
]
