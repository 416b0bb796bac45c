"""Loading translations: OD Notes' own and Qt's, for the system's language.

The ``.ts`` sources live in ``translations/``; ``make translations`` compiles
them to ``.qm`` files beside them, which a bundle carries in the same place.
English is the source language, so no file is needed for it.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from odnotes.i18n import ENGLISH, Translator, summary_languages
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
    for name, folder in (
        ("odnotes", translations_dir()),
        ("qtbase", Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))),
    ):
        translator = QTranslator(app)
        if translator.load(locale, name, "_", str(folder), ".qm"):
            app.installTranslator(translator)
            _installed.append(translator)
            loaded.append(translator.filePath())
    return loaded


def core_translator() -> Translator:
    """The core's words (error messages, kinds of item) in the language the UI speaks."""
    return _core[0]
