"""Reading summaries back out of PDF bytes, and a meeting built to test them."""

from __future__ import annotations

import io
import re
from collections import Counter
from datetime import datetime

from pypdf import PdfReader

from odnotes.model import (
    Correction,
    DecidedWhere,
    Decision,
    FollowUp,
    Meeting,
    Network,
    NextMeeting,
    Person,
    PersonKind,
    Practitioner,
    Purpose,
    Reflection,
    Response,
    Sharing,
    Stance,
    StanceEntry,
    UncertaintyEntry,
    Voice,
)
from odnotes.vault import Vault

# The headings and plain-language lines of a meeting summary in English.
ENGLISH_HEADINGS = [
    "What you wanted to talk about",
    "Everyone's views",
    "What the team reflected on",
    "A reflection is when the practitioners talk with each other",
    "How it landed",
    "What we decided",
    "What we are still unsure about",
    "Who does what next",
    "Next meeting",
    "Corrections to last time",
    "Decided outside the meeting",
]

HOSTILE = [
    "<b>not bold</b>",
    "fish & chips",
    "a literal &amp; stays",
    "<font color=red>not red</font>",
    "<para>not a para</para>",
]


def flat(text: str) -> str:
    """Whitespace collapsed, so words wrapped over lines still match."""
    return re.sub(r"\s+", " ", text).strip()


def pdf_pages(data: bytes) -> list[str]:
    """The text of each page."""
    return [flat(page.extract_text() or "") for page in PdfReader(io.BytesIO(data)).pages]


def pdf_text(data: bytes) -> str:
    """All text, whitespace collapsed (page headers and footers included)."""
    return " ".join(pdf_pages(data))


def body_size(data: bytes) -> float:
    """The most common font size of text drawn on the pages."""
    sizes: Counter[float] = Counter()

    def visit(text: str, cm: list[float], tm: list[float], font: object, size: float) -> None:
        if text.strip():
            sizes[round(size * abs(tm[3] or 1) * abs(cm[3] or 1), 1)] += len(text.strip())

    for page in PdfReader(io.BytesIO(data)).pages:
        page.extract_text(visitor_text=visit)
    return sizes.most_common(1)[0][0]


def page_sizes(data: bytes) -> list[tuple[float, float]]:
    """Width and height of each page in points."""
    reader = PdfReader(io.BytesIO(data))
    return [(float(p.mediabox.width), float(p.mediabox.height)) for p in reader.pages]


class Built:
    """A fictional network with one meeting holding every kind of item, saved in a vault."""

    def __init__(self, vault: Vault, *, hostile: bool = False) -> None:
        self.tuula = Practitioner("Tuula Rantanen")
        self.umit = Practitioner("Ümit Demir")
        self.network = Network("Ğülay", first_contact=datetime(2026, 3, 1, 9, 0))
        nid = self.network.id
        self.lukasz = Person(nid, "Łukasz", PersonKind.PARTNER)
        self.paivi = Person(nid, "Päivi", PersonKind.FAMILY, large_print=True)
        self.zoe = Person(nid, "Zoë", PersonKind.FRIEND)
        self.oyvind = Person(nid, "Øyvind", PersonKind.PROFESSIONAL, receives_summaries=False)
        self.gone = Person(nid, "Gone Person")
        self.previous = Meeting(nid, datetime(2026, 3, 2, 10, 0), facilitators=[self.tuula.id])
        shared, kept = self.words(hostile)
        self.shared_texts = shared
        self.kept_texts = kept
        ids = [self.lukasz.id, self.paivi.id, self.zoe.id, self.gone.id]
        secret = Sharing.team_only("asked to keep it private")
        self.meeting = Meeting(
            nid,
            datetime(2026, 3, 5, 14, 30),
            present=ids,
            absent=[self.oyvind.id],
            facilitators=[self.tuula.id, self.umit.id],
            purpose=Purpose(shared[0]),
            voices=[
                Voice(self.lukasz.id, shared[1], verbatim=True),
                Voice(self.paivi.id, shared[2]),
                Voice(self.gone.id, shared[3]),
                Voice(self.zoe.id, kept[0], sharing=secret),
            ],
            reflections=[
                Reflection(
                    [self.tuula.id, self.umit.id],
                    shared[4],
                    responses=[
                        Response(self.paivi.id, shared[5]),
                        Response(self.lukasz.id, kept[1], sharing=secret),
                    ],
                ),
                Reflection(
                    [self.umit.id], kept[2], [Response(self.zoe.id, kept[3])], sharing=secret
                ),
            ],
            decisions=[
                Decision(
                    shared[6],
                    stances=[
                        StanceEntry(self.lukasz.id, Stance.AGREES),
                        StanceEntry(self.paivi.id, Stance.DISAGREES, shared[7]),
                        StanceEntry(self.gone.id, Stance.HAS_CONCERNS),
                    ],
                    follow_ups=[FollowUp(self.zoe.id, shared[8])],
                ),
                Decision(
                    shared[9],
                    where=DecidedWhere.OUTSIDE_MEETING,
                    outside_reason=shared[10],
                    told=shared[11],
                ),
                Decision(kept[4], sharing=secret, follow_ups=[FollowUp(self.zoe.id, kept[5])]),
            ],
            uncertainties=[
                UncertaintyEntry(question=shared[12], whose=[self.paivi.id], note=shared[13]),
                UncertaintyEntry(question=kept[6], sharing=secret),
            ],
            next_meeting=NextMeeting(
                starts_at=datetime(2026, 3, 12, 10, 0), place_detail=shared[14], invitee_ids=ids
            ),
            corrections=[Correction(self.paivi.id, self.previous.id, shared[15])],
        )
        records = [self.tuula, self.umit, self.network, self.lukasz, self.paivi, self.zoe]
        vault.save_many([*records, self.oyvind, self.previous, self.meeting])

    @staticmethod
    def words(hostile: bool) -> tuple[list[str], list[str]]:
        """Distinct sentences to find (or not find) in the PDF."""
        shared = [f"Shared sentence number {i} is here" for i in range(16)]
        kept = [f"Secret sentence number {i} stays with the team" for i in range(7)]
        if hostile:
            for i, text in enumerate(HOSTILE):
                shared[i] = f"{shared[i]} {text}"
        return shared, kept
