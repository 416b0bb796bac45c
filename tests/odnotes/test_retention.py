"""Until when a network is kept, and the networks due for deletion (issue 13, item 4)."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from odnotes.errors import InvalidRecord
from odnotes.indicators import vault_overview
from odnotes.model import Network
from odnotes.retention import due_for_deletion, set_keep_until
from odnotes.vault import Vault


def test_a_keep_until_date_is_kept_and_lists_the_network_once_it_has_come(vault: Vault) -> None:
    later = Network("Later fictional network", datetime(2026, 1, 1, 9, 0))
    due = Network("Due fictional network", datetime(2026, 1, 1, 9, 0))
    kept = Network("Kept fictional network", datetime(2026, 1, 1, 9, 0))
    vault.save_many([later, due, kept])
    set_keep_until(vault, later.id, date(2027, 6, 1))
    set_keep_until(vault, due.id, date(2026, 11, 30))
    today = date(2026, 12, 1)
    assert [n.id for n in due_for_deletion(vault, today)] == [due.id]
    assert [n.id for n in vault_overview(vault, today).keeping_ended] == [due.id]
    assert vault.get(Network, later.id).keep_until == date(2027, 6, 1)
    set_keep_until(vault, due.id, None)
    assert due_for_deletion(vault, today) == []


def test_a_keep_until_time_is_refused(vault: Vault) -> None:
    with pytest.raises(InvalidRecord, match="keep_until"):
        Network("Fictional", datetime(2026, 1, 1, 9, 0), keep_until=datetime(2027, 1, 1, 9, 0))
