"""A paragraph of any length prints whole (issue 11, item 10), in both PDFs the core writes.

A 1 MB paragraph once took 256 s to print (quadratic in its length); the
time is measured by ``make bench`` (``python -m bench --only long-paragraph``),
never asserted here. These tests prove nothing is lost: every word of a long
text comes back out of the PDF with pypdf, once and in order.
"""

from __future__ import annotations

import io
import re
import unicodedata
from collections import defaultdict

from hypothesis import given
from hypothesis import strategies as st
from pypdf import PdfReader
from reportlab.platypus import Paragraph

from odnotes.model import Meeting
from odnotes.pdftext import CHUNK, split_runs, split_text
from odnotes.summary import meeting_summary
from odnotes.supervision import SupervisionMaterial
from odnotes.supervision.pdf import render_pdf
from odnotes.vault import Vault
from tests.odnotes.summary_helpers import Built

MEGABYTE = 1_000_000


def extracted(pdf: bytes) -> str:
    return "\n".join(page.extract_text() or "" for page in PdfReader(io.BytesIO(pdf)).pages)


def numbered(prefix: str, size: int) -> str:
    """``prefix0 prefix1 ...`` up to ``size`` characters: every word can be found again."""
    words, length, i = [], 0, 0
    while length < size:
        words.append(f"{prefix}{i}")
        length += len(words[-1]) + 1
        i += 1
    return " ".join(words)


def count_of(text: str) -> int:
    return len(text.split())


def assert_every_word_once_in_order(pdf: bytes, prefix: str, expected: int) -> None:
    found = [int(n) for n in re.findall(rf"\b{prefix}(\d+)\b", extracted(pdf))]
    assert found == list(range(expected)), (len(found), expected)


def test_a_one_megabyte_paragraph_prints_every_word(vault: Vault) -> None:
    built = Built(vault)
    meeting = vault.get(Meeting, built.meeting.id)
    text = numbered("m", MEGABYTE)  # one paragraph: no blank line anywhere
    meeting.voices[0].text = text
    vault.save(meeting)
    pdf = meeting_summary(vault, meeting.id).pdf()
    assert_every_word_once_in_order(pdf, "m", count_of(text))


def test_a_one_megabyte_paragraph_prints_whole_in_the_supervision_pdf(vault: Vault) -> None:
    built = Built(vault)
    meeting = vault.get(Meeting, built.meeting.id)
    text = numbered("q", MEGABYTE)
    meeting.voices[0].text = text
    vault.save(meeting)
    material = SupervisionMaterial(vault, [built.network.id], [meeting.id])
    material.accept_all()
    assert_every_word_once_in_order(render_pdf(material.outline), "q", count_of(text))


def test_long_text_in_every_place_of_a_summary_prints_whole(vault: Vault) -> None:
    """Voices, the reflection, a stance in the grid, the outside box, follow-ups, the place..."""
    built = Built(vault)
    meeting = vault.get(Meeting, built.meeting.id)
    size = 30_000
    texts = {f"f{i}x": numbered(f"f{i}x", size) for i in range(16)}
    fields = list(texts.values())
    meeting.purpose.text = fields[0]
    meeting.voices[0].text, meeting.voices[1].text, meeting.voices[2].text = fields[1:4]
    meeting.reflections[0].text = fields[4]
    meeting.reflections[0].responses[0].text = fields[5]
    meeting.decisions[0].text = fields[6]
    meeting.decisions[0].stances[1].words = fields[7]
    meeting.decisions[0].follow_ups[0].what = fields[8]
    meeting.decisions[1].text = fields[9]
    meeting.decisions[1].outside_reason = fields[10]
    meeting.decisions[1].told = fields[11]
    meeting.uncertainties[0].question = fields[12]
    meeting.uncertainties[0].note = fields[13]
    assert meeting.next_meeting is not None
    meeting.next_meeting.place_detail = fields[14]
    meeting.corrections[0].text = fields[15]
    vault.save(meeting)
    text = extracted(meeting_summary(vault, meeting.id).pdf())
    seen: dict[str, list[int]] = defaultdict(list)
    for prefix, number in re.findall(r"\b(f\d+x)(\d+)\b", text):
        seen[prefix].append(int(number))
    for prefix, words in texts.items():
        expected = list(range(count_of(words)))
        # The place of the next meeting prints twice (the facts and the plan).
        assert seen[prefix][: len(expected)] == expected, prefix


def test_a_long_word_without_spaces_is_cut_but_kept(vault: Vault) -> None:
    built = Built(vault)
    meeting = vault.get(Meeting, built.meeting.id)
    letters = "".join(chr(ord("a") + (i * 7) % 26) for i in range(40_000))
    meeting.voices[0].text = letters
    vault.save(meeting)
    text = extracted(meeting_summary(vault, meeting.id).pdf())
    for margin in (r"Page \d+ of \d+", "From the team: Tuula Rantanen, Ümit Demir", r"Ğülay\s+·.*"):
        text = re.sub(margin, "", text)  # the header and footer of each page
    assert letters in "".join(text.split())


def _lines_laid_out_again(make_pdf, monkeypatch, text: str) -> int:  # type: ignore[no-untyped-def]
    """How many lines the layout handles again at page breaks (the quadratic part, if any)."""
    handled = [0]
    split = Paragraph.split

    def counting(self, width, height):  # type: ignore[no-untyped-def]
        self.wrap(width, height)
        handled[0] += len(getattr(self.blPara, "lines", None) or [])
        return split(self, width, height)

    monkeypatch.setattr(Paragraph, "split", counting)
    make_pdf(text)
    monkeypatch.setattr(Paragraph, "split", split)
    return handled[0]


def test_the_work_at_page_breaks_grows_with_the_length_not_its_square(
    vault: Vault, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    """Doubling a paragraph doubles the lines laid out again at page breaks (it was 4x)."""
    built = Built(vault)

    def summary(text: str) -> bytes:
        meeting = vault.get(Meeting, built.meeting.id)
        meeting.voices[0].text = text
        vault.save(meeting)
        return meeting_summary(vault, meeting.id).pdf()

    def supervision(text: str) -> bytes:
        from odnotes.supervision.deidentify import DeidText
        from odnotes.supervision.outline import Block

        return render_pdf([Block("p", [DeidText(text)])])

    for make_pdf in (summary, supervision):
        once = _lines_laid_out_again(make_pdf, monkeypatch, numbered("w", 100_000))
        twice = _lines_laid_out_again(make_pdf, monkeypatch, numbered("w", 200_000))
        assert twice <= 2.5 * once, (make_pdf.__name__, once, twice)


# -- the cutting itself -----------------------------------------------------------------------


@given(st.text(max_size=6000), st.integers(min_value=1, max_value=400))
def test_pieces_join_back_to_the_text(text: str, size: int) -> None:
    pieces = split_text(text, size)
    assert "".join(pieces) == text
    assert all(0 < len(p) <= size for p in pieces) or pieces == [""]


@given(st.text(alphabet="ab \n.é\u0301\u200d\U0001f3fd", max_size=3000))
def test_a_cut_never_parts_a_mark_from_its_letter(text: str) -> None:
    text = unicodedata.normalize("NFD", text)
    for piece in split_text(text, 64)[1:]:
        assert not unicodedata.category(piece[0]).startswith("M")


def test_cuts_fall_at_line_breaks_then_sentence_ends_then_spaces() -> None:
    lines = ("A line of words.\n" * 200)[:-1]
    assert all(p.endswith("\n") for p in split_text(lines)[:-1])
    sentences = "One sentence here. " * 300
    assert all(p.endswith(". ") for p in split_text(sentences)[:-1])
    words = "word " * 1000
    assert all(p.endswith(" ") and len(p) <= CHUNK for p in split_text(words)[:-1])


@given(
    st.lists(
        st.tuples(st.text(alphabet="xy .\n", max_size=2500), st.booleans()), min_size=1, max_size=6
    )
)
def test_runs_keep_their_text_and_their_bold(runs: list[tuple[str, bool]]) -> None:
    groups = split_runs(runs, 300)
    assert "".join(t for g in groups for t, _ in g) == "".join(t for t, _ in runs)
    flat = [(c, bold) for g in groups for t, bold in g for c in t]
    assert flat == [(c, bold) for t, bold in runs for c in t]
    assert all(sum(len(t) for t, _ in g) <= 300 for g in groups)
