"""Sentences of the supervision outline: fixed words in the export's language, pieces kept.

A translated sentence ("%(who)s: %(text)s") is filled with the tree's labels
and de-identified free text as pieces of their own, so the Markdown keeps
every span and the PDF its bold speakers, in whatever order a language puts them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from odnotes.i18n import N_, Translator
from odnotes.supervision.deidentify import DeidText
from odnotes.supervision.export import Label

Piece = str | Label | DeidText
Field = Piece | list[Piece] | int
_FIELD = re.compile(r"%\((\w+)\)s")


@dataclass
class Block:
    """One paragraph-level unit: ``style`` is title, intro, h1, h2, h3, p, bullet, sub or chart.

    A chart's pieces are its legend in the export's language: the element
    column's heading, then the words for fully, partly, not at all and not applicable.
    """

    style: str
    pieces: list[Piece] = field(default_factory=list)
    chart: list[dict[str, Any]] | None = None


def has_text(text: object) -> bool:
    """Free text that says something (not left empty)."""
    return isinstance(text, DeidText) and bool(text.text.strip())


def plain(pieces: list[Piece]) -> str:
    """Pieces that are all fixed wording, as one string."""
    return "".join(str(p) for p in pieces)


def _filled(words: str, fields: dict[str, Field], tr: Translator) -> list[Piece]:
    """``words`` with its ``%(name)s`` fields filled in, each label or free text a piece."""
    out: list[Piece] = []
    for index, part in enumerate(_FIELD.split(words)):
        if index % 2 == 0:
            if part:
                out.append(part)
            continue
        value = fields[part]
        if isinstance(value, list):
            out += value
        elif isinstance(value, int):
            out.append(tr.number(value))
        else:
            out.append(value)
    return out


class Phrasing:
    """The outline's fixed words in one language, with the tree's pieces put in their places."""

    def __init__(self, tr: Translator) -> None:
        self.tr = tr

    def gettext(self, message: str, **fields: Field) -> list[Piece]:
        """``message`` in the outline's language with its fields put in."""
        return _filled(self.tr.gettext(message), fields, self.tr)

    def counted(self, singular: str, plural: str, n: int, **fields: Field) -> list[Piece]:
        """A sentence whose words follow the count ``n`` (Polish has three forms)."""
        return _filled(self.tr.ngettext(singular, plural, n), {"n": n, **fields}, self.tr)

    def joined(self, items: list[Label], empty: str = N_("nobody recorded")) -> list[Piece]:
        pieces: list[Piece] = []
        for i, item in enumerate(items):
            if i:
                pieces.append(", ")
            pieces.append(item)
        return pieces or [self.tr.gettext(empty)]

    def team_only(self, item: dict[str, Any]) -> list[Piece]:
        reason = item.get("team_only")
        if not isinstance(reason, DeidText):
            return []
        return self.gettext(" [kept to the team: %(reason)s]", reason=reason)
