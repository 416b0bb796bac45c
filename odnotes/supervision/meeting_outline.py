"""One meeting's part of the supervision outline: who came, what was said and decided."""

from __future__ import annotations

from typing import Any

from odnotes.i18n import N_
from odnotes.supervision.export import Label
from odnotes.supervision.phrasing import Block, Phrasing, has_text, plain

# Nobody absent (where "nobody recorded" would read as if nobody was there).
_NOBODY = N_("nobody")


def _day(when: str) -> str:
    """The day of ``meeting 3, day 12 after first contact`` (every language keeps the comma)."""
    return when.split(", ", 1)[-1]


def meeting_blocks(m: dict[str, Any], say: Phrasing) -> list[Block]:
    """One meeting: when and where, who came, then what was said, reflected and decided."""
    tr = say.tr
    state = tr.gettext("finalised") if m["status"] == "finalised" else tr.gettext("draft")
    if m["amendments"]:
        state = plain(
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
    if has_text(m.get("purpose")):
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
            note = say.gettext(" Note: %(note)s", note=u["note"]) if has_text(u["note"]) else []
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
        note = [" ", plan["note"]] if has_text(plan["note"]) else []
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
            words = say.gettext(": %(words)s", words=r["words"]) if has_text(r["words"]) else []
            rating = r["rating"] or tr.gettext("not rated")
            line = say.gettext("%(element)s: %(rating)s", element=r["element"], rating=rating)
            blocks.append(Block("bullet", [*line, *words]))
    return blocks


def _decision_blocks(d: dict[str, Any], say: Phrasing) -> list[Block]:
    line = say.gettext(
        "%(decision)s (proposed by %(who)s; taken %(where)s)",
        decision=d["text"],
        who=d["proposed_by"],
        where=d["taken"],
    )
    blocks = [Block("bullet", [*line, *say.team_only(d)])]
    if has_text(d["outside_reason"]):
        blocks.append(
            Block("sub", say.gettext("Why outside the meeting: %(why)s", why=d["outside_reason"]))
        )
    if has_text(d["told"]):
        told = (
            say.gettext("Told: %(told)s (%(when)s)", told=d["told"], when=d["told_when"])
            if d["told_when"]
            else say.gettext("Told: %(told)s", told=d["told"])
        )
        blocks.append(Block("sub", told))
    for s in d["stances"]:
        words = say.gettext(" — %(words)s", words=s["words"]) if has_text(s["words"]) else []
        stance = say.gettext("%(who)s: %(stance)s", who=s["who"], stance=s["stance"])
        blocks.append(Block("sub", [*stance, *words]))
    for f in d["follow_ups"]:
        follow = say.gettext("Follow-up: %(who)s — %(what)s", who=f["who"], what=f["what"])
        due = say.gettext(", due %(when)s", when=f["due"]) if f["due"] else []
        done = [say.tr.gettext(" (done)")] if f["done"] else []
        blocks.append(Block("sub", [*follow, *due, *done]))
    return blocks
