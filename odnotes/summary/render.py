"""Laying a summary document out as PDF pages (reportlab platypus), in memory.

All user text is escaped before it reaches a Paragraph, so ``<b>`` or
``&amp;`` in a note prints literally; characters the bundled font cannot draw
are replaced with a visible marker and the summary says so.
"""

from __future__ import annotations

import io
from collections.abc import Callable
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib.pagesizes import A4, LETTER
from reportlab.lib.units import cm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    Flowable,
    KeepTogether,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)

from odnotes.i18n import N_, Translator, translator
from odnotes.pdfbidi import ShapedParagraph, draw_line, has_rtl
from odnotes.pdffonts import BOLD, REGULAR, missing_characters
from odnotes.summary import styles as palette
from odnotes.summary.document import (
    Block,
    Bullets,
    DecisionBlock,
    Said,
    Subheading,
    SummaryDocument,
    Text,
    Tone,
)
from odnotes.summary.options import Paper, SummaryOptions
from odnotes.summary.styles import SummaryStyles, summary_styles

MARKER = "\ufffd"
UNPRINTABLE_NOTICE = N_(
    "Some writing could not be shown in this print and is marked %(marker)s. "
    "Please ask the team to read it to you."
)
FRAME_PADDING = 6.0  # platypus frames inset their content by this much
_PAGES = {Paper.A4: A4, Paper.LETTER: LETTER}


def printable(text: str) -> str:
    """``text`` with characters the font cannot draw replaced by the marker."""
    missing = missing_characters(text)
    return "".join(MARKER if c in missing else c for c in text) if missing else text


def markup(text: str) -> str:
    """User text made safe for a Paragraph: printable, escaped, line breaks kept."""
    return escape(printable(text)).replace("\n", "<br/>")


def _paragraphs(text: str, style: Any) -> list[Flowable]:
    """Blank lines in what someone typed start new paragraphs."""
    parts = [p.strip() for p in text.replace("\r\n", "\n").split("\n\n") if p.strip()]
    return [_para(p, style) for p in parts]


def _lead_and_rest(lead: str, rest: str) -> str:
    """``<b>lead</b>: rest``, leaving out whichever part is empty."""
    if lead and rest:
        return f"<b>{markup(lead)}</b>: {markup(rest)}"
    return f"<b>{markup(lead)}</b>" if lead else markup(rest)


def _para(text: str, style: Any, lead: str = "", bullet: str | None = None) -> Flowable:
    """A paragraph of ``text`` after a bold ``lead``; shaped word by word if it has
    right-to-left script (Arabic, Hebrew), a plain reportlab Paragraph otherwise."""
    if not has_rtl(lead + text):
        return Paragraph(_lead_and_rest(lead, text), style, bulletText=bullet)
    runs = [(printable(lead), BOLD)] if lead else []
    if text:
        runs.append(((": " if lead else "") + printable(text), style.fontName))
    return ShapedParagraph(runs, style, bullet or "")


class _Layout:
    """Turns blocks into flowables with one set of styles."""

    def __init__(self, st: SummaryStyles, width: float, tr: Translator) -> None:
        self.st = st
        self.width = width
        self.tr = tr

    def text(self, block: Text) -> list[Flowable]:
        style = {Tone.BODY: self.st.body, Tone.QUIET: self.st.quiet, Tone.STRONG: self.st.strong}
        return _paragraphs(block.text, style[block.tone])

    def said(self, block: Said) -> list[Flowable]:
        flow: list[Flowable] = [_para(block.who, self.st.name)]
        text = block.text.strip()
        if block.own_words:
            text = f"\u201c{text}\u201d"
        return flow + _paragraphs(text, self.st.said)

    def bullets(self, block: Bullets) -> list[Flowable]:
        return [
            _para(rest, self.st.bullet, lead=lead, bullet="\u2022") for lead, rest in block.entries
        ]

    def decision(self, block: DecisionBlock) -> list[Flowable]:
        st = self.st
        flow: list[Flowable] = _paragraphs(block.text, st.strong)
        quiet = " · ".join(t for t in (block.when, block.proposed_by) if t)
        if quiet:
            flow.append(_para(quiet, st.quiet))
        if block.outside_reason:
            flow.append(self._outside(block))
        if block.stances:
            flow.append(self._stances(block))
        flow.append(Spacer(1, st.size * 0.9))
        return flow

    def _outside(self, block: DecisionBlock) -> Table:
        st = self.st
        tr = self.tr
        rows = [
            [_para(tr.gettext("Decided outside the meeting"), st.cell_head)],
            [_para(block.outside_reason, st.cell, lead=tr.gettext("Why"))],
        ]
        if block.told:
            rows.append([_para(block.told, st.cell, lead=tr.gettext("Who was told"))])
        pad = st.size * 0.55
        table = Table(rows, colWidths=[self.width], splitInRow=1, spaceBefore=pad / 2)
        table.setStyle(
            TableStyle(
                [
                    ("BACKGROUND", (0, 0), (-1, -1), palette.OUTSIDE_FILL),
                    ("LINEBEFORE", (0, 0), (0, -1), 3, palette.OUTSIDE_BAR),
                    ("LEFTPADDING", (0, 0), (-1, -1), pad * 1.4),
                    ("TOPPADDING", (0, 0), (-1, -1), pad / 2),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), pad / 2),
                    ("TOPPADDING", (0, 0), (-1, 0), pad),
                    ("BOTTOMPADDING", (0, -1), (-1, -1), pad),
                ]
            )
        )
        return table

    def _stances(self, block: DecisionBlock) -> Table:
        st = self.st
        tr = self.tr
        head = [tr.gettext("Who"), tr.gettext("Their view"), tr.gettext("In their own words")]
        rows = [[_para(h, st.cell_head) for h in head]]
        rows += [
            [_para(r.who, st.cell), _para(r.stance, st.cell)] + [_para(r.words, st.cell)]
            for r in block.stances
        ]
        widths = [self.width * 0.28, self.width * 0.24, self.width * 0.48]
        pad = st.size * 0.45
        table = Table(rows, colWidths=widths, repeatRows=1, splitInRow=1, spaceBefore=pad)
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
        return table

    def block(self, block: Block) -> list[Flowable]:
        if isinstance(block, Text):
            return self.text(block)
        if isinstance(block, Subheading):
            return [_para(block.text, self.st.subheading)]
        if isinstance(block, Said):
            return self.said(block)
        if isinstance(block, Bullets):
            return self.bullets(block)
        return self.decision(block)


def _story(document: SummaryDocument, st: SummaryStyles, width: float) -> list[Flowable]:
    tr = translator(document.language)
    layout = _Layout(st, width, tr)
    story: list[Flowable] = []
    if document.addressed_to:
        story.append(_para(document.addressed_to, st.addressed))
    story.append(_para(document.title, st.title))
    if document.facts:
        rows = [
            [_para(label, st.cell_head), _para(value, st.cell)] for label, value in document.facts
        ]
        labels = max(stringWidth(printable(label), BOLD, st.size) for label, _ in document.facts)
        first = min(labels + st.size * 1.5, width * 0.45)
        facts = Table(rows, colWidths=[first, width - first], splitInRow=1)
        facts.setStyle(
            TableStyle(
                [
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("LEFTPADDING", (0, 0), (0, -1), 0),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), st.size * 0.3),
                ]
            )
        )
        story += [facts, Spacer(1, st.size * 0.6)]
    if document.intro:
        story += _paragraphs(document.intro, st.body)
    for section in document.sections:
        story.append(_para(section.heading, st.heading))
        if section.intro:
            story += _paragraphs(section.intro, st.intro)
        for block in section.blocks:
            story += layout.block(block)
    closing = list(document.closing)
    if document.unprintable():
        closing.append(Text(tr.gettext(UNPRINTABLE_NOTICE) % {"marker": MARKER}, Tone.STRONG))
    if closing:
        story.append(KeepTogether([Spacer(1, st.size), _closing_box(closing, layout, width)]))
    return story


def _closing_box(closing: list[Text], layout: _Layout, width: float) -> Table:
    """The last words (what was kept back, corrections welcome) in a soft box."""
    pad = layout.st.size * 0.8
    rows = [[f] for text in closing for f in layout.text(text)]
    box = Table(rows, colWidths=[width], splitInRow=1)
    box.setStyle(
        TableStyle(
            [
                ("BACKGROUND", (0, 0), (-1, -1), palette.SOFT_FILL),
                ("LEFTPADDING", (0, 0), (-1, -1), pad),
                ("RIGHTPADDING", (0, 0), (-1, -1), pad),
                ("TOPPADDING", (0, 0), (-1, -1), pad / 3),
                ("BOTTOMPADDING", (0, 0), (-1, -1), pad / 3),
                ("TOPPADDING", (0, 0), (-1, 0), pad),
                ("BOTTOMPADDING", (0, -1), (-1, -1), pad),
            ]
        )
    )
    return box


def _fit(text: str, size: float, width: float) -> str:
    """Shorten ``text`` with an ellipsis so it fits on one line."""
    text = printable(text)
    if stringWidth(text, REGULAR, size) <= width:
        return text
    while text and stringWidth(text + "\u2026", REGULAR, size) > width:
        text = text[:-1]
    return text + "\u2026"


def _page_canvas(
    document: SummaryDocument, st: SummaryStyles, margin: float
) -> Callable[..., Canvas]:
    """A canvas that holds its pages back until the end, to print "page x of y"."""
    size = st.marginal
    tr = translator(document.language)
    team = (
        tr.gettext("From the team: %(names)s") % {"names": ", ".join(document.team)}
        if document.team
        else ""
    )

    class PagedCanvas(Canvas):  # type: ignore[misc]
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._pages: list[dict[str, Any]] = []

        def showPage(self) -> None:  # noqa: N802 - reportlab's name
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._pages)
            for number, state in enumerate(self._pages, start=1):
                self.__dict__.update(state)
                self._decorate(number, total)
                super().showPage()
            super().save()

        def _decorate(self, number: int, total: int) -> None:
            width, height = self._pagesize
            usable = width - 2 * margin
            self.setFont(REGULAR, size)
            self.setFillColor(palette.QUIET_INK)
            header = _fit(document.header, size, usable)
            draw_line(self, margin, height - margin * 0.6, header, REGULAR, size)
            self.setStrokeColor(palette.RULE)
            self.setLineWidth(0.6)
            self.line(
                margin,
                height - margin * 0.6 - size * 0.6,
                width - margin,
                height - margin * 0.6 - size * 0.6,
            )
            page = tr.gettext("Page %(number)s of %(total)s") % {
                "number": tr.number(number),
                "total": tr.number(total),
            }
            page_width = stringWidth(page, REGULAR, size)
            self.drawRightString(width - margin, margin * 0.5, page)
            footer = _fit(team, size, usable - page_width - size * 2)
            draw_line(self, margin, margin * 0.5, footer, REGULAR, size)

    return PagedCanvas


def render_pdf(document: SummaryDocument, options: SummaryOptions) -> bytes:
    """The summary as PDF bytes (never written anywhere by this function)."""
    st = summary_styles(options)
    margin = 2.2 * cm
    buffer = io.BytesIO()
    template = SimpleDocTemplate(
        buffer,
        pagesize=_PAGES[options.paper],
        leftMargin=margin,
        rightMargin=margin,
        topMargin=margin + st.marginal,
        bottomMargin=margin + st.marginal,
        title=printable(document.title),
        author=printable(", ".join(document.team)),
        creator="OD Notes",
        lang=document.language,
    )
    template.build(
        _story(document, st, template.width - 2 * FRAME_PADDING),
        canvasmaker=_page_canvas(document, st, margin + FRAME_PADDING),
    )
    return buffer.getvalue()
