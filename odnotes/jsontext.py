"""Reading JSON that came from outside the app: every bad input is one clear error.

Interchange files, encrypted supervision exports and a vault's header are
written by OD Notes, but a copy can be damaged or edited by hand before it
comes back. Python's own parser stops on such text with errors no caller
expects (a ``RecursionError`` for deep nesting, a ``ValueError`` for numbers
of more than 4,300 digits); here each becomes :class:`UnreadableJson` (a
``ValueError`` whose reason is marked for the catalog), or, for a number too
long to be anything of ours, a :class:`~odnotes.codec.OversizedNumber` that
the codec refuses naming its field.
"""

from __future__ import annotations

import json
from typing import Any

from odnotes.codec import OversizedNumber
from odnotes.errors import OdNotesError
from odnotes.i18n import N_

# No number in any OD Notes file comes near this; longer ones are kept as a
# marker so the field can be named, never converted (which is slow, then fails).
MAX_DIGITS = 40


class UnreadableJson(OdNotesError, ValueError):
    """The text is not JSON OD Notes can read; the message says why, without quoting it.

    The message is a reason ("it is nested too deeply") for a caller's sentence.
    """


def _number(text: str) -> int | OversizedNumber:
    if len(text.lstrip("-")) > MAX_DIGITS:
        return OversizedNumber(len(text.lstrip("-")))
    return int(text)


def parse_json(raw: bytes | str) -> Any:
    """Parse ``raw`` (UTF-8 bytes or text), raising only :class:`UnreadableJson`."""
    try:
        text = raw.decode("utf-8") if isinstance(raw, bytes) else raw
    except UnicodeDecodeError:
        raise UnreadableJson(N_("it is not UTF-8 text")) from None
    try:
        return json.loads(text, parse_int=_number)
    except json.JSONDecodeError as error:
        raise UnreadableJson(
            N_("it is not valid JSON (line %(line)s, column %(column)s)"),
            line=error.lineno,
            column=error.colno,
        ) from None
    except RecursionError:
        raise UnreadableJson(N_("it is nested too deeply")) from None
    except ValueError:  # a float or constant Python refuses to convert
        raise UnreadableJson(N_("it holds a number that cannot be read")) from None
