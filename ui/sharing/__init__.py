"""Working with a co-facilitator: pairing, sharing a network, syncing, settling conflicts.

Thin over :mod:`odnotes.sharing`, the core that keeps identities, paired
cards, shares and the exchange folder in the vault and runs the exchange.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ui.sharing.syncer import Syncer

if TYPE_CHECKING:
    from ui.host import WindowHost

__all__ = ["Syncer", "open_colleagues"]


def open_colleagues(window: WindowHost, syncer: Syncer | None) -> None:
    """File › Colleagues…: your card, pairing, and the colleagues paired so far."""
    from ui.editor.widgets import modal
    from ui.sharing.colleagues_dialog import ColleaguesDialog

    if window.session.is_locked:
        return
    with modal(ColleaguesDialog(window.session.vault, window.settings, window)):
        pass
    if syncer is not None:
        syncer.me.apply()
