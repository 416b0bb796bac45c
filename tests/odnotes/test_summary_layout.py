"""The summary's layout: no label apart from what it labels, and a short meeting on two pages.

Issue 12, item 16: a short meeting ran to three pages with page 1 a quarter
blank, and "Whose question:" stood alone at the top of page 3, apart from
its question. Checked with pypdf: for every label (a heading, a section's
explanation, a small heading, a person's name, a question), the text it
labels starts on the same page, after it. The PNG pages of every demo
summary were looked at too (see the report of the change). Both hold in every
language a summary prints in: a translation is longer than the English.
"""

from __future__ import annotations

import io
import re
from collections.abc import Iterator

import pytest
from pypdf import PdfReader

from odnotes.continuity import in_order
from odnotes.i18n import summary_languages, translator
from odnotes.model import Meeting, Network
from odnotes.summary import Summary, SummaryOptions, meeting_summary, network_summary
from odnotes.summary.document import Block, Bullets, DecisionBlock, Said, Subheading, Text, Tone
from odnotes.vault import Vault

PROBE = 36  # characters of a text enough to find it on a page


def flat(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def _pattern(message: str, language: str, fills: dict[str, str]) -> str:
    """A regular expression for ``message`` in ``language`` with its placeholders as ``fills``."""
    text = translator(language).gettext(message) % {key: f"\x00{key}\x00" for key in fills}
    pattern = re.escape(text)
    for key, fill in fills.items():
        pattern = pattern.replace(re.escape(f"\x00{key}\x00"), fill)
    return pattern


def page_texts(summary: Summary, pdf: bytes) -> list[str]:
    """Each page's text without its header and footer (they repeat on every page)."""
    language = summary.options.language
    furniture = [
        re.escape(flat(summary.document.header)),
        _pattern("Page %(number)s of %(total)s", language, {"number": r"\d+", "total": r"\d+"}),
        _pattern("From the team: %(names)s", language, {"names": r"[^\n]*"}),
    ]
    pages = []
    for page in PdfReader(io.BytesIO(pdf)).pages:
        text = page.extract_text() or ""
        for pattern in furniture:
            text = re.sub(pattern, " ", text)
        pages.append(flat(text))
    return pages


def _first_text(block: Block) -> str:
    if isinstance(block, Text | Subheading):
        return block.text
    if isinstance(block, Said):
        return block.who
    if isinstance(block, Bullets):
        lead, rest = block.entries[0]
        return lead or rest
    return block.text


def label_pairs(summary: Summary) -> Iterator[tuple[str, str]]:
    """(label, what it labels) for every label of the summary, in print order."""
    for section in summary.document.sections:
        blocks = list(section.blocks)
        first = _first_text(blocks[0]) if blocks else ""
        if section.intro:
            yield section.heading, section.intro
            yield section.intro, first
        elif first:
            yield section.heading, first
        for i, block in enumerate(blocks):
            after = blocks[i + 1] if i + 1 < len(blocks) else None
            if isinstance(block, Subheading) and after is not None:
                yield block.text, _first_text(after)
            elif isinstance(block, Said) and block.text.strip():
                yield block.who, block.text
            elif (
                isinstance(block, Text)
                and block.tone is Tone.STRONG
                and isinstance(after, Text)
                and after.tone is Tone.QUIET
            ):
                yield block.text, after.text  # a question and "Whose question: ..."
            elif isinstance(block, DecisionBlock) and (block.proposed_by or block.stances):
                yield block.text, block.proposed_by or block.stances[0].who
            if isinstance(block, DecisionBlock) and block.outside_reason:
                heading = translator(summary.options.language).gettext(
                    "Decided outside the meeting"
                )
                yield heading, block.outside_reason  # the box's heading and its first lines


def _find(pages: list[str], text: str) -> list[tuple[int, int]]:
    probe = flat(text)[:PROBE]
    return [
        (n, m.start()) for n, page in enumerate(pages) for m in re.finditer(re.escape(probe), page)
    ]


def separated(summary: Summary, pdf: bytes) -> list[tuple[str, str]]:
    """Labels not on the same page as the start of what they label (empty when all are)."""
    pages = page_texts(summary, pdf)
    wrong = []
    for label, target in label_pairs(summary):
        labels, targets = _find(pages, label), _find(pages, target)
        assert labels and targets, (label, target)
        if len(targets) == 1:  # what is labelled is distinctive: its label must be above it
            page, at = targets[0]
            ok = any(p == page and a <= at for p, a in labels)
        elif len(labels) == 1:  # the label is: what it labels must follow it on its page
            page, at = labels[0]
            ok = any(p == page and a >= at for p, a in targets)
        else:
            ok = any(p == q and a <= b for p, a in labels for q, b in targets)
        if not ok:
            wrong.append((label[:40], target[:40]))
    return wrong


@pytest.fixture
def demo(demo_vault: tuple[Vault, Network]) -> tuple[Vault, Network, list[Meeting]]:
    vault, network = demo_vault
    return vault, network, in_order(vault.all(Meeting, network_id=network.id))


@pytest.mark.parametrize("language", summary_languages())
def test_every_demo_meeting_fits_on_two_pages_in_normal_print(
    demo: tuple[Vault, Network, list[Meeting]], language: str
) -> None:
    vault, _, meetings = demo
    for meeting in meetings:
        pdf = meeting_summary(vault, meeting.id, SummaryOptions(language=language)).pdf()
        assert len(PdfReader(io.BytesIO(pdf)).pages) <= 2, meeting.starts_at


@pytest.mark.parametrize("language", summary_languages())
@pytest.mark.parametrize("large_print", [False, True], ids=["normal", "large print"])
def test_no_label_is_apart_from_what_it_labels_in_the_demo(
    demo: tuple[Vault, Network, list[Meeting]], large_print: bool, language: str
) -> None:
    vault, network, meetings = demo
    options = SummaryOptions(large_print=large_print, language=language)
    summaries = [meeting_summary(vault, m.id, options) for m in meetings]
    summaries.append(network_summary(vault, network.id, options))
    for summary in summaries:
        assert list(label_pairs(summary))
        assert separated(summary, summary.pdf()) == []


@pytest.mark.parametrize("language", summary_languages())
def test_no_label_is_apart_wherever_the_page_breaks_fall(
    demo: tuple[Vault, Network, list[Meeting]], language: str
) -> None:
    """A longer first section moves every later break, one line at a time."""
    vault, _, meetings = demo
    options = SummaryOptions(language=language)
    draft = vault.get(Meeting, meetings[-1].id)
    base = draft.purpose.text
    sentence = " We talked about the week, the weather and the bus times too."
    for extra in range(0, 36, 1):
        draft.purpose.text = base + sentence * extra
        vault.save(draft)
        summary = meeting_summary(vault, draft.id, options)
        assert separated(summary, summary.pdf()) == [], extra


@pytest.mark.parametrize("language", summary_languages())
def test_no_word_of_the_views_grid_is_cut_in_the_middle(
    demo: tuple[Vault, Network, list[Meeting]], language: str
) -> None:
    """ "Einverstanden" once printed as "Einverstand" over "en" in German large print."""
    vault, _, meetings = demo
    options = SummaryOptions(large_print=True, language=language)
    checked = 0
    for meeting in meetings:
        summary = meeting_summary(vault, meeting.id, options)
        text = " ".join(page_texts(summary, summary.pdf()))
        decisions = [
            b
            for section in summary.document.sections
            for b in section.blocks
            if isinstance(b, DecisionBlock)
        ]
        words = [
            w for d in decisions for row in d.stances for w in (row.who + " " + row.stance).split()
        ]
        for word in words:
            assert re.search(rf"(?<!\w){re.escape(word)}(?!\w)", text), word
        checked += len(words)
    assert checked
