"""The reading order of the supervision material, shared by Markdown, PDF and review.

An outline is a list of blocks (title, headings, paragraphs, bullets, the
practice chart); each block is made of pieces: fixed wording, labels, and
de-identified free text. Markdown rendering keeps every span, so the review
screen highlights exactly what the written files contain. The fixed wording
is in the tree's ``language``; labels and free text keep their own pieces
inside a translated sentence, so a language may put them in any order.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from odnotes.i18n import N_, Translator, translator
from odnotes.model import Closeness, PracticeRating
from odnotes.supervision.deidentify import DeidText, Flag, Span
from odnotes.supervision.export import Label
from odnotes.supervision.words import closeness_words, rating_words

Piece = str | Label | DeidText
Field = Piece | list[Piece] | int

INTRO = N_(
    "De-identified for InterVision: people are called by their relationship or role, "
    "dates are counted in days from the network's first contact, places are given by "
    "kind, and contact details and identity numbers by what they are. Please keep this "
    "material to supervision."
)
# Nobody absent (where "nobody recorded" would read as if nobody was there).
_NOBODY = N_("nobody")
_FIELD = re.compile(r"%\((\w+)\)s")
_CHART_RATINGS = (
    PracticeRating.FULLY,
    PracticeRating.PARTLY,
    PracticeRating.NOT_AT_ALL,
    PracticeRating.NOT_APPLICABLE,
)


@dataclass
class Block:
    """One paragraph-level unit: ``style`` is title, intro, h1, h2, h3, p, bullet, sub or chart.

    A chart's pieces are its legend in the export's language: the element
    column's heading, then the words for fully, partly, not at all and not applicable.
    """

    style: str
    pieces: list[Piece] = field(default_factory=list)
    chart: list[dict[str, Any]] | None = None


@dataclass
class Rendered:
    """Markdown text with its replacement spans, flags and the regions typed by people."""

    text: str
    spans: list[Span]
    flags: list[Flag]
    free_regions: list[tuple[int, int]]


def _has(text: object) -> bool:
    return isinstance(text, DeidText) and bool(text.text.strip())


def _plain(pieces: list[Piece]) -> str:
    return "".join(str(p) for p in pieces)


def _filled(words: str, fields: dict[str, Field], tr: Translator) -> list[Piece]:
    """``words`` with its ``%(name)s`` fields filled in, each label or free text a piece."""
    out: list[Piece] = []
    for index, part in enumerate(_FIELD.split(words)):
        if index % 2 == 0:
            if part:
                out.append(part)
            continue
        value = fields[part]
        if isinstance(value, list):
            out += value
        elif isinstance(value, int):
            out.append(tr.number(value))
        else:
            out.append(value)
    return out


class _Wording:
    """The outline's fixed words in one language, with the tree's pieces put in their places."""

    def __init__(self, tr: Translator) -> None:
        self.tr = tr

    def gettext(self, message: str, **fields: Field) -> list[Piece]:
        """``message`` in the outline's language with its fields put in."""
        return _filled(self.tr.gettext(message), fields, self.tr)

    def counted(self, singular: str, plural: str, n: int, **fields: Field) -> list[Piece]:
        """A sentence whose words follow the count ``n`` (Polish has three forms)."""
        return _filled(self.tr.ngettext(singular, plural, n), {"n": n, **fields}, self.tr)

    def joined(self, items: list[Label], empty: str = N_("nobody recorded")) -> list[Piece]:
        pieces: list[Piece] = []
        for i, item in enumerate(items):
            if i:
                pieces.append(", ")
            pieces.append(item)
        return pieces or [self.tr.gettext(empty)]

    def team_only(self, item: dict[str, Any]) -> list[Piece]:
        reason = item.get("team_only")
        if not isinstance(reason, DeidText):
            return []
        return self.gettext(" [kept to the team: %(reason)s]", reason=reason)


def build_outline(tree: dict[str, Any]) -> list[Block]:
    """The reading order of the whole export, in the tree's language."""
    say = _Wording(translator(tree.get("language", "en")))
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


def _network_blocks(net: dict[str, Any], say: _Wording) -> list[Block]:
    tr = say.tr
    blocks = [Block("h1", [net["label"]]), Block("h2", [tr.gettext("People in the network")])]
    held = net["continuity"]["meetings_held"]
    for p in net["people"]:
        closeness = closeness_words(Closeness(p["closeness"]), tr)
        about = (
            _plain(say.gettext("%(kind)s, %(closeness)s", kind=p["kind"], closeness=closeness))
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
        blocks += _meeting_blocks(meeting, say)
    return blocks


def _day(when: str) -> str:
    """The day of ``meeting 3, day 12 after first contact`` (every language keeps the comma)."""
    return when.split(", ", 1)[-1]


def _meeting_blocks(m: dict[str, Any], say: _Wording) -> list[Block]:
    tr = say.tr
    state = tr.gettext("finalised") if m["status"] == "finalised" else tr.gettext("draft")
    if m["amendments"]:
        state = _plain(
            say.counted(
                "%(state)s, amended %(n)s time",
                "%(state)s, amended %(n)s times",
                m["amendments"],
                state=state,
            )
        )
    minutes = m["duration_minutes"]
    place = (
        say.counted(
            "Place: %(place)s, %(n)s minute.",
            "Place: %(place)s, %(n)s minutes.",
            minutes,
            place=m["place"],
        )
        if minutes
        else say.gettext("Place: %(place)s.", place=m["place"])
    )
    blocks = [
        Block("h2", say.gettext("%(meeting)s: %(day)s", meeting=m["label"], day=_day(m["when"]))),
        Block("p", [*place, " ", state[:1].upper() + state[1:] + "."]),
        Block(
            "p",
            say.gettext(
                "Present: %(present)s. Absent: %(absent)s. Facilitators: %(facilitators)s.",
                present=say.joined(m["present"]),
                absent=say.joined(m["absent"], _NOBODY),
                facilitators=say.joined(m["facilitators"]),
            ),
        ),
    ]
    if _has(m.get("purpose")):
        blocks += [
            Block("h3", [tr.gettext("What the network wanted to talk about")]),
            Block("p", [m["purpose"]]),
        ]
    if m["voices"]:
        blocks.append(Block("h3", [tr.gettext("Voices")]))
        for v in m["voices"]:
            own = tr.gettext(" (their own words)") if v["verbatim"] else ""
            blocks.append(
                Block(
                    "bullet",
                    [
                        *say.gettext("%(who)s: %(text)s", who=v["who"], text=v["text"]),
                        own,
                        *say.team_only(v),
                    ],
                )
            )
    if m["reflections"]:
        blocks.append(Block("h3", [tr.gettext("Reflections, and how they landed")]))
        for r in m["reflections"]:
            said = say.gettext("%(who)s: %(text)s", who=say.joined(r["by"]), text=r["text"])
            blocks.append(Block("bullet", [*said, *say.team_only(r)]))
            blocks += [
                Block("sub", say.gettext("%(who)s: %(text)s", who=x["who"], text=x["text"]))
                for x in r["responses"]
            ]
    if m["decisions"]:
        blocks.append(Block("h3", [tr.gettext("Decisions")]))
        for d in m["decisions"]:
            blocks += _decision_blocks(d, say)
    if m["uncertainties"]:
        blocks.append(Block("h3", [tr.gettext("Open uncertainties")]))
        for u in m["uncertainties"]:
            note = say.gettext(" Note: %(note)s", note=u["note"]) if _has(u["note"]) else []
            line = say.gettext(
                "%(question)s (%(whose)s; %(status)s).",
                question=u["question"],
                whose=say.joined(u["whose"]),
                status=u["status"],
            )
            blocks.append(Block("bullet", [*line, *note, *say.team_only(u)]))
    if m["corrections"]:
        blocks.append(Block("h3", [tr.gettext("Corrections to earlier summaries")]))
        for c in m["corrections"]:
            blocks.append(
                Block(
                    "bullet",
                    say.gettext(
                        "%(who)s about %(meeting)s: %(text)s",
                        who=c["who"],
                        meeting=c["about"],
                        text=c["text"],
                    ),
                )
            )
    plan = m.get("next_meeting")
    if plan:
        note = [" ", plan["note"]] if _has(plan["note"]) else []
        invited = say.joined(plan["invited"])
        line = (
            say.gettext(
                "%(when)s, %(place)s. Invited: %(invited)s.",
                when=Label(plan["when"][:1].upper() + plan["when"][1:]),
                place=plan["place"],
                invited=invited,
            )
            if plan["when"]
            else say.gettext(
                "%(place)s. Invited: %(invited)s.", place=plan["place"], invited=invited
            )
        )
        blocks += [Block("h3", [tr.gettext("Next meeting")]), Block("p", [*line, *note])]
    if m.get("practice"):
        blocks.append(Block("h3", [tr.gettext("Practice reflection (the team's own)")]))
        for r in m["practice"]:
            words = say.gettext(": %(words)s", words=r["words"]) if _has(r["words"]) else []
            rating = r["rating"] or tr.gettext("not rated")
            line = say.gettext("%(element)s: %(rating)s", element=r["element"], rating=rating)
            blocks.append(Block("bullet", [*line, *words]))
    return blocks


def _decision_blocks(d: dict[str, Any], say: _Wording) -> list[Block]:
    line = say.gettext(
        "%(decision)s (proposed by %(who)s; taken %(where)s)",
        decision=d["text"],
        who=d["proposed_by"],
        where=d["taken"],
    )
    blocks = [Block("bullet", [*line, *say.team_only(d)])]
    if _has(d["outside_reason"]):
        blocks.append(
            Block("sub", say.gettext("Why outside the meeting: %(why)s", why=d["outside_reason"]))
        )
    if _has(d["told"]):
        told = (
            say.gettext("Told: %(told)s (%(when)s)", told=d["told"], when=d["told_when"])
            if d["told_when"]
            else say.gettext("Told: %(told)s", told=d["told"])
        )
        blocks.append(Block("sub", told))
    for s in d["stances"]:
        words = say.gettext(" — %(words)s", words=s["words"]) if _has(s["words"]) else []
        stance = say.gettext("%(who)s: %(stance)s", who=s["who"], stance=s["stance"])
        blocks.append(Block("sub", [*stance, *words]))
    for f in d["follow_ups"]:
        follow = say.gettext("Follow-up: %(who)s — %(what)s", who=f["who"], what=f["what"])
        due = say.gettext(", due %(when)s", when=f["due"]) if f["due"] else []
        done = [say.tr.gettext(" (done)")] if f["done"] else []
        blocks.append(Block("sub", [*follow, *due, *done]))
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
