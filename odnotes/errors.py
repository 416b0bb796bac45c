"""The project's own errors, each with a message a clinician can read.

Messages never contain clinical text (names, words from notes): they may end
up in a dialog that is screenshotted, or on a terminal that is logged.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from odnotes.i18n import Translator


class Words(str):
    """A phrase inside a message ("saving", "exporting") that is translated with it.

    Marked with ``N_`` where it is written, so the catalogs hold it.
    """

    __slots__ = ()


class OdNotesError(Exception):
    """Base of every error OD Notes raises on purpose.

    The message is English, marked for the catalog with ``N_`` where it is
    raised; ``%(name)s`` placeholders are filled from the keyword arguments
    (never clinical text). :meth:`message_in` gives it in another language,
    with any argument that is itself one of these errors (a reason) in that
    language too.
    """

    def __init__(self, message: str = "", /, **params: object) -> None:
        self.msgid = message
        self.params = params
        super().__init__(message % params if params else message)

    def message_in(self, tr: Translator) -> str:
        """The message in ``tr``'s language (English where the catalog has none)."""
        if not self.msgid:
            return str(self)
        text = tr.gettext(self.msgid)
        if not self.params:
            return text
        params = {
            key: value.message_in(tr)
            if isinstance(value, OdNotesError)
            else tr.gettext(value)
            if isinstance(value, Words)
            else value
            for key, value in self.params.items()
        }
        return text % params


class InvalidRecord(OdNotesError, ValueError):
    """A record failed validation; ``field`` names where (e.g. ``voices[2].text``)."""

    def __init__(self, field: str, problem: str) -> None:
        self.field = field
        self.problem = problem
        super().__init__(f"{field}: {problem}" if field else problem)
        self.msgid, self.params = "", {}

    def nested(self, prefix: str) -> InvalidRecord:
        """The same error with its field path placed under ``prefix``."""
        if not self.field:
            return InvalidRecord(prefix, self.problem)
        joiner = "" if self.field.startswith("[") else "."
        return InvalidRecord(f"{prefix}{joiner}{self.field}", self.problem)


class InvalidImport(OdNotesError):
    """An import file was refused; nothing was written."""


class OutputExists(OdNotesError):
    """Refusing to replace a file that is already there (unless asked to)."""


class FileTooLarge(OdNotesError):
    """A file to read is larger than anything OD Notes writes of that kind."""


class VaultError(OdNotesError):
    """Anything wrong with opening, unlocking or writing a vault."""


class NotAVault(VaultError):
    """The file is not an OD Notes vault (or is too damaged to tell)."""


class UnsupportedVersion(VaultError):
    """The vault was written by a newer OD Notes."""


class VaultExists(VaultError):
    """Refusing to create or restore over an existing file."""


class VaultInUse(VaultError):
    """Another window or program has the vault open for writing."""


class VaultLocked(VaultError):
    """The operation needs the vault unlocked."""


class ReadOnlyVault(VaultError):
    """The vault was opened read-only."""


class WrongPassphrase(VaultError):
    """The passphrase did not unlock the vault; ``retry_after`` seconds of back-off."""

    def __init__(self, message: str, /, retry_after: float = 0.0, **params: object) -> None:
        self.retry_after = retry_after
        super().__init__(message, **params)


class TooManyAttempts(WrongPassphrase):
    """Unlocking is paused after repeated failures."""


class WrongRecoveryKey(VaultError):
    """The recovery key was mistyped or belongs to another vault."""


class DamagedVault(VaultError):
    """The vault's header or integrity check failed."""


class DamagedRecord(VaultError):
    """One stored revision failed authentication."""

    def __init__(self, record_id: str, kind: str, revision: int, reason: str) -> None:
        self.record_id = record_id
        self.kind = kind
        self.revision = revision
        self.reason = reason
        super().__init__(f"{kind} {record_id} (revision {revision}) is damaged: {reason}")


class StorageError(VaultError):
    """The disk refused a write (full, read-only, removed); nothing was committed."""


class RecordNotFound(OdNotesError, KeyError):
    """No live record with that id."""

    def __str__(self) -> str:
        return str(self.args[0]) if self.args else "record not found"


class FinalisedMeetingError(OdNotesError):
    """A finalised meeting was changed without an amendment."""
