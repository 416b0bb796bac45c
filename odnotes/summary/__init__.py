"""Plain-language summaries for the network: built as plain data, printed as PDF.

Nothing about the network is written without them: a meeting summary opens
with what they wanted to talk about, keeps every voice under its owner's
name, shows each stance on each decision side by side, and says honestly
how much the team kept back. Team-only items never reach a page.
"""

from odnotes.summary.document import SummaryDocument
from odnotes.summary.loading import (
    SummaryError,
    find_person,
    load_meeting,
    load_network,
    summary_recipients,
)
from odnotes.summary.options import Paper, SummaryOptions
from odnotes.summary.render import MARKER, render_pdf
from odnotes.summary.sharing import KeptItem, kept_back_kinds, shared_view
from odnotes.summary.summary import Summary, meeting_summary, network_summary

__all__ = [
    "MARKER",
    "KeptItem",
    "Paper",
    "Summary",
    "SummaryDocument",
    "SummaryError",
    "SummaryOptions",
    "find_person",
    "kept_back_kinds",
    "load_meeting",
    "load_network",
    "meeting_summary",
    "network_summary",
    "render_pdf",
    "shared_view",
    "summary_recipients",
]
