"""Deleting a Qt object later, without Python's collector getting there first.

``deleteLater`` deletes at the next turn of the event loop. A widget Python owns
(a window, or one taken out of a ``QStackedWidget``, which PySide hands back to
Python) may meanwhile be found unreachable by the cyclic collector, which first
empties the Python side of every object in the cycle and only then destroys the
C++ side: the widgets' own event filters and overrides are then called on
emptied objects ("'ColumnFitter' object has no attribute '_view'", or a crash).
So an object given up here is held until Qt has destroyed it.
"""

from __future__ import annotations

from PySide6.QtCore import QObject

_given_up: dict[int, QObject] = {}


def dispose(thing: QObject) -> None:
    """``thing.deleteLater()``, keeping it alive until Qt has deleted it."""
    key = id(thing)
    _given_up[key] = thing
    thing.destroyed.connect(lambda _gone=None, key=key: _given_up.pop(key, None))
    thing.deleteLater()


def pending() -> int:
    """How many objects are waiting for their deletion (tests check this drains)."""
    return len(_given_up)
