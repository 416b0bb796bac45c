"""The supervision material as a readable PDF (reportlab, the bundled Unicode font).

Built in memory and handed back as bytes, so no plaintext copy ever lands in
a temp folder. The practice chart is drawn with reportlab graphics; long paragraphs are
cut into pieces the layout can break (:mod:`odnotes.pdftext`).
"""

from __future__ import annotations

import io
from typing import Any

from reportlab.graphics.shapes import Drawing, Rect, String
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, SimpleDocTemplate, Spacer

from odnotes.i18n import ENGLISH, Translator
from odnotes.model import PracticeRating
from odnotes.pdffonts import BOLD, register_fonts
from odnotes.pdfparagraph import measured_once
from odnotes.pdftext import Run, paragraphs
from odnotes.supervision.deidentify import DeidText
from odnotes.supervision.export import Label
from odnotes.supervision.outline import Block

# Shades of one hue, darkest for "fully", so the chart also reads in greyscale.
RATING_COLOURS = {
    PracticeRating.FULLY: colors.HexColor("#1f5f8b"),
    PracticeRating.PARTLY: colors.HexColor("#7fb2d5"),
    PracticeRating.NOT_AT_ALL: colors.HexColor("#e4e4e4"),
}


def _styles(font: str) -> dict[str, ParagraphStyle]:
    base = ParagraphStyle("body", fontName=font, fontSize=10, leading=13.5, spaceAfter=4)
    return {
        "title": ParagraphStyle(
            "title", base, fontName=BOLD, fontSize=18, leading=22, spaceAfter=8
        ),
        "intro": ParagraphStyle("intro", base, fontSize=9, textColor=colors.HexColor("#444444")),
        "h1": ParagraphStyle(
            "h1", base, keepWithNext=1, fontName=BOLD, fontSize=15, leading=19, spaceBefore=10
        ),
        "h2": ParagraphStyle(
            "h2", base, keepWithNext=1, fontName=BOLD, fontSize=12.5, leading=16, spaceBefore=8
        ),
        "h3": ParagraphStyle(
            "h3", base, keepWithNext=1, fontName=BOLD, fontSize=10.5, leading=14, spaceBefore=4
        ),
        "p": base,
        "bullet": ParagraphStyle("bullet", base, leftIndent=12, bulletIndent=2, spaceAfter=2),
        "sub": ParagraphStyle(
            "sub", base, leftIndent=26, bulletIndent=16, spaceAfter=1, fontSize=9.5
        ),
    }


def _runs(block: Block) -> list[Run]:
    """The block's pieces as runs of text; a bullet's leading labels (who spoke) are bold.

    Only those, and as one run: every change of font inside a paragraph sends
    reportlab down its slow line-breaking path, and bold labels throughout made
    a 40-meeting export's PDF take more than twice as long.
    """
    lead = 0
    if block.style in ("bullet", "sub"):
        while lead < len(block.pieces) and (
            isinstance(block.pieces[lead], Label) or (lead and block.pieces[lead] == ", ")
        ):
            lead += 1
        while lead and not isinstance(block.pieces[lead - 1], Label):
            lead -= 1
    runs: list[Run] = []
    for index, piece in enumerate(block.pieces):
        text = piece.text if isinstance(piece, DeidText) else str(piece)
        bold = index < lead
        if runs and runs[-1][1] == bold:
            runs[-1] = (runs[-1][0] + text, bold)
        else:
            runs.append((text, bold))
    return runs


def practice_chart(
    chart: list[dict[str, Any]], width: float, font: str, legend: list[str]
) -> Drawing:
    """Stacked bars, one per key element: fully, partly, not at all (not applicable left out).

    ``legend`` is the chart block's words: the element heading, then each rating's.
    """
    row, top = 15.0, 18.0
    widest = max((stringWidth(e["element"], font, 7.2) for e in chart), default=0.0)
    label_width = min(widest + 8, width * 0.62)
    height = top + row * len(chart) + 4
    drawing = Drawing(width, height)
    x = 0.0
    for rating, words in zip(RATING_COLOURS, legend[1:], strict=False):
        drawing.add(Rect(x, height - 10, 8, 8, fillColor=RATING_COLOURS[rating], strokeWidth=0.3))
        drawing.add(String(x + 11, height - 9, words, fontName=font, fontSize=7.5))
        x += max(80.0, stringWidth(words, font, 7.5) + 24)
    bar_width = width - label_width - 40
    for i, element in enumerate(chart):
        y = height - top - (i + 1) * row + 3
        drawing.add(String(0, y + 2, element["element"], fontName=font, fontSize=7.2))
        rated = sum(element[r.value] for r in RATING_COLOURS)
        x = label_width
        drawing.add(
            Rect(x, y, bar_width, 9, fillColor=None, strokeColor=colors.grey, strokeWidth=0.3)
        )
        for rating, colour in RATING_COLOURS.items():
            count = element[rating.value]
            if rated and count:
                w = bar_width * count / rated
                drawing.add(Rect(x, y, w, 9, fillColor=colour, strokeWidth=0))
                x += w
        present = element["fully"] + element["partly"]
        drawing.add(
            String(
                label_width + bar_width + 4,
                y + 2,
                f"{present}/{rated}",
                fontName=font,
                fontSize=7.2,
            )
        )
    return drawing


def render_pdf(blocks: list[Block], tr: Translator = ENGLISH) -> bytes:
    """The whole outline as PDF bytes; ``tr`` writes the footer and the file's title."""
    font = register_fonts()
    styles = _styles(font)
    buffer = io.BytesIO()
    document = SimpleDocTemplate(
        buffer,
        pagesize=A4,
        leftMargin=20 * mm,
        rightMargin=20 * mm,
        topMargin=18 * mm,
        bottomMargin=18 * mm,
        title=tr.gettext("Supervision material (de-identified)"),
        author="",
        subject="",
        creator="OD Notes",
    )
    story: list[Flowable] = []
    for block in blocks:
        if block.style == "chart":
            legend = [str(p) for p in block.pieces]
            story += [practice_chart(block.chart or [], document.width, font, legend), Spacer(1, 6)]
            continue
        bullet = {"bullet": "•", "sub": "–"}.get(block.style)
        style = styles.get(block.style, styles["p"])
        story += paragraphs(_runs(block), style, bullet)

    def footer(canvas: Any, document: Any) -> None:
        _footer(canvas, document, tr)

    with measured_once():
        document.build(story, onFirstPage=footer, onLaterPages=footer)
    return buffer.getvalue()


def _footer(canvas: Any, document: Any, tr: Translator) -> None:
    canvas.saveState()
    canvas.setFont(register_fonts(), 7.5)
    canvas.setFillColor(colors.HexColor("#555555"))
    canvas.drawString(
        20 * mm, 10 * mm, tr.gettext("De-identified supervision material. Keep it to supervision.")
    )
    page = tr.gettext("Page %(number)s") % {"number": tr.number(document.page)}
    canvas.drawRightString(A4[0] - 20 * mm, 10 * mm, page)
    canvas.restoreState()
