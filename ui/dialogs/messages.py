"""Turning errors into words for a dialog, never with clinical text or a traceback."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel

from odnotes.errors import OdNotesError
from ui.i18n import core_translator

ERROR_STYLE = (
    "QLabel { color: #5f1410; background: #fdecea; border: 1px solid #e8a29b;"
    " padding: 6px; border-radius: 4px; }"
)


def error_label(accessible_name: str) -> QLabel:
    """A hidden, wrapping, clearly coloured label for a dialog's problem message."""
    label = QLabel()
    label.setWordWrap(True)
    label.setStyleSheet(ERROR_STYLE)
    label.setAccessibleName(accessible_name)
    label.hide()
    return label


def message_for(error: BaseException) -> str:
    """The core's own message for its errors; a plain sentence for anything else.

    Other exceptions are not shown verbatim: their text could quote a record.
    """
    if isinstance(error, OdNotesError):
        return error.message_in(core_translator())
    if isinstance(error, OSError):
        return QCoreApplication.translate(
            "ui.dialogs.messages", "The file could not be used ({value})."
        ).format(
            value=error.strerror
            or QCoreApplication.translate("ui.dialogs.messages", "system error")
        )
    return QCoreApplication.translate(
        "ui.dialogs.messages", "Something unexpected went wrong; nothing was changed."
    )
