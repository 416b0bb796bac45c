"""A network's record number is found in free text however it was typed, and only as a whole."""

from __future__ import annotations

from datetime import date, datetime

from hypothesis import given
from hypothesis import strategies as st

from odnotes.supervision.dates import RelativeDates
from odnotes.supervision.deidentify import Deidentifier
from odnotes.supervision.identifiers import (
    RECORD_NUMBER_LABEL,
    find_identifiers,
    identifier_pattern,
    identifier_patterns,
    record_number_labels,
)

NUMBER = "RX 2047 781"
DATES = RelativeDates(datetime(2025, 3, 3, 9, 0))


@given(
    separators=st.lists(st.sampled_from(["", " ", "-", ".", "/", "  "]), min_size=8, max_size=8),
    upper=st.booleans(),
)
def test_any_spacing_and_case_of_the_number_is_found(separators: list[str], upper: bool) -> None:
    characters = [c for c in NUMBER if c.isalnum()]
    typed = "".join(c + s for c, s in zip(characters, [*separators, ""], strict=True))
    typed = typed.upper() if upper else typed.lower()
    text = f"Referred under {typed}, as agreed."
    found = find_identifiers(text, identifier_patterns({NUMBER: RECORD_NUMBER_LABEL}))
    assert [(text[s:e], label) for s, e, label in found] == [(typed, RECORD_NUMBER_LABEL)]


def test_only_the_whole_number_is_found() -> None:
    pattern = identifier_pattern(NUMBER)
    assert pattern is not None
    for text in ("RX20477810", "ARX2047781", "2047 781", "RX 2047", "room 2047"):
        assert pattern.search(text) is None, text


def test_numbers_too_short_to_look_for_and_empty_ones_are_left_out() -> None:
    assert identifier_pattern("7") is None and identifier_pattern("A-1") is None
    assert record_number_labels("", ["", "QZ-1"]) == {"QZ-1": "[a record number]"}
    assert record_number_labels("RX1", ["QZ1"]) == {
        "RX1": "[the record number]",
        "QZ1": "[a record number]",
    }


def test_the_deidentifier_replaces_it_with_a_span_saying_what_it_was() -> None:
    deid = Deidentifier([], DATES, identifiers={NUMBER: RECORD_NUMBER_LABEL})
    result = deid.text("Her number is rx-2047-781.", date(2025, 3, 4))
    assert result.text == "Her number is [the record number]."
    (span,) = result.spans
    assert span.kind == "identifier" and span.original == "rx-2047-781"
    assert result.text[span.start : span.end] == RECORD_NUMBER_LABEL
