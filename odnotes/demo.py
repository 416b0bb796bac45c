"""A fictional network to look around in, with every kind of item.

Everyone here is invented. The network has three meetings: the first two
finalised (the second amended), the third a draft; an uncertainty carried
across all three; a decision taken outside a meeting; team-only items; and a
correction to an earlier summary.
"""

from __future__ import annotations

import copy
from datetime import UTC, date, datetime

from odnotes import meetings
from odnotes.model import (
    Closeness,
    Correction,
    DecidedWhere,
    Decision,
    FollowUp,
    Meeting,
    Network,
    NextMeeting,
    Person,
    PersonKind,
    PlaceKind,
    Practitioner,
    PractitionerRole,
    Purpose,
    Record,
    Reflection,
    Response,
    Sharing,
    Stance,
    StanceEntry,
    UncertaintyEntry,
    UncertaintyStatus,
    Voice,
)
from odnotes.vault import Vault


def demo_batches() -> list[list[Record]]:
    """The fictional network's records as save batches, oldest first.

    The second meeting is saved finalised, then again as its amendment, so
    its history shows both revisions.
    """
    tuula = Practitioner("Tuula Rantanen", PractitionerRole.NURSE)
    sam = Practitioner("Sam Okafor", PractitionerRole.PSYCHOLOGIST, other_names=["Sammy"])
    umit = Practitioner("Ümit Demir", PractitionerRole.PEER_PRACTITIONER)
    network = Network(
        "Maija",
        first_contact=datetime(2026, 9, 7, 16, 20),
        practitioner_ids=[tuula.id, sam.id, umit.id],
        record_number="RVT 204 7781",  # the (invented) number in the service's own record
    )
    nid = network.id
    maija = Person(
        nid, "Maija", PersonKind.CENTRE, "herself", pronouns="she/her", closeness=Closeness.CLOSE
    )
    paivi = Person(
        nid,
        "Päivi",
        PersonKind.FAMILY,
        "mother",
        other_names=["Mum"],
        large_print=True,
        closeness=Closeness.CLOSE,
    )
    lukasz = Person(
        nid,
        "Łukasz",
        PersonKind.PARTNER,
        "partner",
        other_names=["Luk"],
        language="pl",
        closeness=Closeness.SOMEWHAT,
    )
    zoe = Person(
        nid, "Zoë", PersonKind.FRIEND, "friend from the choir", closeness=Closeness.SOMEWHAT
    )
    oyvind = Person(
        nid,
        "Dr Øyvind Berg",
        PersonKind.PROFESSIONAL,
        "GP",
        receives_summaries=False,
        closeness=Closeness.DISTANT,
    )

    sleep = UncertaintyEntry(
        question="Whether Maija moving back to her mother's flat for a while would help or "
        "make things harder.",
        whose=[maija.id, paivi.id],
    )
    first = Meeting(
        nid,
        datetime(2026, 9, 8, 10, 0),
        duration_minutes=90,
        place=PlaceKind.HOME,
        place_detail="Maija's flat",
        present=[maija.id, paivi.id, lukasz.id],
        absent=[zoe.id],
        facilitators=[tuula.id, sam.id],
        purpose=Purpose(
            text="Maija said she wanted to talk about not sleeping and about "
            "the voices being louder at night. Päivi wanted to know how to help "
            "without taking over."
        ),
        voices=[
            Voice(
                maija.id,
                "I haven't slept properly for two weeks. At night it's like "
                "the radio is on in the next room and I can't turn it off.",
                verbatim=True,
            ),
            Voice(
                paivi.id,
                "She is my daughter and I am frightened. I want her home with "
                "me, but I know she is an adult.",
            ),
            Voice(
                lukasz.id,
                "Łukasz said he has been working nights and feels he was not "
                "there when it started. He wants to be more around.",
            ),
        ],
        reflections=[
            Reflection(
                practitioner_ids=[tuula.id, sam.id],
                text="Tuula wondered aloud whether the nights are when Maija feels most alone. "
                "Sam noticed how much care there is in the room, and how differently "
                "everyone describes the same two weeks.",
                responses=[
                    Response(
                        maija.id,
                        "It felt strange to be talked about, but they got the lonely part right.",
                    ),
                    Response(paivi.id, "I liked hearing that we all care."),
                    Response(lukasz.id, "Said it was a bit like a show, but useful."),
                ],
            )
        ],
        decisions=[
            Decision(
                "Meet again at Maija's flat in three days, same people, and invite Zoë.",
                proposed_by=maija.id,
                stances=[
                    StanceEntry(maija.id, Stance.AGREES),
                    StanceEntry(paivi.id, Stance.AGREES),
                    StanceEntry(lukasz.id, Stance.HAS_CONCERNS, "Might have to work that day."),
                ],
                follow_ups=[
                    FollowUp(
                        maija.id, "Ask Zoë if she would like to come", date(2026, 9, 10), done=True
                    ),
                ],
            )
        ],
        uncertainties=[sleep],
        next_meeting=NextMeeting(
            starts_at=datetime(2026, 9, 11, 10, 0),
            place=PlaceKind.HOME,
            place_detail="Maija's flat",
            invitee_ids=[maija.id, paivi.id, lukasz.id, zoe.id],
        ),
    )
    first = meetings.finalise(first, [tuula.id, sam.id], datetime(2026, 9, 8, 13, 5, tzinfo=UTC))

    second = Meeting(
        nid,
        datetime(2026, 9, 11, 10, 0),
        duration_minutes=75,
        place=PlaceKind.HOME,
        place_detail="Maija's flat",
        present=[maija.id, paivi.id, zoe.id],
        absent=[lukasz.id],
        facilitators=[tuula.id, umit.id],
        purpose=Purpose(
            text="Maija wanted to talk about the medication the GP offered, "
            "and whether she should go back to work."
        ),
        voices=[
            Voice(
                maija.id,
                "Slept a bit better after walking with Zoë in the evenings. "
                "Not sure about tablets; wants to decide herself.",
            ),
            Voice(
                paivi.id,
                "Päivi said she had been reading about sleep and felt calmer "
                "knowing the team would come back.",
            ),
            Voice(
                zoe.id,
                "We sing together on Thursdays. She seemed herself there, just tired.",
                verbatim=True,
            ),
            Voice(
                paivi.id,
                "Päivi spoke about her own mother's illness and asked that "
                "this stays with the team for now.",
                sharing=Sharing.team_only(
                    "Päivi asked that her family history is not written in the shared summary yet."
                ),
            ),
        ],
        reflections=[
            Reflection(
                practitioner_ids=[umit.id, tuula.id],
                text="Ümit shared that for him, walking was the first thing that helped, "
                "long before anything else. Tuula heard that Maija wants to stay the one "
                "who decides.",
                responses=[
                    Response(maija.id, "That was good to hear from someone who has been there.")
                ],
            )
        ],
        decisions=[
            Decision(
                "Maija will take a week to think about the medication before deciding.",
                proposed_by=maija.id,
                stances=[
                    StanceEntry(maija.id, Stance.AGREES),
                    StanceEntry(paivi.id, Stance.HAS_CONCERNS, "I worry a week is long."),
                    StanceEntry(zoe.id, Stance.AGREES),
                ],
                follow_ups=[
                    FollowUp(
                        tuula.id,
                        "Send Maija the leaflet about the tablets in plain language",
                        date(2026, 9, 12),
                    ),
                    FollowUp(maija.id, "Tell the team what she decided", date(2026, 9, 18)),
                ],
            ),
            Decision(
                "The team told the GP that Maija is not sleeping, so the surgery can see "
                "her at short notice.",
                proposed_by=tuula.id,
                where=DecidedWhere.OUTSIDE_MEETING,
                outside_reason="The GP surgery needed to know before the weekend, and "
                "Maija could not be reached that afternoon.",
                told="Maija, by phone the next morning",
            ),
        ],
        uncertainties=[
            UncertaintyEntry(
                uncertainty_id=sleep.uncertainty_id,
                whose=sleep.whose,
                note="Still open: Maija wants to stay in her flat for now.",
            ),
            UncertaintyEntry(
                question="Whether going back to work in October is too soon.", whose=[maija.id]
            ),
        ],
        next_meeting=NextMeeting(
            starts_at=datetime(2026, 9, 18, 14, 0),
            place=PlaceKind.CLINIC,
            place_detail="Riverside team base, room 2",
            invitee_ids=[maija.id, paivi.id, lukasz.id, zoe.id],
        ),
    )
    second = meetings.finalise(
        second, [tuula.id, umit.id], datetime(2026, 9, 11, 12, 40, tzinfo=UTC)
    )
    changed = copy.deepcopy(second)
    changed.decisions[1].told_at = datetime(2026, 9, 12, 9, 30)
    amended = meetings.amend(
        second,
        changed,
        tuula.id,
        "Added the time the GP decision was told to Maija.",
        datetime(2026, 9, 12, 10, 0, tzinfo=UTC),
        finished=True,
    )

    third = Meeting(
        nid,
        datetime(2026, 9, 18, 14, 0),
        duration_minutes=60,
        place=PlaceKind.CLINIC,
        place_detail="Riverside team base, room 2",
        present=[maija.id, paivi.id, lukasz.id, zoe.id],
        facilitators=[tuula.id, sam.id],
        purpose=Purpose(
            text="How the week of thinking went, and whether anything has changed about work."
        ),
        voices=[
            Voice(
                maija.id, "I have decided to try the tablets for a month, my choice.", verbatim=True
            ),
            Voice(lukasz.id, "Changed his shifts to be home in the evenings."),
        ],
        decisions=[
            Decision(
                "Maija will try the tablets for a month and the network will meet again "
                "in two weeks.",
                proposed_by=maija.id,
                stances=[
                    StanceEntry(maija.id, Stance.AGREES),
                    StanceEntry(paivi.id, Stance.AGREES, "Relieved."),
                    StanceEntry(lukasz.id, Stance.AGREES),
                    StanceEntry(zoe.id, Stance.NOT_ASKED),
                ],
            )
        ],
        uncertainties=[
            UncertaintyEntry(
                uncertainty_id=sleep.uncertainty_id,
                whose=sleep.whose,
                status=UncertaintyStatus.LET_GO,
                note="Maija is sleeping better at home; the question no longer "
                "feels live to her or Päivi.",
            ),
            UncertaintyEntry(
                uncertainty_id=amended.uncertainties[1].uncertainty_id,
                whose=[maija.id],
                note="Carried: decide at the next meeting.",
            ),
        ],
        corrections=[
            Correction(
                paivi.id,
                second.id,
                "The summary said I was calmer; I was calmer "
                "about the team, not about the tablets.",
            ),
        ],
    )
    people: list[Record] = [tuula, sam, umit, network, maija, paivi, lukasz, zoe, oyvind]
    return [people, [first], [second], [amended], [third]]


def write_demo(vault: Vault) -> Network:
    """Save the demo network into ``vault``; returns the network."""
    batches = demo_batches()
    for batch in batches:
        vault.save_many(batch)
    network = batches[0][3]
    assert isinstance(network, Network)
    return network
