"""Laying a summary document out as PDF pages (reportlab platypus), in memory.

The blocks become flowables in :mod:`odnotes.summary.blocks` and are kept
together as :mod:`odnotes.summary.keeping` says; here they are put on pages
with the header, the team and "page x of y" on each.
"""

from __future__ import annotations

import io
from collections.abc import Callable
from typing import Any

from reportlab.lib.pagesizes import A4, LETTER
from reportlab.lib.units import cm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    Flowable,
    KeepTogether,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)

from odnotes.i18n import N_, translator
from odnotes.pdfbidi import draw_line, line_width
from odnotes.pdffonts import BOLD, MARKER, REGULAR, printable, text_width
from odnotes.pdfparagraph import measured_once
from odnotes.pdftext import paragraphs, text_paragraphs
from odnotes.summary import styles as palette
from odnotes.summary.blocks import LONG_CELL, BlockLayout, lead_and_rest, typed
from odnotes.summary.document import SummaryDocument, Text, Tone
from odnotes.summary.keeping import Unit, kept
from odnotes.summary.options import Paper, SummaryOptions
from odnotes.summary.shaded import boxed
from odnotes.summary.styles import SummaryStyles, summary_styles

__all__ = ["MARKER", "UNPRINTABLE_NOTICE", "render_pdf"]

UNPRINTABLE_NOTICE = N_(
    "Some writing could not be shown in this print and is marked %(marker)s. "
    "Please ask the team to read it to you."
)
FRAME_PADDING = 6.0  # platypus frames inset their content by this much
_PAGES = {Paper.A4: A4, Paper.LETTER: LETTER}


def _facts(document: SummaryDocument, st: SummaryStyles, width: float) -> list[Flowable]:
    """When, where, who: a two-column grid (lines of their own if a value is long)."""
    if any(len(value) > LONG_CELL for _, value in document.facts):
        return [
            f
            for label, value in document.facts
            for f in paragraphs(lead_and_rest(label, value), st.body)
        ]
    rows = [
        [text_paragraphs(label, st.cell_head)[0], text_paragraphs(value, st.cell)[0]]
        for label, value in document.facts
    ]
    labels = max(text_width(label, BOLD, st.size) for label, _ in document.facts)
    first = min(labels + st.size * 1.5, width * 0.45)
    facts = Table(rows, colWidths=[first, width - first])
    facts.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (0, -1), 0),
                ("BOTTOMPADDING", (0, 0), (-1, -1), st.size * 0.3),
            ]
        )
    )
    return [facts]


def _story(
    document: SummaryDocument, st: SummaryStyles, width: float, page_height: float
) -> list[Flowable]:
    tr = translator(document.language)
    layout = BlockLayout(st, width, tr)
    story: list[Flowable] = []
    if document.addressed_to:
        story += text_paragraphs(document.addressed_to, st.addressed)
    story += text_paragraphs(document.title, st.title)
    if document.facts:
        story += [*_facts(document, st, width), Spacer(1, st.size * 0.6 * st.gap)]
    if document.intro:
        story += typed(document.intro, st.body)
    units: list[Unit] = []
    for section in document.sections:
        units += layout.section(section)
    story += kept(units, width, page_height)
    closing = list(document.closing)
    if document.unprintable():
        closing.append(Text(tr.gettext(UNPRINTABLE_NOTICE) % {"marker": MARKER}, Tone.STRONG))
    if closing:
        pad = st.size * 0.8 * st.gap
        groups = [group for text in closing for group in layout.text_groups(text)]
        story.append(
            KeepTogether(
                [
                    Spacer(1, st.size * 0.6 * st.gap),
                    *boxed(groups, palette.SOFT_FILL, pad / 1.4),
                ]
            )
        )
    return story


def _fit(text: str, size: float, width: float) -> str:
    """Shorten ``text`` with an ellipsis so it fits on one line."""
    longest = int(width / (size * 0.2)) + 1  # no line holds more characters than this
    text, cut = printable(text[:longest]), len(text) > longest
    if not cut and line_width(text, REGULAR, size) <= width:
        return text
    low, high = 0, len(text)  # the longest start that fits with the ellipsis
    while low < high:
        middle = (low + high + 1) // 2
        if line_width(text[:middle] + "\u2026", REGULAR, size) <= width:
            low = middle
        else:
            high = middle - 1
    return text[:low] + "\u2026"


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
            page_width = text_width(page, REGULAR, size)
            self.setFont(REGULAR, size)
            self.drawRightString(width - margin, margin * 0.5, page)
            team_line = _fit(team, size, usable - page_width - size * 2)
            draw_line(self, margin, margin * 0.5, team_line, REGULAR, size)

    return PagedCanvas


def render_pdf(document: SummaryDocument, options: SummaryOptions) -> bytes:
    """The summary as PDF bytes (never written anywhere by this function)."""
    st = summary_styles(options)
    margin = (2.2 if options.large_print else 1.6) * cm
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
    with measured_once():
        template.build(
            _story(
                document,
                st,
                template.width - 2 * FRAME_PADDING,
                template.height - 2 * FRAME_PADDING,
            ),
            canvasmaker=_page_canvas(document, st, margin + FRAME_PADDING),
        )
    return buffer.getvalue()
