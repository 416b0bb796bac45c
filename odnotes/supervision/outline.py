"""The reading order of the supervision material, shared by Markdown, PDF and review.

An outline is a list of blocks (title, headings, paragraphs, bullets, the
practice chart); each block is made of pieces: fixed wording, labels, and
de-identified free text. Markdown rendering keeps every span, so the review
screen highlights exactly what the written files contain. The fixed wording
is in the tree's ``language``; labels and free text keep their own pieces
inside a translated sentence, so a language may put them in any order.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from odnotes.i18n import N_, translator
from odnotes.model import Closeness, PracticeRating
from odnotes.supervision.deidentify import DeidText, Flag, Span
from odnotes.supervision.export import Label
from odnotes.supervision.meeting_outline import meeting_blocks
from odnotes.supervision.phrasing import Block, Phrasing, Piece, plain
from odnotes.supervision.words import closeness_words, rating_words

__all__ = ["INTRO", "Block", "Piece", "Rendered", "build_outline", "chart_rows", "render_markdown"]

INTRO = N_(
    "De-identified for InterVision: people are called by their relationship or role, "
    "dates are counted in days from the network's first contact, places are given by "
    "kind, and contact details and identity numbers by what they are. Please keep this "
    "material to supervision."
)
_CHART_RATINGS = (
    PracticeRating.FULLY,
    PracticeRating.PARTLY,
    PracticeRating.NOT_AT_ALL,
    PracticeRating.NOT_APPLICABLE,
)


@dataclass
class Rendered:
    """Markdown text with its replacement spans, flags and the regions typed by people."""

    text: str
    spans: list[Span]
    flags: list[Flag]
    free_regions: list[tuple[int, int]]


def build_outline(tree: dict[str, Any]) -> list[Block]:
    """The reading order of the whole export, in the tree's language."""
    say = Phrasing(translator(tree.get("language", "en")))
    blocks = [
        Block("title", [say.tr.gettext("Supervision material")]),
        Block("intro", [say.tr.gettext(INTRO)]),
    ]
    for network in tree["networks"]:
        blocks += _network_blocks(network, say)
    for block in blocks:
        first = block.pieces[0] if block.pieces else None
        if isinstance(first, Label) and first[:1].islower():
            block.pieces[0] = Label(first[:1].upper() + first[1:])
    return blocks


def _network_blocks(net: dict[str, Any], say: Phrasing) -> list[Block]:
    tr = say.tr
    blocks = [Block("h1", [net["label"]]), Block("h2", [tr.gettext("People in the network")])]
    held = net["continuity"]["meetings_held"]
    for p in net["people"]:
        closeness = closeness_words(Closeness(p["closeness"]), tr)
        about = (
            plain(say.gettext("%(kind)s, %(closeness)s", kind=p["kind"], closeness=closeness))
            if p["kind"]
            else closeness
        )
        attended = say.counted(
            "came to %(came)s of %(n)s meeting",
            "came to %(came)s of %(n)s meetings",
            held,
            came=p["meetings_attended"],
        )
        blocks.append(
            Block(
                "bullet",
                say.gettext(
                    "%(who)s (%(about)s): %(attended)s",
                    who=p["label"],
                    about=about,
                    attended=attended,
                ),
            )
        )
    cont = net["continuity"]
    blocks.append(Block("h2", [tr.gettext("Continuity")]))
    blocks.append(
        Block(
            "bullet",
            say.gettext(
                "First meeting after first contact: %(wait)s", wait=str(cont["first_meeting_after"])
            ),
        )
    )
    blocks.append(Block("bullet", say.gettext("Meetings held: %(n)s", n=cont["meetings_held"])))
    for pr in net["practitioners"]:
        n = pr["meetings_attended"]
        blocks.append(
            Block(
                "bullet",
                say.counted(
                    "%(who)s: %(n)s meeting", "%(who)s: %(n)s meetings", n, who=pr["label"]
                ),
            )
        )
    for u in cont["open_uncertainties"]:
        blocks.append(
            Block(
                "bullet",
                say.counted(
                    "Open: %(question)s (raised in %(raised)s; still open at %(open_at)s, "
                    "%(n)s day later)",
                    "Open: %(question)s (raised in %(raised)s; still open at %(open_at)s, "
                    "%(n)s days later)",
                    u["days_open"],
                    question=u["question"],
                    raised=u["raised_in"],
                    open_at=u["open_at"],
                ),
            )
        )
    blocks.append(
        Block(
            "bullet",
            say.gettext(
                "Follow-ups overdue at the latest meeting: %(n)s", n=cont["overdue_follow_ups"]
            ),
        )
    )
    if net["team_only_left_out"]:
        blocks.append(
            Block(
                "p",
                say.counted(
                    "%(n)s item kept to the team was left out of this export.",
                    "%(n)s items kept to the team were left out of this export.",
                    net["team_only_left_out"],
                ),
            )
        )
    if net.get("drafts_left_out"):
        blocks.append(
            Block(
                "p",
                say.counted(
                    "%(n)s meeting still in draft was left out of this export.",
                    "%(n)s meetings still in draft were left out of this export.",
                    net["drafts_left_out"],
                ),
            )
        )
    if "practice" in net:
        blocks.append(
            Block("h2", [tr.gettext("Dialogic practice: how often each element was present")])
        )
        if any(sum(v for k, v in e.items() if k != "element") for e in net["practice"]):
            legend: list[Piece] = [tr.gettext("Element")]
            legend += [rating_words(r, tr).capitalize() for r in _CHART_RATINGS]
            blocks.append(Block("chart", legend, chart=net["practice"]))
        else:
            blocks.append(
                Block("p", [tr.gettext("No practice reflection was written for these meetings.")])
            )
    for meeting in net["meetings"]:
        blocks += meeting_blocks(meeting, say)
    return blocks


_PREFIX = {"title": "# ", "h1": "## ", "h2": "### ", "h3": "#### ", "bullet": "- ", "sub": "  - "}


def chart_rows(chart: list[dict[str, Any]], legend: list[Piece]) -> list[str]:
    """The practice chart as Markdown table rows, headed by the legend's words."""
    rows = ["| " + " | ".join(str(p) for p in legend) + " |", "|---|---|---|---|---|"]
    for e in chart:
        rows.append(
            f"| {e['element']} | {e['fully']} | {e['partly']} | {e['not_at_all']} "
            f"| {e['not_applicable']} |"
        )
    return rows


def render_markdown(blocks: list[Block]) -> Rendered:
    """Markdown for the whole outline, with spans in its coordinates."""
    out: list[str] = []
    spans: list[Span] = []
    flags: list[Flag] = []
    regions: list[tuple[int, int]] = []
    length = 0

    def emit(text: str) -> None:
        nonlocal length
        out.append(text)
        length += len(text)

    previous = ""
    for block in blocks:
        if previous in ("bullet", "sub") and block.style not in ("bullet", "sub"):
            emit("\n")
        previous = block.style
        if block.style == "chart":
            emit("\n".join(chart_rows(block.chart or [], block.pieces)) + "\n\n")
            continue
        emit(_PREFIX.get(block.style, ""))
        for piece in block.pieces:
            if isinstance(piece, DeidText):
                text = piece.text if block.style == "p" else piece.text.replace("\n", " ")
                spans += [s.shifted(length) for s in piece.spans]
                flags += [f.shifted(length) for f in piece.flags]
                regions.append((length, length + len(text)))
                emit(text)
            elif isinstance(piece, Label):
                spans.append(Span(length, length + len(piece), "label"))
                emit(str(piece))
            else:
                emit(piece)
        emit("\n" if block.style in ("bullet", "sub") else "\n\n")
    return Rendered("".join(out), spans, flags, regions)
