"""Hypothesis strategies for every record kind (fictional, any Unicode a person could type)."""

from __future__ import annotations

from datetime import UTC, date, datetime

from hypothesis import strategies as st

from odnotes.model import (
    Amendment,
    Closeness,
    Correction,
    DecidedWhere,
    Decision,
    FollowUp,
    Meeting,
    Network,
    NetworkStatus,
    NextMeeting,
    Person,
    PersonKind,
    PlaceKind,
    Practitioner,
    PractitionerRole,
    Purpose,
    Reflection,
    Response,
    Sharing,
    Signature,
    Stance,
    StanceEntry,
    UncertaintyEntry,
    UncertaintyStatus,
    Voice,
)

ids = st.uuids().map(str)
text = st.text(
    alphabet=st.characters(
        blacklist_categories=("Cs",),
        blacklist_characters="".join(map(chr, [*range(0, 9), 11, 12, *range(14, 32), 127])),
    ),
    max_size=40,
)
words = text.filter(lambda s: bool(s.strip()))
naive = st.datetimes(min_value=datetime(1990, 1, 1), max_value=datetime(2100, 1, 1)).map(
    lambda d: d.replace(microsecond=0)
)
aware = naive.map(lambda d: d.replace(tzinfo=UTC))
dates = st.dates(min_value=date(1990, 1, 1), max_value=date(2100, 1, 1))
sharing = st.one_of(st.just(Sharing()), words.map(Sharing.team_only))


def item(cls: type, **fields: st.SearchStrategy) -> st.SearchStrategy:
    """An item strategy with an id and a sharing choice."""
    return st.builds(cls, id=ids, sharing=sharing, **fields)


practitioners = st.builds(
    Practitioner,
    name=words,
    role=st.sampled_from(PractitionerRole),
    other_names=st.lists(words, max_size=2),
    id=ids,
)
networks = st.builds(
    Network,
    name=words,
    first_contact=naive,
    status=st.sampled_from(NetworkStatus),
    practitioner_ids=st.lists(ids, max_size=3, unique=True),
    id=ids,
)
people = st.builds(
    Person,
    network_id=ids,
    name=words,
    kind=st.sampled_from(PersonKind),
    relationship=text,
    other_names=st.lists(words, max_size=3),
    receives_summaries=st.booleans(),
    large_print=st.booleans(),
    language=text,
    pronouns=text,
    closeness=st.sampled_from(Closeness),
    id=ids,
)
follow_ups = st.builds(
    FollowUp, who_id=ids, what=words, due=st.none() | dates, done=st.booleans(), id=ids
)


@st.composite
def decisions(draw: st.DrawFn) -> Decision:
    """A decision, sometimes taken outside the meeting (then with a reason)."""
    where = draw(st.sampled_from(DecidedWhere))
    stance_people = draw(st.lists(ids, max_size=4, unique=True))
    return Decision(
        id=draw(ids),
        sharing=draw(sharing),
        text=draw(words),
        proposed_by=draw(st.none() | ids),
        stances=[
            StanceEntry(pid, draw(st.sampled_from(Stance)), draw(text)) for pid in stance_people
        ],
        where=where,
        outside_reason=draw(words) if where is DecidedWhere.OUTSIDE_MEETING else draw(text),
        told=draw(text),
        told_at=draw(st.none() | naive),
        follow_ups=draw(st.lists(follow_ups, max_size=2)),
    )


@st.composite
def meetings(draw: st.DrawFn) -> Meeting:
    """A meeting with every kind of item; sometimes finalised and amended."""
    present = draw(st.lists(ids, max_size=4, unique=True))
    absent = [p for p in draw(st.lists(ids, max_size=2, unique=True)) if p not in present]
    signatures = draw(st.lists(st.builds(Signature, ids, aware), max_size=2))
    amendments = (
        draw(st.lists(st.builds(Amendment, ids, aware, words), max_size=2)) if signatures else []
    )
    return Meeting(
        network_id=draw(ids),
        starts_at=draw(naive),
        duration_minutes=draw(st.none() | st.integers(1, 24 * 60)),
        place=draw(st.sampled_from(PlaceKind)),
        place_detail=draw(text),
        present=present,
        absent=absent,
        facilitators=draw(st.lists(ids, max_size=3, unique=True)),
        purpose=draw(item(Purpose, text=text)),
        voices=draw(
            st.lists(item(Voice, person_id=ids, text=text, verbatim=st.booleans()), max_size=4)
        ),
        reflections=draw(
            st.lists(
                item(
                    Reflection,
                    practitioner_ids=st.lists(ids, max_size=2, unique=True),
                    text=text,
                    responses=st.lists(item(Response, person_id=ids, text=text), max_size=3),
                ),
                max_size=2,
            )
        ),
        decisions=draw(st.lists(decisions(), max_size=2)),
        uncertainties=draw(
            st.lists(
                item(
                    UncertaintyEntry,
                    uncertainty_id=ids,
                    question=text,
                    whose=st.lists(ids, max_size=2, unique=True),
                    status=st.sampled_from(UncertaintyStatus),
                    note=text,
                ),
                max_size=3,
                unique_by=lambda u: u.uncertainty_id,
            )
        ),
        next_meeting=draw(
            st.none()
            | item(
                NextMeeting,
                starts_at=st.none() | naive,
                place=st.sampled_from(PlaceKind),
                place_detail=text,
                invitee_ids=st.lists(ids, max_size=3, unique=True),
                note=text,
            )
        ),
        corrections=draw(
            st.lists(item(Correction, person_id=ids, about_meeting_id=ids, text=words), max_size=2)
        ),
        signatures=signatures,
        amendments=amendments,
        id=draw(ids),
    )


records = st.one_of(practitioners, networks, people, meetings())
