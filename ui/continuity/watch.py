"""Refreshing a widget when the vault changes, without outliving the widget.

The vault calls plain Python listeners and has no way to remove one; the
listener holds only a weak reference to the widget's method and checks that
the C++ object still exists.
"""

from __future__ import annotations

import weakref
from collections.abc import Callable

import shiboken6

from odnotes.vault import Change, Vault


def refresh_on_change(vault: Vault, refresh: Callable[[], None]) -> None:
    """Call the widget method ``refresh`` after every committed save while its widget lives."""
    method = weakref.WeakMethod(refresh)  # type: ignore[arg-type]

    def listener(_changes: list[Change]) -> None:
        bound = method()
        if bound is not None and shiboken6.isValid(bound.__self__):  # type: ignore[attr-defined]
            bound()

    vault.on_change(listener)
