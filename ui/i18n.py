"""Loading translations: OD Notes' own and Qt's, for the system's language.

The ``.ts`` sources live in ``translations/``; ``make translations`` compiles
them to ``.qm`` files beside them, which a bundle carries in the same place.
English is the source language; its file holds only the plural forms
("%n meeting(s)" -> "1 meeting", "2 meetings") and is installed under every
other language, so a count a translator has not reached yet still reads right.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from odnotes.i18n import (
    ENGLISH,
    PERSON_LANGUAGES,
    Translator,
    language_code,
    name_in,
    own_name,
    summary_languages,
)
from odnotes.i18n import translator as core_words
from odnotes.resources import resources_dir

# Languages a translation file is shipped for (Open Dialogue is practised there).
LANGUAGES = ("fi", "de", "pl")

_installed: list[QTranslator] = []
_core: list[Translator] = [ENGLISH]


def translations_dir() -> Path:
    """``translations/`` beside ``resources/`` (from source, or inside a bundle)."""
    return resources_dir().parent / "translations"


def install_translators(app: QCoreApplication, locale: QLocale | None = None) -> list[str]:
    """Install OD Notes' and Qt's translators for ``locale``; returns the files loaded.

    A missing file is not an error: the app then speaks English.
    """
    for old in _installed:
        app.removeTranslator(old)
    _installed.clear()
    locale = locale or QLocale.system()
    code = locale.name().split("_")[0]
    _core[0] = core_words(code) if code in summary_languages() else ENGLISH
    loaded = []
    english = QTranslator(app)  # installed first, so looked up last
    if english.load(str(translations_dir() / "odnotes_en.qm")):
        app.installTranslator(english)
        _installed.append(english)
        loaded.append(english.filePath())
    for name, folder in (
        ("odnotes", translations_dir()),
        ("qtbase", Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))),
    ):
        translator = QTranslator(app)
        if translator.load(locale, name, "_", str(folder), ".qm") and (
            translator.filePath() not in loaded
        ):
            app.installTranslator(translator)
            _installed.append(translator)
            loaded.append(translator.filePath())
    return loaded


def ui_locale(choice: str) -> QLocale:
    """The locale the app speaks: the one chosen in Preferences, else the system's."""
    return QLocale(choice) if choice else QLocale.system()


def running_language() -> str:
    """The language the app speaks now (``en`` when no catalog of the locale is loaded)."""
    return core_translator().language


def core_translator() -> Translator:
    """The core's words (error messages, kinds of item) in the language the UI speaks."""
    return _core[0]


def language_label(code: str) -> str:
    """``Polski (Polish)``: a language's own name, then its name in the UI's language."""
    own, known = own_name(code), name_in(code, core_translator().language)
    return own if own.casefold() == known.casefold() else f"{own} ({known})"


def person_language_label(value: str) -> str:
    """A member's stored language as shown: its label, or older free text as typed."""
    code = language_code(value)
    return language_label(code) if code else value


def person_language_choices(not_said: str) -> list[tuple[str, str]]:
    """(label, code): "not said", the languages summaries print in, then the rest by name."""
    printable = [(language_label(c), c) for c in summary_languages()]
    others = sorted(
        ((language_label(c), c) for c in PERSON_LANGUAGES if c not in summary_languages()),
        key=lambda choice: choice[0].casefold(),
    )
    return [(not_said, ""), *printable, *others]


def QT_TRANSLATE_NOOP(context: str, source: str) -> str:  # noqa: N802 (the name lupdate reads)
    """Mark ``source`` for translation in ``context`` and return it unchanged.

    PySide6's own is typed ``(object, object) -> object`` in its stubs, so every column header
    and section title built with it lost its type; this one is the same no-op with types. lupdate
    finds the calls by this name whichever module the function comes from.
    """
    del context  # only lupdate reads it, from the source
    return source
