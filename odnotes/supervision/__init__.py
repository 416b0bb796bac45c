"""De-identified supervision export for InterVision.

Build a :class:`SupervisionMaterial` for some networks and meetings, look at
its :attr:`~SupervisionMaterial.review`, answer every listed word (replace or
accept), then write it with :func:`write_files` or :func:`write_encrypted`.
Encrypted exports open read-only with :func:`read_sealed`.
``ExportOptions.language`` chooses the language of the export's own words
(headings, labels, relative dates); what people said is never translated.
"""

from odnotes.supervision.export import ExportError, ExportOptions, Label, ReviewChoices
from odnotes.supervision.material import SupervisionMaterial
from odnotes.supervision.review import Review, ReviewWord
from odnotes.supervision.sealed import (
    DamagedExport,
    OpenedExport,
    SealedExportError,
    WrongExportPassphrase,
    read_sealed,
)
from odnotes.supervision.writers import FORMATS, write_encrypted, write_files

__all__ = [
    "FORMATS",
    "DamagedExport",
    "ExportError",
    "ExportOptions",
    "Label",
    "OpenedExport",
    "Review",
    "ReviewChoices",
    "ReviewWord",
    "SealedExportError",
    "SupervisionMaterial",
    "WrongExportPassphrase",
    "read_sealed",
    "write_encrypted",
    "write_files",
]
