"""What of a record the supervision export may read: its fields' declarations decide.

The export builds its tree from :func:`allowed` copies, in which every piece
of typed text declared ``LEFT_OUT`` (a place's detail, an amendment's reason)
is already empty, so no change to the export's layout can let it through.
The records themselves are still read elsewhere to find names to replace.
"""

from __future__ import annotations

import copy
from typing import TypeVar

from odnotes.model.treatment import LEFT_OUT, NAME, WRITING, declared_fields

T = TypeVar("T")


def allowed(record: T) -> T:
    """A copy of ``record`` without any text its declarations leave out of the export."""
    if record is None:
        return record
    kept = copy.deepcopy(record)
    _blank(kept)
    return kept


def _blank(value: object) -> None:
    for declared in declared_fields(type(value)):
        current = getattr(value, declared.name)
        if declared.part is not None:
            for each in current if declared.many else [current]:
                if each is not None:
                    _blank(each)
        elif declared.treatment.export is LEFT_OUT and declared.treatment.kind in (WRITING, NAME):
            setattr(value, declared.name, [] if declared.many else "")
