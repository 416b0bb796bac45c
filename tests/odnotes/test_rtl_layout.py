"""Arabic and Hebrew in the summary's layout: cut like any long text, with emoji, in every place.

The pixels of shaped text are checked in ``test_rtl_rendering.py``; these
tests check what the layout does with it: a long right-to-left paragraph is
cut into shaped pieces (so page breaks cost time in proportion to its length,
as for Latin text), emoji inside it print in their font, typed line breaks
are kept, and no page ends on a single line of it.
"""

from __future__ import annotations

import io
import unicodedata

import pytest
from pypdf import PdfReader
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph

from odnotes.model import Meeting, Network
from odnotes.pdfbidi import ShapedParagraph, line_width
from odnotes.pdffonts import BOLD, EMOJI, MARKER, REGULAR, register_fonts, text_width
from odnotes.pdftext import CHUNK, paragraphs
from odnotes.summary import SummaryOptions, meeting_summary
from odnotes.summary.options import Paper
from odnotes.vault import Vault
from tests.odnotes.summary_helpers import Built, pdf_text
from tests.odnotes.test_pdf_fonts import embedded_fonts

ARABIC = "أنا خائفة قليلاً من الاجتماع القادم، ولكنني سأحضر مع أختي لأن هذا مهم لنا."
HEBREW = "שלום, אני רוצה לדבר על העבודה."
_MARKS = ".,،:\u201c\u201d\u201e"


def words_of(text: str) -> set[str]:
    """Words as letters, whatever order and shaped forms the PDF holds them in.

    Shaped Arabic comes out of a PDF as presentation forms (NFKC gives the
    letters back) and in visual order, so words are compared, not lines.
    """
    return {unicodedata.normalize("NFKC", w).strip(_MARKS) for w in text.split()} - {""}


def _style(**changes: object) -> ParagraphStyle:
    register_fonts()
    values: dict[str, object] = {"fontName": REGULAR, "fontSize": 11, "leading": 14.5}
    values.update(changes)
    return ParagraphStyle("test", **values)


def _arabic(size: int) -> str:
    words = ARABIC.split()
    text, i = [], 0
    while sum(len(w) + 1 for w in text) < size:
        text.append(words[i % len(words)])
        i += 1
    return " ".join(text)


def test_a_long_right_to_left_paragraph_is_cut_into_shaped_pieces() -> None:
    text = _arabic(20_000)
    flowables = paragraphs([(text, False)], _style())
    assert len(flowables) >= len(text) // CHUNK
    assert all(isinstance(f, ShapedParagraph) for f in flowables)
    assert all(f.rtl for f in flowables)  # the direction of the whole paragraph, in every piece
    # Nothing lost: the pieces' words are the paragraph's words, in order.
    words = [t.text for f in flowables for t in f._words]
    assert words == text.split()


def test_latin_text_stays_a_plain_paragraph() -> None:
    assert all(isinstance(f, Paragraph) for f in paragraphs([("Päivi 🌻", False)], _style()))


def _lines_laid_out_again(vault: Vault, built: Built, monkeypatch, text: str) -> int:  # type: ignore[no-untyped-def]
    handled = [0]
    split = ShapedParagraph.split

    def counting(self, width, height):  # type: ignore[no-untyped-def]
        self.wrap(width, height)
        handled[0] += self.line_count
        return split(self, width, height)

    monkeypatch.setattr(ShapedParagraph, "split", counting)
    meeting = vault.get(Meeting, built.meeting.id)
    meeting.voices[0].text = text
    vault.save(meeting)
    meeting_summary(vault, meeting.id).pdf()
    monkeypatch.setattr(ShapedParagraph, "split", split)
    return handled[0]


def test_page_break_work_on_shaped_text_grows_with_its_length(
    vault: Vault, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Doubling an Arabic paragraph doubles the lines laid out again at page breaks."""
    built = Built(vault)
    once = _lines_laid_out_again(vault, built, monkeypatch, _arabic(40_000))
    twice = _lines_laid_out_again(vault, built, monkeypatch, _arabic(80_000))
    assert once > 0
    assert twice <= 2.5 * once, (once, twice)


def test_a_long_arabic_quote_prints_on_every_page_it_needs(vault: Vault) -> None:
    built = Built(vault)
    meeting = vault.get(Meeting, built.meeting.id)
    meeting.voices[0].text = _arabic(60_000)
    vault.save(meeting)
    pdf = meeting_summary(vault, meeting.id).pdf()
    pages = [page.extract_text() or "" for page in PdfReader(io.BytesIO(pdf)).pages]
    assert len(pages) > 10
    # Every page between the first and the last two is the quote, shaped (presentation forms).
    for page in pages[1:-2]:
        assert words_of(ARABIC) <= words_of(page)
        assert any("\ufe70" <= c <= "\ufeff" for c in page)


def test_emoji_in_arabic_words_print_in_the_emoji_font(vault: Vault) -> None:
    built = Built(vault)
    network = vault.get(Network, built.network.id)
    network.name = "شبكة أمل 🏡"  # the header of every page, drawn on the canvas
    meeting = vault.get(Meeting, built.meeting.id)
    meeting.voices[0].text = "أنا سعيدة 🌻 اليوم"
    vault.save_many([network, meeting])
    summary = meeting_summary(vault, meeting.id)
    assert summary.unprintable() == set()
    pdf = summary.pdf()
    text = pdf_text(pdf)
    assert "🌻" in text and "🏡" in text
    assert MARKER not in text
    assert any("NotoEmoji" in name for name in embedded_fonts(pdf))


def test_shaped_runs_carry_bold_and_the_emoji_font() -> None:
    [shaped] = paragraphs([("أمل", True), (": ", False), ("سعيدة 🌻", False)], _style())
    assert isinstance(shaped, ShapedParagraph)
    assert shaped.runs == [("أمل", BOLD), (": ", REGULAR), ("سعيدة ", REGULAR), ("🌻", EMOJI)]
    # The name and its colon are one word; the rest follows after a space.
    assert [t.text for t in shaped._words] == ["أمل", ":", "سعيدة", "🌻"]
    assert [t.glued for t in shaped._words] == [False, True, False, False]


def test_a_typed_line_break_starts_a_new_line() -> None:
    [shaped] = paragraphs([("سطر أول\nسطر ثان\n\nبعد سطر فارغ", False)], _style())
    assert isinstance(shaped, ShapedParagraph)
    shaped.wrap(400, 1000)
    assert shaped.line_count == 4  # two lines, an empty one, the last


def test_a_split_leaves_no_line_alone() -> None:
    style = _style(allowWidows=0, allowOrphans=0)
    [shaped] = paragraphs([(_arabic(600), False)], style)
    assert isinstance(shaped, ShapedParagraph)
    _, height = shaped.wrap(300, 1e6)
    lines = shaped.line_count
    assert lines > 4
    assert shaped.split(300, style.leading * 1.5) == []  # one line would be an orphan
    first, rest = shaped.split(300, height - style.leading)  # one line left would be a widow
    first.wrap(300, 1e6)
    rest.wrap(300, 1e6)
    assert (first.line_count, rest.line_count) == (lines - 2, 2)


def test_a_shaped_header_is_measured_as_drawn() -> None:
    register_fonts()
    name = "شبكة أمل"
    # Joined Arabic is narrower than its letters set apart; the ellipsis is placed by the former.
    assert line_width(name, REGULAR, 9) != text_width(name, REGULAR, 9)
    assert line_width("Maija 🌻", REGULAR, 9) == text_width("Maija 🌻", REGULAR, 9)


@pytest.mark.parametrize("language", ["en", "fi", "de", "pl"])
def test_right_to_left_text_prints_in_every_place_of_a_summary(vault: Vault, language: str) -> None:
    """Voices, the outside box (bands), a view in the grid and a long one under a name."""
    built = Built(vault)
    meeting = vault.get(Meeting, built.meeting.id)
    meeting.voices[1].text = ARABIC
    meeting.decisions[1].outside_reason = HEBREW
    meeting.decisions[0].stances[1].words = ARABIC
    meeting.decisions[0].stances[2].words = _arabic(700)  # too long for the grid
    meeting.corrections[0].text = ARABIC
    vault.save(meeting)
    options = SummaryOptions(language=language, paper=Paper.LETTER)
    summary = meeting_summary(vault, meeting.id, options)
    assert summary.unprintable() == set()
    text = pdf_text(summary.pdf())
    assert words_of(ARABIC) | words_of(HEBREW) | words_of(_arabic(700)) <= words_of(text)
    assert any("\ufe70" <= c <= "\ufeff" for c in text)  # joined forms, not bare letters
    for i in (0, 1, 3, 4, 5, 6, 8, 9):
        assert built.shared_texts[i] in text  # the Latin text around it is all there
