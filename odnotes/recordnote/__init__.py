"""The finalised meeting as a note for the service's own clinical record.

Record systems (RiO, SystmOne, EMIS, Apotti, Lifecare) cannot import from OD
Notes, so the note is plain text that pastes into their text boxes, with a
short form for boxes that hold only a few thousand characters, and a PDF to
attach. It is the team's record: team-only items are in it, each marked.
What goes in is what the fields declare ``RECORDED``. It never goes over a
network and is written to disk only when the practitioner saves it.
"""

from odnotes.recordnote.content import VoiceBlock
from odnotes.recordnote.note import (
    DEFAULT_LIMIT,
    RecordNote,
    RecordNoteError,
    meeting_note,
    record_note,
)
from odnotes.recordnote.plaintext import WIDTH, note_text, wrap
from odnotes.recordnote.short import CUT, ShortForm, short_form
from odnotes.recordnote.words import ENGLISH, Translator

__all__ = [
    "CUT",
    "DEFAULT_LIMIT",
    "ENGLISH",
    "WIDTH",
    "RecordNote",
    "RecordNoteError",
    "ShortForm",
    "VoiceBlock",
    "Translator",
    "meeting_note",
    "note_text",
    "record_note",
    "short_form",
    "wrap",
]
