"""Turning errors into words for a dialog, never with clinical text or a traceback."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from odnotes.errors import OdNotesError

ERROR_STYLE = (
    "QLabel { color: #5f1410; background: #fdecea; border: 1px solid #e8a29b;"
    " padding: 6px; border-radius: 4px; }"
)


def message_for(error: BaseException) -> str:
    """The core's own message for its errors; a plain sentence for anything else.

    Other exceptions are not shown verbatim: their text could quote a record.
    """
    if isinstance(error, OdNotesError):
        return str(error)
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
