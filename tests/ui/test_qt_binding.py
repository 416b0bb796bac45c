"""The Qt binding the app runs on does not lose references to ``None``.

PySide6 6.12.0 drops one reference to ``None`` on every ``processEvents()``
called from Python and on queued calls into Python from another thread. On
Python 3.11, where ``None`` is an ordinary counted object, a long session
then aborts with "none_dealloc" (the bench's 30,000-meeting run did). The
app holds a reserve of references (``ui.app.NONE_RESERVE``); these tests check
that it covers a long session at the rate the binding loses them.
"""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QApplication


def test_none_keeps_enough_references_for_a_long_session(qapp: QApplication) -> None:
    """However many references the binding drops, a day of 10 calls a second cannot use them up."""
    import ui.app

    before = sys.getrefcount(None)
    for _ in range(2_000):
        qapp.processEvents()
    lost_per_call = max(0, before - sys.getrefcount(None)) / 2_000
    if sys.version_info >= (3, 12):
        return  # None is immortal: nothing to run out of
    assert len(ui.app.NONE_RESERVE) == 2_000_000
    assert sys.getrefcount(None) > lost_per_call * 10 * 86_400 + 20_000
