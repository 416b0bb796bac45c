"""Refusal reasons and the sync summary go through the catalog (issue: English literals).

Every refusal a sync reports, from the exchange core or the receiving side,
is marked for translation with its placeholders; a stand-in translator that
marks what it translates shows that nothing English is left outside it but
file names, numbers and field paths.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest

from odnotes import sharing
from odnotes.errors import InvalidRecord
from odnotes.exchange import FileName, Refusal, RefusedFile
from odnotes.exchange.payload import damaged
from odnotes.sharing import Refused, SyncReport
from odnotes.sharing.receiving import _not_taken
from tests.odnotes.sharing.desks import Desk, desk, network_of, team
from tests.odnotes.sharing.words import marking


@pytest.fixture
def pair(tmp_path: Path) -> Iterator[list[Desk]]:
    found = team(tmp_path, 2)
    yield found
    for d in found:
        d.vault.close()


def _outside_marks(text: str) -> str:
    """What is left once every marked (translated) part, innermost first, is taken out."""
    while (shorter := re.sub(r"«[^«»]*»", "", text)) != text:
        text = shorter
    return text


def _to(sender: Desk, recipient: Desk) -> Path:
    card = recipient.card.card_id[:16]
    return next(
        p for p in sender.folder.iterdir() if (n := FileName.parse(p.name)) and n.recipient == card
    )


def test_every_refusal_of_a_sync_is_in_the_readers_words(pair: list[Desk], tmp_path: Path) -> None:
    anna, ben = pair
    network_of(anna, [ben])
    anna.sync()
    good = _to(anna, ben)
    blob = good.read_bytes()
    good.unlink()
    sender, recipient = anna.card.card_id[:16], ben.card.card_id[:16]
    stray = f"odx-{sender}-{recipient}-{1:016d}-{'0' * 32}.odx"
    (ben.folder / stray).write_bytes(b"not an exchange file at all")
    forged = bytearray(blob)
    forged[-1] ^= 1
    (ben.folder / f"odx-{sender}-{recipient}-{2:016d}-{'1' * 32}.odx").write_bytes(bytes(forged))
    (ben.folder / f"odx-{sender}-{recipient}-{3:016d}-{'2' * 32}.odx").write_bytes(blob[:40])
    (tmp_path / "dana").mkdir()
    dana = desk(tmp_path / "dana", 0, ben.folder, ids=["dddddddd-dddd-4ddd-8ddd-dddddddddddd"])
    sharing.pair(dana.vault, dana.practitioner_id, ben.card)
    network_of(dana, [ben])
    dana.sync()
    dana.vault.close()
    report = ben.sync()
    codes = {r.code for r in report.refused}
    assert codes == {"not_exchange", "forged", "truncated", "unpaired_sender"}
    tr = marking()
    for refused in report.refused:
        words = refused.reason_in(tr)
        assert words.startswith("«") and _outside_marks(words) == "", words
        assert words == f"«{refused.reason}»"  # the English, whole, is the catalog's key
    summary = report.summary(tr)
    for refused in report.refused:
        summary = summary.replace(refused.name, "")
    assert set(_outside_marks(summary)) <= set(" ,:.;"), summary


def test_a_damaged_file_says_why_in_the_readers_words_too() -> None:
    tr = marking()
    with pytest.raises(RefusedFile) as caught:
        damaged(_words_of_damage()[0])
    refused = Refused.of("odx-file.odx", caught.value)
    assert refused.code == "damaged"
    assert refused.reason_in(tr) == (
        "«This exchange file is damaged («its content could not be decrypted»); nothing was "
        "taken from it. Ask your colleague to sync again.»"
    )
    with pytest.raises(RefusedFile) as caught:
        damaged("revisions[3].data.voices[0].text: must be text")  # a field path: as it is
    words = caught.value.message_in(tr)
    assert "(revisions[3].data.voices[0].text: must be text)" in words
    assert words.startswith("«This exchange file is damaged (")


def _words_of_damage() -> list[str]:
    from odnotes.errors import Words
    from odnotes.i18n import N_

    return [Words(N_("its content could not be decrypted"))]


def test_a_record_the_vault_refuses_is_reported_in_the_readers_words() -> None:
    refusal = _not_taken(InvalidRecord("voices[0].text", "must be text"))
    assert refusal.reason is Refusal.DAMAGED
    refused = Refused.of("odx-file.odx", refusal)
    assert refused.reason == (
        "This exchange file could not be taken in (voices[0].text: must be text); nothing was "
        "taken from it."
    )
    assert refused.reason_in(marking()) == (
        "«This exchange file could not be taken in (voices[0].text: must be text); nothing was "
        "taken from it.»"
    )


def test_the_summary_counts_in_the_readers_words() -> None:
    report = SyncReport(
        sent=1,
        received=3,
        refused=(Refused("odx-a.odx", "Why.", "forged"),),
        conflicts=("c1", "c2"),
    )
    assert report.summary() == (
        "Sent 1 file, received 3 changes; 1 file refused: odx-a.odx: Why. "
        "2 records with changes that differ between laptops, waiting for someone to choose."
    )
    assert report.summary(marking()) == (
        "«Sent #1 file», «received #3 changes»; «#1 file refused: odx-a.odx: «Why.»» "
        "«#2 records with changes that differ between laptops, waiting for someone to choose.»"
    )
    assert SyncReport(sent=2).summary() == "Sent 2 files, received 0 changes."
