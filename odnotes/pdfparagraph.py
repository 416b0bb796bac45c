"""reportlab's Paragraph, laid out once per width and without its slowest comparison.

Every PDF the core writes is mostly paragraphs, and most of their time was
reportlab breaking lines: a page's frame and a ``keepWithNext`` group each
lay the same paragraph out again at the same width, and a paragraph with
two fonts (a bold name, then what was said) compares the fonts of each pair
of words with ``_rl_accel.sameFrag``, which costs about 7 µs a call in
reportlab 5 (it looks up attributes a fragment does not have, raising and
swallowing an error for each). The pages are unchanged: the lines are the
ones reportlab breaks, drawn by reportlab.
"""

from __future__ import annotations

from typing import Any

from reportlab.platypus import Paragraph
from reportlab.platypus import paragraph as rl_paragraph

# What reportlab's own fallback for ``sameFrag`` compares (reportlab.lib.rl_accel).
_COMPARED = ("fontName", "fontSize", "textColor", "rise", "us_lines", "link", "backColor", "nobr")
_NEVER_JOINED = ("cbDefn", "lineBreak")


def same_frag(first: Any, second: Any) -> bool:
    """Whether two fragments can be drawn as one run (the answer ``sameFrag`` gives, sooner).

    A fragment holding an inline image or a line break is never joined.
    """
    one, two = first.__dict__, second.__dict__
    if any(key in one or key in two for key in _NEVER_JOINED):
        return False
    return [one.get(key) for key in _COMPARED] == [two.get(key) for key in _COMPARED]


def use_fast_comparison() -> None:
    """Have reportlab's line breaking compare fragments with :func:`same_frag` (once)."""
    rl_paragraph.sameFrag = same_frag


class LaidParagraph(Paragraph):  # type: ignore[misc]
    """A reportlab Paragraph that breaks its lines again only for a new width.

    reportlab asks a paragraph for its size several times at one width (to
    keep a heading with what follows, then to place it in the frame); the
    lines depend on the width alone, so the lines broken the first time are
    kept. A split (a page break) makes new paragraphs, which lay themselves
    out afresh, and reportlab drops the lines when a paragraph does not fit.
    """

    _laid: tuple[float, tuple[float, float]] | None = None

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        """The paragraph's size at ``availWidth`` (reportlab's name for laying out)."""
        if self._laid and self._laid[0] == availWidth and "blPara" in self.__dict__:
            return self._laid[1]
        size: tuple[float, float] = super().wrap(availWidth, availHeight)
        if "blPara" in self.__dict__:  # laid out (reportlab lays nothing out in no width)
            self._laid = (availWidth, size)
        return size


# Installed on import: every paragraph of ours is laid out through this module.
use_fast_comparison()
