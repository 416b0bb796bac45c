"""Previewing, printing and saving the network's summaries."""

from ui.summary.preview_dialog import SummaryPreviewDialog

__all__ = ["SummaryPreviewDialog"]
