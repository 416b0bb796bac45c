"""The reading order of the supervision material, shared by Markdown, PDF and review.

An outline is a list of blocks (title, headings, paragraphs, bullets, the
practice chart); each block is made of pieces: fixed wording, labels, and
de-identified free text. Markdown rendering keeps every span, so the review
screen highlights exactly what the written files contain.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from odnotes.supervision.deidentify import DeidText, Flag, Span
from odnotes.supervision.export import Label

Piece = str | Label | DeidText

INTRO = (
    "De-identified for InterVision: people are called by their relationship or role, "
    "dates are counted in days from the network's first contact, places are given by "
    "kind, and contact details and identity numbers by what they are. Please keep this "
    "material to supervision."
)


@dataclass
class Block:
    """One paragraph-level unit: ``style`` is title, intro, h1, h2, h3, p, bullet, sub or chart."""

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


def _joined(items: list[Label], empty: str = "nobody recorded") -> list[Piece]:
    pieces: list[Piece] = []
    for i, item in enumerate(items):
        if i:
            pieces.append(", ")
        pieces.append(item)
    return pieces or [empty]


def _has(text: object) -> bool:
    return isinstance(text, DeidText) and bool(text.text.strip())


def _team_only(item: dict[str, Any]) -> list[Piece]:
    reason = item.get("team_only")
    return [" [kept to the team: ", reason, "]"] if isinstance(reason, DeidText) else []


def _count(n: int, noun: str) -> str:
    return f"{n} {noun}{'s' if n != 1 else ''}"


def build_outline(tree: dict[str, Any]) -> list[Block]:
    """The reading order of the whole export."""
    blocks = [Block("title", ["Supervision material"]), Block("intro", [INTRO])]
    for network in tree["networks"]:
        blocks += _network_blocks(network)
    for block in blocks:
        first = block.pieces[0] if block.pieces else None
        if isinstance(first, Label) and first[:1].islower():
            block.pieces[0] = Label(first[:1].upper() + first[1:])
    return blocks


def _network_blocks(net: dict[str, Any]) -> list[Block]:
    blocks = [Block("h1", [net["label"]]), Block("h2", ["People in the network"])]
    held = net["continuity"]["meetings_held"]
    for p in net["people"]:
        about = f"{p['kind']}, {p['closeness']}" if p["kind"] else p["closeness"]
        attended = f"came to {p['meetings_attended']} of {_count(held, 'meeting')}"
        blocks.append(Block("bullet", [p["label"], f" ({about}): {attended}"]))
    blocks.append(Block("h2", ["Continuity"]))
    cont = net["continuity"]
    blocks.append(
        Block("bullet", [f"First meeting after first contact: {cont['first_meeting_after']}"])
    )
    blocks.append(Block("bullet", [f"Meetings held: {cont['meetings_held']}"]))
    for pr in net["practitioners"]:
        blocks.append(
            Block("bullet", [pr["label"], f": {_count(pr['meetings_attended'], 'meeting')}"])
        )
    for u in cont["open_uncertainties"]:
        blocks.append(
            Block(
                "bullet",
                [
                    "Open: ",
                    u["question"],
                    f" (raised in {u['raised_in']}; still open at {u['open_at']}, "
                    f"{_count(u['days_open'], 'day')} later)",
                ],
            )
        )
    blocks.append(
        Block("bullet", [f"Follow-ups overdue at the latest meeting: {cont['overdue_follow_ups']}"])
    )
    if net["team_only_left_out"]:
        count = net["team_only_left_out"]
        blocks.append(
            Block(
                "p",
                [
                    f"{_count(count, 'item')} kept to the team "
                    f"{'was' if count == 1 else 'were'} left out of this export."
                ],
            )
        )
    if net.get("drafts_left_out"):
        count = net["drafts_left_out"]
        blocks.append(
            Block(
                "p",
                [
                    f"{_count(count, 'meeting')} still in draft "
                    f"{'was' if count == 1 else 'were'} left out of this export."
                ],
            )
        )
    if "practice" in net:
        blocks.append(Block("h2", ["Dialogic practice: how often each element was present"]))
        if any(sum(v for k, v in e.items() if k != "element") for e in net["practice"]):
            blocks.append(Block("chart", [], chart=net["practice"]))
        else:
            blocks.append(Block("p", ["No practice reflection was written for these meetings."]))
    for meeting in net["meetings"]:
        blocks += _meeting_blocks(meeting)
    return blocks


def _meeting_blocks(m: dict[str, Any]) -> list[Block]:
    state = m["status"] + (
        f", amended {_count(m['amendments'], 'time')}" if m["amendments"] else ""
    )
    length = f", {m['duration_minutes']} minutes" if m["duration_minutes"] else ""
    blocks = [
        Block("h2", [m["label"], f": {m['when'].split(', ', 1)[-1]}"]),
        Block("p", [f"Place: {m['place']}{length}. {state.capitalize()}."]),
        Block(
            "p",
            [
                "Present: ",
                *_joined(m["present"]),
                ". Absent: ",
                *_joined(m["absent"], "nobody"),
                ". Facilitators: ",
                *_joined(m["facilitators"]),
                ".",
            ],
        ),
    ]
    if _has(m.get("purpose")):
        blocks += [
            Block("h3", ["What the network wanted to talk about"]),
            Block("p", [m["purpose"]]),
        ]
    if m["voices"]:
        blocks.append(Block("h3", ["Voices"]))
        for v in m["voices"]:
            own = " (their own words)" if v["verbatim"] else ""
            blocks.append(Block("bullet", [v["who"], ": ", v["text"], own, *_team_only(v)]))
    if m["reflections"]:
        blocks.append(Block("h3", ["Reflections, and how they landed"]))
        for r in m["reflections"]:
            blocks.append(Block("bullet", [*_joined(r["by"]), ": ", r["text"], *_team_only(r)]))
            blocks += [Block("sub", [x["who"], ": ", x["text"]]) for x in r["responses"]]
    if m["decisions"]:
        blocks.append(Block("h3", ["Decisions"]))
        for d in m["decisions"]:
            blocks += _decision_blocks(d)
    if m["uncertainties"]:
        blocks.append(Block("h3", ["Open uncertainties"]))
        for u in m["uncertainties"]:
            note = [" Note: ", u["note"]] if _has(u["note"]) else []
            blocks.append(
                Block(
                    "bullet",
                    [
                        u["question"],
                        " (",
                        *_joined(u["whose"]),
                        f"; {u['status']}).",
                        *note,
                        *_team_only(u),
                    ],
                )
            )
    if m["corrections"]:
        blocks.append(Block("h3", ["Corrections to earlier summaries"]))
        for c in m["corrections"]:
            blocks.append(Block("bullet", [c["who"], f" about {c['about']}: ", c["text"]]))
    plan = m.get("next_meeting")
    if plan:
        when = f"{plan['when'][:1].upper()}{plan['when'][1:]}, " if plan["when"] else ""
        note = [" ", plan["note"]] if _has(plan["note"]) else []
        blocks += [
            Block("h3", ["Next meeting"]),
            Block(
                "p", [f"{when}{plan['place']}. Invited: ", *_joined(plan["invited"]), ".", *note]
            ),
        ]
    if m.get("practice"):
        blocks.append(Block("h3", ["Practice reflection (the team's own)"]))
        for r in m["practice"]:
            words = [": ", r["words"]] if _has(r["words"]) else []
            blocks.append(
                Block("bullet", [r["element"], f": {r['rating'] or 'not rated'}", *words])
            )
    return blocks


def _decision_blocks(d: dict[str, Any]) -> list[Block]:
    blocks = [
        Block(
            "bullet",
            [
                d["text"],
                " (proposed by ",
                d["proposed_by"],
                f"; taken {d['taken']})",
                *_team_only(d),
            ],
        )
    ]
    if _has(d["outside_reason"]):
        blocks.append(Block("sub", ["Why outside the meeting: ", d["outside_reason"]]))
    if _has(d["told"]):
        when = f" ({d['told_when']})" if d["told_when"] else ""
        blocks.append(Block("sub", ["Told: ", d["told"], when]))
    for s in d["stances"]:
        words = [" — ", s["words"]] if _has(s["words"]) else []
        blocks.append(Block("sub", [s["who"], f": {s['stance']}", *words]))
    for f in d["follow_ups"]:
        due = f", due {f['due']}" if f["due"] else ""
        done = " (done)" if f["done"] else ""
        blocks.append(Block("sub", ["Follow-up: ", f["who"], " — ", f["what"], f"{due}{done}"]))
    return blocks


_PREFIX = {"title": "# ", "h1": "## ", "h2": "### ", "h3": "#### ", "bullet": "- ", "sub": "  - "}


def chart_rows(chart: list[dict[str, Any]]) -> list[str]:
    """The practice chart as Markdown table rows."""
    rows = ["| Element | Fully | Partly | Not at all | Not applicable |", "|---|---|---|---|---|"]
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
            emit("\n".join(chart_rows(block.chart or [])) + "\n\n")
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
