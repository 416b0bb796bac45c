"""The core's catalogs: complete, current, and consistent in placeholders and plural forms.

Checked by reading the files, never by eye: every message the source marks is
in the template and in each language's catalog, translated, not fuzzy, not
stale, with the same ``%(name)s`` placeholders and every plural form filled.
"""

from __future__ import annotations

import gettext
import re
from datetime import date
from pathlib import Path

import pytest
from babel.dates import format_date
from babel.messages.catalog import Catalog, Message
from babel.messages.extract import extract_from_dir
from babel.messages.pofile import read_po

from odnotes.i18n import CATALOG_LANGUAGES, catalog_path, locale_dir, translator

ROOT = Path(__file__).resolve().parents[2]
# The same keywords as ``make catalogs-update``.
KEYWORDS = {
    "gettext": None,
    "ngettext": (1, 2),
    "pgettext": ((1, "c"), 2),
    "N_": None,
    "N_plural": (1, 2),
    "counted": (1, 2),
    "about": None,  # field labels (odnotes.model.treatment.about)
}
PLACEHOLDER = re.compile(r"%\((\w+)\)s")


def _key(message: Message) -> tuple[str | None, str]:
    msgid = message.id if isinstance(message.id, str) else message.id[0]
    return message.context, msgid


def _read(path: Path, language: str | None = None) -> Catalog:
    with path.open("rb") as handle:
        return read_po(handle, locale=language)


def _source_messages() -> set[tuple[str | None, str]]:
    found = set()
    for _file, _line, message, _comments, context in extract_from_dir(
        ROOT / "odnotes", keywords=KEYWORDS, comment_tags=()
    ):
        msgid = message if isinstance(message, str) else message[0]
        found.add((context, msgid))
    return found


def _placeholders(text: str) -> set[str]:
    return set(PLACEHOLDER.findall(text))


def test_the_template_holds_exactly_what_the_source_marks() -> None:
    template = {_key(m) for m in _read(locale_dir() / "odnotes.pot") if m.id}
    source = _source_messages()
    assert source - template == set(), "run `make catalogs-update`"
    assert template - source == set(), "run `make catalogs-update`"


@pytest.mark.parametrize("language", CATALOG_LANGUAGES)
def test_each_catalog_is_complete_and_current(language: str) -> None:
    catalog = _read(catalog_path(language), language)
    source = _source_messages()
    messages = [m for m in catalog if m.id]
    assert {_key(m) for m in messages} == source, "run `make catalogs-update`"
    assert not catalog.obsolete, "stale messages left in the catalog"
    for message in messages:
        assert "fuzzy" not in message.flags, message.id
        forms = message.string if isinstance(message.string, tuple) else (message.string,)
        assert all(form.strip() for form in forms), f"untranslated: {message.id!r}"
        if message.pluralizable:
            assert len(forms) == catalog.num_plurals, message.id


@pytest.mark.parametrize("language", CATALOG_LANGUAGES)
def test_placeholders_match_the_english(language: str) -> None:
    catalog = _read(catalog_path(language), language)
    plural_of = gettext.c2py(catalog.plural_expr)
    for message in (m for m in catalog if m.id):
        if not message.pluralizable:
            assert _placeholders(message.string) == _placeholders(message.id), message.id
            continue
        singular, plural = message.id
        wanted = _placeholders(singular) | _placeholders(plural)
        for index, form in enumerate(message.string):
            got = _placeholders(form)
            assert got <= wanted, (message.id, index)
            # Only a form used for n == 1 alone may leave the number out ("one voice").
            if "n" in wanted and "n" not in got:
                used_for = [n for n in range(200) if plural_of(n) == index]
                assert used_for == [1], (message.id, index, used_for)
            assert got | {"n"} >= wanted, (message.id, index)


@pytest.mark.parametrize("language", CATALOG_LANGUAGES)
def test_the_date_pattern_and_number_words_are_usable(language: str) -> None:
    tr = translator(language)
    assert str(2026) in tr.long_date(date(2026, 9, 18))
    pattern = tr.pgettext(
        "a Babel (CLDR) date pattern for a weekday and date, as on a letter", "EEEE d MMMM y"
    )
    assert format_date(date(2026, 9, 18), pattern, locale=tr.locale) == tr.long_date(
        date(2026, 9, 18)
    )
    assert len([tr.number_word(n) for n in range(11)]) == 11
    assert all(tr.number_word(n).strip() for n in range(11))


def test_catalog_headers_say_who_translated_and_invite_review() -> None:
    for language in CATALOG_LANGUAGES:
        text = catalog_path(language).read_text(encoding="utf-8")
        assert "AI-assisted contributed translation" in text
        assert "not yet reviewed by native-speaking" in text
        assert "review" in _read(catalog_path(language), language).language_team.casefold()


def test_compiled_catalogs_are_loaded_and_a_missing_one_falls_back_to_the_source(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from odnotes.i18n import translator as module_translator
    from odnotes.i18n.catalog import Translator

    compiled = Translator("fi").gettext("What we decided")
    source_only = tmp_path / "fi" / "LC_MESSAGES"
    source_only.mkdir(parents=True)
    (source_only / "odnotes.po").write_bytes(catalog_path("fi").read_bytes())
    monkeypatch.setattr("odnotes.i18n.catalog.locale_dir", lambda: tmp_path)
    assert Translator("fi").gettext("What we decided") == compiled == "Mitä päätimme"
    assert module_translator("fi") is module_translator("fi")


def test_no_global_language_leaks_between_translators() -> None:
    finnish, polish = translator("fi"), translator("pl")
    assert finnish.gettext("What we decided") == "Mitä päätimme"
    assert polish.gettext("What we decided") == "Co postanowiliśmy"
    assert finnish.gettext("What we decided") == "Mitä päätimme"
    assert translator("en").gettext("What we decided") == "What we decided"


def test_an_unknown_language_is_refused() -> None:
    from odnotes.i18n.catalog import Translator

    with pytest.raises(ValueError, match="no catalog"):
        Translator("xx")


def test_the_errors_the_app_shows_come_in_the_ui_language(
    new_vault: tuple[object, str], tmp_path: Path
) -> None:
    from odnotes.crypto import TEST_POLICY
    from odnotes.errors import NotAVault, WrongPassphrase
    from odnotes.vault import Vault

    vault, _ = new_vault
    path = vault.path  # type: ignore[attr-defined]
    vault.close()  # type: ignore[attr-defined]
    reopened = Vault.open(path, policy=TEST_POLICY)
    with pytest.raises(WrongPassphrase) as wrong:
        reopened.unlock("not the passphrase at all")
    reopened.close()
    assert str(wrong.value).startswith("That passphrase does not unlock this vault.")
    assert wrong.value.message_in(translator("fi")).startswith("Tämä salalause ei avaa holvia.")
    assert wrong.value.message_in(translator("de")).startswith("Diese Passphrase öffnet")
    not_a_vault = tmp_path / "notes.txt"
    not_a_vault.write_text("plain text", encoding="utf-8")
    with pytest.raises(NotAVault) as refused:
        Vault.open(not_a_vault, policy=TEST_POLICY)
    assert refused.value.message_in(translator("pl")) == (
        "notes.txt nie jest sejfem OD Notes albo jest poważnie uszkodzony."
    )


def test_an_import_refused_for_its_json_says_why_in_the_ui_language(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from odnotes import interchange
    from odnotes.errors import InvalidImport

    not_utf8 = tmp_path / "latin1.json"
    not_utf8.write_bytes('{"name": "Päivi"}'.encode("latin-1"))
    with pytest.raises(InvalidImport) as refused:
        interchange.read_document(not_utf8)
    assert str(refused.value) == "The file cannot be imported: it is not UTF-8 text."
    # The reason inside the message is translated with it.
    assert refused.value.message_in(translator("fi")) == (
        "Tiedostoa ei voi tuoda: se ei ole UTF-8-tekstiä."
    )
    broken = tmp_path / "broken.json"
    broken.write_text('{"format": ', encoding="utf-8")
    with pytest.raises(InvalidImport) as refused:
        interchange.read_document(broken)
    assert refused.value.message_in(translator("de")) == (
        "Die Datei kann nicht importiert werden: sie ist kein gültiges JSON (Zeile 1, Spalte 12)."
    )
    monkeypatch.setattr(interchange, "MAX_IMPORT_BYTES", 4)
    with pytest.raises(InvalidImport) as refused:
        interchange.read_document(broken)
    assert refused.value.message_in(translator("pl")) == (
        "Ten plik jest za duży, by mógł być plikiem wymiany OD Notes."
    )


def test_what_was_being_done_is_said_in_the_readers_language_too() -> None:
    """A full disk while saving: the whole sentence in Finnish, "saving" included."""
    import errno

    from odnotes.files import storage_error
    from odnotes.i18n import N_

    error = storage_error(OSError(errno.ENOSPC, "No space left on device"), N_("saving"))
    assert str(error) == "The disk is full, so saving did not happen. Nothing was changed."
    assert error.message_in(translator("fi")) == (
        "Levy on täynnä, joten tallennus ei onnistunut. Mitään ei muutettu."
    )
    assert "das Speichern" in error.message_in(translator("de"))
