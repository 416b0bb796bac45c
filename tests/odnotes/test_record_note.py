"""The note for the clinical record: every item in it, team-only marked, plain, short, linear."""

from __future__ import annotations

import copy
import re
import sys
from collections.abc import Callable
from datetime import UTC, date, datetime
from typing import Any

import pytest
from hypothesis import given, settings

from odnotes import meetings
from odnotes.errors import InvalidRecord
from odnotes.i18n import translator
from odnotes.model import (
    Decision,
    FollowUp,
    FollowUpCheck,
    Item,
    Meeting,
    Network,
    Person,
    PersonKind,
    Practitioner,
    Sharing,
    Stance,
    StanceEntry,
    UncertaintyEntry,
    Voice,
    new_id,
)
from odnotes.recordnote import (
    CUT,
    WIDTH,
    RecordNote,
    RecordNoteError,
    meeting_note,
    record_note,
    wrap,
)
from odnotes.summary.names import Names
from odnotes.vault import Vault
from tests.odnotes.strategies import meetings as any_meeting
from tests.odnotes.summary_helpers import HOSTILE, Built, flat, pdf_text

MARK = "Team only, not shared with the network"
HEADINGS = [
    "WHAT THE NETWORK WANTED TO DISCUSS",
    "EACH PERSON'S VIEW",
    "REFLECTIONS AND RESPONSES",
    "SHARED DECISIONS",
    "OPEN UNCERTAINTIES",
    "FOLLOW-UPS",
    "NEXT MEETING",
    "CORRECTIONS TO EARLIER SUMMARIES",
    "SIGNED",
    "AMENDMENTS",
]
SIGNED = datetime(2026, 3, 5, 16, 0, tzinfo=UTC)


def finalised(vault: Vault, built: Built) -> Meeting:
    """The built meeting, signed by both facilitators."""
    meeting = meetings.finalise(built.meeting, built.meeting.facilitators, SIGNED)
    vault.save(meeting)
    return meeting


@pytest.fixture
def built(vault: Vault) -> Built:
    built = Built(vault, hostile=True)
    network = vault.get(Network, built.network.id)
    network.record_number = "RX 2047 781"
    vault.save(network)
    finalised(vault, built)
    return built


def entries(text: str) -> list[str]:
    """The note as entries: a line that starts at the margin and the lines indented under it."""
    found: list[str] = []
    for line in text.splitlines():
        if line.startswith(" ") and found:
            found[-1] += " " + line.strip()
        elif line.strip():
            found.append(line.strip())
    return found


def entry_with(text: str, words: str) -> str:
    """The one entry holding ``words`` (whitespace as wrapped)."""
    matches = [e for e in entries(text) if flat(words) in flat(e)]
    assert len(matches) == 1, (words, matches)
    return matches[0]


def item_words(item: Item) -> str:
    for name in ("text", "question"):
        value = getattr(item, name, "")
        if isinstance(value, str) and value.strip():
            return value
    return ""


# -- every item, team-only ones marked -----------------------------------------------------


def test_every_item_of_the_meeting_is_in_the_note_and_team_only_ones_are_marked(
    vault: Vault, built: Built
) -> None:
    note = record_note(vault, built.meeting.id)
    meeting = note.meeting
    checked = 0
    for item in meeting.items():
        words = item_words(item)
        if not words:
            continue  # the next-meeting plan: checked below
        entry = entry_with(note.text, words)
        if item.sharing.shared:
            assert MARK not in entry, words
        else:
            assert MARK in entry and flat(item.sharing.reason) in flat(entry), words
        checked += 1
    assert checked == len([i for i in meeting.items() if item_words(i)]) > 10
    for decision in meeting.decisions:
        for follow_up in decision.follow_ups:
            line = entry_with(note.text, follow_up.what)
            assert ("(team only)" in line) is (not decision.sharing.shared)
        for stance in decision.stances:
            if stance.words:
                assert flat(stance.words) in flat(note.text)
    for shared in built.shared_texts + built.kept_texts:
        assert flat(shared) in flat(note.text), shared
    for hostile in HOSTILE:  # markup is printed as typed, never interpreted
        assert hostile in flat(note.text)


def test_the_head_of_the_note_says_when_where_who_and_in_what_role(
    vault: Vault, built: Built
) -> None:
    text = record_note(vault, built.meeting.id).text
    head = text.split("\n\n")[0]
    assert head.startswith("NETWORK MEETING (OPEN DIALOGUE)\n")
    assert "Record number: RX 2047 781" in head
    assert "Network: Ğülay" in head
    assert "Date: Thursday 5 March 2026" in head
    assert "Time: 14:30\n" in head  # no duration was written
    assert "Type of contact: Network meeting (Open Dialogue), face to face" in head
    assert "Attended: Łukasz (partner); Päivi (family); Zoë (friend)" in flat(head)
    assert "Invited but absent: Øyvind (other professional)" in head
    assert "Facilitators: Tuula Rantanen (practitioner); Ümit Demir (practitioner)" in flat(head)
    assert "Not shared with the network: 5 items, each marked below" in flat(head)
    signed = entry_with(text, "Tuula Rantanen (practitioner):")
    assert signed.startswith("- Tuula Rantanen (practitioner): Thursday 5 March 2026 at")


def test_every_heading_is_there_even_with_nothing_under_it(vault: Vault, built: Built) -> None:
    text = record_note(vault, built.meeting.id).text
    assert [line for line in text.splitlines() if line in HEADINGS] == HEADINGS
    amendments = text.split("\nAMENDMENTS\n")[1]
    assert amendments == "None recorded.\n"


def test_a_draft_is_refused_and_a_wrong_id_is_clear(vault: Vault) -> None:
    built = Built(vault)
    with pytest.raises(RecordNoteError, match="still a draft"):
        record_note(vault, built.meeting.id)
    with pytest.raises(Exception, match="no meeting with the id"):
        record_note(vault, "00000000-0000-4000-8000-000000000000")


def test_amendments_are_listed_with_who_when_and_why(vault: Vault, built: Built) -> None:
    original = vault.get(Meeting, built.meeting.id)
    changed = copy.deepcopy(original)
    changed.voices[0].text += " And one more thing."
    amended = meetings.amend(
        original, changed, built.tuula.id, "Added what Łukasz said at the door", finished=True
    )
    vault.save(amended)
    text = record_note(vault, built.meeting.id).text
    entry = entry_with(text, "Added what Łukasz said at the door")
    assert entry.startswith("- ") and "Tuula Rantanen" in entry


# -- plain text ---------------------------------------------------------------------------


def _names(meeting: Meeting) -> Names:
    people = [Person(meeting.network_id, f"Member {i}") for i in range(2)]
    return Names(people, [Practitioner("Practitioner One")])


def assert_plain(text: str) -> None:
    assert all(c == "\n" or c.isprintable() for c in text)
    assert "\t" not in text and "\r" not in text
    assert all(len(line) <= WIDTH for line in text.splitlines()), max(text.splitlines(), key=len)


@given(meeting=any_meeting)
@settings(max_examples=60, deadline=None)
def test_the_text_holds_only_printable_characters_and_line_breaks(meeting: Meeting) -> None:
    network = Network("Any network", datetime(2026, 1, 1, 9, 0), record_number="A1\u00a0B2")
    note = meeting_note(meeting, network, [meeting], _names(meeting))
    assert_plain(note.text)
    assert_plain(note.short(500).text)


def test_invisible_and_control_like_characters_never_reach_the_text(
    vault: Vault, built: Built
) -> None:
    original = vault.get(Meeting, built.meeting.id)
    changed = copy.deepcopy(original)
    odd = "tab\there\u00a0nbsp\u200bzero\u2028line\u2029para\u00adsoft\ufeffbom\u202eright"
    changed.voices[0].text = odd + "\r\nwindows line"
    vault.save(meetings.amend(original, changed, built.tuula.id, "Odd characters", finished=True))
    text = record_note(vault, built.meeting.id).text
    assert_plain(text)
    entry = entry_with(text, "tab here")
    assert "tab here nbspzero line para" in entry and "softbomright windows line" in entry


def test_wrapping_keeps_every_word_and_cuts_only_words_longer_than_a_line() -> None:
    words = ["short", "x" * 200, "ä" * 3 + "\u0301" * 2, "end"]
    lines = wrap(" ".join(words), "Label: ", "  ")
    assert all(len(line) <= WIDTH for line in lines)
    assert "".join(line.strip() for line in lines).replace("Label:", "").replace(" ", "") == (
        "".join(words)
    )
    assert all(not line.startswith("  \u0301") for line in lines)


# -- the short form -------------------------------------------------------------------------


def long_meeting(vault: Vault, built: Built, voices: int, words_each: int) -> Meeting:
    """The built meeting amended to hold ``voices`` long voices (and its decisions)."""
    original = vault.get(Meeting, built.meeting.id)
    changed = copy.deepcopy(original)
    changed.voices = [
        Voice(
            built.paivi.id if i % 2 else built.lukasz.id,
            " ".join(f"word{i}x{j}" for j in range(words_each)),
            sharing=Sharing.team_only("asked") if i == 3 else Sharing(),
        )
        for i in range(voices)
    ]
    amended = meetings.amend(original, changed, built.tuula.id, "Longer voices", finished=True)
    vault.save(amended)
    return amended


def test_the_short_form_keeps_every_heading_and_decision_and_says_what_it_shortened(
    vault: Vault, built: Built
) -> None:
    long_meeting(vault, built, voices=12, words_each=120)
    note = record_note(vault, built.meeting.id)
    assert len(note.text) > 9_000
    short = note.short(6_000)
    assert short.fits and len(short.text) <= 6_000
    assert [line for line in short.text.splitlines() if line in HEADINGS] == HEADINGS
    for decision in note.meeting.decisions:
        assert flat(decision.text) in flat(short.text)
        for stance in decision.stances:
            assert flat(stance.words) in flat(short.text)
        if decision.outside_reason:
            assert flat(decision.outside_reason) in flat(short.text)
        for follow_up in decision.follow_ups:
            assert flat(follow_up.what) in flat(short.text)
    head = flat(short.text.split("\nWHAT THE NETWORK")[0])
    assert "Short form, to fit 6,000 characters: the views of Łukasz and Päivi" in head
    assert f"each ending in {CUT.strip()}" in head
    body = short.text.split("\nWHAT THE NETWORK")[1]
    assert body.count(CUT) == len(short.shortened) >= 12
    views = entries(short.text.split("EACH PERSON'S VIEW")[1].split("REFLECTIONS")[0])
    assert all(v.split(MARK)[0].strip().endswith(CUT.strip()) for v in views)
    assert MARK in flat(short.text)  # the team-only mark is never cut
    assert short.text.index("word0x0") < short.text.index("word11x0")  # in order, each begun


def test_a_note_within_the_limit_is_not_shortened(vault: Vault, built: Built) -> None:
    note = record_note(vault, built.meeting.id)
    short = note.short(len(note.text) + 10)
    assert short.shortened == () and short.text == note.text


def test_when_even_the_short_form_is_too_long_it_says_so(vault: Vault, built: Built) -> None:
    long_meeting(vault, built, voices=12, words_each=120)
    short = record_note(vault, built.meeting.id).short(1_000)
    assert not short.fits
    assert [line for line in short.text.splitlines() if line in HEADINGS] == HEADINGS


# -- the PDF ------------------------------------------------------------------------------


def test_the_pdf_has_the_same_content_team_only_marked(vault: Vault, built: Built) -> None:
    note = record_note(vault, built.meeting.id)
    text = pdf_text(note.pdf())
    assert "Network meeting (Open Dialogue)" in text
    assert "Record number RX 2047 781" in text  # in the header of every page
    assert text.count(MARK) == len(note.meeting.team_only_items())
    for words in built.shared_texts + built.kept_texts:
        assert flat(words) in text, words


# -- linear in time -------------------------------------------------------------------------


def work(call: Callable[[], Any]) -> int:
    """How many Python and C function calls ``call`` makes: a count of work, not a timing."""
    count = 0

    def profile(_frame: Any, event: str, _arg: Any) -> None:
        nonlocal count
        if event in ("call", "c_call"):
            count += 1

    sys.setprofile(profile)
    try:
        call()
    finally:
        sys.setprofile(None)
    return count


def scaled(built: Built, n: int) -> Meeting:
    """The built meeting with ``n`` times its voices and decisions."""
    meeting = copy.deepcopy(built.meeting)
    meeting.voices = [
        Voice(v.person_id, f"{v.text} " * 20, sharing=v.sharing)
        for _ in range(n)
        for v in built.meeting.voices
    ]
    meeting.decisions = [
        Decision(
            f"{d.text} ({i})",
            stances=[StanceEntry(built.paivi.id, Stance.AGREES, "yes " * 30)],
            sharing=d.sharing,
        )
        for i in range(n)
        for d in built.meeting.decisions
    ]
    return meeting


def test_a_long_meetings_note_is_linear_in_its_length(vault: Vault, built: Built) -> None:
    names = Names(vault.all(Person), vault.all(Practitioner))
    network = vault.get(Network, built.network.id)

    def note_of(n: int) -> Callable[[], Any]:
        meeting = scaled(built, n)

        def make() -> tuple[RecordNote, str]:
            note = meeting_note(meeting, network, [meeting], names)
            return note, note.short(2_000).text + note.text

        return make

    small, double, quadruple = (work(note_of(n)) for n in (25, 50, 100))
    assert double / small < 2.2 and quadruple / double < 2.2, (small, double, quadruple)


def test_a_one_megabyte_voice_is_wrapped_in_linear_work() -> None:
    def wrapped(size: int) -> Callable[[], Any]:
        text = ("wörd " * (size // 5)) + "x" * size  # words, and one word longer than any line
        return lambda: wrap(text, "Maija: ", "  ")

    small, large = work(wrapped(250_000)), work(wrapped(1_000_000))
    assert large / small < 4.4, (small, large)


# -- the record number ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("number", "problem"),
    [("x" * 41, "longer than 40"), ("RX\n204", "one line"), ("RX\t204", "one line")],
)
def test_a_record_number_that_cannot_be_one_is_refused(number: str, problem: str) -> None:
    with pytest.raises(InvalidRecord, match=problem) as raised:
        Network("Any", datetime(2026, 1, 1), record_number=number)
    assert raised.value.field == "record_number"


def test_the_family_summary_never_prints_the_record_number(vault: Vault, built: Built) -> None:
    from odnotes.summary import meeting_summary

    summary = meeting_summary(vault, built.meeting.id)
    assert "2047" not in re.sub(r"\s", "", pdf_text(summary.pdf()))
    assert all("2047" not in text for text in summary.document.texts())


def test_people_without_a_relationship_are_given_their_kind(vault: Vault, built: Built) -> None:
    person = Person(built.network.id, "Ada", PersonKind.PEER_WORKER)
    meeting = copy.deepcopy(built.meeting)
    meeting.present = [person.id]
    names = Names([person], [])
    note = meeting_note(meeting, built.network, [meeting], names)
    assert "Attended: Ada (peer worker)" in note.text


def test_earlier_follow_ups_checked_at_the_meeting_are_written_under_their_own_heading(
    vault: Vault, built: Built
) -> None:
    earlier = copy.deepcopy(built.previous)
    done_one = FollowUp(built.zoe.id, "Ask about the choir times", due=date(2026, 3, 4))
    open_one = FollowUp(built.paivi.id, "Phone the housing office")
    earlier.decisions = [Decision("Find out about the choir", follow_ups=[done_one, open_one])]
    meeting = copy.deepcopy(vault.get(Meeting, built.meeting.id))
    meeting.follow_up_checks = [
        FollowUpCheck(done_one.id),
        FollowUpCheck(open_one.id, done=False),
        FollowUpCheck(new_id()),
    ]
    names = Names(vault.all(Person), vault.all(Practitioner))
    text = meeting_note(meeting, built.network, [earlier, meeting], names).text
    section = text.split("\nFOLLOW-UPS\n")[1].split("\nNEXT MEETING\n")[0]
    assert "From earlier meetings" in section
    assert flat(
        "- Zoë: Ask about the choir times (from the meeting of 2 March 2026): done, as "
        "checked at this meeting"
    ) in flat(section)
    assert "Phone the housing office (from the meeting of 2 March 2026): not done yet" in flat(
        section
    )
    assert "A follow-up no longer in the record: done" in flat(section)


def test_a_question_reworded_at_a_later_meeting_is_noted_as_it_was_asked_then(
    vault: Vault, built: Built
) -> None:
    meeting = vault.get(Meeting, built.meeting.id)
    asked = meeting.uncertainties[0]
    later = Meeting(
        meeting.network_id,
        datetime(2026, 3, 12, 10, 0),
        uncertainties=[
            UncertaintyEntry(uncertainty_id=asked.uncertainty_id, question="Reworded later")
        ],
    )
    names = Names(vault.all(Person), vault.all(Practitioner))
    text = meeting_note(meeting, built.network, [built.previous, meeting, later], names).text
    assert flat(asked.question) in flat(text) and "Reworded later" not in text


def test_the_note_is_written_in_the_language_asked_for_and_what_people_said_is_not(
    vault: Vault, built: Built
) -> None:
    note = record_note(vault, built.meeting.id, translator("fi"))
    text = note.text
    assert text.startswith("VERKOSTOTAPAAMINEN (AVOIN DIALOGI)\nAsiakasnumero: RX 2047 781\n")
    assert "Päivämäärä: torstai 5. maaliskuuta 2026" in text and "Kellonaika: 14.30" in text
    assert "\nMISTÄ VERKOSTO HALUSI PUHUA\n" in text and "\nYHTEISET PÄÄTÖKSET\n" in text
    assert "Vain työryhmälle, ei jaettu verkostolle. Syy:" in text
    assert "Tuula Rantanen (työntekijä)" in flat(text)
    for words in built.shared_texts + built.kept_texts:
        assert flat(words) in flat(text), words  # never translated
    assert "Sivu 1/" in pdf_text(note.pdf())  # the PDF's page furniture too
    short = note.short(len(text) - 200)
    assert "Lyhyt muoto, enintään" in short.text
