"""Any script a network speaks, and very long notes, round-trip exactly."""

from __future__ import annotations

from datetime import datetime

import pytest

from odnotes.crypto import TEST_POLICY
from odnotes.model import Meeting, Network, Purpose, Voice, new_id
from odnotes.vault import Vault, open_unlocked
from tests.conftest import PASSPHRASE

SAMPLES = {
    "finnish": "Päivi sanoi: ”En ole nukkunut kahteen viikkoon.” Äiti, isä, öisin.",
    "polish": "Łukasz: „Źle śpię, żona się martwi”. Gęś, źdźbło, żółć.",
    "japanese": "眠れない夜が続いています。家族と話したい。",
    "arabic_rtl": "قالت الأم: أنا قلقة جداً",
    "hebrew_rtl_mixed": "היא אמרה: I want to go home ‏(בבית)",
    "emoji": "👩‍👧 🏳️‍🌈 ❤️‍🩹 🇫🇮 🧑🏽‍⚕️",
    "combining": "Zoe\u0308 and Zoë are different bytes",
    "turkish": "Ümit, Ğ, ı, İstanbul",
}


@pytest.mark.parametrize("text", SAMPLES.values(), ids=SAMPLES.keys())
def test_unicode_round_trips_exactly(vault: Vault, text: str) -> None:
    meeting = Meeting(new_id(), datetime(2026, 1, 1, 9, 0), purpose=Purpose(text=text))
    vault.save(meeting)
    path = vault.path
    vault.close()
    with open_unlocked(path, PASSPHRASE, policy=TEST_POLICY) as reopened:
        assert reopened.get(Meeting, meeting.id).purpose.text == text


def test_a_one_megabyte_note_round_trips(vault: Vault) -> None:
    network = Network("Long notes", datetime(2026, 1, 1))
    text = ("Kaikki sanat ovat tärkeitä. " * 40_000)[:1_000_000]
    meeting = Meeting(network.id, datetime(2026, 1, 2), voices=[Voice(new_id(), text)])
    vault.save_many([network, meeting])
    path = vault.path
    vault.close()
    with open_unlocked(path, PASSPHRASE, policy=TEST_POLICY) as reopened:
        assert reopened.get(Meeting, meeting.id).voices[0].text == text
        assert reopened.verify().ok
