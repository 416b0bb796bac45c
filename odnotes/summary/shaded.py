"""Paragraphs on a shaded band: the boxes of a summary, which may run over pages.

A box (a decision taken outside the meeting, the closing words) is a stack
of bands, one per paragraph or piece of a long paragraph, touching so they
print as one box. A band splits exactly where its paragraph splits, so a
box of any length breaks across pages in time proportional to its length
(a table cell split by reportlab near the foot of a page can loop forever).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import Any

from reportlab.platypus import Flowable


@dataclass(frozen=True)
class BandStyle:
    """The look of one band: fill, left bar, padding on each side."""

    fill: Any
    pad: float
    bar: Any = None
    bar_width: float = 3.0
    top: float = 0.0
    bottom: float = 0.0


class Band(Flowable):  # type: ignore[misc]
    """One paragraph on a shaded band; splits as its paragraph does."""

    def __init__(self, paragraph: Flowable, style: BandStyle, space_before: float = 0.0) -> None:
        super().__init__()
        self.paragraph = paragraph
        self.style = style
        self.spaceBefore = space_before
        self.spaceAfter = 0.0
        self._inner = (0.0, 0.0)

    def _side(self) -> float:
        return self.style.pad * 1.4

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        style = self.style
        inner_width = available_width - 2 * self._side()
        inner_height = available_height - style.top - style.bottom
        self._inner = self.paragraph.wrap(inner_width, inner_height)
        self.width = available_width
        self.height = self._inner[1] + style.top + style.bottom
        return self.width, self.height

    def split(self, available_width: float, available_height: float) -> list[Flowable]:
        style = self.style
        # The part left on this page closes the box, so it needs room for that padding.
        parts = self.paragraph.split(
            available_width - 2 * self._side(), available_height - style.top - style.pad
        )
        if len(parts) < 2:
            return []  # no room for two lines here: the band moves on whole
        first = Band(parts[0], replace(style, bottom=style.pad), self.spaceBefore)
        rest = Band(parts[1], replace(style, top=style.pad))
        return [first, rest]

    def draw(self) -> None:
        canvas = self.canv
        style = self.style
        canvas.saveState()
        canvas.setFillColor(style.fill)
        canvas.rect(0, 0, self.width, self.height, stroke=0, fill=1)
        if style.bar is not None:
            canvas.setFillColor(style.bar)
            canvas.rect(0, 0, style.bar_width, self.height, stroke=0, fill=1)
        canvas.restoreState()
        self.paragraph.drawOn(canvas, self._side(), style.bottom)


def boxed(
    groups: Sequence[Sequence[Flowable]],
    fill: Any,
    pad: float,
    *,
    bar: Any = None,
    headed: bool = False,
) -> list[Flowable]:
    """Paragraphs in one shaded box (each group one paragraph, in pieces if long).

    Padding goes at the box's top and bottom and between paragraphs, none
    between the pieces of one paragraph, so it reads as the text it holds.
    A ``headed`` box's first paragraph is its heading: it never ends a page
    without the start of what follows it.
    """
    pieces = [(p, j == len(group) - 1) for group in groups for j, p in enumerate(group)]
    bands: list[Flowable] = []
    for i, (paragraph, ends) in enumerate(pieces):
        last = i == len(pieces) - 1
        style = BandStyle(
            fill,
            pad,
            bar,
            top=pad if i == 0 else 0.0,
            bottom=pad if last else (pad / 2 if ends else 0.0),
        )
        bands.append(Band(paragraph, style, space_before=pad / 2 if i == 0 else 0.0))
    if headed and len(bands) > 1:
        bands[0].keepWithNext = True
    return bands
