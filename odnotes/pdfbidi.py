"""Right-to-left and joined scripts in a PDF: Arabic and Hebrew words as their readers write them.

reportlab draws characters one by one, left to right, so Arabic prints with
unjoined letters in reverse order. Here each word is shaped by HarfBuzz
(reportlab's optional ``uharfbuzz`` support: joining, ligatures such as
lam-alef, mirrored brackets), lines are broken on the logical text, and the
words of each line are put in visual order with the Unicode bidirectional
algorithm applied at word level (UAX #9 rules W2, N1-N2 and L2), so Arabic or
Hebrew mixed with Latin names and numbers reads correctly. Only text with a
right-to-left character goes this way (:mod:`odnotes.pdftext` decides, and
cuts a long paragraph into pieces first, so a page break re-lays at most one
piece); everything else stays a plain reportlab ``Paragraph``. Emoji come in
as runs of their own font and are drawn unshaped, like any neutral word.

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

from odnotes.pdffonts import EMOJI, REGULAR, draw_text, font_runs, text_width

_RTL = frozenset({"R", "AL"})


def has_rtl(text: str) -> bool:
    """Whether ``text`` holds a right-to-left letter (Arabic, Hebrew, Syriac, Thaana...).

    Each distinct character is looked at once (a megabyte of notes has a
    few dozen), and ASCII, which has none, not at all.
    """
    return not text.isascii() and any(unicodedata.bidirectional(c) in _RTL for c in set(text))


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
    """A word (or a piece glued to the word before it), in one font, shaped.

    A token whose ``text`` is a line break ends the line (a new line typed
    inside a paragraph); it has no width and draws nothing.
    """

    text: str
    font: str
    glued: bool
    drawn: Any
    width: float

    @property
    def breaks(self) -> bool:
        return self.text == "\n"


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


_LINE_BREAK = _Token("\n", REGULAR, False, "", 0.0)


def tokens(runs: Sequence[tuple[str, str]], size: float) -> list[_Token]:
    """Words of ``(text, font)`` runs; a run that goes on with no space glues to the word before.

    Line breaks in the text become break tokens, so a new line typed inside
    a paragraph starts a new line in print too.
    """
    out: list[_Token] = []
    spaced = True  # whether the text so far ends with a space (or nothing)
    for text, font in runs:
        for n, line in enumerate(text.split("\n")):
            if n:
                out.append(_LINE_BREAK)
                spaced = True
            glued = not spaced and not line[:1].isspace()
            for word in line.split():
                out.append(_token(word, font, size, glued))
                glued = False
            if line:
                spaced = line[-1].isspace()
    return out


def _units(line: list[_Token]) -> list[list[_Token]]:
    units: list[list[_Token]] = []
    for token in line:
        if token.glued and units and not units[-1][-1].breaks:
            units[-1].append(token)
        else:
            units.append([token])
    return units


def _words(units: list[list[_Token]]) -> list[list[_Token]]:
    return [unit for unit in units if not unit[0].breaks]


def _width(units: list[list[_Token]], space: float) -> float:
    units = _words(units)
    return sum(t.width for u in units for t in u) + space * max(len(units) - 1, 0)


def break_lines(words: list[_Token], width: float, space: float) -> list[list[list[_Token]]]:
    """Greedy lines of word units (logical order) no wider than ``width`` where possible.

    A break token ends its line and stays at its end (so the words of a
    split paragraph keep their line breaks); an empty typed line prints
    as an empty line.
    """
    lines: list[list[list[_Token]]] = [[]]
    for unit in _units(words):
        if unit[0].breaks:
            lines[-1].append(unit)
            lines.append([])
            continue
        trial = [*lines[-1], unit]
        if lines[-1] and _width(trial, space) > width:
            lines.append([unit])
        else:
            lines[-1] = trial
    if not lines[-1]:
        lines.pop()
    return lines


def draw_units(
    canvas: Canvas, x: float, y: float, units: list[list[_Token]], size: float, rtl: bool
) -> None:
    """Draw one line's word units in visual order, starting at ``x`` on the left."""
    space = stringWidth(" ", REGULAR, size)
    units = _words(units)
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

    @property
    def line_count(self) -> int:
        """Lines at the width of the last :meth:`wrap` (for keeping the first ones together)."""
        return max(len(self._lines), 1)

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:  # noqa: N803
        """Two paragraphs at a line boundary, so a long quote can cross a page.

        As for a reportlab Paragraph, a style with ``allowOrphans=0`` leaves
        at least two lines on this page and ``allowWidows=0`` at least two
        on the next.
        """
        self.wrap(availWidth, availHeight)
        fits = min(int(availHeight // self.style.leading), len(self._lines))
        if not getattr(self.style, "allowWidows", 1) and len(self._lines) - fits < 2:
            fits = len(self._lines) - 2
        least = 1 if getattr(self.style, "allowOrphans", 0) else 2
        if fits < least or fits >= len(self._lines):
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


def _line_units(text: str, font: str, size: float) -> list[list[_Token]]:
    runs = [(piece, font if face == REGULAR else EMOJI) for piece, face in font_runs(text)]
    return _units(tokens(runs, size))


def line_width(text: str, font: str, size: float) -> float:
    """How wide :func:`draw_line` draws ``text`` (shaped Arabic is narrower than its letters)."""
    if not has_rtl(text):
        return text_width(text, font, size)
    return _width(_line_units(text, font, size), stringWidth(" ", REGULAR, size))


def draw_line(canvas: Canvas, x: float, y: float, text: str, font: str, size: float) -> None:
    """One line of page furniture (a header naming the network), shaped where it needs it.

    Emoji are drawn in their font either way.
    """
    if not has_rtl(text):
        draw_text(canvas, x, y, text, font, size)
        return
    # The page furniture runs in the document's direction (UAX #9 HL1): every
    # summary language is written left to right, so a right-to-left network
    # name sits where a Latin one would.
    draw_units(canvas, x, y, _line_units(text, font, size), size, rtl=False)
