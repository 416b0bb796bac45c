"""The network summary: decisions and how each uncertainty was resolved or let go."""

from __future__ import annotations

from datetime import datetime

from odnotes.model import (
    Meeting,
    Network,
    Sharing,
    UncertaintyEntry,
    UncertaintyStatus,
)
from odnotes.summary import SummaryOptions, network_summary
from odnotes.vault import Vault
from tests.odnotes.summary_helpers import Built, pdf_text


def test_demo_network_summary(demo_vault: tuple[Vault, Network]) -> None:
    vault, network = demo_vault
    text = pdf_text(network_summary(vault, network.id).pdf())
    for heading in [
        "Looking back together",
        "Our meetings",
        "What we decided",
        "What we were unsure about, and what happened",
        "Who still has something to do",
        "Corrections people made",
    ]:
        assert heading in text
    assert "Maija will take a week to think about the medication" in text
    assert "Decided outside the meeting" in text
    assert "Päivi spoke about her own mother's illness" not in text
    assert "The team kept one thing out of this summary" in text
    assert "Maija · our meetings, 8 September 2026 to 18 September 2026" in text


def test_each_uncertainty_shows_its_resolution(vault: Vault) -> None:
    built = Built(vault)
    nid = built.network.id
    first = vault.get(Meeting, built.meeting.id)
    raised = [e for e in first.uncertainties if e.sharing.shared][0]
    second_q = UncertaintyEntry(question="Whether the choir helps", whose=[built.zoe.id])
    third_q = UncertaintyEntry(question="Whether to tell the landlord")
    later = Meeting(
        nid,
        datetime(2026, 3, 12, 10, 0),
        uncertainties=[
            UncertaintyEntry(
                uncertainty_id=raised.uncertainty_id,
                status=UncertaintyStatus.RESOLVED,
                note="Resolved by talking it through with Päivi.",
            ),
            second_q,
            third_q,
        ],
    )
    last = Meeting(
        nid,
        datetime(2026, 3, 19, 10, 0),
        uncertainties=[
            UncertaintyEntry(
                uncertainty_id=second_q.uncertainty_id,
                status=UncertaintyStatus.LET_GO,
                note="Let go: Zoë said it no longer matters.",
            ),
            UncertaintyEntry(uncertainty_id=third_q.uncertainty_id, note="Still thinking."),
        ],
    )
    vault.save_many([later, last])
    text = pdf_text(network_summary(vault, nid).pdf())
    assert "Resolved on 12 March 2026: Resolved by talking it through with Päivi." in text
    assert "Let go on 19 March 2026: Let go: Zoë said it no longer matters." in text
    assert "Still open on 19 March 2026: Still thinking." in text
    assert "Secret sentence" not in text


def test_a_question_kept_back_where_raised_is_not_printed_later(vault: Vault) -> None:
    built = Built(vault)
    kept = [e for e in built.meeting.uncertainties if not e.sharing.shared][0]
    later = Meeting(
        built.network.id,
        datetime(2026, 3, 12, 10, 0),
        uncertainties=[UncertaintyEntry(uncertainty_id=kept.uncertainty_id, sharing=Sharing())],
    )
    vault.save(later)
    text = pdf_text(network_summary(vault, built.network.id).pdf())
    assert "Secret sentence" not in text
    assert "A question raised earlier (its wording is not in this summary)" in text


def test_network_summary_options(vault: Vault) -> None:
    built = Built(vault)
    options = SummaryOptions(recipient_id=built.lukasz.id, show_kept_back=False)
    text = pdf_text(network_summary(vault, built.network.id, options).pdf())
    assert "For Łukasz" in text
    assert "kept" not in text.split("Corrections people made")[-1]


def test_empty_network(vault: Vault) -> None:
    network = Network("Nobody yet", first_contact=datetime(2026, 1, 1, 9, 0))
    vault.save(network)
    text = pdf_text(network_summary(vault, network.id).pdf())
    assert "Meetings none yet" in text
