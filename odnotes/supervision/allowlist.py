"""What of a record the supervision export may read: its fields' declarations decide.

The export builds its tree from :func:`allowed` copies, in which every piece
of typed text declared ``LEFT_OUT`` (a place's detail, an amendment's reason)
is already empty, so no change to the export's layout can let it through.
The records themselves are still read elsewhere to find names to replace.
"""

from __future__ import annotations

import copy
import functools
from typing import TypeVar

from odnotes.model.treatment import LEFT_OUT, NAME, WRITING, DeclaredField, declared_fields

T = TypeVar("T")


def allowed(record: T) -> T:
    """A copy of ``record`` without any text its declarations leave out of the export.

    Only what holds such text is copied (the record, a list of amendments, the
    next meeting's plan); a part with none anywhere inside it (a voice, a
    decision) is the record's own, unchanged: nothing the export does changes
    a record. A deep copy of each of 40 meetings took about 20 ms of an export.
    """
    kind: type = type(record)
    if record is None or not _holds_left_out(kind):
        return record
    kept = copy.copy(record)
    for declared in declared_fields(kind):
        current = getattr(record, declared.name)
        if declared.part is not None:
            if declared.many:
                setattr(kept, declared.name, [allowed(each) for each in current])
            else:
                setattr(kept, declared.name, allowed(current))
        elif _left_out(declared):
            setattr(kept, declared.name, [] if declared.many else "")
    return kept


def _left_out(declared: DeclaredField) -> bool:
    return declared.treatment.export is LEFT_OUT and declared.treatment.kind in (WRITING, NAME)


@functools.cache
def _holds_left_out(cls: type) -> bool:
    """Whether a ``cls`` may hold text left out of the export, in itself or in a part."""
    return any(
        _holds_left_out(declared.part) if declared.part is not None else _left_out(declared)
        for declared in declared_fields(cls)
    )
