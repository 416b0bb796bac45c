"""Why an exchange file or a practitioner card was refused, in words a clinician can read.

Every refusal happens before anything is written or returned, so a refused
file changes nothing; the sync layer can show the message and carry on with
the next file. Messages name no person and quote nothing from a note.
"""

from __future__ import annotations

from enum import StrEnum

from odnotes.errors import InvalidImport


class Refusal(StrEnum):
    """The kind of refusal, for the sync layer to count or log (never the content)."""

    NOT_EXCHANGE = "not_exchange"
    NEWER_FORMAT = "newer_format"
    TRUNCATED = "truncated"
    TRAILING_DATA = "trailing_data"
    DAMAGED = "damaged"
    FORGED = "forged"
    WRONG_RECIPIENT = "wrong_recipient"
    UNPAIRED_SENDER = "unpaired_sender"
    REPLAYED = "replayed"
    TOO_LARGE = "too_large"


class ExchangeError(InvalidImport):
    """A card or an exchange file was refused; nothing was written."""


class InvalidCard(ExchangeError):
    """A practitioner card is not a whole, unchanged, self-signed card."""


class RefusedFile(ExchangeError):
    """A sealed exchange file was refused; ``reason`` says which check failed.

    The message is marked with ``N_`` where it is raised, so it can be shown
    in the reader's language (:meth:`~odnotes.errors.OdNotesError.message_in`).
    """

    def __init__(self, reason: Refusal, message: str, /, **params: object) -> None:
        self.reason = reason
        super().__init__(message, **params)
