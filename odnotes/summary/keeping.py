"""Which parts of a summary stay on one page: no label apart from what it labels.

A summary is laid out as units: a name and what the person said, a question
and whose it is, a decision and everyone's view of it. A heading, a
section's explanation or a small heading ("How it landed") is the label of
the unit after it. A small unit is kept whole with its labels (moved to the
next page if it does not fit); a big one may break across pages, but only
after its labels and its first lines, so nothing ends a page alone and no
page is left a quarter blank for a block that could have started on it.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, Paragraph, Table

from odnotes.pdfbidi import ShapedParagraph

# A unit no taller than this share of the page is never broken.
KEEP_WHOLE = 0.2
# Only units with at most this many typed characters are measured whole.
MEASURED_CHARS = 2000
# Lines of a paragraph that must stay with its labels when the rest moves on.
FIRST_LINES = 3
# Rows of a grid (after its heading row) that must stay with its labels.
FIRST_ROWS = 2
_TALL = 1e7


@dataclass
class Unit:
    """Flowables that belong together: ``head`` labels the start of ``body``.

    ``labels`` come before the unit and belong to it too (a section's
    heading and explanation, a small heading); ``chars`` is roughly how much
    typed text the unit holds (cheap to know, so only small units are
    measured).
    """

    head: list[Flowable] = field(default_factory=list)
    body: list[Flowable] = field(default_factory=list)
    chars: int = 0
    labels: list[Flowable] = field(default_factory=list)


def _gap(flowable: Flowable) -> float:
    return float(flowable.getSpaceBefore()) + float(flowable.getSpaceAfter())


def height(flowables: Sequence[Flowable], width: float) -> float:
    """Their height set one after another at ``width`` (spaces counted in full)."""
    return sum(float(f.wrap(width, _TALL)[1]) + _gap(f) for f in flowables)


def start_height(flowable: Flowable, width: float) -> float:
    """How much of ``flowable`` must stay with the labels before it."""
    full = float(flowable.wrap(width, _TALL)[1])
    if isinstance(flowable, Paragraph | ShapedParagraph):
        lines = (
            flowable.line_count
            if isinstance(flowable, ShapedParagraph)
            else len(getattr(flowable.blPara, "lines", [])) or 1
        )
        keep = lines if lines <= FIRST_LINES + 1 else FIRST_LINES
        return full * keep / lines + float(flowable.getSpaceBefore())
    if isinstance(flowable, Table):
        rows = getattr(flowable, "_rowHeights", None) or [full]
        first = int(getattr(flowable, "repeatRows", 0) or 0) + FIRST_ROWS
        return float(sum(rows[:first])) + float(flowable.getSpaceBefore())
    return full + _gap(flowable)


def _start(head: Sequence[Flowable], body: Sequence[Flowable], width: float) -> float:
    """The labels and the first lines after them (a long label counts its first lines)."""
    total = 0.0
    for label in head:
        part = start_height(label, width)
        total += part
        if part < float(label.wrap(width, _TALL)[1]):
            return total  # a label so long its own first lines are enough
        total += float(label.getSpaceAfter())
    return total + (start_height(body[0], width) if body else 0.0)


def kept(units: Sequence[Unit], width: float, page_height: float) -> list[Flowable]:
    """The story of ``units``, with each held together as the module says."""
    story: list[Flowable] = []
    for unit in units:
        flowables = [*unit.labels, *unit.head, *unit.body]
        if not flowables:
            continue
        own = [*unit.head, *unit.body]
        if unit.chars <= MEASURED_CHARS and height(own, width) <= KEEP_WHOLE * page_height:
            story.append(KeepTogether(flowables))
            continue
        head = [*unit.labels, *unit.head]
        story.append(CondPageBreak(min(_start(head, unit.body, width), page_height * 0.6)))
        story += flowables
    return story
