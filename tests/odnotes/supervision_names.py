"""A fictional network with hard names, for the supervision export tests.

Names that are also words (Hope, Rose, Will, Mark), a nickname (Annie), a
possessive ("Anna's"), lower-case mentions, and people named inside other
people's words. Everyone and everything here is invented.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime

from odnotes import meetings
from odnotes.model import (
    Closeness,
    Decision,
    ElementRating,
    FollowUp,
    KeyElement,
    Meeting,
    Network,
    NextMeeting,
    Person,
    PersonKind,
    PlaceKind,
    PracticeRating,
    PracticeReflection,
    Practitioner,
    PractitionerRole,
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

# Every real name that must never appear in any output (case-insensitive, whole word)...
UNIQUE_NAMES = [
    "Lindqvist", "Anna", "Annie", "Okonkwo", "Tamm", "Jonas", "Berg",
    "Tuomas", "Hakala", "Grace", "Mwangi", "Hopey",
]  # fmt: skip
# ...and names that are also words: they must never appear capitalised as a name.
WORD_NAMES = ["Hope", "Rose", "Will", "Mark"]
EXACT_DATES = [
    "2025-03-03", "3 March 2025", "2025-03-14", "14/03/2025", "14.03.2025", "March 20th",
    "20 March", "2025-03-04", "4 March", "2025-03-07", "7 March", "March 2025", "04/03/2025",
]  # fmt: skip
PLACES = ["Birch Lane", "Kemi"]
UNKNOWN_NAMES = ["Liisa", "Kemi"]


@dataclass
class HardNames:
    """The records, for assertions."""

    network: Network
    people: dict[str, Person]
    practitioners: dict[str, Practitioner]
    meetings: list[Meeting]


def write_hard_names(vault: Vault) -> HardNames:
    """Save the network into ``vault``."""
    tuomas = Practitioner("Tuomas Hakala", PractitionerRole.NURSE, other_names=["Tuomo"])
    grace = Practitioner("Grace Mwangi", PractitionerRole.PSYCHOLOGIST)
    network = Network("Hope", datetime(2025, 3, 3, 9, 15), practitioner_ids=[tuomas.id, grace.id])
    nid = network.id
    hope = Person(
        nid,
        "Hope Lindqvist",
        PersonKind.CENTRE,
        "herself",
        other_names=["Hopey"],
        closeness=Closeness.CLOSE,
    )
    anna = Person(
        nid,
        "Anna Lindqvist",
        PersonKind.FAMILY,
        "mother",
        other_names=["Annie"],
        closeness=Closeness.CLOSE,
    )
    rose = Person(
        nid, "Rose Lindqvist", PersonKind.FAMILY, "younger sister", closeness=Closeness.SOMEWHAT
    )
    will = Person(
        nid, "Will Okonkwo", PersonKind.FRIEND, "friend from school", closeness=Closeness.SOMEWHAT
    )
    mark = Person(
        nid, "Mark Tamm", PersonKind.FRIEND, "Anna's friend from work", closeness=Closeness.DISTANT
    )
    jonas = Person(
        nid,
        "Dr Jonas Berg",
        PersonKind.PROFESSIONAL,
        "GP",
        closeness=Closeness.UNKNOWN,
        receives_summaries=False,
    )
    first = Meeting(
        nid,
        datetime(2025, 3, 4, 8, 30),
        duration_minutes=90,
        place=PlaceKind.HOME,
        place_detail="Birch Lane 5, Kemi",
        present=[hope.id, anna.id, rose.id, will.id],
        absent=[mark.id],
        facilitators=[tuomas.id, grace.id],
        purpose=Purpose(
            text="Anna's worry is that Hope stops eating. HOPE wanted to talk "
            "about the 3 March 2025 phone call to the GP, Dr Berg."
        ),
        voices=[
            Voice(
                hope.id,
                "Hope said she was willing to try. will and mark were kind to me.",
                verbatim=True,
            ),
            Voice(
                anna.id,
                "annie here: I told Rose that Jonas called on 2025-03-14, and "
                "Rose's room is quiet. We met at Kemi library with her cousin Liisa.",
            ),
            Voice(
                rose.id,
                "Will and Mark will come next time. I picked a rose for hopey. "
                "I think Annabel knows Hopeys too.",
            ),
            Voice(
                will.id,
                "Mark's idea: meet on 14/03/2025 or 14.03.2025, not March 20th.",
                sharing=Sharing.team_only("Will asked to keep this to the team"),
            ),
        ],
        reflections=[
            Reflection(
                practitioner_ids=[tuomas.id, grace.id],
                text="tuomas wondered whether Hope's nights are lonely; Grace heard the "
                "Lindqvist family's care. Tuomo noticed Mark Tamm was missed.",
                responses=[Response(anna.id, "I liked what Grace said about us.")],
            )
        ],
        decisions=[
            Decision(
                "Meet again at home; ask Mark to come too.",
                proposed_by=hope.id,
                stances=[
                    StanceEntry(hope.id, Stance.AGREES),
                    StanceEntry(anna.id, Stance.HAS_CONCERNS, "Only if Rose can be there."),
                ],
                follow_ups=[FollowUp(tuomas.id, "Phone Dr Jonas Berg", date(2025, 3, 7))],
            )
        ],
        uncertainties=[
            UncertaintyEntry(question="Whether Hope moves in with Anna", whose=[hope.id])
        ],
        next_meeting=NextMeeting(
            starts_at=datetime(2025, 3, 7, 10, 0),
            place=PlaceKind.CLINIC,
            place_detail="Kemi clinic",
            invitee_ids=[hope.id, anna.id],
        ),
    )
    first = meetings.finalise(first, [tuomas.id, grace.id], datetime(2025, 3, 4, 12, 0, tzinfo=UTC))
    second = Meeting(
        nid,
        datetime(2025, 3, 7, 10, 0),
        duration_minutes=60,
        place=PlaceKind.CLINIC,
        place_detail="Kemi clinic",
        present=[hope.id, anna.id, mark.id],
        facilitators=[tuomas.id],
        purpose=Purpose(text="Hopey wanted to talk about Rose."),
        voices=[Voice(mark.id, "Mark said he has known anna since 7 March last year.")],
    )
    practice = PracticeReflection(
        first.id, nid,
        [ElementRating(KeyElement.TWO_OR_MORE_PRACTITIONERS, PracticeRating.FULLY,
                       "Tuomas and Grace"),
         ElementRating(KeyElement.OPEN_ENDED_QUESTIONS, PracticeRating.PARTLY, "Asked Anna mostly"),
         ElementRating(KeyElement.TRANSPARENCY, PracticeRating.NOT_AT_ALL),
         ElementRating(KeyElement.RELATIONAL_FOCUS, PracticeRating.NOT_APPLICABLE)],
        practitioner_ids=[tuomas.id, grace.id],
    )  # fmt: skip
    vault.save_many([tuomas, grace, network, hope, anna, rose, will, mark, jonas])
    vault.save_many([first, second, practice])
    people = {
        p.name.split()[-2 if p is jonas else 0]: p for p in (hope, anna, rose, will, mark, jonas)
    }
    return HardNames(network, people, {"Tuomas": tuomas, "Grace": grace}, [first, second])
