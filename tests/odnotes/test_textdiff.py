"""Word diffs rebuild both texts and show changed words as whole words."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from odnotes.textdiff import DiffOp, DiffPiece, changed, new_text, old_text, word_diff


def test_changed_word_is_one_deletion_and_one_insertion() -> None:
    pieces = word_diff("Päivi felt calm today.", "Päivi felt worried today.")
    assert pieces == [
        DiffPiece(DiffOp.SAME, "Päivi felt "),
        DiffPiece(DiffOp.DELETED, "calm"),
        DiffPiece(DiffOp.INSERTED, "worried"),
        DiffPiece(DiffOp.SAME, " today."),
    ]


def test_identical_texts_have_no_change() -> None:
    pieces = word_diff("same words\nhere", "same words\nhere")
    assert not changed(pieces)
    assert pieces == [DiffPiece(DiffOp.SAME, "same words\nhere")]


def test_insertion_at_the_end() -> None:
    pieces = word_diff("Meet again", "Meet again on Friday")
    assert pieces[-1] == DiffPiece(DiffOp.INSERTED, " on Friday")


@given(st.text(), st.text())
def test_diff_rebuilds_both_texts(old: str, new: str) -> None:
    pieces = word_diff(old, new)
    assert old_text(pieces) == old
    assert new_text(pieces) == new
    assert changed(pieces) == (old != new)


def test_a_rewritten_phrase_is_one_phrase_out_and_one_in() -> None:
    pieces = word_diff("went, and whether work is ok.", "went, and the choir.")
    assert pieces == [
        DiffPiece(DiffOp.SAME, "went, and "),
        DiffPiece(DiffOp.DELETED, "whether work is ok."),
        DiffPiece(DiffOp.INSERTED, "the choir."),
    ]
