"""The safety number two colleagues read to each other before they pair.

Like Signal's safety numbers: each card gives 30 digits from 5,200 rounds of
SHA-512 over its public keys and practitioner id (so finding another key with
the same digits costs about 2^100 tries, each slowed by the rounds); the two
halves are put in ascending order, so both laptops show the very same 60
digits, as 12 groups of 5, whichever card is "yours". Pairing is only as good
as this comparison: read it aloud in person or on a call you trust.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass

from odnotes.exchange.card import PractitionerCard
from odnotes.exchange.errors import InvalidCard

VERSION = b"\x00\x01"
ROUNDS = 5200
GROUPS_PER_CARD = 6


@dataclass(frozen=True)
class SafetyNumber:
    """Twelve groups of five digits, the same on both laptops."""

    groups: tuple[str, ...]

    def __str__(self) -> str:
        return " ".join(self.groups)

    def lines(self, per_line: int = 4) -> list[str]:
        """The groups in rows (three rows of four read most easily aloud)."""
        rows = range(0, len(self.groups), per_line)
        return [" ".join(self.groups[i : i + per_line]) for i in rows]


def card_digits(card: PractitionerCard) -> str:
    """One card's 30 digits."""
    key = card.signing_key + card.age_recipient.encode("ascii")
    value = hashlib.sha512(VERSION + key + card.practitioner_id.encode("ascii")).digest()
    for _ in range(ROUNDS):
        value = hashlib.sha512(value + key).digest()
    chunks = (value[i : i + 5] for i in range(0, 5 * GROUPS_PER_CARD, 5))
    return "".join(f"{int.from_bytes(chunk, 'big') % 100_000:05d}" for chunk in chunks)


def safety_number(mine: PractitionerCard, theirs: PractitionerCard) -> SafetyNumber:
    """The number both colleagues compare; the order of the two cards does not matter."""
    if mine.card_id == theirs.card_id:
        raise InvalidCard(
            "This is your own practitioner card; import the card your colleague exported."
        )
    halves = sorted((card_digits(mine), card_digits(theirs)))
    digits = "".join(halves)
    return SafetyNumber(tuple(digits[i : i + 5] for i in range(0, len(digits), 5)))
