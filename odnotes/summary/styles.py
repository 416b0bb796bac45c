"""Type sizes, spacing and colours for the printed summary, normal and large print."""

from __future__ import annotations

from dataclasses import dataclass

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle

from odnotes.pdffonts import BOLD, ITALIC, register_fonts
from odnotes.summary.options import SummaryOptions

INK = colors.HexColor("#1f1f1f")
QUIET_INK = colors.HexColor("#454545")
ACCENT = colors.HexColor("#1d5566")
SOFT_FILL = colors.HexColor("#eef4f6")
OUTSIDE_FILL = colors.HexColor("#fbf3e4")
OUTSIDE_BAR = colors.HexColor("#b7791f")
RULE = colors.HexColor("#b9c9cf")


@dataclass(frozen=True)
class SummaryStyles:
    """Every paragraph style a summary uses, scaled from the body size.

    ``gap`` scales the space between blocks (closer in normal print).
    """

    body: ParagraphStyle
    quiet: ParagraphStyle
    intro: ParagraphStyle
    strong: ParagraphStyle
    title: ParagraphStyle
    addressed: ParagraphStyle
    heading: ParagraphStyle
    subheading: ParagraphStyle
    name: ParagraphStyle
    said: ParagraphStyle
    bullet: ParagraphStyle
    cell: ParagraphStyle
    cell_head: ParagraphStyle
    marginal: float
    gap: float = 1.0

    @property
    def size(self) -> float:
        """The body size in points."""
        return float(self.body.fontSize)


def summary_styles(options: SummaryOptions) -> SummaryStyles:
    """Styles for ``options`` (large print scales everything up, body at least 16 pt)."""
    font = register_fonts()
    size = options.body_size
    # Normal print is set a little closer, so a meeting fits on two pages; large
    # print keeps the generous spacing people who need it read best with.
    lead = size * (1.45 if options.large_print else 1.32)
    gap = 1.0 if options.large_print else 0.75
    # No widows or orphans: a paragraph that breaks leaves two lines on each page.
    body = ParagraphStyle(
        "body",
        fontName=font,
        fontSize=size,
        leading=lead,
        textColor=INK,
        spaceAfter=size * 0.6 * gap,
        allowWidows=0,
        allowOrphans=0,
    )

    def like(name: str, **changes: object) -> ParagraphStyle:
        return ParagraphStyle(name, parent=body, **changes)

    return SummaryStyles(
        body=body,
        # italics are hard to read for many who need large print (RNIB's advice)
        quiet=like("quiet", textColor=QUIET_INK, fontName=font if options.large_print else ITALIC),
        intro=like(
            "intro",
            textColor=QUIET_INK,
            fontName=font if options.large_print else ITALIC,
        ),
        strong=like("strong", fontName=BOLD, spaceAfter=size * 0.3),
        title=like(
            "title", fontName=BOLD, fontSize=size * 1.9, leading=size * 2.3, textColor=ACCENT
        ),
        addressed=like("addressed", fontName=BOLD, fontSize=size * 1.25, leading=size * 1.7),
        heading=like(
            "heading",
            fontName=BOLD,
            fontSize=size * 1.4,
            leading=size * (1.8 if options.large_print else 1.6),
            textColor=ACCENT,
            spaceBefore=size * (1.5 if options.large_print else 1.3) * gap,
            spaceAfter=size * 0.5 * gap,
        ),
        subheading=like(
            "subheading",
            fontName=BOLD,
            fontSize=size * 1.1,
            leading=size * 1.5,
            spaceBefore=size * 0.5 * gap,
            spaceAfter=size * 0.3 * gap,
        ),
        name=like("name", fontName=BOLD, spaceAfter=size * 0.1),
        said=like("said", leftIndent=size * 1.2),
        bullet=like(
            "bullet",
            leftIndent=size * 1.4,
            bulletIndent=size * 0.2,
            spaceAfter=size * 0.4 * gap,
        ),
        cell=like("cell", spaceAfter=0),
        cell_head=like("cell_head", fontName=BOLD, spaceAfter=0, textColor=ACCENT),
        marginal=size * 0.78,
        gap=gap,
    )
