"""Fixtures for the sharing screens: a meeting written differently on two laptops."""

from __future__ import annotations

from pathlib import Path

import pytest

from odnotes import sharing
from odnotes.model import Meeting, Network, Practitioner
from odnotes.vault import Vault
from tests.ui.sharing.colleague import Colleague, colleague, share_with_sam

MINE = "The family wanted to talk about the move to the new flat."
THEIRS = "Mother asked first about the school meeting next week."


@pytest.fixture
def conflicted(demo_vault: tuple[Vault, Network], tmp_path: Path) -> tuple[Vault, Meeting, str]:
    """The demo draft's purpose written differently on both laptops, then exchanged."""
    vault, network = demo_vault
    me = sorted(vault.all(Practitioner), key=lambda p: p.name)[0].id
    vault.author = me
    sam: Colleague = colleague(tmp_path)
    share_with_sam(vault, me, sam, network.id)
    draft = next(m for m in vault.all(Meeting, network_id=network.id) if not m.is_final)
    ours = vault.get(Meeting, draft.id)
    ours.purpose.text = MINE
    vault.save(ours)
    theirs = sam.vault.get(Meeting, draft.id)
    theirs.purpose.text = THEIRS
    sam.vault.save(theirs)
    sam.sync()
    report = sharing.sync(vault, me)
    assert draft.id in report.conflicts
    return vault, draft, me
