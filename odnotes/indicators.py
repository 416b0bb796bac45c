"""Continuity at a glance, derived from the recorded meetings (nothing kept by hand).

Per network: how soon the first meeting came after first contact (the first
principle asks for 24 hours), how many meetings each practitioner attended
(psychological continuity), who of the network came how often, open
uncertainties and how long they have been open, overdue follow-ups. Across
the vault: drafts, quiet networks, follow-ups due this week. And how often
each key element of dialogic practice was present, per network and overall.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, timedelta

from odnotes.continuity import follow_ups as all_follow_ups
from odnotes.continuity import in_order, overdue, uncertainty_threads
from odnotes.i18n import ENGLISH, Translator
from odnotes.model import (
    Decision,
    FollowUp,
    KeyElement,
    Meeting,
    Network,
    NetworkStatus,
    PracticeRating,
    PracticeReflection,
)
from odnotes.retention import due_for_deletion
from odnotes.vault import Vault

FIRST_MEETING_TARGET = timedelta(hours=24)


@dataclass(frozen=True)
class OpenUncertainty:
    """An uncertainty still open, with the meeting it was raised in and days open."""

    uncertainty_id: str
    question: str
    whose: list[str]
    raised_in: Meeting
    days_open: int


@dataclass
class NetworkIndicators:
    """The continuity of one network's care, as of ``today``."""

    network: Network
    today: date
    meetings: list[Meeting]
    first_meeting_after: timedelta | None
    practitioner_meetings: dict[str, int]
    member_meetings: dict[str, int]
    open_uncertainties: list[OpenUncertainty]
    overdue_follow_ups: list[tuple[Meeting, Decision, FollowUp]]

    @property
    def within_24_hours(self) -> bool | None:
        """Whether the first meeting came within 24 hours of first contact (None: no meeting)."""
        if self.first_meeting_after is None:
            return None
        return self.first_meeting_after <= FIRST_MEETING_TARGET

    @property
    def last_meeting(self) -> Meeting | None:
        """The latest meeting held."""
        return self.meetings[-1] if self.meetings else None


def describe_wait(after: timedelta | None, tr: Translator = ENGLISH) -> str:
    """``18 hours (within 24 hours)`` or ``3 days 2 hours``, in ``tr``'s words."""
    if after is None:
        return tr.gettext("no meeting yet")
    hours = int(after.total_seconds() // 3600)
    if hours < 48:
        text = _hours(hours, tr)
    else:
        days, rest = divmod(hours, 24)
        text = tr.ngettext("%(n)s day", "%(n)s days", days) % {"n": tr.number(days)}
        if rest:
            text = tr.pgettext(
                "a wait of days and hours: '3 days 2 hours'", "%(days)s %(hours)s"
            ) % {
                "days": text,
                "hours": _hours(rest, tr),
            }
    if after <= FIRST_MEETING_TARGET:
        return tr.gettext("%(wait)s (within 24 hours)") % {"wait": text}
    return text


def _hours(n: int, tr: Translator) -> str:
    return tr.ngettext("%(n)s hour", "%(n)s hours", n) % {"n": tr.number(n)}


def network_indicators(
    network: Network, meetings: Iterable[Meeting], today: date
) -> NetworkIndicators:
    """The indicators for ``network`` from its meetings; meetings after ``today`` are planned."""
    held = [m for m in in_order(meetings) if m.starts_at.date() <= today]
    first_after = held[0].starts_at - network.first_contact if held else None
    practitioners: Counter[str] = Counter(pid for m in held for pid in m.facilitators)
    members: Counter[str] = Counter(pid for m in held for pid in m.present)
    opened = []
    for thread in uncertainty_threads(held):
        if thread.is_open and thread.raised_in is not None:
            since = thread.raised_in.starts_at.date()
            opened.append(
                OpenUncertainty(
                    thread.uncertainty_id,
                    thread.question,
                    list(thread.whose),
                    thread.raised_in,
                    (today - since).days,
                )
            )
    return NetworkIndicators(
        network=network,
        today=today,
        meetings=held,
        first_meeting_after=first_after,
        practitioner_meetings=dict(practitioners),
        member_meetings=dict(members),
        open_uncertainties=opened,
        overdue_follow_ups=overdue(held, today),
    )


def indicators_for(vault: Vault, network_id: str, today: date | None = None) -> NetworkIndicators:
    """:func:`network_indicators` read from the vault."""
    network = vault.get(Network, network_id)
    return network_indicators(
        network, vault.all(Meeting, network_id=network_id), today or date.today()
    )


@dataclass
class ElementTally:
    """How often one key element was rated each way."""

    element: KeyElement
    counts: Counter[PracticeRating] = field(default_factory=Counter)

    def count(self, rating: PracticeRating) -> int:
        """Reflections that gave ``rating``."""
        return self.counts[rating]

    @property
    def rated(self) -> int:
        """Reflections that rated it as applicable (fully, partly or not at all)."""
        return sum(n for r, n in self.counts.items() if r is not PracticeRating.NOT_APPLICABLE)

    @property
    def present(self) -> int:
        """Reflections where it was partly or fully present."""
        return sum(n for r, n in self.counts.items() if r.present)


def element_presence(reflections: Iterable[PracticeReflection]) -> list[ElementTally]:
    """For each of the twelve elements, in order, how it was rated across ``reflections``."""
    tallies = {element: ElementTally(element) for element in KeyElement}
    for reflection in reflections:
        for entry in reflection.ratings:
            if entry.rating is not None:
                tallies[entry.element].counts[entry.rating] += 1
    return list(tallies.values())


def element_timeline(
    reflections: Iterable[PracticeReflection], meetings: Iterable[Meeting]
) -> list[tuple[Meeting, PracticeReflection]]:
    """Reflections in the order of their meetings (element presence over time)."""
    by_meeting = {r.meeting_id: r for r in reflections}
    return [(m, by_meeting[m.id]) for m in in_order(meetings) if m.id in by_meeting]


@dataclass
class VaultOverview:
    """What needs attention across every network."""

    today: date
    weeks: int
    drafts: list[tuple[Network, Meeting]]
    quiet_networks: list[tuple[Network, Meeting | None]]
    due_this_week: list[tuple[Network, Meeting, Decision, FollowUp]]
    elements: list[ElementTally]
    keeping_ended: list[Network] = field(default_factory=list)


def week_of(today: date) -> tuple[date, date]:
    """Monday and Sunday of the week containing ``today``."""
    monday = today - timedelta(days=today.weekday())
    return monday, monday + timedelta(days=6)


def vault_overview(vault: Vault, today: date | None = None, weeks: int = 4) -> VaultOverview:
    """Drafts, active networks with no meeting in ``weeks`` weeks, follow-ups due this week,
    and networks whose keep-until date has come."""
    if weeks < 1:
        raise ValueError("weeks must be at least 1")
    today = today or date.today()
    networks = sorted(vault.all(Network), key=lambda n: (n.name.casefold(), n.id))
    monday, sunday = week_of(today)
    cutoff = today - timedelta(weeks=weeks)
    drafts, quiet, due = [], [], []
    for network in networks:
        meetings = in_order(vault.all(Meeting, network_id=network.id))
        drafts += [(network, m) for m in meetings if not m.is_final]
        held = [m for m in meetings if m.starts_at.date() <= today]
        last = held[-1] if held else None
        if network.status is NetworkStatus.ACTIVE and (
            last is None or last.starts_at.date() < cutoff
        ):
            quiet.append((network, last))
        due += [
            (network, m, d, f)
            for m, d, f in all_follow_ups(meetings)
            if not f.done and f.due is not None and monday <= f.due <= sunday
        ]
    due.sort(key=lambda t: t[3].due or date.max)
    return VaultOverview(
        today,
        weeks,
        drafts,
        quiet,
        due,
        element_presence(vault.all(PracticeReflection)),
        due_for_deletion(vault, today),
    )
