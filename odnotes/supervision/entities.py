"""Everyone and everywhere that may be named in one network's notes, with their labels.

The network's own people and every practitioner by label; people of other
networks in the same export by their label there; people of networks not in
the export as "a person from another network" (their names that are also
common words are not looked for, or every "Will" would be asked about); the
network's own name; and the places written in its meetings' place details
("Birch Lane 5, Kemi"), so that "Kemi" or "Kemissä" in a note becomes
"[a place]".
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from odnotes.i18n import ENGLISH, Translator
from odnotes.model import Meeting, Person, Practitioner
from odnotes.supervision.contacts import PLACE
from odnotes.supervision.labels import ELSEWHERE_LABEL, RELATIONSHIP_WORDS
from odnotes.supervision.names import TITLES, NamedEntity, name_variants

# Words that say what kind of place a detail is, not which one ("Home", "Clinic room 2").
_PLACE_KINDS = frozenset(
    {"home", "flat", "house", "apartment", "clinic", "centre", "center", "hospital", "ward",
     "school", "college", "library", "office", "room", "base", "team", "unit", "surgery",
     "station", "park", "cafe", "café", "online", "video", "phone", "call", "visit", "the",
     "koti", "kotona", "kotikäynti", "asunto", "vastaanotto", "klinikka", "sairaala", "osasto",
     "koulu", "kirjasto", "toimisto", "huone", "puhelin", "etä", "etäyhteys",
     "wohnung", "haus", "praxis", "klinik", "krankenhaus", "schule", "büro",
     "zimmer", "hausbesuch", "telefon", "mieszkanie", "dom", "przychodnia", "szpital",
     "oddział", "szkoła", "biblioteka", "biuro", "pokój", "gabinet", "wizyta"}
)  # fmt: skip
_SEGMENT = re.compile(r"[^,;/\n()]+")
_WORD = re.compile(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*")


def place_names(details: Iterable[str], people_words: set[str]) -> list[str]:
    """The capitalised words of place details that name a place (not a kind of place)."""
    found: dict[str, str] = {}
    for detail in details:
        for segment in _SEGMENT.findall(detail):
            for word in _WORD.findall(segment):
                bare = re.sub(r"['’]s$", "", word)
                folded = bare.casefold()
                if (
                    len(bare) < 2
                    or not bare[0].isupper()
                    or folded in _PLACE_KINDS
                    or folded in RELATIONSHIP_WORDS
                    or folded.rstrip(".") in TITLES
                    or folded in people_words
                ):
                    continue
                found.setdefault(folded, bare)
    return list(found.values())


def network_label(number: int, tr: Translator = ENGLISH) -> str:
    """``Network 2``, ``Verkosto 2``: how the export calls a network it does not name."""
    return tr.gettext("Network %(number)s") % {"number": tr.number(number)}


def network_entities(
    *,
    number: int,
    network_name: str,
    people: list[Person],
    labels: dict[str, str],
    others: list[tuple[Person, str]],
    elsewhere: list[Person],
    practitioners: list[Practitioner],
    meetings: list[Meeting],
    tr: Translator = ENGLISH,
) -> list[NamedEntity]:
    """Who and where may be named in this network's notes, each with its label in ``tr``."""
    entities = [NamedEntity(labels[p.id], tuple(p.all_names)) for p in people]
    entities += [NamedEntity(label, tuple(p.all_names)) for p, label in others]
    entities += [
        NamedEntity(labels[p.id], (p.name, *p.other_names)) for p in practitioners if p.id in labels
    ]
    entities += [
        NamedEntity(tr.gettext(ELSEWHERE_LABEL), tuple(p.all_names), word_forms=False)
        for p in elsewhere
    ]
    known = {v.casefold() for e in entities for v in name_variants(e.names)}
    if network_name.casefold() not in known:
        entities.append(NamedEntity(network_label(number, tr), (network_name,)))
    people_words = {w.casefold() for e in entities for w in e.words}
    details = [m.place_detail for m in meetings]
    details += [m.next_meeting.place_detail for m in meetings if m.next_meeting is not None]
    places = place_names(details, people_words)
    if places:
        entities.append(NamedEntity(tr.gettext(PLACE), tuple(places), place=True))
    return entities
