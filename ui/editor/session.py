"""The one working copy of a meeting, and when and how it is stored.

Widgets write straight into :attr:`EditSession.meeting` and call
:meth:`EditSession.touch`; the session stores the meeting as a new encrypted
revision about two seconds after typing stops, at least every fifteen seconds
while typing goes on, and whenever :meth:`save_now` is called (focus changes,
locking, closing). Content that did not change is never stored again.
"""

from __future__ import annotations

import copy
from datetime import datetime

from PySide6.QtCore import QObject, Signal

from odnotes import meetings
from odnotes.continuity import UncertaintyThread, follow_ups_before, open_before
from odnotes.drafting import content, savable
from odnotes.errors import OdNotesError
from odnotes.model import Meeting, utc_now
from odnotes.vault import Vault
from ui import clock
from ui.dates import recent, time_of_day
from ui.dialogs.messages import message_for


class EditSession(QObject):
    """Autosaving controller for one meeting: draft, finalised, or being amended.

    Signals:
        saved(str): the meeting id, after each committed save.
        save_failed(str): a human message (never clinical text); the text stays.
        status_changed(str): the status line's new text.
        mode_changed(): finalised or amending changed; views rebuild.
        reloaded(): the working copy was replaced by the stored meeting.
    """

    saved = Signal(str)
    save_failed = Signal(str)
    status_changed = Signal(str)
    mode_changed = Signal()
    reloaded = Signal()

    DEBOUNCE_MS = 2000
    MAX_WAIT_MS = 15000
    RETRY_MS = 5000

    def __init__(self, vault: Vault, meeting_id: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.vault = vault
        self.meeting = vault.get(Meeting, meeting_id)
        others = vault.all(Meeting, network_id=self.meeting.network_id)
        self.carried: list[UncertaintyThread] = open_before(others, self.meeting)
        self._carried_ids = {thread.uncertainty_id for thread in self.carried}
        self.earlier_follow_ups = follow_ups_before(others, self.meeting)
        self._stored = content(savable(self.meeting, self._carried_ids)[0])
        self._based_on = vault.heads(meeting_id)  # what a save says it started from
        self._amending: tuple[str, str] | None = None
        resumed = meetings.open_amendment(self.meeting)
        if resumed is not None:  # the app closed (or crashed) mid-amendment: carry on with it
            self._amending = (resumed.by_id, resumed.reason)
        self._dirty = False
        self.held_back: list[str] = []
        self.last_saved: datetime | None = None
        history = vault.history(meeting_id)
        if history:
            self.last_saved = history[-1].saved_at
        self._debounce = clock.countdown(self, self.DEBOUNCE_MS, self.save_now)
        self._max_wait = clock.countdown(self, self.MAX_WAIT_MS, self.save_now)
        self._retry = clock.countdown(self, self.RETRY_MS, self.save_now)
        self.status = ""

    def set_intervals(self, debounce_ms: int, max_wait_ms: int) -> None:
        """Change the autosave timing (tests use short intervals)."""
        self._debounce.setInterval(debounce_ms)
        self._max_wait.setInterval(max_wait_ms)

    # -- state -------------------------------------------------------------------

    @property
    def editable(self) -> bool:
        """A draft, or a finalised meeting while it is being amended."""
        return not self.meeting.is_final or self._amending is not None

    @property
    def amending(self) -> tuple[str, str] | None:
        """``(practitioner id, reason)`` while amending, else ``None``."""
        return self._amending

    @property
    def dirty(self) -> bool:
        """Something was typed that is not stored yet."""
        return self._dirty

    def touch(self) -> None:
        """The working copy changed: store it soon."""
        if not self.editable:
            return
        self._dirty = True
        self._debounce.start()
        if not self._max_wait.isActive():
            self._max_wait.start()

    # -- saving ------------------------------------------------------------------

    def save_now(self) -> bool:
        """Store the working copy if it changed; ``False`` (and the text kept) on failure."""
        for timer in (self._debounce, self._max_wait, self._retry):
            timer.stop()
        if not self.editable:
            self._dirty = False
            return True
        try:
            ready, held_back = savable(self.meeting, self._carried_ids)
            if content(ready) == self._stored:
                self._dirty = False
                self._set_held_back(held_back)
                return True
            record = ready
            if self._amending is not None:
                by_id, reason = self._amending
                record = meetings.amend(self.vault.get(Meeting, ready.id), ready, by_id, reason)
            arrived = set(self.vault.heads(record.id)) != set(self._based_on)
            self.vault.save(record, based_on=self._based_on)
        except OdNotesError as error:  # the autosave's own loop: a status line and a retry
            said = message_for(error)
            self._retry.start()
            self._set_status(
                self.tr("Not saved: {error} Your text is still here; trying again shortly.").format(
                    error=said
                )
            )
            self.save_failed.emit(said)
            return False
        self._stored = content(ready)
        self._dirty = False
        self.meeting.signatures = copy.deepcopy(record.signatures)
        self.meeting.amendments = copy.deepcopy(record.amendments)
        self.last_saved = utc_now()
        self._based_on = self.vault.heads(record.id)
        self._set_held_back(held_back)
        if arrived:  # merged with a colleague's revision that came in while typing: show both
            self._reload()
            self._set_status(
                self.tr(
                    "A colleague's changes to this meeting came in while you were typing. "
                    "Both are in the meeting now; where you both changed the same thing, "
                    "choose which to keep."
                )
                if self.vault.conflicts(record.id)
                else self.tr(
                    "A colleague's changes to this meeting came in while you were typing. "
                    "Both are in the meeting now."
                )
            )
        self.saved.emit(self.meeting.id)
        return True

    def _set_held_back(self, held_back: list[str]) -> None:
        self.held_back = held_back
        self._set_status(self.describe())

    def describe(self) -> str:
        """The status line: when it was last stored, and anything not stored yet."""
        when = _local_time(self.last_saved) if self.last_saved else self.tr("not yet")
        if self._amending is not None:
            text = self.tr("Amending. Saved {when}").format(when=when)
        elif self.meeting.is_final:
            text = self.tr("Finalised; read-only. Use Amend to change it")
        else:
            text = self.tr("Draft. Saved {when}").format(when=when)
        if self.held_back:
            # True and calm: the meeting is saved; only the empty item waits for its words.
            return (
                text
                + self.tr(", except what is still empty: ")
                + "; ".join(self.held_back)
                + self.tr(". It stays here and is saved once it has words.")
            )
        return text + "."

    def _set_status(self, text: str) -> None:
        self.status = text
        self.status_changed.emit(text)

    # -- finalising and amending -------------------------------------------------

    def finalise(self, signed: dict[str, datetime]) -> None:
        """Store the meeting signed by each practitioner in ``signed`` (id to time signed)."""
        if not self.save_now():
            raise OdNotesError(self.tr("The meeting could not be saved, so it was not finalised."))
        ready, _ = savable(self.meeting, self._carried_ids)
        final = meetings.finalise(ready, list(signed))
        for signature in final.signatures:
            signature.signed_at = signed[signature.practitioner_id]
        final.validate()
        self.vault.save(final)
        self.last_saved = utc_now()
        self._reload()
        self.saved.emit(self.meeting.id)

    def start_amending(self, by_id: str, reason: str) -> None:
        """Allow edits to the finalised meeting; each save records who and why."""
        if not self.meeting.is_final:
            raise OdNotesError(
                self.tr("Only a finalised meeting is amended; a draft is just edited.")
            )
        if not reason.strip():
            raise OdNotesError(self.tr("An amendment needs a reason."))
        self._amending = (by_id, reason.strip())
        self._set_status(self.describe())
        self.mode_changed.emit()

    def stop_amending(self) -> bool:
        """Store the last changes, close the amendment, make the meeting read-only again."""
        if not self.save_now():
            return False
        stored = self.vault.get(Meeting, self.meeting.id)
        if meetings.open_amendment(stored) is not None:
            try:
                self.vault.save(meetings.finish_amendment(stored))
            except OdNotesError as error:
                self._set_status(self.tr("Not saved: {error}").format(error=message_for(error)))
                return False
        self._amending = None
        self._reload()
        return True

    def take_stored(self) -> bool:
        """Read the stored meeting again after a colleague's changes arrived or a conflict
        was settled; not while typing waits to be stored (it is kept, and said)."""
        if self._dirty:
            self._set_status(
                self.tr(
                    "A colleague's changes to this meeting came in while you were typing. "
                    "Your text is kept, and theirs joins it when yours is saved."
                )
            )
            return False
        self._reload()
        return True

    def _reload(self) -> None:
        self.meeting = self.vault.get(Meeting, self.meeting.id)
        self._based_on = self.vault.heads(self.meeting.id)
        self._stored = content(savable(self.meeting, self._carried_ids)[0])
        self._dirty = False
        self._set_status(self.describe())
        self.reloaded.emit()
        self.mode_changed.emit()


def _local_time(moment: datetime) -> str:
    """An aware UTC time as local wall-clock time: today as 14:02, else with the date."""
    local = moment.astimezone()
    if local.date() == datetime.now().date():
        return time_of_day(local)
    return recent(local)
