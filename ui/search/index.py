"""Search everything the vault holds, in decrypted memory only.

No SQLite FTS or any other index is written: FTS would store clinical text
unencrypted. Each hit says where it lives (network, meeting, section, item)
so the result opens the exact place.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass

from odnotes.model import Meeting, Network, Person, Practitioner
from odnotes.vault import Vault
from ui.models.meetings import meeting_title


@dataclass(frozen=True)
class SearchHit:
    """One place where the words were found."""

    network_id: str
    network_name: str
    kind: str  # "network", "person", "practitioner" or an editor section name
    text: str
    meeting_id: str = ""
    meeting_title: str = ""
    item_id: str = ""

    @property
    def section(self) -> str:
        """The editor section to show, or an empty string for network-level hits."""
        return self.kind if self.meeting_id else ""


def fold(text: str) -> str:
    """Case- and accent-insensitive form, so "zoe" finds "Zoë" and "lukasz" finds "Łukasz"."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    plain = "".join(c for c in decomposed if not unicodedata.combining(c))
    return plain.translate(str.maketrans({"ł": "l", "ø": "o", "đ": "d", "ß": "ss", "æ": "ae"}))


def _meeting_texts(meeting: Meeting) -> Iterator[tuple[str, str, str]]:
    """(section, item id, text) for every piece of writing in a meeting."""
    yield "purpose", meeting.purpose.id, meeting.purpose.text
    for voice in meeting.voices:
        yield "voices", voice.id, voice.text
    for reflection in meeting.reflections:
        yield "reflections", reflection.id, reflection.text
        for response in reflection.responses:
            yield "reflections", response.id, response.text
    for decision in meeting.decisions:
        parts = [decision.text, decision.outside_reason, decision.told]
        parts += [s.words for s in decision.stances]
        parts += [f.what for f in decision.follow_ups]
        yield "decisions", decision.id, " — ".join(p for p in parts if p)
    for entry in meeting.uncertainties:
        yield "uncertainties", entry.id, " — ".join(p for p in (entry.question, entry.note) if p)
    if meeting.next_meeting is not None:
        nxt = meeting.next_meeting
        yield "next", nxt.id, " — ".join(p for p in (nxt.place_detail, nxt.note) if p)


def search(vault: Vault, query: str, limit: int = 200) -> list[SearchHit]:
    """Every place matching all words of ``query``: names first, then meetings newest first."""
    words = fold(query).split()
    if not words:
        return []

    def matches(text: str) -> bool:
        folded = fold(text)
        return all(word in folded for word in words)

    networks = {n.id: n for n in vault.all(Network)}
    hits: list[SearchHit] = []
    for network in networks.values():
        if matches(network.name):
            hits.append(SearchHit(network.id, network.name, "network", network.name))
    for person in vault.all(Person):
        owner = networks.get(person.network_id)
        text = " / ".join([*person.all_names, person.relationship])
        if owner and matches(text):
            hits.append(SearchHit(owner.id, owner.name, "person", text, item_id=person.id))
    for practitioner in vault.all(Practitioner):
        text = " / ".join([practitioner.name, *practitioner.other_names])
        for network in networks.values():
            if practitioner.id in network.practitioner_ids and matches(text):
                hits.append(
                    SearchHit(
                        network.id, network.name, "practitioner", text, item_id=practitioner.id
                    )
                )
    meetings = sorted(vault.all(Meeting), key=lambda m: m.starts_at, reverse=True)
    for meeting in meetings:
        owner = networks.get(meeting.network_id)
        if owner is None:
            continue
        for section, item_id, text in _meeting_texts(meeting):
            if text and matches(text):
                hits.append(
                    SearchHit(
                        owner.id,
                        owner.name,
                        section,
                        text,
                        meeting.id,
                        meeting_title(meeting),
                        item_id,
                    )
                )
    return hits[:limit]
