"""Making a summary from the vault: the document, what was kept back, and the PDF."""

from __future__ import annotations

from dataclasses import dataclass

from odnotes.i18n import N_
from odnotes.summary.document import SummaryDocument
from odnotes.summary.loading import NetworkRecords, SummaryError, load_meeting, load_network
from odnotes.summary.meeting_summary import meeting_document
from odnotes.summary.network_summary import network_document
from odnotes.summary.options import SummaryOptions
from odnotes.summary.render import render_pdf
from odnotes.summary.sharing import KeptItem
from odnotes.vault import Vault


@dataclass
class Summary:
    """A summary ready to print: its words, what the team kept back, and how to print it."""

    document: SummaryDocument
    kept: list[KeptItem]
    options: SummaryOptions

    def pdf(self) -> bytes:
        """The PDF bytes, built in memory."""
        return render_pdf(self.document, self.options)

    def unprintable(self) -> set[str]:
        """Characters the font cannot draw (printed as a marker; tell the user)."""
        return self.document.unprintable()


def _check_recipient(records: NetworkRecords, options: SummaryOptions) -> None:
    if options.recipient_id is not None and options.recipient_id not in {
        p.id for p in records.people
    }:
        raise SummaryError(N_("That person is not a member of this network."))


def meeting_summary(
    vault: Vault, meeting_id: str, options: SummaryOptions | None = None
) -> Summary:
    """The summary of one meeting, for the network."""
    options = options or SummaryOptions()
    meeting, records = load_meeting(vault, meeting_id)
    _check_recipient(records, options)
    document, kept = meeting_document(
        meeting, records.network, records.meetings, records.names, options
    )
    return Summary(document, kept, options)


def network_summary(
    vault: Vault, network_id: str, options: SummaryOptions | None = None
) -> Summary:
    """The summary across all of a network's meetings, for a review meeting."""
    options = options or SummaryOptions()
    records = load_network(vault, network_id)
    _check_recipient(records, options)
    document, kept = network_document(records.network, records.meetings, records.names, options)
    return Summary(document, kept, options)
