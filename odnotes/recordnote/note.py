"""The note of one finalised meeting for the service's clinical record: text, short form, PDF.

Nothing here writes a file: the text and the PDF are made in memory, and
only the practitioner saving them (the app's Save buttons, the command's
``-o``) puts them on a disk.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass, field

from odnotes.errors import OdNotesError
from odnotes.i18n import N_
from odnotes.model import Meeting, Network
from odnotes.recordnote.content import NoteBuilder
from odnotes.recordnote.plaintext import note_text
from odnotes.recordnote.short import ShortForm, short_form
from odnotes.recordnote.words import ENGLISH, Translator
from odnotes.summary.document import SummaryDocument
from odnotes.summary.filenames import file_safe
from odnotes.summary.loading import load_meeting
from odnotes.summary.names import Names
from odnotes.summary.options import Paper, SummaryOptions
from odnotes.summary.render import render_pdf
from odnotes.vault import Vault

DEFAULT_LIMIT = 4_000
"""Characters a record system's text box takes, unless the practitioner says otherwise."""


class RecordNoteError(OdNotesError):
    """The note for the clinical record could not be made as asked."""


@dataclass
class RecordNote:
    """One meeting's note: its words as a document, and the text and PDF made from them."""

    document: SummaryDocument
    network: Network
    meeting: Meeting
    tr: Translator = field(default=ENGLISH, repr=False)

    @functools.cached_property
    def text(self) -> str:
        """The full note as plain text."""
        return note_text(self.document, self.tr)

    def short(self, limit: int) -> ShortForm:
        """The short form within ``limit`` characters: every heading and decision kept."""
        return short_form(self.document, limit, self.tr)

    def pdf(self, paper: Paper = Paper.A4) -> bytes:
        """The full note as a PDF to attach, laid out like the family summary."""
        return render_pdf(self.document, SummaryOptions(paper=paper))

    def file_name(self, suffix: str) -> str:
        """``record-note-Maija-2026-09-08.txt``: the network and the day, short and safe."""
        network = file_safe(self.network.name, "network")
        return f"record-note-{network}-{self.meeting.starts_at:%Y-%m-%d}.{suffix}"


def meeting_note(
    meeting: Meeting,
    network: Network,
    network_meetings: list[Meeting],
    names: Names,
    tr: Translator = ENGLISH,
) -> RecordNote:
    """The note of ``meeting`` (draft or not: the caller decides what may be noted)."""
    document = NoteBuilder(meeting, network, network_meetings, names, tr).document()
    return RecordNote(document, network, meeting, tr)


def record_note(vault: Vault, meeting_id: str, tr: Translator = ENGLISH) -> RecordNote:
    """The note of a finalised meeting in ``vault``; a draft is refused, saying why."""
    meeting, records = load_meeting(vault, meeting_id)
    if not meeting.is_final:
        raise RecordNoteError(
            N_(
                "This meeting is still a draft. Finalise it (every facilitator signs) before "
                "putting it into the clinical record."
            )
        )
    return meeting_note(meeting, records.network, records.meetings, records.names, tr)
