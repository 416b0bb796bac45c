"""The faster paragraphs print exactly what reportlab's own would (issue 13: PDF speed).

:mod:`odnotes.pdfparagraph` reads our markup without reportlab's parser,
keeps the lines broken at one width, compares fragments with a faster
``sameFrag`` and measures each word once per document. Each shortcut is
checked against reportlab itself: the same fragments, the same answer, the
same width, and byte for byte the same PDF (reportlab's invariant mode
leaves out the date and the file's random id).
"""

from __future__ import annotations

import io
import threading

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from reportlab.lib.rl_accel import sameFrag
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Paragraph, SimpleDocTemplate
from reportlab.platypus import paragraph as rl_paragraph
from reportlab.platypus.paragraph import cleanBlockQuotedText
from reportlab.platypus.paraparser import ParaFrag, ParaParser

from odnotes import pdfparagraph
from odnotes.pdffonts import BOLD, REGULAR, register_fonts
from odnotes.pdfparagraph import (
    LaidParagraph,
    fragments,
    laid_paragraph,
    measured_once,
    same_frag,
    word_width,
)
from odnotes.pdftext import Run, runs_markup

# Typed text at its worst: escapes, runs of spaces and tabs, no-break and
# zero-width spaces, new lines, a combining accent, emoji with a skin tone,
# Arabic, and a character no bundled font draws.
ALPHABET = "ab Zö&<>;\t\u00a0\u200b\n\r.é\u0301😀👍\U0001f3fd\u062d漢"

runs = st.lists(st.tuples(st.text(alphabet=ALPHABET, max_size=80), st.booleans()), max_size=6)


def _styles() -> list[ParagraphStyle]:
    register_fonts()
    body = ParagraphStyle("body", fontName=REGULAR, fontSize=10, leading=13.5, spaceAfter=4)
    return [
        body,
        ParagraphStyle("heading", body, fontName=BOLD, fontSize=15, leading=19),
        ParagraphStyle("bullet", body, leftIndent=12, bulletIndent=2, firstLineIndent=3),
    ]


STYLES = _styles()  # registering the fonts takes longer than hypothesis gives one example


def _parsed(markup: str, style: ParagraphStyle) -> list[dict[str, object]]:
    _, frags, _ = ParaParser().parse(cleanBlockQuotedText(markup), style)
    return [dict(f.__dict__) for f in frags]


@given(runs, st.integers(min_value=0, max_value=2))
def test_the_fragments_are_those_reportlab_parses(typed: list[Run], which: int) -> None:
    style = STYLES[which]
    markup = runs_markup(typed)
    ours = fragments(cleanBlockQuotedText(markup), style)
    assert ours is not None
    assert [dict(f.__dict__) for f in ours] == _parsed(markup, style)


def test_markup_it_does_not_write_is_left_to_reportlab() -> None:
    style = STYLES[0]
    assert fragments("<i>slanted</i>", style) is None
    assert fragments("<b>unclosed", style) is None
    assert fragments("closed</b> too soon", style) is None
    slanted = laid_paragraph("<i>slanted</i>", style)
    assert [f.text for f in slanted.frags] == ["slanted"]
    assert slanted.frags[0].italic == 1


frag_attributes = st.fixed_dictionaries(
    {},
    optional={
        "fontName": st.sampled_from([REGULAR, BOLD]),
        "fontSize": st.sampled_from([10, 10.5]),
        "textColor": st.sampled_from([None, "black"]),
        "rise": st.sampled_from([0, 1]),
        "us_lines": st.sampled_from([(), (1,)]),
        "link": st.sampled_from([(), ("x",)]),
        "backColor": st.sampled_from([None, "red"]),
        "nobr": st.booleans(),
        "lineBreak": st.booleans(),
        "cbDefn": st.just("image"),
        "text": st.sampled_from(["a", "b"]),
    },
)


@given(frag_attributes, frag_attributes)
def test_the_faster_comparison_answers_as_reportlabs(
    one: dict[str, object], two: dict[str, object]
) -> None:
    first, second = ParaFrag(**one), ParaFrag(**two)
    assert same_frag(first, second) == bool(sameFrag(first, second))
    assert same_frag(first, first.clone()) == bool(sameFrag(first, first.clone()))


def test_reportlab_breaks_lines_with_the_faster_paths() -> None:
    assert rl_paragraph.sameFrag is same_frag
    assert rl_paragraph.stringWidth is word_width


@given(st.text(alphabet=ALPHABET, max_size=30), st.sampled_from([REGULAR, BOLD, "Helvetica"]))
def test_a_word_measures_the_same_once_or_each_time(word: str, font: str) -> None:
    alone = word_width(word, font, 10)
    with measured_once():
        assert word_width(word, font, 10) == alone == stringWidth(word, font, 10)
        assert word_width(word, font, 10) == alone  # the second time from the document's widths
        assert word_width(word, font, 12.5) == stringWidth(word, font, 12.5)


def test_the_words_measured_are_forgotten_with_the_document() -> None:
    """No note's words stay in memory once its PDF is written (nor reach another thread)."""
    seen: list[object] = []
    with measured_once():
        word_width("Birchwood", REGULAR, 10)
        with measured_once():  # a document inside a document keeps the outer one's widths
            word_width("Maija", REGULAR, 10)
        widths = pdfparagraph._document.widths
        assert {key[0] for key in widths} == {"Birchwood", "Maija"}
        other = threading.Thread(
            target=lambda: seen.append(getattr(pdfparagraph._document, "widths", None))
        )
        other.start()
        other.join()
    assert seen == [None]
    assert not hasattr(pdfparagraph._document, "widths")


def test_the_lines_are_broken_once_for_each_width(monkeypatch: pytest.MonkeyPatch) -> None:
    broken: list[object] = []
    original = Paragraph.breakLines

    def counting(self: Paragraph, width: object) -> object:
        broken.append(width)
        return original(self, width)

    monkeypatch.setattr(Paragraph, "breakLines", counting)
    paragraph = laid_paragraph(
        "<b>Grandmother</b>: " + "we talked about the garden " * 20, STYLES[0]
    )
    first = paragraph.wrap(300, 800)
    assert paragraph.wrap(300, 500) == first  # another height: the same lines
    assert len(broken) == 1
    narrower = paragraph.wrap(200, 800)
    assert len(broken) == 2 and narrower[1] > first[1]
    assert paragraph.wrap(300, 800) == first and len(broken) == 3
    assert paragraph.wrap(0, 800) == (0, 0x7FFFFFFF)  # no room: nothing laid out
    assert paragraph.wrap(300, 800) == first and len(broken) == 3
    top, rest = paragraph.split(300, 40)  # a page break: each part is laid out afresh
    assert isinstance(top, LaidParagraph) and isinstance(rest, LaidParagraph)
    assert top.wrap(300, 40)[1] + rest.wrap(300, 800)[1] == first[1]


@pytest.mark.parametrize("which", [0, 2])
def test_a_page_break_hands_each_part_the_lines_reportlab_breaks(
    which: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    style = STYLES[which]  # the bullet style indents its first line
    paragraph = laid_paragraph("We talked about the garden and the bus. " * 40, style, "•")
    paragraph.wrap(300, 10_000)
    broken: list[object] = []
    original = Paragraph.breakLines

    def counting(self: Paragraph, width: object) -> object:
        broken.append(width)
        return original(self, width)

    monkeypatch.setattr(Paragraph, "breakLines", counting)
    first, rest = paragraph.split(300, 100)
    sizes = [first.wrap(300, 100), rest.wrap(300, 10_000)]
    assert broken == []  # neither part is broken into lines again
    assert sizes[0][1] + sizes[1][1] == paragraph.wrap(300, 10_000)[1]
    for part in (first, rest):
        fresh = Paragraph(None, part.style, bulletText=part.bulletText, frags=part.frags)
        fresh.wrap(300, 10_000)
        assert fresh.blPara.lines == part.blPara.lines


def _pdf(story: list[object]) -> bytes:
    buffer = io.BytesIO()
    SimpleDocTemplate(buffer, invariant=1).build(story)
    return buffer.getvalue()


@settings(max_examples=40, deadline=None)
@given(runs, st.integers(min_value=0, max_value=2), st.integers(min_value=1, max_value=40))
def test_the_pdf_is_byte_for_byte_reportlabs(typed: list[Run], which: int, repeat: int) -> None:
    """Long enough to cross pages sometimes; the same bytes as with reportlab's own paths."""
    style = STYLES[which]
    markup = runs_markup(typed * repeat)
    with measured_once():
        ours = _pdf([laid_paragraph(markup, style, "•"), laid_paragraph(markup, style)])
    rl_paragraph.sameFrag, rl_paragraph.stringWidth = sameFrag, stringWidth
    try:
        theirs = _pdf([Paragraph(markup, style, "•"), Paragraph(markup, style)])
    finally:
        rl_paragraph.sameFrag, rl_paragraph.stringWidth = same_frag, word_width
    assert ours == theirs
