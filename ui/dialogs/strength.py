"""A rough, honest passphrase strength estimate for the create-vault dialog.

It counts the character classes and length, and penalises repetition and
very common choices. It advises; the core only enforces the 8-character minimum.
"""

from __future__ import annotations

import math
import string
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication

_COMMON = {
    "password", "passphrase", "qwerty", "letmein", "welcome", "iloveyou", "admin",
    "monkey", "dragon", "sunshine", "football", "12345678", "123456789", "abc123",
}  # fmt: skip


@dataclass(frozen=True)
class Strength:
    """A score from 0 to 4 with plain words."""

    score: int
    label: str
    advice: str


def estimate(passphrase: str) -> Strength:
    """How hard ``passphrase`` would be to guess, in words a clinician can act on."""
    if len(passphrase) < 8:
        return Strength(
            0,
            QCoreApplication.translate("ui.dialogs.strength", "Too short"),
            QCoreApplication.translate(
                "ui.dialogs.strength", "Use at least 8 characters; four or five words is better."
            ),
        )
    lowered = passphrase.lower()
    if any(word in lowered for word in _COMMON) and len(passphrase) < 16:
        return Strength(
            1,
            QCoreApplication.translate("ui.dialogs.strength", "Weak"),
            QCoreApplication.translate(
                "ui.dialogs.strength", "This contains a very common password. Choose other words."
            ),
        )
    pool = 0
    for chars, size in (
        (string.ascii_lowercase, 26),
        (string.ascii_uppercase, 26),
        (string.digits, 10),
        (string.punctuation + " ", 33),
    ):
        if any(c in chars for c in passphrase):
            pool += size
    if any(ord(c) > 127 for c in passphrase):
        pool += 60
    distinct = len(set(passphrase))
    effective = min(len(passphrase), distinct * 2)
    bits = effective * math.log2(max(pool, 2))
    if bits < 45:
        return Strength(
            1,
            QCoreApplication.translate("ui.dialogs.strength", "Weak"),
            QCoreApplication.translate("ui.dialogs.strength", "Add more words or characters."),
        )
    if bits < 65:
        return Strength(
            2,
            QCoreApplication.translate("ui.dialogs.strength", "Fair"),
            QCoreApplication.translate(
                "ui.dialogs.strength", "Adding another word would make it much stronger."
            ),
        )
    if bits < 90:
        return Strength(
            3,
            QCoreApplication.translate("ui.dialogs.strength", "Good"),
            QCoreApplication.translate(
                "ui.dialogs.strength", "A good passphrase. Keep it somewhere only you can reach."
            ),
        )
    return Strength(
        4,
        QCoreApplication.translate("ui.dialogs.strength", "Strong"),
        QCoreApplication.translate("ui.dialogs.strength", "A strong passphrase."),
    )
