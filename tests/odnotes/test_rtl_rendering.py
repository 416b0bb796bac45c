"""Arabic and Hebrew in people's words print joined and right to left: checked on pixels.

Text extraction cannot tell joined Arabic from unjoined letters, so the page is
rendered (pypdfium2) and compared with a committed reference rendering that a
person has looked at, with a tolerance for anti-aliasing. A rendering without
shaping must fail the same comparison, so the check can tell the difference.

To regenerate the reference after a deliberate change to the layout, run with
``ODNOTES_UPDATE_REFERENCES=1``, look at the new image, and commit it.
"""

from __future__ import annotations

import os
from pathlib import Path

import pypdfium2
import pytest
from PIL import Image, ImageChops

from odnotes import pdftext
from odnotes.pdfbidi import has_rtl, is_rtl_paragraph, visual_order
from odnotes.summary import render
from odnotes.summary.document import Said, Section, SummaryDocument, Text
from odnotes.summary.options import SummaryOptions

REFERENCE = Path(__file__).resolve().parents[1] / "fixtures" / "rendering" / "rtl-voices.png"
DPI = 60

ARABIC = "أريد أن أعود إلى البيت، لكنني لست متأكدة بعد."
ARABIC_LONG = (
    "أنا خائفة قليلاً من الاجتماع القادم مع الفريق، ولكنني سأحضر مع أختي 3 مرات في الشهر "
    "لأن هذا مهم لنا جميعاً."
)
HEBREW = "שלום, אני רוצה לדבר על העבודה ועל המשפחה."
MIXED = "Maija said: שלום לכולם and then أهلاً بكم before we started."


def _document() -> SummaryDocument:
    return SummaryDocument(
        title="Summary of our meeting",
        header="شبكة أمل  ·  meeting on Friday 18 September 2026",
        team=["Tuula Rantanen"],
        sections=[
            Section(
                "Everyone's views",
                [
                    Said("Amal", ARABIC, own_words=True),
                    Said("أمل", ARABIC_LONG),
                    Said("Noa", HEBREW, own_words=True),
                    Said("Maija", MIXED),
                ],
            ),
            Section("What you wanted to talk about", [Text("Latin text stays as it was.")]),
        ],
    )


def _page(pdf: bytes) -> Image.Image:
    document = pypdfium2.PdfDocument(pdf)
    try:
        return document[0].render(scale=DPI / 72).to_pil().convert("L")
    finally:
        document.close()


def _difference(one: Image.Image, other: Image.Image) -> tuple[float, float]:
    """Mean absolute difference (0-1) and the share of pixels that differ clearly."""
    assert one.size == other.size
    diff = ImageChops.difference(one, other)
    histogram = diff.histogram()
    total = one.size[0] * one.size[1]
    mean = sum(value * count for value, count in enumerate(histogram)) / (255 * total)
    clear = sum(histogram[96:]) / total
    return mean, clear


def _within_tolerance(image: Image.Image, reference: Image.Image) -> bool:
    mean, clear = _difference(image, reference)
    return mean < 0.004 and clear < 0.002


def test_arabic_and_hebrew_match_the_reference_rendering() -> None:
    image = _page(render.render_pdf(_document(), SummaryOptions()))
    if os.environ.get("ODNOTES_UPDATE_REFERENCES"):
        REFERENCE.parent.mkdir(parents=True, exist_ok=True)
        image.save(REFERENCE)
    reference = Image.open(REFERENCE).convert("L")
    assert _within_tolerance(image, reference), _difference(image, reference)


def test_the_comparison_tells_unshaped_text_from_shaped(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(pdftext, "has_rtl", lambda text: False)  # the old, unjoined printing
    unshaped = _page(render.render_pdf(_document(), SummaryOptions()))
    reference = Image.open(REFERENCE).convert("L")
    assert not _within_tolerance(unshaped, reference)


def test_right_to_left_words_are_found_and_ordered() -> None:
    assert has_rtl(ARABIC) and has_rtl(HEBREW) and not has_rtl("Łukasz Päivi Zoë")
    assert is_rtl_paragraph(ARABIC) and not is_rtl_paragraph(MIXED)
    # Logical "Maija said A B today" with A B Arabic: the Arabic pair is drawn reversed.
    assert visual_order(["L", "L", "R", "R", "L"], rtl=False) == [0, 1, 3, 2, 4]
    # In an Arabic paragraph a Latin name keeps its own order inside the right-to-left line.
    assert visual_order(["R", "R", "L", "L", "R"], rtl=True) == [4, 2, 3, 1, 0]
    # A number after Arabic stays where it is read: "I have 3 children".
    assert visual_order(["R", "R", "EN", "R"], rtl=True) == [3, 2, 1, 0]
    assert visual_order([], rtl=True) == []


def test_a_long_right_to_left_quote_splits_across_pages() -> None:
    document = _document()
    document.sections[0].blocks = [Said("أمل", " ".join([ARABIC_LONG] * 60))]
    pdf = render.render_pdf(document, SummaryOptions(large_print=True))
    assert len(pypdfium2.PdfDocument(pdf)) >= 2
