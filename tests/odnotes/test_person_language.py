"""A member's language: a code from a list, with older free-text values still read."""

from __future__ import annotations

from datetime import datetime

import pytest
from hypothesis import given
from hypothesis import strategies as st

from odnotes.i18n import PERSON_LANGUAGES, language_code, name_in, own_name
from odnotes.model import Network, Person, new_id
from odnotes.summary import SummaryOptions
from odnotes.vault import Vault

NETWORK = new_id()


@pytest.mark.parametrize(
    ("typed", "code"),
    [
        ("pl", "pl"),
        ("Polish", "pl"),
        ("polski", "pl"),
        ("POLSKI ", "pl"),
        ("pl_PL", "pl"),
        ("fi-FI", "fi"),
        ("Finnish", "fi"),
        ("suomi", "fi"),
        ("Suomen kieli", None),
        ("Deutsch", "de"),
        ("German", "de"),
        ("saksa", "de"),  # German, as a Finnish practitioner typed it
        ("Arabic", "ar"),
        ("العربية", "ar"),
        ("Hebrew", "he"),
        ("Northern Sami", "se"),
        ("davvisámegiella", "se"),
        ("", ""),
        ("Finnish and Swedish", None),
        ("Klingon", None),
    ],
)
def test_older_free_text_values_map_to_codes(typed: str, code: str | None) -> None:
    assert language_code(typed) == code


def test_unlisted_values_are_kept_as_typed_through_the_vault(vault: Vault) -> None:
    network = Network("Fictional", first_contact=datetime(2026, 3, 1, 9, 0))
    vault.save(network)
    old = Person(network.id, "Grandmother", language="Polish")
    odd = Person(network.id, "Uncle", language="Finnish and Swedish")
    vault.save(old)
    vault.save(odd)
    assert vault.get(Person, old.id).language == "Polish"
    assert vault.get(Person, old.id).language_code == "pl"
    assert vault.get(Person, odd.id).language == "Finnish and Swedish"
    assert vault.get(Person, odd.id).language_code is None


def test_every_listed_language_has_its_own_name_and_a_name_in_english() -> None:
    assert len(set(PERSON_LANGUAGES)) == len(PERSON_LANGUAGES)
    for code in PERSON_LANGUAGES:
        assert own_name(code) and own_name(code) != code
        assert name_in(code, "en") != code
        assert language_code(code) == code
        assert language_code(name_in(code, "en")) == code
    assert own_name("fi") == "Suomi"
    assert own_name("pl") == "Polski"


@given(st.text(max_size=30))
def test_any_text_maps_to_a_listed_code_or_none(text: str) -> None:
    code = language_code(text)
    assert code is None or code == "" or code in PERSON_LANGUAGES


def test_a_copy_for_a_person_defaults_to_their_language() -> None:
    base = SummaryOptions(language="fi")
    grandmother = Person(NETWORK, "Babcia", language="Polish", large_print=True)
    assert base.for_person(grandmother).language == "pl"
    assert base.for_person(grandmother).large_print
    arabic = Person(NETWORK, "Amal", language="ar")  # no catalog yet: the copy's language
    assert base.for_person(arabic).language == "fi"
    unset = Person(NETWORK, "Zoë")
    assert base.for_person(unset).language == "fi"


def test_the_table_of_own_names_is_what_babel_says() -> None:
    """The table only saves Babel's time; it must never say anything Babel would not."""
    from odnotes.i18n.languages import OWN_NAMES, PERSON_LANGUAGES, _locale

    assert set(OWN_NAMES) == set(PERSON_LANGUAGES)
    for code, name in OWN_NAMES.items():
        babel = _locale(code).get_display_name(code) or code
        assert name == babel[:1].upper() + babel[1:], code
