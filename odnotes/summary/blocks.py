"""A summary's blocks as flowables, grouped into units that are kept together.

All typed text goes through :mod:`odnotes.pdftext`, so it is escaped (``<b>``
in a note prints literally), emoji print in their font, and a paragraph of
any length can break across pages in time proportional to its length.
Tables hold short text only: a view in someone's own words too long for a
grid is printed under their name instead, where it can run over pages.
"""

from __future__ import annotations

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable, Spacer, Table, TableStyle

from odnotes.i18n import Translator
from odnotes.pdffonts import text_width
from odnotes.pdftext import Run, paragraphs, text_paragraphs
from odnotes.summary import styles as palette
from odnotes.summary.document import (
    Block,
    Bullets,
    DecisionBlock,
    Said,
    Section,
    Subheading,
    Text,
    Tone,
)
from odnotes.summary.keeping import Unit
from odnotes.summary.shaded import boxed
from odnotes.summary.styles import SummaryStyles

# A cell with more typed text than this is not put in a grid (it could not break well).
LONG_CELL = 600
# The views grid: shares of the width for who and their view (their words take the rest).
_GRID_SHARES = (0.28, 0.24)
# No column but the last grows past this share to fit its longest word.
_WIDEST_COLUMN = 0.4
_CELL_PADDING = 12.0  # a table cell's padding, left and right together (reportlab's default)


def typed_paragraphs(text: str, style: ParagraphStyle) -> list[list[Flowable]]:
    """Blank lines in what someone typed start new paragraphs (each one or more flowables)."""
    parts = [p.strip() for p in text.replace("\r\n", "\n").split("\n\n") if p.strip()]
    return [text_paragraphs(part, style) for part in parts]


def typed(text: str, style: ParagraphStyle) -> list[Flowable]:
    """Typed text as flowables, blank lines starting new paragraphs."""
    return [flowable for group in typed_paragraphs(text, style) for flowable in group]


def lead_and_rest(lead: str, rest: str) -> list[Run]:
    """``lead: rest`` with the lead in bold, leaving out whichever part is empty."""
    if lead and rest:
        return [(lead, True), (": ", False), (rest, False)]
    return [(lead, True)] if lead else [(rest, False)]


class BlockLayout:
    """Turns a summary's blocks into units with one set of styles, in ``tr``'s language."""

    def __init__(self, st: SummaryStyles, width: float, tr: Translator) -> None:
        self.st = st
        self.width = width
        self.tr = tr

    def section(self, section: Section) -> list[Unit]:
        """A section's units; its heading and explanation label the first of them."""
        labels: list[Flowable] = [*text_paragraphs(section.heading, self.st.heading)]
        if section.intro:
            labels += typed(section.intro, self.st.intro)
        units: list[Unit] = []
        blocks = list(section.blocks)
        for i, block in enumerate(blocks):
            if isinstance(block, Subheading):
                labels += text_paragraphs(block.text, self.st.subheading)
                continue
            if isinstance(block, Text) and _is_detail(block) and units and _is_lead(blocks[i - 1]):
                units[-1].body += self.text(block)  # "Whose question" stays with its question
                units[-1].chars += len(block.text)
                continue
            unit = self.unit(block)
            unit.labels = labels
            labels = []
            units.append(unit)
        if labels:  # a heading with nothing under it still prints
            units.append(Unit(labels=labels))
        last = units[-1].body if units else []
        if last and isinstance(last[-1], Spacer):  # the next heading has its own space
            last.pop()
        return units

    def unit(self, block: Block) -> Unit:
        """One block as a unit (a list of bullets gives one unit for all of them)."""
        if isinstance(block, Said):
            name = text_paragraphs(block.who, self.st.name)
            text = block.text.strip()
            if block.own_words:
                text = self.quoted(text)
            return Unit(name, typed(text, self.st.said), len(block.who) + len(text))
        if isinstance(block, Bullets):
            flow = [
                f
                for lead, rest in block.entries
                for f in paragraphs(lead_and_rest(lead, rest), self.st.bullet, bullet="\u2022")
            ]
            chars = sum(len(lead) + len(rest) for lead, rest in block.entries)
            return Unit(flow[:1], flow[1:], chars)
        if isinstance(block, DecisionBlock):
            return self.decision(block)
        if isinstance(block, Subheading):
            return Unit(text_paragraphs(block.text, self.st.subheading), chars=len(block.text))
        flow = self.text(block)
        return Unit(flow[:1], flow[1:], len(block.text))

    def text(self, block: Text) -> list[Flowable]:
        """A paragraph of the summary in its tone."""
        return [f for group in self.text_groups(block) for f in group]

    def text_groups(self, block: Text) -> list[list[Flowable]]:
        """The same, one list per paragraph."""
        style = {Tone.BODY: self.st.body, Tone.QUIET: self.st.quiet, Tone.STRONG: self.st.strong}
        return typed_paragraphs(block.text, style[block.tone])

    def decision(self, block: DecisionBlock) -> Unit:
        """The decision's words label the rest: who suggested it, the outside box, the views."""
        st, tr = self.st, self.tr
        head = typed(block.text, st.strong)
        quiet = [(t, False) for t in (block.when, block.proposed_by) if t]
        if quiet:
            runs = [
                run for i, r in enumerate(quiet) for run in ([(" · ", False)] if i else []) + [r]
            ]
            head += paragraphs(runs, st.quiet)
        body: list[Flowable] = []
        if block.outside_reason:
            rows = [
                [(tr.gettext("Decided outside the meeting"), False)],
                lead_and_rest(tr.gettext("Why"), block.outside_reason),
            ]
            if block.told:
                rows.append(lead_and_rest(tr.gettext("Who was told"), block.told))
            body += self.outside_box(rows)
        if block.stances:
            body += self.stances(block)
        body.append(Spacer(1, st.size * 0.9 * st.gap))
        chars = len(block.text) + len(block.outside_reason) + len(block.told)
        chars += sum(len(r.who) + len(r.stance) + len(r.words) for r in block.stances)
        return Unit(head, body, chars)

    def outside_box(self, rows: list[list[Run]]) -> list[Flowable]:
        """A decision taken outside the meeting: a box with a bar, the reason in it."""
        st = self.st
        groups = [paragraphs(rows[0], st.cell_head)]
        groups += [paragraphs(runs, st.cell) for runs in rows[1:]]
        pad = st.size * 0.55 * st.gap
        return boxed(groups, palette.OUTSIDE_FILL, pad, bar=palette.OUTSIDE_BAR, headed=True)

    def stances(self, block: DecisionBlock) -> list[Flowable]:
        """Everyone's view side by side; as a list under each name when one is long."""
        st = self.st
        if any(len(r.who) + len(r.words) > LONG_CELL for r in block.stances):
            flow: list[Flowable] = [Spacer(1, st.size * 0.3)]
            for r in block.stances:
                flow += paragraphs(lead_and_rest(r.who, r.stance), st.bullet, bullet="\u2022")
                if r.words.strip():  # no column says "in their own words" here: the marks do
                    flow += typed(self.quoted(r.words.strip()), st.said)
            return flow
        tr = self.tr
        head = [tr.gettext("Who"), tr.gettext("Their view"), tr.gettext("In their own words")]
        rows = [[text_paragraphs(h, st.cell_head)[0] for h in head]]
        rows += [
            [self._cell(r.who), self._cell(r.stance), self._cell(r.words)] for r in block.stances
        ]
        widths = self.grid_widths(
            [
                (head[0], [r.who for r in block.stances], False),
                (head[1], [r.stance for r in block.stances], True),  # "Samaa mieltä" on one line
            ]
        )
        pad = st.size * 0.4 * st.gap
        table = Table(rows, colWidths=widths, repeatRows=1, spaceBefore=pad)
        table.setStyle(
            TableStyle(
                [
                    ("BACKGROUND", (0, 0), (-1, 0), palette.SOFT_FILL),
                    ("LINEBELOW", (0, 0), (-1, -1), 0.6, palette.RULE),
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("TOPPADDING", (0, 0), (-1, -1), pad),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), pad),
                ]
            )
        )
        return [table]

    def grid_widths(self, columns: list[tuple[str, list[str], bool]]) -> list[float]:
        """The views grid's column widths: its shares, each wide enough for its longest word.

        ``columns`` are each narrow column's heading, its cells, and whether
        its cells are short phrases to keep on one line (the views: "Has
        concerns"); otherwise only the longest word must fit, so a word never
        breaks in the middle for want of room ("Einverstanden" in a German
        copy in large print). The last column gives up the room, and no
        column grows past :data:`_WIDEST_COLUMN` of the width.
        """
        widths = []
        for share, (heading, cells, whole) in zip(_GRID_SHARES, columns, strict=True):
            pieces = [(heading, self.st.cell_head), *((cell, self.st.cell) for cell in cells)]
            words = [
                (w, style) for text, style in pieces for w in ([text] if whole else text.split())
            ]
            longest = max(
                (text_width(w, style.fontName, style.fontSize) for w, style in words), default=0.0
            )
            needed = min(longest + _CELL_PADDING, self.width * _WIDEST_COLUMN)
            widths.append(max(self.width * share, needed))
        return [*widths, self.width - sum(widths)]

    def quoted(self, text: str) -> str:
        """``text`` in the quotation marks of the summary's language (“…”, „…“, ”…”)."""
        return quoted(text, self.tr)

    def _cell(self, text: str) -> Flowable:
        return paragraphs([(text, False)], self.st.cell)[0]


def quoted(text: str, tr: Translator) -> str:
    """``text`` in the quotation marks of ``tr``'s language (“…”, „…“, ”…”)."""
    marks = tr.pgettext(
        "quotation marks around what a person said, in their own words",
        "\u201c%(words)s\u201d",
    )
    return marks % {"words": text}


def _is_lead(block: Block) -> bool:
    return isinstance(block, Text) and block.tone is Tone.STRONG


def _is_detail(block: Block) -> bool:
    return isinstance(block, Text) and block.tone is Tone.QUIET
