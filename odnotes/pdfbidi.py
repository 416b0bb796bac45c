"""Right-to-left and joined scripts in a PDF: Arabic and Hebrew words as their readers write them.

reportlab draws characters one by one, left to right, so Arabic prints with
unjoined letters in reverse order. Here each word is shaped by HarfBuzz
(reportlab's optional ``uharfbuzz`` support: joining, ligatures such as
lam-alef, mirrored brackets), lines are broken on the logical text, and the
words of each line are put in visual order with the Unicode bidirectional
algorithm applied at word level (UAX #9 rules W2, N1-N2 and L2), so Arabic or
Hebrew mixed with Latin names and numbers reads correctly. Only text with a
right-to-left character goes this way; everything else stays a plain
reportlab ``Paragraph``.

Known limit: a single word that mixes directions inside itself is shaped in
the direction of its first strong letter.
"""

from __future__ import annotations

import functools
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from reportlab.lib.enums import TA_RIGHT
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfbase.ttfonts import shapeStr
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable

from odnotes.pdffonts import REGULAR

_RTL = frozenset({"R", "AL"})


def has_rtl(text: str) -> bool:
    """Whether ``text`` holds a right-to-left letter (Arabic, Hebrew, Syriac, Thaana...)."""
    return any(unicodedata.bidirectional(c) in _RTL for c in text)


def _strong(text: str) -> str:
    """``R``, ``L``, ``EN`` (a number with no letter) or ``N`` for a word."""
    number = False
    for char in text:
        kind = unicodedata.bidirectional(char)
        if kind in _RTL:
            return "R"
        if kind == "L":
            return "L"
        number = number or kind in {"EN", "AN"}
    return "EN" if number else "N"


def is_rtl_paragraph(text: str) -> bool:
    """The paragraph direction from its first strong letter (UAX #9 rules P2, P3)."""
    for char in text:
        kind = unicodedata.bidirectional(char)
        if kind in _RTL:
            return True
        if kind == "L":
            return False
    return False


def visual_order(kinds: Sequence[str], rtl: bool) -> list[int]:
    """The order to draw words in, left to right, given each word's ``_strong`` kind.

    UAX #9 at word level: W2/W7 give each number the direction of the letters
    before it, N1/N2 settle neutral words, I1/I2 give levels, L2 reverses.
    """
    outside = "R" if rtl else "L"
    resolved = list(kinds)
    last = outside
    for i, kind in enumerate(resolved):
        if kind == "EN":
            resolved[i] = "AN" if last == "R" else "L"  # W2, W7
        elif kind in {"L", "R"}:
            last = kind
    side = {"L": "L", "R": "R", "AN": "R"}  # N1: numbers count as right-to-left
    for i, kind in enumerate(resolved):
        if kind == "N":
            before = next((side[k] for k in reversed(resolved[:i]) if k != "N"), outside)
            after = next((side[k] for k in resolved[i + 1 :] if k != "N"), outside)
            resolved[i] = before if before == after else outside  # N2
    if rtl:
        levels = [1 if kind == "R" else 2 for kind in resolved]  # I2
    else:
        levels = [{"L": 0, "R": 1, "AN": 2}[kind] for kind in resolved]  # I1
    order = list(range(len(levels)))
    for level in range(max(levels, default=0), 0, -1):  # L2: reverse runs, highest first
        i = 0
        while i < len(order):
            if levels[order[i]] < level:
                i += 1
                continue
            j = i
            while j < len(order) and levels[order[j]] >= level:
                j += 1
            order[i:j] = order[i:j][::-1]
            i = j
    return order


@functools.cache
def _covers(font: str, char: str) -> bool:
    return ord(char) in pdfmetrics.getFont(font).face.charToGlyph


@dataclass(frozen=True)
class _Token:
    """A word (or a piece glued to the word before it), in one font, shaped."""

    text: str
    font: str
    glued: bool
    drawn: Any
    width: float


def _token(text: str, font: str, size: float, glued: bool) -> _Token:
    if not all(_covers(font, c) for c in text if not c.isspace()) and all(
        _covers(REGULAR, c) for c in text if not c.isspace()
    ):
        font = REGULAR  # the oblique face has no Arabic; the upright one does
    # Only words that need it are shaped: HarfBuzz's discretionary ligatures
    # would otherwise turn a Latin "st" into one glyph.
    needs_shaping = has_rtl(text) or any(unicodedata.category(c) == "Mn" for c in text)
    drawn = shapeStr(text, font, size) if needs_shaping else text
    data = getattr(drawn, "__shapeData__", None)
    width = sum(d.x_advance for d in data) * size / 1000 if data else stringWidth(text, font, size)
    return _Token(text, font, glued, drawn, width)


def tokens(runs: Sequence[tuple[str, str]], size: float) -> list[_Token]:
    """Words of ``(text, font)`` runs; a run starting without a space glues to the word before."""
    out: list[_Token] = []
    for text, font in runs:
        glued = bool(out) and not text[:1].isspace()
        for word in text.split():
            out.append(_token(word, font, size, glued))
            glued = False
    return out


def _units(line: list[_Token]) -> list[list[_Token]]:
    units: list[list[_Token]] = []
    for token in line:
        if token.glued and units:
            units[-1].append(token)
        else:
            units.append([token])
    return units


def _width(units: list[list[_Token]], space: float) -> float:
    return sum(t.width for u in units for t in u) + space * max(len(units) - 1, 0)


def break_lines(words: list[_Token], width: float, space: float) -> list[list[list[_Token]]]:
    """Greedy lines of word units (logical order) no wider than ``width`` where possible."""
    lines: list[list[list[_Token]]] = [[]]
    for unit in _units(words):
        trial = [*lines[-1], unit]
        if lines[-1] and _width(trial, space) > width:
            lines.append([unit])
        else:
            lines[-1] = trial
    return [line for line in lines if line]


def draw_units(
    canvas: Canvas, x: float, y: float, units: list[list[_Token]], size: float, rtl: bool
) -> None:
    """Draw one line's word units in visual order, starting at ``x`` on the left."""
    space = stringWidth(" ", REGULAR, size)
    kinds = [_strong("".join(t.text for t in unit)) for unit in units]
    for i in visual_order(kinds, rtl):
        unit = units[i] if kinds[i] != "R" else units[i][::-1]
        for token in unit:
            canvas.setFont(token.font, size)
            canvas.drawString(x, y, token.drawn)
            x += token.width
        x += space


class ShapedParagraph(Flowable):  # type: ignore[misc]
    """A paragraph of one style holding right-to-left text, laid out word by word.

    ``runs`` are ``(text, font)`` pieces (a bold name, then the rest); a
    right-to-left paragraph is set flush right. Spacing and keep-with-next
    come from the style, as for a reportlab Paragraph.
    """

    def __init__(
        self,
        runs: Sequence[tuple[str, str]],
        style: Any,
        bullet: str = "",
        *,
        rtl: bool | None = None,
        words: list[_Token] | None = None,
    ) -> None:
        super().__init__()
        self.runs = list(runs)
        self.style = style
        self.bullet = bullet
        self.rtl = is_rtl_paragraph("".join(t for t, _ in self.runs)) if rtl is None else rtl
        self._words = tokens(self.runs, style.fontSize) if words is None else words
        self._lines: list[list[list[_Token]]] = []

    def _usable(self, width: float) -> float:
        return float(width - self.style.leftIndent - self.style.rightIndent)

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        """Break the lines for this width (reportlab's name for laying out)."""
        space = stringWidth(" ", REGULAR, self.style.fontSize)
        self.width = availWidth
        self._lines = break_lines(self._words, self._usable(availWidth), space)
        self.height = self.style.leading * max(len(self._lines), 1)
        return availWidth, self.height

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:  # noqa: N803
        """Two paragraphs at a line boundary, so a long quote can cross a page."""
        self.wrap(availWidth, availHeight)
        fits = int(availHeight // self.style.leading)
        if fits < 1 or fits >= len(self._lines):
            return []  # nothing fits here, or it all does after the next page break
        return [self._part(self._lines[:fits], self.bullet), self._part(self._lines[fits:], "")]

    def _part(self, lines: list[list[list[_Token]]], bullet: str) -> ShapedParagraph:
        words = [token for line in lines for unit in line for token in unit]
        return ShapedParagraph(self.runs, self.style, bullet, rtl=self.rtl, words=words)

    def draw(self) -> None:
        """Draw each line's words in visual order, flush right when the text is right-to-left."""
        style, canvas = self.style, self.canv
        size = style.fontSize
        space = stringWidth(" ", REGULAR, size)
        canvas.setFillColor(style.textColor)
        y = self.height - style.leading + (style.leading - size) * 0.5 + size * 0.2
        if self.bullet:
            canvas.setFont(style.fontName, size)
            canvas.drawString(style.bulletIndent, y, self.bullet)
        for line in self._lines:
            width = _width(line, space)
            right = self.rtl or style.alignment == TA_RIGHT
            x = self.width - style.rightIndent - width if right else style.leftIndent
            draw_units(canvas, x, y, line, size, self.rtl)
            y -= style.leading


def draw_line(canvas: Canvas, x: float, y: float, text: str, font: str, size: float) -> None:
    """One line of page furniture (a header naming the network), shaped where it needs it."""
    if not has_rtl(text):
        canvas.setFont(font, size)
        canvas.drawString(x, y, text)
        return
    # The page furniture runs in the document's direction (UAX #9 HL1): every
    # summary language is written left to right, so a right-to-left network
    # name sits where a Latin one would.
    draw_units(canvas, x, y, _units(tokens([(text, font)], size)), size, rtl=False)
