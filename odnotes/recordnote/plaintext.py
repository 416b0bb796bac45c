"""A summary document as plain text that pastes cleanly into a record system's text box.

No tabs, no markup, no control or invisible characters: only printable
characters and line breaks. Lines are wrapped at :data:`WIDTH` characters,
the continuation of an entry indented under it; headings are in capitals
with a blank line before them, and nothing else is blank, so the note stays
short. The work is linear in the length of the text: each word is looked at
once, and a word too long for a line is cut where no character loses its
accents.
"""

from __future__ import annotations

from odnotes.pdftext import split_text
from odnotes.recordnote.words import ENGLISH, Translator
from odnotes.summary.blocks import quoted
from odnotes.summary.document import (
    Block,
    Bullets,
    DecisionBlock,
    Said,
    Subheading,
    SummaryDocument,
    Tone,
)

WIDTH = 76
INDENT = "  "
DECISION_INDENT = "   "  # under "1. "


def printable(word: str) -> str:
    """``word`` without the characters a text box would show as boxes or not at all."""
    return word if word.isprintable() else "".join(c for c in word if c.isprintable())


def wrap(text: str, first: str = "", rest: str = "", width: int = WIDTH) -> list[str]:
    """``text`` as lines of at most ``width`` characters (where words allow).

    ``first`` starts the first line and ``rest`` every later one. Line breaks
    in ``text`` start new lines; blank lines and runs of spaces are dropped.
    """
    lines: list[str] = []
    line = first
    empty = True  # nothing but the prefix on this line yet
    room = max(width - len(rest), 8)
    for paragraph in text.splitlines():
        words = [w for w in (printable(raw) for raw in paragraph.split()) if w]
        if not words:
            continue
        if not empty:
            lines.append(line)
            line, empty = rest, True
        for word in words:
            for piece in split_text(word, room) if len(word) > room else [word]:
                if empty and (len(line) + len(piece) <= width or not line.strip()):
                    line += piece
                    empty = False
                elif empty:  # a word too long to start beside the label: on a line of its own
                    lines.append(line.rstrip())
                    line, empty = rest + piece, False
                elif len(line) + 1 + len(piece) <= width:
                    line += " " + piece
                else:
                    lines.append(line)
                    line = rest + piece
    if not empty or not lines:
        lines.append(line.rstrip())
    return lines


def note_text(document: SummaryDocument, tr: Translator = ENGLISH, width: int = WIDTH) -> str:
    """The whole document as wrapped plain text, ending in a line break."""
    return _Writer(tr, width).document(document)


class _Writer:
    """Writes blocks as lines; ``detail`` is the indent of the last entry's details."""

    def __init__(self, tr: Translator, width: int) -> None:
        self.tr = tr
        self.width = width
        self.lines: list[str] = []
        self.detail = INDENT

    def add(self, text: str, first: str = "", rest: str = INDENT) -> None:
        self.lines += wrap(text, first, rest, self.width)

    def document(self, document: SummaryDocument) -> str:
        self.add(document.title.upper(), rest="")
        for label, value in document.facts:
            self.add(f"{label}: {value}")
        if document.intro:
            self.lines.append("")
            self.add(document.intro, rest="")
        for section in document.sections:
            self.lines.append("")
            self.add(section.heading.upper(), rest="")
            if section.intro:
                self.add(section.intro, rest="")
            number = 0
            for block in section.blocks:
                if isinstance(block, DecisionBlock):
                    number += 1
                self.block(block, number)
        for text in document.closing:
            self.lines.append("")
            self.add(text.text, rest="")
        return "\n".join(line.rstrip() for line in self.lines) + "\n"

    def block(self, block: Block, number: int) -> None:
        if isinstance(block, Said):
            text = block.text.strip()
            if text and block.own_words:
                text = quoted(text, self.tr)
            self.add(f"{block.who}: {text}" if text else block.who)
            self.detail = INDENT
        elif isinstance(block, Bullets):
            for lead, rest in block.entries:
                self.add(f"{lead}: {rest}" if lead and rest else lead or rest, "- ")
            self.detail = INDENT
        elif isinstance(block, DecisionBlock):
            self.decision(block, number)
        elif isinstance(block, Subheading):
            self.add(block.text, rest="")
        elif block.tone is Tone.QUIET:
            self.add(block.text, self.detail, self.detail)
        elif block.tone is Tone.STRONG:
            self.add(block.text, "- ")
            self.detail = INDENT
        else:
            self.add(block.text, rest="")
            self.detail = INDENT

    def decision(self, block: DecisionBlock, number: int) -> None:
        tr, under = self.tr, DECISION_INDENT
        self.add(block.text, f"{number}. ", under)
        for quiet in (block.when, block.proposed_by):
            if quiet:
                self.add(quiet, under, under)
        if block.outside_reason:
            self.add(
                tr.gettext("Decided outside the meeting. Why: %(reason)s")
                % {"reason": block.outside_reason},
                under,
                under + INDENT,
            )
            if block.told:
                self.add(
                    tr.gettext("Who was told: %(told)s") % {"told": block.told},
                    under,
                    under + INDENT,
                )
        for row in block.stances:
            words = row.words.strip()
            line = f"{row.who}: {row.stance}"
            if words:
                line += f" \u2013 {quoted(words, self.tr)}"
            self.add(line, under, under + INDENT)
        self.detail = under
