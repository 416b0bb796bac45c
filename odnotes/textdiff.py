"""Word-by-word differences between two texts, for a meeting's revision history.

Words and the whitespace between them are separate tokens, so a diff rebuilt
from its pieces gives back both texts exactly, and a changed word is shown as
one deletion and one insertion rather than as a jumble of characters.
"""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass
from enum import StrEnum

_TOKEN = re.compile(r"\s+|[^\s]+")


class DiffOp(StrEnum):
    """What happened to a run of text between two revisions."""

    SAME = "same"
    INSERTED = "inserted"
    DELETED = "deleted"


@dataclass(frozen=True)
class DiffPiece:
    """A run of text that was kept, inserted or deleted."""

    op: DiffOp
    text: str


def tokens(text: str) -> list[str]:
    """Words and whitespace runs; joining them gives ``text`` back."""
    return _TOKEN.findall(text)


def word_diff(old: str, new: str) -> list[DiffPiece]:
    """The pieces that turn ``old`` into ``new``, word by word, merged into runs.

    A change region is shown as all its removed words, then all its added
    words; spaces kept between two changed words belong to the region, so a
    rewritten phrase reads as one phrase out and one phrase in.
    """
    a, b = tokens(old), tokens(new)
    codes = difflib.SequenceMatcher(None, a, b, autojunk=False).get_opcodes()
    pieces: list[DiffPiece] = []
    removed: list[str] = []
    added: list[str] = []
    for number, (tag, i1, i2, j1, j2) in enumerate(codes):
        kept = "".join(a[i1:i2])
        between_changes = 0 < number < len(codes) - 1 and not kept.strip()
        if tag == "equal" and not between_changes:
            _append(pieces, DiffOp.DELETED, "".join(removed))
            _append(pieces, DiffOp.INSERTED, "".join(added))
            removed, added = [], []
            _append(pieces, DiffOp.SAME, kept)
            continue
        removed += a[i1:i2]
        added += b[j1:j2]
    _append(pieces, DiffOp.DELETED, "".join(removed))
    _append(pieces, DiffOp.INSERTED, "".join(added))
    return pieces


def _append(pieces: list[DiffPiece], op: DiffOp, text: str) -> None:
    if not text:
        return
    if pieces and pieces[-1].op is op:
        pieces[-1] = DiffPiece(op, pieces[-1].text + text)
    else:
        pieces.append(DiffPiece(op, text))


def old_text(pieces: list[DiffPiece]) -> str:
    """The earlier text, rebuilt from a diff."""
    return "".join(p.text for p in pieces if p.op is not DiffOp.INSERTED)


def new_text(pieces: list[DiffPiece]) -> str:
    """The later text, rebuilt from a diff."""
    return "".join(p.text for p in pieces if p.op is not DiffOp.DELETED)


def changed(pieces: list[DiffPiece]) -> bool:
    """Whether anything was inserted or deleted."""
    return any(p.op is not DiffOp.SAME for p in pieces)
