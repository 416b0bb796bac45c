"""A summary as plain data: sections of simple blocks, ready to lay out.

Building the words (``meeting_summary``, ``network_summary``) is kept apart
from laying them out (``render``) so that both can be tested on their own and
a preview can show exactly what will print.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from enum import StrEnum

from odnotes.pdffonts import missing_characters


class Tone(StrEnum):
    """How a piece of text is set: ordinary, quieter, or called out."""

    BODY = "body"
    QUIET = "quiet"
    STRONG = "strong"


@dataclass(frozen=True)
class Text:
    """A paragraph (blank lines in it start new paragraphs)."""

    text: str
    tone: Tone = Tone.BODY


@dataclass(frozen=True)
class Subheading:
    """A small heading inside a section."""

    text: str


@dataclass(frozen=True)
class Said:
    """Something a person said, under their name; ``own_words`` marks an exact quote."""

    who: str
    text: str
    own_words: bool = False


@dataclass(frozen=True)
class Bullets:
    """A short list; each entry may start with a name set in bold."""

    entries: list[tuple[str, str]]


@dataclass(frozen=True)
class StanceRow:
    """One person's stance on a decision, in the grid."""

    who: str
    stance: str
    words: str = ""


@dataclass(frozen=True)
class DecisionBlock:
    """A decision with every stance side by side; one taken outside is marked with why."""

    text: str
    when: str = ""
    proposed_by: str = ""
    stances: list[StanceRow] = field(default_factory=list)
    outside_reason: str = ""
    told: str = ""


Block = Text | Subheading | Said | Bullets | DecisionBlock


@dataclass
class Section:
    """A part of the summary under a plain-language heading."""

    heading: str
    blocks: list[Block] = field(default_factory=list)
    intro: str = ""


@dataclass
class SummaryDocument:
    """Everything a summary says, in order, as plain data.

    ``header`` runs along the top of every page; ``team`` (the practitioners'
    names) along the bottom with the page number. ``language`` is the code
    the summary's own words are in (for the page furniture and the PDF).
    """

    title: str
    header: str
    team: list[str]
    facts: list[tuple[str, str]] = field(default_factory=list)
    addressed_to: str = ""
    intro: str = ""
    sections: list[Section] = field(default_factory=list)
    closing: list[Text] = field(default_factory=list)
    language: str = "en"

    def texts(self) -> Iterator[str]:
        """Every string that will be printed."""
        yield from (self.title, self.header, *self.team, self.addressed_to, self.intro)
        for label, value in self.facts:
            yield from (label, value)
        for section in self.sections:
            yield from (section.heading, section.intro)
            for block in section.blocks:
                yield from _block_texts(block)
        for text in self.closing:
            yield text.text

    def unprintable(self) -> set[str]:
        """Characters the bundled font cannot draw (they print as a marker)."""
        found: set[str] = set()
        for text in self.texts():
            found |= missing_characters(text)
        return found


def _block_texts(block: Block) -> Iterator[str]:
    if isinstance(block, Text | Subheading):
        yield block.text
    elif isinstance(block, Said):
        yield from (block.who, block.text)
    elif isinstance(block, Bullets):
        for lead, rest in block.entries:
            yield from (lead, rest)
    else:
        yield from (block.text, block.when, block.proposed_by, block.outside_reason, block.told)
        for row in block.stances:
            yield from (row.who, row.stance, row.words)
