"""Supervision screens: the export dialog with its name review, and the encrypted-export viewer."""

from ui.supervision.export_dialog import SupervisionExportDialog
from ui.supervision.viewer import SealedExportViewer

__all__ = ["SealedExportViewer", "SupervisionExportDialog"]
